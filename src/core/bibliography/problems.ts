import type { LineIndex } from '../parse/line-index';
import type { Diagnostic, RelatedLocation, Severity, Span } from '../types';

/** The diagnostic code of every problem found in a bibliography source. */
export const BIBLIOGRAPHY_INVALID = 'bibliography.invalid';

/** Builds a `bibliography.invalid` diagnostic on `span` of a bibliography source. */
export function bibProblem(
  lines: LineIndex,
  span: Span,
  message: string,
  path: string | undefined,
  severity: Severity = 'error',
  related?: RelatedLocation[],
): Diagnostic {
  const d: Diagnostic = { code: BIBLIOGRAPHY_INVALID, severity, message, range: lines.rangeOf(span) };
  if (path !== undefined) d.path = path;
  if (related && related.length > 0) d.related = related;
  return d;
}

/** Strips a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Shortens a value for use in a message. */
export function clip(value: string, max = 40): string {
  const one = value.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
