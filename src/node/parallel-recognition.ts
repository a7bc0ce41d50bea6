/**
 * The main thread's side of the recognition worker (`recognition-worker.ts`): the command-line tool starts it when a
 * draft is long, feeds it each chunk as the parser yields it, and receives the draft's mentions while the main thread
 * goes on with citations and sentences. When the worker cannot start or fails, the caller recognises in the main
 * thread instead: the results are the same either way.
 */
import { existsSync, promises as fs } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Chunk } from '../core/parse/chunked';
import type { Mention } from '../core/recognise';
import type { FromRecognitionWorker, RecognitionInit, ToRecognitionWorker } from './recognition-protocol';
import { recognitionWorkerFile, WORKER_MIN_CHARS, workerModeFromEnv, type WorkerMode } from './worker-prestart';

/** Chunks are sent in batches of about this many characters. */
const BATCH_CHARS = 32 * 1024;

/** A draft being fed to the worker. */
export interface RecognitionFeed {
  /** Passes a chunk as the parser yields it (see `DocumentParser.parse`). */
  add(chunk: Chunk): void;
  /** The draft's mentions once the worker has them, given its final chunks; rejects when the worker failed. */
  finish(chunks: readonly Chunk[]): Promise<Mention[]>;
}

/** A worker thread that recognises entities (see the module comment). */
export class RecognitionWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (m: Mention[]) => void; reject: (e: Error) => void }>();
  private failure: Error | undefined;
  private nextId = 0;

  private constructor(worker: Worker, data: RecognitionInit) {
    this.worker = worker;
    // A prestarted worker does not hold the process open (see `prestartRecognitionWorker`); this one must, while used.
    worker.ref();
    this.worker.on('message', (m: FromRecognitionWorker) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (m.kind === 'mentions') w.resolve(m.mentions);
      else w.reject(new Error(m.message));
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => this.fail(new Error(`the recognition worker stopped (exit code ${code})`)));
    this.post({ kind: 'init', ...data });
  }

  /**
   * Uses the `prestarted` worker, or starts one from `recognition-worker.js` beside this bundle; undefined when there is
   * none (as when running from the sources) or it cannot start.
   */
  static start(data: RecognitionInit, prestarted?: Worker): RecognitionWorker | undefined {
    const file = recognitionWorkerFile(__dirname);
    if (!prestarted && !existsSync(file)) return undefined;
    try {
      return new RecognitionWorker(prestarted ?? new Worker(file), data);
    } catch {
      return undefined;
    }
  }

  /** Begins a draft: `text` is the text the parser reads, without its BOM. */
  begin(text: string): RecognitionFeed {
    const id = this.nextId++;
    this.post({ kind: 'begin', id, text });
    let batch: Chunk[] = [];
    let batchChars = 0;
    const flush = () => {
      if (batch.length === 0) return;
      const prose = batch.map((c) => flatSpans(c.data.prose));
      const bounds = flatSpans(batch);
      this.post({ kind: 'chunks', id, bounds, prose }, [bounds.buffer, ...prose.map((p) => p.buffer)]);
      batch = [];
      batchChars = 0;
    };
    return {
      add: (chunk) => {
        batch.push(chunk);
        batchChars += chunk.end - chunk.start;
        if (batchChars >= BATCH_CHARS) flush();
      },
      finish: (chunks) => {
        flush();
        if (this.failure) return Promise.reject(this.failure);
        const done = new Promise<Mention[]>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
        const bounds = flatSpans(chunks);
        this.post({ kind: 'finish', id, bounds }, [bounds.buffer]);
        return done;
      },
    };
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    this.failure ??= new Error('the recognition worker was closed');
    await this.worker.terminate();
  }

  private post(m: ToRecognitionWorker, transfer: ArrayBuffer[] = []): void {
    if (!this.failure) this.worker.postMessage(m, transfer);
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.values()) w.reject(this.failure);
    this.waiting.clear();
  }
}

function flatSpans(spans: ReadonlyArray<{ start: number; end: number }>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(spans.length * 2);
  for (let i = 0; i < spans.length; i++) {
    out[2 * i] = spans[i]!.start;
    out[2 * i + 1] = spans[i]!.end;
  }
  return out;
}

/**
 * The recognition worker for `files` with the user ontology in `data`, when one of them is long enough for it (see
 * `WorkerMode`): the `prestarted` one (see `prestartRecognitionWorker`) or a new one; undefined when none is needed or
 * it cannot start. A prestarted worker not needed is stopped.
 */
export async function startRecognitionWorker(
  files: readonly string[],
  data: RecognitionInit,
  prestarted?: Worker,
  mode: WorkerMode = workerModeFromEnv(),
): Promise<{ worker: RecognitionWorker; minChars: number } | undefined> {
  const minChars = mode === 'always' ? 0 : WORKER_MIN_CHARS;
  let wanted = mode !== 'never' && files.length > 0;
  if (wanted && mode === 'auto') {
    const sizes = await Promise.all(files.map((f) => fs.stat(f).then((s) => s.size, () => 0)));
    wanted = sizes.some((s) => s >= minChars);
  }
  if (!wanted) {
    await prestarted?.terminate();
    return undefined;
  }
  const worker = RecognitionWorker.start(data, prestarted);
  return worker && { worker, minChars };
}
