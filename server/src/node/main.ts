// The language server's entry point. createConnection picks the transport from argv (--stdio, --node-ipc).
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../server';

startServer(createConnection(ProposedFeatures.all));
