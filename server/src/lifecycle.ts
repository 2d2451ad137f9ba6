// The server's lifecycle as the LSP specification sets it out. vscode-languageserver answers `shutdown` and
// makes `exit` end the process with code 0 after a shutdown and 1 without one; it does not refuse the
// requests that come too early or too late, nor drop early notifications. This module does:
// - before `initialize`, a request gets the error ServerNotInitialized (-32002) and a notification is
//   dropped (`exit` excepted, which the library handles);
// - a second `initialize` gets InvalidRequest (-32600);
// - after `shutdown`, a request gets InvalidRequest (-32600) and a notification other than `exit` is dropped.
import {
	ErrorCodes,
	ResponseError,
	type Connection,
	type Disposable,
	type NotificationHandler,
	type RequestHandler,
	type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** What `TextDocuments.listen` takes: the document notifications of a connection. */
type TextDocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

type State = 'uninitialized' | 'running' | 'shut down';

/** Where the server is in its lifecycle, and the gates that follow from it. */
export class Lifecycle {
	private state: State = 'uninitialized';

	/** Whether the server has been initialized and not yet shut down. */
	get running(): boolean {
		return this.state === 'running';
	}

	/** Called by the `initialize` handler: refuses a second initialize and a late one. */
	initialize(): void {
		if (this.state !== 'uninitialized') {
			throw new ResponseError(ErrorCodes.InvalidRequest, 'congvan: the server is already initialized.');
		}
		this.state = 'running';
	}

	/** Called by the `shutdown` handler: refuses a shutdown before initialize and a second one. */
	shutdown(): void {
		this.checkRequest();
		this.state = 'shut down';
	}

	/** Throws the error that the specification gives a request arriving now, if any. */
	checkRequest(): void {
		if (this.state === 'uninitialized') {
			throw new ResponseError(ErrorCodes.ServerNotInitialized, 'congvan: the server is not initialized yet.');
		}
		if (this.state === 'shut down') {
			throw new ResponseError(ErrorCodes.InvalidRequest, 'congvan: the server is shutting down.');
		}
	}

	/** A notification handler that runs only while the server is running (early and late ones are dropped). */
	notification<P>(handler: NotificationHandler<P>): NotificationHandler<P> {
		return (params) => {
			if (this.running) {
				handler(params);
			}
		};
	}

	/** A request handler that first answers a request arriving in the wrong state with the specification's error. */
	request<P, R, E>(handler: RequestHandler<P, R, E>): RequestHandler<P, R, E> {
		return (params, token) => {
			this.checkRequest();
			return handler(params, token);
		};
	}

	/**
	 * The document notifications of a connection, gated: what `TextDocuments.listen` is given, so that a
	 * document opened or changed before `initialize` (or after `shutdown`) is never taken.
	 */
	documentConnection(connection: Connection): TextDocumentConnection {
		return {
			onDidOpenTextDocument: (handler): Disposable => connection.onDidOpenTextDocument(this.notification(handler)),
			onDidChangeTextDocument: (handler): Disposable => connection.onDidChangeTextDocument(this.notification(handler)),
			onDidCloseTextDocument: (handler): Disposable => connection.onDidCloseTextDocument(this.notification(handler)),
			onWillSaveTextDocument: (handler): Disposable => connection.onWillSaveTextDocument(this.notification(handler)),
			onWillSaveTextDocumentWaitUntil: (handler): Disposable => connection.onWillSaveTextDocumentWaitUntil(this.request(handler)),
			onDidSaveTextDocument: (handler): Disposable => connection.onDidSaveTextDocument(this.notification(handler)),
		};
	}
}
