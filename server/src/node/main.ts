// The language server's Node entry point (dist/server.js). createConnection picks the transport from argv:
// --node-ipc for VS Code desktop, --stdio for other editors. The web worker's entry is web/main.ts.
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { nodeHost } from './host';

startServer(createConnection(ProposedFeatures.all), nodeHost);
