/**
 * V8 heap settings of the language server's two threads. V8 lets a thread's young generation (where new objects are
 * allocated) grow to 2 × 16 MB semi-spaces once it allocates a lot, and keeps it at that size: after a 1 MB draft both
 * the main thread (which receives and rehydrates the results) and the analysis worker held 32 MB of young generation
 * each, mostly empty. Smaller young generations cost more frequent (each shorter) collections, which did not show in
 * analysis or hover times (see the README's memory section).
 *
 * The main thread is already running when the server's code starts, so its heap size options can no longer be set;
 * it keeps its initial size instead (the growth factor, read at each young-generation collection, set to 1). This is
 * done at run time, not as a node option, so that the server behaves the same however it is started (`node
 * dist/server.js --stdio` by any editor, or forked by the VS Code client). Starting a worker thread resets V8's flags
 * (process-wide) to those of the command line, so the worker sets the flag again when it starts (`heap-init.ts` is
 * the first import of both entry points). The worker's own young generation is limited by a resource limit, the
 * supported way for worker threads (the growth factor alone does not hold it).
 */
import { setFlagsFromString } from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';

/** The main thread's young generation never grows beyond its initial 2 × 1 MB semi-spaces (64-bit V8). */
export const MAIN_THREAD_FLAG = '--semi-space-growth-factor=1';

/**
 * The analysis worker's limits: a young generation of at most 6 MB, which V8 splits into two 2 MB semi-spaces and
 * room for new large objects. Old generation: V8's default.
 */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 6 };

/** Applies the main thread's heap setting (see the module comment): at start, and again once a worker has started. */
export function limitYoungGeneration(): void {
  setFlagsFromString(MAIN_THREAD_FLAG);
}
