/**
 * The main thread's side of the recognition worker (`recognition-worker.ts`): the command-line tool starts it when a
 * draft is long, feeds it each chunk as the parser yields it, and receives the draft's mentions while the main thread
 * goes on with citations and sentences. When the worker cannot start or fails, the caller recognises in the main
 * thread instead: the results are the same either way.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Chunk } from '../core/parse/chunked';
import type { Mention } from '../core/recognise';
import type { FromRecognitionWorker, RecognitionWorkerData, ToRecognitionWorker } from './recognition-protocol';

/** Drafts of at least this many characters are recognised in the worker (shorter ones finish before it would start). */
export const WORKER_MIN_CHARS = 256 * 1024;

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

  private constructor(file: string, data: RecognitionWorkerData) {
    this.worker = new Worker(file, { workerData: data });
    this.worker.on('message', (m: FromRecognitionWorker) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (m.kind === 'mentions') w.resolve(m.mentions);
      else w.reject(new Error(m.message));
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => this.fail(new Error(`the recognition worker stopped (exit code ${code})`)));
  }

  /** Starts the worker from `file` (default: `recognition-worker.js` beside this bundle), or undefined when it is not there. */
  static start(data: RecognitionWorkerData, file = path.join(__dirname, 'recognition-worker.js')): RecognitionWorker | undefined {
    if (!existsSync(file)) return undefined;
    try {
      return new RecognitionWorker(file, data);
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
 * When to use the worker, from `EVIDENCE_LENS_RECOGNITION_WORKER`: `auto` (default) for drafts of at least
 * `WORKER_MIN_CHARS`, `always` for every draft (tests), `never` to recognise in the main thread.
 */
export type WorkerMode = 'auto' | 'always' | 'never';

/** The worker mode set in the environment (anything unknown is `auto`). */
export function workerModeFromEnv(env: NodeJS.ProcessEnv = process.env): WorkerMode {
  const v = env.EVIDENCE_LENS_RECOGNITION_WORKER;
  return v === 'always' || v === 'never' ? v : 'auto';
}

/**
 * Starts a recognition worker when some of `files` is long enough for it to pay (see `WorkerMode`), so that it loads
 * the ontology while the main thread does too; undefined when none is needed or it cannot start.
 */
export async function startRecognitionWorker(files: readonly string[], data: RecognitionWorkerData, mode: WorkerMode = workerModeFromEnv()): Promise<{ worker: RecognitionWorker; minChars: number } | undefined> {
  if (mode === 'never' || files.length === 0) return undefined;
  const minChars = mode === 'always' ? 0 : WORKER_MIN_CHARS;
  if (mode === 'auto') {
    const sizes = await Promise.all(files.map((f) => fs.stat(f).then((s) => s.size, () => 0)));
    if (!sizes.some((s) => s >= minChars)) return undefined;
  }
  const worker = RecognitionWorker.start(data);
  return worker && { worker, minChars };
}
