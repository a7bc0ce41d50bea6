/**
 * Starts the Evidence Lens language server (dist/server.js) in its own Node process over stdio and restarts it when it
 * crashes, telling the user once per session.
 */
import * as vscode from 'vscode';
import { SERVER_PROCESS_ENV } from '../node/server-process';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

export const CLIENT_ID = 'evidenceLens';
export const CLIENT_NAME = 'Evidence Lens';

/** Markdown documents on disk and untitled ones. */
export const DOCUMENT_SELECTOR = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
];

/** Restarts a crashed server up to `maxRestarts` times in `windowMs`, and tells the user the first time. */
export class RestartingErrorHandler implements ErrorHandler {
  private readonly restarts: number[] = [];
  private told = false;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly maxRestarts = 5,
    private readonly windowMs = 3 * 60 * 1000,
  ) {}

  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    this.log.error(`Connection error (${count ?? 1}): ${error.message}`);
    return { action: (count ?? 1) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.restarts.push(now);
    while (this.restarts.length > 0 && now - this.restarts[0]! > this.windowMs) this.restarts.shift();
    if (this.restarts.length > this.maxRestarts) {
      const message = `The Evidence Lens server stopped ${this.restarts.length} times in ${this.windowMs / 60000} minutes and will not be restarted. Run "Evidence Lens: Restart Server" after fixing the cause (see the Evidence Lens output).`;
      this.log.error(message);
      return { action: CloseAction.DoNotRestart, message, handled: false };
    }
    this.log.warn('The language server stopped unexpectedly; restarting it.');
    if (!this.told) {
      this.told = true;
      void vscode.window.showWarningMessage('The Evidence Lens server stopped unexpectedly and was restarted.', 'Show Log').then((pick) => {
        if (pick) this.log.show(true);
      });
    }
    return { action: CloseAction.Restart, handled: true };
  }
}

/** Creates (does not start) the language client for the server module bundled at `dist/server.js`. */
export function createLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { env: { ...process.env, ...SERVER_PROCESS_ENV } } },
    debug: { module, transport: TransportKind.stdio, options: { env: { ...process.env, ...SERVER_PROCESS_ENV }, execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const watchers = ['**/*.bib', '**/*.json', '**/*.yaml', '**/*.yml'].map((g) => vscode.workspace.createFileSystemWatcher(g));
  context.subscriptions.push(...watchers);
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'evidenceLens', fileEvents: watchers },
    outputChannel: log,
    errorHandler: new RestartingErrorHandler(log),
    initializationOptions: { extensionVersion: context.extension.packageJSON.version as string },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
