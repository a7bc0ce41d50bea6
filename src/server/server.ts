/**
 * The Evidence Lens language server: wires LSP requests to the pure feature functions of `src/core/features` over the
 * cached analyses of open drafts. Each handler is small: validate params, find the analysis, call the core. Parsing,
 * analysis and workspace validation run in a worker thread (`analysis-worker.ts`), so requests are answered meanwhile.
 */
import * as path from 'node:path';
import { TextDocuments, TextDocumentSyncKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  bibliographyEntryAt,
  codeActions,
  COMPLETION_TRIGGERS,
  completion,
  definition,
  documentLinks,
  entityCompletion,
  entityEvidence,
  entityIdAt,
  entityReferences,
  EVIDENCE_REQUEST,
  type EvidenceResult,
  documentSymbols,
  hover,
  references,
  RENUMBER_KIND,
  workspaceSymbols,
  type FeatureContext,
  type SymbolInformation,
} from '../core/features';
import { owningFolder, pathToUri, uriToPath } from '../node/workspace-paths';
import { Drafts, isDraft, type ContextExtender } from './drafts';
import { guarded, guardedNotification, requireDocument, requirePosition, requireRange } from './guard';
import { OntologyDiagnostics } from './ontology-diagnostics';
import { readSettings, SETTINGS_SECTION, type Settings } from './settings';
import { referencesAcrossDrafts, referencesFromBibliography } from './shared-references';
import { VALIDATE_WORKSPACE } from './validate-workspace';
import { AnalysisWorkerClient } from './worker-client';

/** Options for embedding the server (tests). Entities come from the workspace ontology (`./entities`). */
export interface ServerOptions {
  /** Adds to (or overrides) each analysed draft's feature context, after `mentions`, `entityDetails` and `entityNames` are set. */
  extendContext?: ContextExtender;
  /** The analysis worker script; default `analysis-worker.js` next to the server bundle. */
  workerFile?: string;
}

/** Glob of the bibliography and ontology files (`.evidence-lens/ontology.yaml`, `evidenceLens.ontology`) whose changes on disk re-run analysis. */
export const BIBLIOGRAPHY_GLOB = '**/*.{bib,bibtex,biblatex,json,yaml,yml}';

/** Starts serving on `connection` (already created with its transport) and begins listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let folders: string[] = [];
  let configurationRequests = false;
  let workDoneProgress = false;
  let pushed: unknown;
  /** Settings by the workspace folder they were read for ('' for the window's). */
  const settingsCache = new Map<string, Promise<Settings>>();

  /**
   * The settings that apply to a resource: those of the workspace folder holding it (the settings are
   * resource-scoped, so a folder's `.vscode/settings.json` overrides the window's), or the window's.
   */
  const settings = (uri?: string): Promise<Settings> => {
    const file = uri ? uriToPath(uri) : undefined;
    const folder = file ? owningFolder(folders, file) : undefined;
    const key = folder ?? '';
    let s = settingsCache.get(key);
    if (!s) settingsCache.set(key, (s = fetchSettings(folder && pathToUri(folder))));
    return s;
  };
  /** The settings of each workspace folder, by folder path. */
  const settingsByFolder = async (): Promise<Map<string, Settings>> =>
    new Map(await Promise.all(folders.map(async (f) => [f, await settings(pathToUri(f))] as const)));
  async function fetchSettings(scopeUri: string | undefined): Promise<Settings> {
    let raw = pushed;
    if (configurationRequests) {
      try {
        raw = await connection.workspace.getConfiguration(scopeUri ? { scopeUri, section: SETTINGS_SECTION } : { section: SETTINGS_SECTION });
      } catch (e) {
        connection.console.warn(`evidence-lens: could not read settings (${e instanceof Error ? e.message : String(e)}); using defaults`);
        return readSettings(undefined).settings;
      }
    }
    const { settings: s, problems } = readSettings(raw);
    for (const p of problems) connection.console.warn(`evidence-lens: setting ignored: ${p}`);
    return s;
  }

  const ontologyDiagnostics = new OntologyDiagnostics((p) => connection.sendDiagnostics(p).catch(() => undefined));
  const worker = new AnalysisWorkerClient(options.workerFile ?? path.join(__dirname, 'analysis-worker.js'), {
    log: (level, message) => (level === 'error' ? connection.console.error(message) : connection.console.warn(message)),
    ontologyProblems: (folderKey, byUri) => ontologyDiagnostics.publish(folderKey, byUri),
    stopped: (reason) => connection.console.error(`evidence-lens: the analysis worker stopped; the drafts it was checking are checked again in a new one. Cause: ${reason}`),
  });
  connection.onShutdown(() => worker.dispose());
  const drafts = new Drafts(connection, documents, settings, () => folders, worker, options.extendContext);
  const normalise = (uri: string) => {
    const p = uriToPath(uri);
    return p ? pathToUri(p) : uri;
  };

  const dynamic = { watch: false, configuration: false, folders: false };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const ws = params.capabilities.workspace;
    configurationRequests = ws?.configuration === true;
    workDoneProgress = params.capabilities.window?.workDoneProgress === true;
    dynamic.watch = ws?.didChangeWatchedFiles?.dynamicRegistration === true;
    dynamic.configuration = ws?.didChangeConfiguration?.dynamicRegistration === true;
    dynamic.folders = ws?.workspaceFolders === true;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    pushed = init?.settings;
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = uris.flatMap((u) => uriToPath(u) ?? []);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', RENUMBER_KIND] },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        documentLinkProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'evidence-lens' },
    };
  });

  connection.onInitialized(() => {
    const failed = (e: unknown) => connection.console.warn(`evidence-lens: registration failed: ${e instanceof Error ? e.message : String(e)}`);
    if (dynamic.watch) connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: BIBLIOGRAPHY_GLOB }] }).catch(failed);
    if (dynamic.configuration) connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(failed);
    if (dynamic.folders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.flatMap((f) => uriToPath(f.uri) ?? []));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.flatMap((f) => uriToPath(f.uri) ?? [])];
        settingsCache.clear();
        worker.forgetEntities();
        drafts.scheduleAll();
      });
    }
  });

  connection.onDidChangeConfiguration(
    guardedNotification(connection, 'didChangeConfiguration', (params) => {
      const s = (params?.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
      if (s !== undefined) pushed = s;
      settingsCache.clear();
      drafts.scheduleAll();
    }),
  );
  connection.onDidChangeWatchedFiles(
    guardedNotification(connection, 'didChangeWatchedFiles', async (params) => {
      let ontologyChanged = false;
      for (const change of params?.changes ?? []) {
        if (typeof change?.uri !== 'string') continue;
        drafts.bibliographyChanged(normalise(change.uri));
        const p = uriToPath(change.uri);
        if (p && (await worker.fileChanged(p))) ontologyChanged = true;
      }
      if (ontologyChanged) drafts.scheduleAll();
    }),
  );

  documents.onDidChangeContent((e) => {
    if (isDraft(e.document)) drafts.schedule(e.document.uri);
    else drafts.bibliographyChanged(normalise(e.document.uri));
  });
  documents.onDidClose((e) => {
    if (isDraft(e.document)) drafts.close(e.document.uri);
    else drafts.bibliographyChanged(normalise(e.document.uri));
  });

  const contextAt = async (uri: string): Promise<FeatureContext | undefined> => drafts.current(uri);

  connection.onHover(guarded(connection, 'hover', async (params, token) => {
    requirePosition(params);
    const ctx = await contextAt(params.textDocument.uri);
    return (ctx && hover(ctx, params.position, token)) ?? null;
  }));

  connection.onDefinition(guarded(connection, 'definition', async (params, token) => {
    requirePosition(params);
    const ctx = await contextAt(params.textDocument.uri);
    return ctx ? definition(ctx, params.position, token) : null;
  }));

  connection.onReferences(guarded(connection, 'references', async (params, token) => {
    requirePosition(params);
    const uri = params.textDocument.uri;
    const include = params.context?.includeDeclaration === true;
    const ctx = await contextAt(uri);
    if (!ctx) return referencesFromBibliography(drafts.analysed(), normalise(uri), params.position, include);
    const entityId = entityIdAt(ctx, params.position);
    if (entityId && !bibliographyEntryAt(ctx, params.position)) {
      // An entity mention: every mention of the entity in this draft and the other open drafts.
      return entityReferences([ctx, ...drafts.analysed()], entityId, token);
    }
    const bibEntry = bibliographyEntryAt(ctx, params.position);
    if (!bibEntry) return references(ctx, params.position, include, token);
    // An entry of a bibliography file: its citations in every open draft.
    return referencesAcrossDrafts(drafts.analysed(), bibEntry.path!, bibEntry.id, include);
  }));

  connection.onCodeAction(guarded(connection, 'codeAction', async (params, token) => {
    requireDocument(params);
    requireRange(params.range);
    const ctx = await contextAt(params.textDocument.uri);
    return ctx ? codeActions(ctx, params.range, { only: params.context?.only }, token) : [];
  }));

  connection.onCompletion(guarded(connection, 'completion', async (params, token) => {
    requirePosition(params);
    const ctx = await contextAt(params.textDocument.uri);
    if (!ctx) return [];
    const citations = completion(ctx, params.position, token);
    if (citations.length > 0) return citations;
    return entityCompletion(ctx, params.position, drafts.analysed().filter((d) => d.uri !== ctx.uri), token) ?? [];
  }));

  connection.onDocumentSymbol(guarded(connection, 'documentSymbol', async (params, token) => {
    requireDocument(params);
    const ctx = await contextAt(params.textDocument.uri);
    return ctx ? documentSymbols(ctx, token) : [];
  }));

  connection.onWorkspaceSymbol(guarded(connection, 'workspaceSymbol', (params, token) => {
    const query = typeof params?.query === 'string' ? params.query : '';
    const out: SymbolInformation[] = [];
    const seen = new Set<string>();
    for (const ctx of drafts.analysed()) {
      for (const s of workspaceSymbols(ctx, query, token)) {
        const key = `${s.location.uri}#${s.location.range.start.line}:${s.location.range.start.character}`;
        if (!seen.has(key)) (seen.add(key), out.push(s));
      }
    }
    return out;
  }));

  connection.onDocumentLinks(guarded(connection, 'documentLinks', async (params, token) => {
    requireDocument(params);
    const ctx = await contextAt(params.textDocument.uri);
    return ctx ? documentLinks(ctx, token) : [];
  }));

  connection.onRequest(
    EVIDENCE_REQUEST,
    guarded(connection, EVIDENCE_REQUEST, async (params: unknown, token): Promise<EvidenceResult | null> => {
      requireDocument(params);
      const uri = params.textDocument.uri;
      const ctx = await contextAt(uri);
      if (!ctx || token.isCancellationRequested) return null;
      const describe = drafts.describers.get(ctx);
      return { uri, version: documents.get(uri)?.version, entitiesEnabled: describe !== undefined, entities: entityEvidence(ctx.analysis, describe) };
    }),
  );

  connection.onRequest(
    VALIDATE_WORKSPACE,
    guarded(connection, VALIDATE_WORKSPACE, async (params: unknown, token) => {
      const progress = workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
      progress?.begin('Evidence Lens: validating citations', 0, undefined, false);
      try {
        const byFolder = await settingsByFolder();
        const fallback = await settings();
        const settingsFor = (folder: string): Settings => byFolder.get(owningFolder(folders, folder) ?? '') ?? fallback;
        return await worker.validate(params, folders, settingsFor, token, (done, total, file) =>
          progress?.report(total ? Math.round((100 * done) / total) : 0, `${done + 1}/${total} ${file}`),
        );
      } finally {
        progress?.done();
      }
    }),
  );

  documents.listen(connection);
  connection.listen();
}
