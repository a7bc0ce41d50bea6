/**
 * Open drafts: debounced, cancellable analysis per document version (run by the analysis worker, off the main
 * thread), the cached analysis features are served from, and publishing of diagnostics for drafts and for the
 * bibliography files they use.
 */
import * as path from 'node:path';
import { CancellationTokenSource, type CancellationToken as LspCancellationToken, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analysisFromData } from '../core/analysis-data';
import { extensionOf } from '../core/bibliography';
import {
  diagnosticsByUri,
  entityDetailsProvider,
  entityNameIndex,
  fileTooLargeDiagnostic,
  type DescribeEntity,
  type EntityName,
  type EntityNameSearch,
  type FeatureContext,
  type LspDiagnostic,
} from '../core/features';
import { CancelledError, type CancellationToken } from '../core/types';
import type { BibliographyReader } from '../node/bibliography-inputs';
import { readTextFile } from '../node/read-text';
import { isInsideFolders, owningFolder, pathToUri, uriToPath } from '../node/workspace-paths';
import type { DraftJob, DraftResult } from './analysis-protocol';
import { maxBytesOf, type Settings } from './settings';
import { IdleCollector } from './idle-gc';
import { WorkerStoppedError, type AnalysisWorkerClient } from './worker-client';

/** Delay between the last edit and the analysis. */
export const DEBOUNCE_MS = 300;

/** Hooks that add to the context features are served with (entity mentions, later). */
export type ContextExtender = (ctx: FeatureContext, token: CancellationToken) => FeatureContext | Promise<FeatureContext>;

interface DraftState {
  timer?: NodeJS.Timeout;
  pending?: { version: number; source: CancellationTokenSource; promise: Promise<FeatureContext | undefined> };
  context?: FeatureContext;
  version?: number;
  /** URIs of the bibliography files this draft asked for (read or not), for change watching. */
  bibUris: Set<string>;
  /** Diagnostics of the last analysis on each bibliography file it read, by URI. */
  bibDiagnostics: Map<string, LspDiagnostic[]>;
  /** The version whose analysis was already sent again after the worker stopped (it is not sent a third time). */
  retriedVersion?: number;
}

/** True for documents analysed as drafts: language `markdown`, or a `.md` / `.markdown` file. */
export function isDraft(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' || ['.md', '.markdown'].includes(extensionOf(doc.uri));
}

/** The drafts open in the client and their analyses. */
export class Drafts {
  private readonly states = new Map<string, DraftState>();
  /** Entity details lookup of each analysed context (for the evidence request). */
  readonly describers = new WeakMap<FeatureContext, DescribeEntity>();
  /** The completion names of each folder's ontology (by folder key), as the worker sent them. */
  private readonly names = new Map<string, EntityNameSearch>();
  private readonly collector = new IdleCollector();
  private gcTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: (uri?: string) => Promise<Settings>,
    private readonly folders: () => string[],
    private readonly worker: AnalysisWorkerClient,
    private readonly extend?: ContextExtender,
  ) {}

  /** Schedules an analysis of `uri` after the debounce delay (immediately for a draft never analysed). */
  schedule(uri: string, delay = DEBOUNCE_MS): void {
    const doc = this.documents.get(uri);
    if (!doc || !isDraft(doc)) return;
    const state = this.stateOf(uri);
    if (state.timer) clearTimeout(state.timer);
    // A newer version cancels the analysis in flight.
    if (state.pending && state.pending.version !== doc.version) state.pending.source.cancel();
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.analyse(uri).catch((e) => this.logError(`analysis of ${uri}`, e));
    }, state.context ? delay : 0);
  }

  /** Re-analyses every open draft (settings changed). */
  scheduleAll(delay = 0): void {
    for (const doc of this.documents.all()) if (isDraft(doc)) this.schedule(doc.uri, delay);
  }

  /** Re-analyses the drafts that use a bibliography file (it changed on disk or in an editor). */
  bibliographyChanged(uri: string): void {
    for (const [draft, state] of this.states) if (state.bibUris.has(uri)) this.schedule(draft, DEBOUNCE_MS);
  }

  /** Forgets a closed draft and clears its diagnostics. */
  close(uri: string): void {
    const state = this.states.get(uri);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    state.pending?.source.cancel();
    this.states.delete(uri);
    this.worker.forgetDraft(uri);
    this.send({ uri, diagnostics: [] });
    for (const bib of state.bibDiagnostics.keys()) this.publishBibliography(bib);
  }

  /** The feature context of the current version of `uri`: cached, awaited if in flight, else analysed now. */
  async current(uri: string): Promise<FeatureContext | undefined> {
    const doc = this.documents.get(uri);
    if (!doc || !isDraft(doc)) return undefined;
    const state = this.stateOf(uri);
    if (state.context && state.version === doc.version) return state.context;
    if (state.pending?.version === doc.version) return state.pending.promise.catch(() => undefined);
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    return this.analyse(uri).catch(() => undefined);
  }

  /** The feature contexts of every open draft that has been analysed. */
  analysed(): FeatureContext[] {
    return [...this.states.values()].flatMap((s) => (s.context ? [s.context] : []));
  }

  private stateOf(uri: string): DraftState {
    let s = this.states.get(uri);
    if (!s) this.states.set(uri, (s = { bibUris: new Set(), bibDiagnostics: new Map() }));
    return s;
  }

  private analyse(uri: string): Promise<FeatureContext | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return Promise.resolve(undefined);
    const state = this.stateOf(uri);
    state.pending?.source.cancel();
    const source = new CancellationTokenSource();
    const version = doc.version;
    const promise = this.run(doc, state, source.token).finally(() => {
      if (state.pending?.source === source) state.pending = undefined;
      source.dispose();
    });
    state.pending = { version, source, promise };
    return promise;
  }

  private async run(doc: TextDocument, state: DraftState, token: LspCancellationToken): Promise<FeatureContext | undefined> {
    const uri = doc.uri;
    const version = doc.version;
    const settings = await this.settings(uri);
    const check = () => {
      if (token.isCancellationRequested || this.states.get(uri) !== state || this.documents.get(uri)?.version !== version) throw new CancelledError();
    };
    check();
    const text = doc.getText();
    const limit = maxBytesOf(settings);
    const size = Buffer.byteLength(text, 'utf8');
    if (size > limit) {
      state.context = undefined;
      state.version = version;
      state.bibUris = new Set();
      this.publish(uri, version, state, new Map([[uri, [fileTooLargeDiagnostic(size, limit)]]]), new Set());
      return undefined;
    }
    const draftPath = uriToPath(uri);
    const folders = this.folders();
    const base = (draftPath && owningFolder(folders, draftPath)) ?? folders[0];
    const job: DraftJob = {
      uri,
      text,
      sharedBibliographies: base ? settings.bibliography.map((p) => path.resolve(base, p)) : [],
      settings,
      ...(draftPath ? { draftDir: path.dirname(draftPath) } : {}),
      ...(base ? { folder: base } : {}),
    };
    let result: DraftResult;
    try {
      result = await this.worker.analyse(job, folders, this.reader(folders, limit), token);
    } catch (e) {
      // A crash ends every analysis in flight: each is sent once more, to the new worker.
      if (e instanceof WorkerStoppedError && state.retriedVersion !== version && this.states.get(uri) === state) {
        state.retriedVersion = version;
        this.schedule(uri, 0);
      }
      throw e;
    }
    if (result.entities?.namesJson) this.names.set(result.entities.folderKey, entityNameIndex(JSON.parse(result.entities.namesJson) as EntityName[]));
    check();
    const analysis = analysisFromData(result.analysis, text);
    let context: FeatureContext = { uri, analysis, mentions: analysis.mentions };
    let describe: DescribeEntity | undefined;
    if (result.entities) {
      const details = new Map(result.entities.details);
      const folderKey = result.entities.folderKey;
      describe = (id) => details.get(id);
      context.entityDetails = entityDetailsProvider(analysis, describe);
      context.entityNames = { search: (prefix, limit) => this.names.get(folderKey)?.search(prefix, limit) ?? [] };
    }
    if (this.extend) context = await this.extend(context, token);
    check();
    if (describe) this.describers.set(context, describe);
    state.context = context;
    state.version = version;
    state.bibUris = new Set(result.requested.map((abs) => pathToUri(abs)));
    this.publish(uri, version, state, diagnosticsByUri(analysis.diagnostics, uri), new Set(result.bibliographies));
    this.collector.analysed(text.length);
    this.collectWhenIdle();
    return context;
  }

  /**
   * A second after the last result, collects the garbage large results left on this thread (the message from the
   * worker, the data the analysis was rebuilt from), as the worker does after analysing (see `IdleCollector`).
   */
  private collectWhenIdle(): void {
    if (this.gcTimer) clearTimeout(this.gcTimer);
    this.gcTimer = setTimeout(() => {
      this.gcTimer = undefined;
      this.collector.idle();
    }, 1000);
    this.gcTimer.unref();
  }

  /** Reads bibliography files inside the workspace folders: from an open editor when there is one, else from disk. */
  private reader(folders: string[], maxBytes: number): BibliographyReader {
    return async (abs) => {
      if (folders.length === 0) return { error: 'was not read: no workspace folder is open (bibliography files are read only inside workspace folders)' };
      if (!(await isInsideFolders(abs, folders))) return { error: 'is outside the workspace folders; it was not read' };
      const open = this.documents.get(pathToUri(abs));
      if (open) {
        const text = open.getText();
        if (Buffer.byteLength(text, 'utf8') > maxBytes) return { error: 'is over the size limit ("evidenceLens.maxFileSizeMB"); it was not read' };
        return { text };
      }
      const r = await readTextFile(abs, maxBytes);
      return r.ok ? { text: r.text } : { error: r.message };
    };
  }

  /** Publishes the draft's diagnostics, and those of the bibliography files it read (`bibUris`) or read before. */
  private publish(uri: string, version: number, state: DraftState, byUri: Map<string, LspDiagnostic[]>, bibUris: Set<string>): void {
    this.send({ uri, version, diagnostics: byUri.get(uri) ?? [] });
    const touched = new Set([...state.bibDiagnostics.keys(), ...bibUris]);
    state.bibDiagnostics = new Map([...bibUris].map((b) => [b, byUri.get(b) ?? []]));
    for (const [other, list] of byUri) if (other !== uri && !bibUris.has(other)) state.bibDiagnostics.set(other, list);
    for (const bib of touched) this.publishBibliography(bib);
  }

  /**
   * Publishes a bibliography file's diagnostics: the union over the open drafts that use it; an entry is reported
   * unused only when no such draft cites it.
   */
  private publishBibliography(bibUri: string): void {
    const users = [...this.states.values()].filter((s) => s.bibDiagnostics.has(bibUri));
    const out: LspDiagnostic[] = [];
    const seen = new Map<string, number>();
    for (const s of users) {
      for (const d of s.bibDiagnostics.get(bibUri)!) {
        const key = `${d.code}\u0000${d.range.start.line}:${d.range.start.character}\u0000${d.message}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        if (n === 0 && d.code !== 'citation.unused-reference') out.push(d);
        if (d.code === 'citation.unused-reference' && n + 1 === users.length) out.push(d);
      }
    }
    this.send({ uri: bibUri, diagnostics: out });
  }

  private send(params: { uri: string; version?: number; diagnostics: LspDiagnostic[] }): void {
    this.connection.sendDiagnostics(params).catch((e: unknown) => this.logError('publishing diagnostics', e));
  }

  private logError(what: string, e: unknown): void {
    // A stopped worker is reported once by the worker client, not once per draft.
    if (e instanceof CancelledError || e instanceof WorkerStoppedError) return;
    try {
      this.connection.console.error(`evidence-lens: ${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    } catch {
      // the connection is closed
    }
  }
}
