/**
 * The messages between the language server's main thread and its analysis worker (`analysis-worker.ts`). Everything
 * is plain data (structured clone). Cancellation is a shared flag the worker's analysis polls, so that a newer version
 * or a closed draft stops an analysis in the middle, not only between messages.
 */
import type { AnalysisData } from '../core/analysis-data';
import type { LspDiagnostic } from '../core/features';
import type { EntityDetails } from '../core/recognise';
import type { Settings } from './settings';

/** One draft to analyse. Paths are absolute. */
export interface DraftJob {
  uri: string;
  /** The text of the document version analysed. */
  text: string;
  /** Folder of the draft's file (front matter bibliography paths are relative to it); absent for an unsaved draft. */
  draftDir?: string;
  /** The bibliography files named by the settings. */
  sharedBibliographies: string[];
  /** The workspace folder whose ontology applies; absent: no workspace folder, the bundled ontology only. */
  folder?: string;
  settings: Settings;
}

/** What the worker found in a draft. */
export interface DraftResult {
  analysis: AnalysisData;
  /** Absolute paths of the bibliography files the draft asked for (read or not). */
  requested: string[];
  /** Names (URIs) of the bibliography files read and analysed. */
  bibliographies: string[];
  /** Present when an ontology was loaded and entities recognised. */
  entities?: {
    /** The folder whose ontology was used (`''`: none). */
    folderKey: string;
    /** The details of every entity the mentions name (see `describedEntityIds`), for hovers and the evidence table. */
    details: Array<[string, EntityDetails | undefined]>;
    /**
     * The completion names of that ontology (`EntityName[]`) as JSON, sent with the first result that uses it: one
     * string clones at once and parses several times faster than tens of thousands of small objects deserialise.
     */
    namesJson?: string;
  };
}

/** A bibliography file read on the main thread (from an open editor or the disk), or why it was not. */
export type ReadResult = { text: string; error?: undefined } | { text?: undefined; error: string };

/** A failure of a worker task. `code` is set for an LSP error (e.g. InvalidParams) to pass on as it is. */
export interface TaskError {
  message: string;
  stack?: string;
  cancelled?: boolean;
  code?: number;
}

/** Main thread → worker. `cancel` is a one-element `Int32Array` buffer, set to 1 to cancel. */
export type ToWorker =
  | { kind: 'analyse'; id: number; cancel: SharedArrayBuffer; folders: string[]; job: DraftJob }
  | { kind: 'validate'; id: number; cancel: SharedArrayBuffer; folders: string[]; /** Settings by workspace folder. */ settings: Record<string, Settings>; params: unknown }
  | { kind: 'file-changed'; id: number; abs: string }
  | { kind: 'forget-entities' }
  | { kind: 'forget-draft'; uri: string }
  | { kind: 'read-result'; id: number; read: number; result: ReadResult };

/** Worker → main thread. `done` carries a `DraftResult`, a `ValidateWorkspaceResult` or a boolean (`file-changed`). */
export type FromWorker =
  | { kind: 'done'; id: number; result: unknown }
  | { kind: 'failed'; id: number; error: TaskError }
  | { kind: 'read'; id: number; read: number; abs: string }
  | { kind: 'progress'; id: number; done: number; total: number; file: string }
  | { kind: 'log'; level: 'warn' | 'error'; message: string }
  | { kind: 'ontology-problems'; folderKey: string; byUri: Array<[string, LspDiagnostic[]]> };
