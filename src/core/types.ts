/**
 * Plain data types shared by every layer. Positions are LSP-style: 0-based line, UTF-16 character.
 */

/** A 0-based line and UTF-16 character offset, as in the Language Server Protocol. */
export interface Position {
  line: number;
  character: number;
}

/** A half-open range between two positions. */
export interface Range {
  start: Position;
  end: Position;
}

/** A replacement of the text in `range` by `newText`. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** Severity of a reported diagnostic. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A configured level for a rule: a severity, or `off` to silence it. */
export type RuleLevel = 'off' | Severity;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'info', 'hint'];

/** A location in some file other than (or the same as) the one a diagnostic is on. */
export interface RelatedLocation {
  /** Path (or URI) of the file; absent means the document being analysed. */
  path?: string;
  range: Range;
  message: string;
}

/** An edit to the analysed document that resolves a diagnostic. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** One finding of a rule. */
export interface Diagnostic {
  /** The stable dotted rule id, e.g. `citation.unresolved`. */
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Path (or URI) of the file the diagnostic is on; absent means the analysed document. */
  path?: string;
  related?: RelatedLocation[];
  fix?: Fix;
}

/** A half-open `[start, end)` span of UTF-16 offsets into a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** Cancellation: core loops check `isCancellationRequested` and stop early. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** A token that is never cancelled. */
export const noCancellation: CancellationToken = Object.freeze({ isCancellationRequested: false });

/** Thrown by core functions when their token is cancelled. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** Throws `CancelledError` if the token has been cancelled. */
export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new CancelledError();
}
