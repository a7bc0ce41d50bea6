/**
 * The messages between the command-line tool's main thread and its recognition worker (`recognition-worker.ts`).
 * Spans travel as flat `Int32Array`s of start/end pairs; mentions come back as plain data.
 */
import type { Mention } from '../core/recognise';

/** What the worker needs before the first draft: where to look for the workspace ontology, and further user ontology files. */
export interface RecognitionInit {
  folder: string | undefined;
  ontologyFiles: string[];
}

export type ToRecognitionWorker =
  /** First message: the user ontology to apply over the bundled one (loaded as soon as the worker starts). */
  | ({ kind: 'init' } & RecognitionInit)
  /** A new draft (its text without the BOM): the chunks that follow belong to it. */
  | { kind: 'begin'; id: number; text: string }
  /** Chunks of the draft as the parser yields them: `bounds` holds start/end pairs, `prose[k]` chunk k's relative prose spans. */
  | { kind: 'chunks'; id: number; bounds: Int32Array; prose: Int32Array[] }
  /** The draft's final chunks (start/end pairs): answer with its mentions. */
  | { kind: 'finish'; id: number; bounds: Int32Array };

export type FromRecognitionWorker = { kind: 'mentions'; id: number; mentions: Mention[] } | { kind: 'error'; id: number; message: string };
