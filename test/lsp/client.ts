/**
 * A small LSP client for tests: starts the built server (`node dist/server.js --stdio`) as a child process and talks
 * JSON-RPC to it over stdio. It answers the server's requests (settings, registrations) and records the diagnostics
 * it publishes, so tests can await them instead of sleeping.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const SERVER = path.resolve(__dirname, '../../dist/server.js');

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Array<{
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity: number;
    code: string;
    source: string;
    message: string;
    data?: { fix?: { title: string; edits: unknown[] } };
  }>;
}

export interface TextEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

/** The `file:` URI of a path. */
export function uriOf(p: string): string {
  return pathToFileURL(p).href;
}

/** A running server and a connection to it. */
export class TestClient {
  readonly connection: MessageConnection;
  readonly published = new Map<string, PublishedDiagnostics>();
  /** Every publication, in order. */
  readonly history: PublishedDiagnostics[] = [];
  readonly logs: string[] = [];
  /** Kinds (`begin`, `report`, `end`) of the `$/progress` notifications received. */
  readonly progress: string[] = [];
  private readonly waiters: Array<{ uri: string; test: (p: PublishedDiagnostics) => boolean; resolve: (p: PublishedDiagnostics) => void }> = [];
  private readonly logWaiters: Array<{ pattern: RegExp; resolve: (message: string) => void }> = [];
  private configurationWaiters: Array<() => void> = [];
  /** Settings per workspace folder URI (answered when the server asks with that `scopeUri`); `settings` otherwise. */
  readonly folderSettings = new Map<string, Record<string, unknown>>();
  /** The `scopeUri` of each settings item the server asked for (undefined for the window's). */
  readonly configurationScopes: Array<string | undefined> = [];
  private readonly versions = new Map<string, number>();
  private readonly child: ChildProcess;

  /** `env` adds to the server's environment (e.g. `EVIDENCE_LENS_TEST_WORKER_CRASH`); `server`: the built server to start. */
  constructor(
    public settings: Record<string, unknown> = {},
    env: Record<string, string> = {},
    server = SERVER,
  ) {
    this.child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    this.child.stderr!.on('data', (d: Buffer) => this.logs.push(d.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string; scopeUri?: string }> }) => {
      for (const resolve of this.configurationWaiters.splice(0)) resolve();
      for (const i of params.items) this.configurationScopes.push(i.scopeUri);
      return params.items.map((i) => (i.section === 'evidenceLens' ? ((i.scopeUri && this.folderSettings.get(i.scopeUri)) ?? this.settings) : null));
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('$/progress', (p: { value: { kind: string } }) => this.progress.push(p.value.kind));
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      for (let i = this.logWaiters.length - 1; i >= 0; i--) {
        const w = this.logWaiters[i]!;
        if (w.pattern.test(p.message)) (this.logWaiters.splice(i, 1), w.resolve(p.message));
      }
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.set(p.uri, p);
      this.history.push(p);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const w = this.waiters[i]!;
        if (w.uri === p.uri && w.test(p)) {
          this.waiters.splice(i, 1);
          w.resolve(p);
        }
      }
    });
    this.connection.listen();
  }

  /** Sends `initialize` (with one or more workspace folders) and `initialized`; returns the server's result. */
  async initialize(folder: string, ...more: string[]): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: uriOf(folder),
      workspaceFolders: [folder, ...more].map((f) => ({ uri: uriOf(f), name: path.basename(f) })),
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
        window: { workDoneProgress: true },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the next (or the latest, if it already matches) diagnostics published for `uri` that pass `test`. */
  diagnostics(uri: string, test: (p: PublishedDiagnostics) => boolean = () => true): Promise<PublishedDiagnostics> {
    const latest = this.published.get(uri);
    if (latest && test(latest)) return Promise.resolve(latest);
    return new Promise((resolve) => this.waiters.push({ uri, test, resolve }));
  }

  /**
   * Resolves when the server next asks for the settings (it does when an analysis starts after a settings change);
   * the answer is sent before anything the caller sends next.
   */
  configurationRequested(): Promise<void> {
    return new Promise((resolve) => this.configurationWaiters.push(resolve));
  }

  /** Resolves with the first message the server logged (or logs next) that matches `pattern`. */
  logged(pattern: RegExp): Promise<string> {
    const seen = this.logs.find((l) => pattern.test(l));
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve) => this.logWaiters.push({ pattern, resolve }));
  }

  /** Opens a document with `text` (version 1). */
  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text of an open document; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** Shuts the server down and waits for the process to exit. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

/** Applies LSP text edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), edits as TextEdit[]);
}

/** The 0-based position of the `occurrence`-th match of `needle` in `text`, plus `offset` characters. */
export function positionOf(text: string, needle: string, offset = 0, occurrence = 1): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`'${needle}' not found`);
  const before = text.slice(0, at + offset);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}
