import type { NumericPart } from './types';
import { isDash, isDigit, isSpace } from './chars';

/** Largest number a numeric citation may name. */
export const MAX_CITATION_NUMBER = 9999;
/** Most numbers one range is expanded to. */
export const MAX_RANGE_EXPANSION = 1000;

/** True for a character that may appear inside a numeric group: digits, `,` `;`, dashes and white space. */
export function isNumericGroupChar(ch: string | undefined): boolean {
  return isDigit(ch) || ch === ',' || ch === ';' || isDash(ch) || isSpace(ch);
}

/**
 * Parses the inside of a numeric group, `text[start, end)`, as elements separated by `,` or `;`.
 * Each element is empty, a number (1–9999, no leading zero) or a range `a–b`. Returns undefined when an element is
 * anything else, when white space appears and `allowSpace` is false, or when no element names a number.
 */
export function parseNumericList(text: string, start: number, end: number, allowSpace = true): NumericPart[] | undefined {
  const parts: NumericPart[] = [];
  let elementStart = start;
  let named = false;
  for (let i = start; i <= end; i++) {
    const ch = i < end ? text[i] : undefined;
    if (ch !== undefined && ch !== ',' && ch !== ';') {
      if (!allowSpace && isSpace(ch)) return undefined;
      continue;
    }
    const part = parseElement(text, elementStart, i);
    if (!part) return undefined;
    if (part.from !== undefined) named = true;
    parts.push(part);
    elementStart = i + 1;
  }
  return named ? parts : undefined;
}

function parseElement(text: string, start: number, end: number): NumericPart | undefined {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (s === e) return { span: { start, end }, text: '' };
  const first = readNumber(text, s, e);
  if (!first) return undefined;
  let i = first.end;
  while (i < e && isSpace(text[i])) i++;
  if (i === e) return { span: { start: s, end: e }, text: text.slice(s, e), from: first.value, to: first.value };
  if (!isDash(text[i])) return undefined;
  i++;
  while (i < e && isSpace(text[i])) i++;
  const second = readNumber(text, i, e);
  if (!second || second.end !== e) return undefined;
  return { span: { start: s, end: e }, text: text.slice(s, e), from: first.value, to: second.value };
}

function readNumber(text: string, start: number, end: number): { value: number; end: number } | undefined {
  let i = start;
  while (i < end && isDigit(text[i])) i++;
  const digits = i - start;
  if (digits === 0 || digits > 4 || text[start] === '0') return undefined;
  const value = Number(text.slice(start, i));
  return value >= 1 && value <= MAX_CITATION_NUMBER ? { value, end: i } : undefined;
}

/**
 * Every number the parts name, in written order, ranges expanded in ascending order (a descending `41–38` gives
 * 38..41), duplicates kept. One range expands to at most `MAX_RANGE_EXPANSION` numbers.
 */
export function expandNumbers(parts: readonly Pick<NumericPart, 'from' | 'to'>[]): number[] {
  const out: number[] = [];
  for (const p of parts) {
    if (p.from === undefined) continue;
    const to = p.to ?? p.from;
    const lo = Math.min(p.from, to);
    const hi = Math.min(Math.max(p.from, to), lo + MAX_RANGE_EXPANSION - 1);
    for (let n = lo; n <= hi; n++) out.push(n);
  }
  return out;
}
