/**
 * Entry point of `dist/analysis-worker.js`: the worker thread that parses and analyses drafts (one at a time, in the
 * order asked) and runs `evidenceLens/validateWorkspace`, so that the server's main thread stays free to answer
 * requests. It holds the ontology (bundled plus each folder's user files); the main thread does not load it.
 * Bibliography files are read by the main thread, which knows the open editors (see `analysis-protocol.ts`).
 */
// First: starting this thread reset V8's flags; the main thread's heap setting is applied again (see `heap.ts`).
import './heap-init';
import { parentPort } from 'node:worker_threads';
import { ResponseError } from 'vscode-languageserver';
import { CancelledError, type CancellationToken } from '../core/types';
import type { BibliographyReader } from '../node/bibliography-inputs';
import { owningFolder } from '../node/workspace-paths';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { FromWorker, ReadResult, TaskError, ToWorker } from './analysis-protocol';
import { analyseDraft, draftResult, forgetDraft } from './draft-job';
import { EntityStore, type LoadedFolderEntities } from './entities';
import { IdleCollector } from './idle-gc';
import { validateWorkspace } from './validate-workspace';

/** Tests only: a draft containing this text makes the worker throw an uncaught error, as a crash would. */
const CRASH_MARKER = process.env.EVIDENCE_LENS_TEST_WORKER_CRASH;

type AnalyseMessage = Extract<ToWorker, { kind: 'analyse' }>;
type ValidateMessage = Extract<ToWorker, { kind: 'validate' }>;

const port = parentPort;
if (!port) throw new Error('analysis-worker.js runs as a worker thread of the language server');
const post = (m: FromWorker) => port.postMessage(m);

let folders: string[] = [];
const entities = new EntityStore(
  { log: (level, message) => post({ kind: 'log', level, message }), problems: (folderKey, byUri) => post({ kind: 'ontology-problems', folderKey, byUri }) },
  () => folders,
);
/** The entities whose completion names the main thread has. */
const namesSent = new WeakSet<LoadedFolderEntities>();
const reads = new Map<number, (r: ReadResult) => void>();
let nextRead = 0;
const queue: AnalyseMessage[] = [];
let draining = false;
const collector = new IdleCollector();

port.on('message', (m: ToWorker) => {
  switch (m.kind) {
    case 'analyse':
      queue.push(m);
      void drain();
      return;
    case 'validate':
      void validate(m);
      return;
    case 'read-result':
      reads.get(m.read)?.(m.result);
      reads.delete(m.read);
      return;
    case 'file-changed':
      entities.fileChanged(m.abs).then(
        (hit) => post({ kind: 'done', id: m.id, result: hit }),
        (e: unknown) => post({ kind: 'failed', id: m.id, error: taskError(e) }),
      );
      return;
    case 'forget-entities':
      entities.clear();
      return;
    case 'forget-draft':
      forgetDraft(m.uri);
      return;
  }
});

/**
 * Runs the queued analyses one after another; a cancelled one is skipped or stops at its next check. Once the queue
 * is empty, large drafts' garbage is collected.
 */
async function drain(): Promise<void> {
  if (draining) return;
  draining = true;
  try {
    for (let m = queue.shift(); m; m = queue.shift()) {
      await analyse(m);
      collector.analysed(m.job.text.length);
    }
  } finally {
    draining = false;
  }
  collector.idle();
}

async function analyse(m: AnalyseMessage): Promise<void> {
  const token = sharedToken(m.cancel);
  try {
    if (token.isCancellationRequested) throw new CancelledError();
    if (CRASH_MARKER && m.job.text.includes(CRASH_MARKER)) {
      process.nextTick(() => {
        throw new Error('analysis worker crash requested by EVIDENCE_LENS_TEST_WORKER_CRASH');
      });
      return;
    }
    folders = m.folders;
    const outcome = await analyseDraft(m.job, m.folders, reader(m.id), entities, token);
    const withNames = outcome.entities !== undefined && !namesSent.has(outcome.entities);
    post({ kind: 'done', id: m.id, result: draftResult(outcome, withNames) });
    if (withNames) namesSent.add(outcome.entities!);
  } catch (e) {
    post({ kind: 'failed', id: m.id, error: taskError(e) });
  }
}

async function validate(m: ValidateMessage): Promise<void> {
  folders = m.folders;
  const settingsFor = (folder: string): Settings => m.settings[owningFolder(m.folders, folder) ?? ''] ?? m.settings[m.folders[0] ?? ''] ?? DEFAULT_SETTINGS;
  try {
    const result = await validateWorkspace(
      m.params,
      m.folders,
      settingsFor,
      sharedToken(m.cancel),
      (done, total, file) => post({ kind: 'progress', id: m.id, done, total, file }),
      (folder) => entities.get(owningFolder(m.folders, folder) ?? folder, settingsFor(folder)),
    );
    post({ kind: 'done', id: m.id, result });
  } catch (e) {
    post({ kind: 'failed', id: m.id, error: taskError(e) });
  }
}

/** Reads bibliography files through the main thread, for task `id`. */
function reader(id: number): BibliographyReader {
  return (abs) =>
    new Promise<ReadResult>((resolve) => {
      const read = nextRead++;
      reads.set(read, resolve);
      post({ kind: 'read', id, read, abs });
    });
}

/** A token over the shared cancellation flag (see `ToWorker`). */
function sharedToken(buffer: SharedArrayBuffer): CancellationToken {
  const flag = new Int32Array(buffer);
  return {
    get isCancellationRequested() {
      return Atomics.load(flag, 0) !== 0;
    },
  };
}

function taskError(e: unknown): TaskError {
  if (e instanceof CancelledError) return { message: 'cancelled', cancelled: true };
  if (e instanceof ResponseError) return { message: e.message, code: e.code };
  if (e instanceof Error) return { message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
  return { message: String(e) };
}
