/**
 * The main thread's side of the analysis worker (`analysis-worker.ts`): starts it on first use, sends it tasks and
 * answers its bibliography reads, and passes cancellation through a shared flag. When the worker stops unexpectedly
 * (an uncaught error, out of memory), the tasks in flight fail with `WorkerStoppedError`, the stop is reported once,
 * and the next task starts a new worker.
 */
import { Worker } from 'node:worker_threads';
import { ResponseError, type CancellationToken, type Disposable } from 'vscode-languageserver';
import type { LspDiagnostic } from '../core/features';
import { CancelledError } from '../core/types';
import type { BibliographyReader } from '../node/bibliography-inputs';
import type { DraftJob, DraftResult, FromWorker, ReadResult, TaskError, ToWorker } from './analysis-protocol';
import { WORKER_RESOURCE_LIMITS } from './heap';
import type { Settings } from './settings';
import type { ProgressReporter, ValidateWorkspaceResult } from './validate-workspace';

/** What the worker reports besides task results. */
export interface WorkerClientEvents {
  log(level: 'warn' | 'error', message: string): void;
  /** `ontology.invalid` diagnostics of a folder's user ontology files (see `OntologyDiagnostics`). */
  ontologyProblems(folderKey: string, byUri: Array<[string, LspDiagnostic[]]>): void;
  /**
   * The worker stopped unexpectedly. Called once for a stop, whatever the number of tasks it ends, and not again for
   * further stops until a task has succeeded (a draft that crashes the worker each time is reported once).
   */
  stopped(reason: string): void;
}

/** A task ended because the worker stopped; the task may be sent again (a new worker is started). */
export class WorkerStoppedError extends Error {
  constructor(reason: string) {
    super(`the analysis worker stopped: ${reason}`);
    this.name = 'WorkerStoppedError';
  }
}

interface Task {
  resolve(value: unknown): void;
  reject(e: unknown): void;
  read?: BibliographyReader;
  progress?: ProgressReporter;
  /** Set once the promise is settled (e.g. cancelled) while the worker still works on the task. */
  settled: boolean;
  listener?: Disposable;
}

/** One analysis worker thread, started lazily and restarted after a crash. */
export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  private readonly tasks = new Map<number, Task>();
  private nextId = 1;
  private disposed = false;
  /** True from a reported stop until a task succeeds. */
  private stopReported = false;

  constructor(
    private readonly file: string,
    private readonly events: WorkerClientEvents,
  ) {}

  /** Analyses a draft. Rejects with `CancelledError` when `token` is cancelled, `WorkerStoppedError` on a crash. */
  analyse(job: DraftJob, folders: string[], read: BibliographyReader, token: CancellationToken): Promise<DraftResult> {
    return this.run<DraftResult>((id, cancel) => ({ kind: 'analyse', id, cancel, folders, job }), token, { read });
  }

  /** Runs `evidenceLens/validateWorkspace` in the worker (InvalidParams errors come back as `ResponseError`s). */
  validate(params: unknown, folders: string[], settingsFor: (folder: string) => Settings, token: CancellationToken, progress?: ProgressReporter): Promise<ValidateWorkspaceResult> {
    return this.run<ValidateWorkspaceResult>((id, cancel) => ({ kind: 'validate', id, cancel, folders, settings: Object.fromEntries(folders.map((f) => [f, settingsFor(f)])), params }), token, progress ? { progress } : {});
  }

  /**
   * A file changed on disk: the worker forgets the folders whose ontology it is (or could become). Resolves true when
   * something was forgotten (drafts should be re-analysed); false when no worker runs (nothing is cached).
   */
  async fileChanged(abs: string): Promise<boolean> {
    if (!this.worker) return false;
    return this.run<boolean>((id) => ({ kind: 'file-changed', id, abs }));
  }

  /** The worker forgets every folder's entities (settings or folders changed). */
  forgetEntities(): void {
    this.worker?.postMessage({ kind: 'forget-entities' } satisfies ToWorker);
  }

  /** The worker drops what it keeps of a closed draft (its incremental analyser). */
  forgetDraft(uri: string): void {
    this.worker?.postMessage({ kind: 'forget-draft', uri } satisfies ToWorker);
  }

  /** Stops the worker for good (server shutdown); tasks in flight fail. */
  async dispose(): Promise<void> {
    this.disposed = true;
    const w = this.worker;
    this.worker = undefined;
    this.failAll(new WorkerStoppedError('the server is shutting down'));
    await w?.terminate();
  }

  private run<T>(message: (id: number, cancel: SharedArrayBuffer) => ToWorker, token?: CancellationToken, hooks: Pick<Task, 'read' | 'progress'> = {}): Promise<T> {
    if (this.disposed) return Promise.reject(new WorkerStoppedError('the server is shutting down'));
    if (token?.isCancellationRequested) return Promise.reject(new CancelledError());
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const cancel = new SharedArrayBuffer(4);
    return new Promise<T>((resolve, reject) => {
      const task: Task = { resolve: resolve as (v: unknown) => void, reject, ...hooks, settled: false };
      if (token) {
        task.listener = token.onCancellationRequested(() => {
          Atomics.store(new Int32Array(cancel), 0, 1);
          this.settle(task, () => reject(new CancelledError()));
        });
      }
      this.tasks.set(id, task);
      worker.postMessage(message(id, cancel));
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // stdout: the server's stdout carries the protocol, so the worker's output is logged instead of inherited.
    // resourceLimits: a small young generation (see `heap.ts`).
    const worker = new Worker(this.file, { stdout: true, resourceLimits: WORKER_RESOURCE_LIMITS });
    worker.stdout.on('data', (d: Buffer) => this.events.log('warn', `evidence-lens: analysis worker output: ${d.toString().trimEnd()}`));
    let reason = 'it exited';
    worker.on('message', (m: FromWorker) => this.onMessage(worker, m));
    worker.on('messageerror', (e) => this.events.log('error', `evidence-lens: a message from the analysis worker could not be read: ${e.message}`));
    worker.on('error', (e) => {
      reason = e.stack ?? e.message;
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const why = `${reason} (exit code ${code})`;
      this.failAll(new WorkerStoppedError(why));
      if (!this.stopReported) this.events.stopped(why);
      this.stopReported = true;
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private onMessage(worker: Worker, m: FromWorker): void {
    switch (m.kind) {
      case 'log':
        return this.events.log(m.level, m.message);
      case 'ontology-problems':
        return this.events.ontologyProblems(m.folderKey, m.byUri);
      case 'progress':
        return this.tasks.get(m.id)?.progress?.(m.done, m.total, m.file);
      case 'read': {
        const read = this.tasks.get(m.id)?.read;
        const answer = (result: ReadResult) => {
          if (this.worker === worker) worker.postMessage({ kind: 'read-result', id: m.id, read: m.read, result } satisfies ToWorker);
        };
        if (!read) return answer({ error: 'was not read' });
        read(m.abs).then(answer, (e: unknown) => answer({ error: `could not be read (${e instanceof Error ? e.message : String(e)})` }));
        return;
      }
      case 'done':
      case 'failed': {
        const task = this.tasks.get(m.id);
        if (!task) return;
        this.tasks.delete(m.id);
        task.listener?.dispose();
        if (m.kind === 'done') {
          this.stopReported = false;
          this.settle(task, () => task.resolve(m.result));
        } else this.settle(task, () => task.reject(errorOf(m.error)));
        return;
      }
    }
  }

  private settle(task: Task, how: () => void): void {
    if (task.settled) return;
    task.settled = true;
    how();
  }

  private failAll(e: Error): void {
    for (const task of this.tasks.values()) {
      task.listener?.dispose();
      this.settle(task, () => task.reject(e));
    }
    this.tasks.clear();
  }
}

/** The error a failed task rejects with: `CancelledError`, a `ResponseError` with its code, or an `Error`. */
function errorOf(e: TaskError): Error {
  if (e.cancelled) return new CancelledError();
  if (e.code !== undefined) return new ResponseError(e.code, e.message);
  const error = new Error(e.message);
  if (e.stack) error.stack = e.stack;
  return error;
}
