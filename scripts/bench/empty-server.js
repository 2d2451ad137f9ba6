// The reference for the round trips of `npm run bench`: a language server that keeps the documents in sync
// exactly as congvan's does (vscode-languageserver, incremental TextDocuments) and answers with no
// diagnostics. Pull clients get an empty report; push clients an empty publish after every change, at
// once. Whatever congvan adds to these figures is its own work. The bench bundles it with esbuild, as
// dist/server.js is bundled, so that both load the same way.
const { ProposedFeatures, TextDocuments, TextDocumentSyncKind, createConnection } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let pull = false;

connection.onInitialize((params) => {
	pull = Boolean(params.capabilities.textDocument?.diagnostic);
	return {
		capabilities: {
			textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
			...(pull ? { diagnosticProvider: { identifier: 'empty', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
		},
		serverInfo: { name: 'empty' },
	};
});

documents.onDidChangeContent(({ document }) => {
	if (!pull) {
		void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
	}
});

connection.languages.diagnostics.on((params) => {
	// Read the text as congvan does, so that both pay for the same string.
	documents.get(params.textDocument.uri)?.getText();
	return { kind: 'full', items: [] };
});

documents.listen(connection);
connection.listen();
