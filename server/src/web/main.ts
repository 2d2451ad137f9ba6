// The language server's web worker entry point (dist/web/server.js), started by the browser client of VS
// Code for the Web (client/src/web/extension.ts). Messages come and go through the worker's postMessage.
import { BrowserMessageReader, BrowserMessageWriter, ProposedFeatures, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { webHost } from './host';

// The worker's global scope (`self` in a dedicated worker): the server's lib has no DOM types, so only what
// the reader and writer use is declared.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, webHost);
