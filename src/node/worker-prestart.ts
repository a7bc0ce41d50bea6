/**
 * Whether the command-line tool will want its recognition worker (`parallel-recognition.ts`), decided from the
 * command line alone, so that the launcher (`src/cli/launch.ts`) can start the worker before the tool itself loads.
 * Small on purpose: the launcher imports nothing else.
 */
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

/** Drafts of at least this many characters are recognised in the worker (shorter ones finish before it would start). */
export const WORKER_MIN_CHARS = 256 * 1024;

/** The commands that analyse drafts. */
const ANALYSING_COMMANDS = new Set(['validate', 'mentions', 'evidence']);

/** Options of those commands that take a value (`--name value`); the rest of their arguments are paths. */
const VALUE_OPTIONS = new Set(['--bibliography', '--ontology', '--rule', '--config', '--citation-style', '--evidence-scope', '--max-file-size', '--format', '--fail-on']);

/** Directory entries looked at, at most, when deciding from a folder on the command line. */
const MAX_ENTRIES = 5000;

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

/** The worker script beside the bundles in `dir`. */
export function recognitionWorkerFile(dir: string): string {
  return path.join(dir, 'recognition-worker.js');
}

/**
 * Starts the recognition worker from `dir` when `argv` (the tool's arguments) analyses a draft long enough for it
 * (see `WorkerMode`); undefined otherwise or when it cannot start. The worker loads the bundled ontology at once.
 */
export function prestartRecognitionWorker(argv: readonly string[], dir: string, mode: WorkerMode = workerModeFromEnv()): Worker | undefined {
  if (mode === 'never' || !ANALYSING_COMMANDS.has(argv[0] ?? '')) return undefined;
  if (mode === 'auto' && !namesLongDraft(pathsOf(argv.slice(1)))) return undefined;
  try {
    // Does not hold the process open until the tool takes it (an early usage error must still end the process).
    const worker = new Worker(recognitionWorkerFile(dir));
    worker.unref();
    return worker;
  } catch {
    return undefined;
  }
}

/** The path arguments (none: the current folder). */
function pathsOf(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      out.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('-')) {
      if (VALUE_OPTIONS.has(a)) i++;
      continue;
    }
    out.push(a);
  }
  return out.length ? out : ['.'];
}

/** True when one of `paths` is, or a folder among them holds, a Markdown file of at least `WORKER_MIN_CHARS` bytes. */
function namesLongDraft(paths: readonly string[]): boolean {
  let budget = MAX_ENTRIES;
  const visit = (p: string, top: boolean): boolean => {
    if (--budget < 0) return false;
    try {
      const st = statSync(p);
      if (st.isFile()) return (top || p.toLowerCase().endsWith('.md')) && st.size >= WORKER_MIN_CHARS;
      if (!st.isDirectory()) return false;
      for (const name of readdirSync(p)) {
        if (name === 'node_modules' || name.startsWith('.')) continue;
        if (visit(path.join(p, name), false)) return true;
      }
    } catch {
      /* unreadable: the tool reports it */
    }
    return false;
  };
  return paths.some((p) => visit(p, true));
}
