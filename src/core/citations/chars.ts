/** Character classes used by the citation scanners. Every test looks at one UTF-16 unit, so scanning stays linear. */

const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;
const LETTER_RE = /^[\p{L}\p{M}]$/u;

/** Dashes accepted between the ends of a numeric range: hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus. */
export function isDash(ch: string | undefined): boolean {
  return ch === '-' || ch === '\u2010' || ch === '\u2011' || ch === '\u2012' || ch === '\u2013' || ch === '\u2014' || ch === '\u2212';
}

/** Horizontal white space: space, tab, no-break, thin and narrow no-break spaces. */
export function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f';
}

/** A line break character. */
export function isLineBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r';
}

/** Any white space handled by the scanners (horizontal or line break). */
export function isSpace(ch: string | undefined): boolean {
  return isBlank(ch) || isLineBreak(ch);
}

/** An ASCII digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** A letter, digit or combining mark of any script; surrogate halves count as letters (e.g. mathematical italics). */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return WORD_RE.test(ch);
}

/** A letter of any script (not a digit). */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return LETTER_RE.test(ch);
}
