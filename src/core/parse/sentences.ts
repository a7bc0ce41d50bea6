import type { Span } from '../types';
import { sentenceEnds } from './sentence-breaks';

/** Abbreviations after which a full stop does not end a sentence. Lower-case, without the final dot. */
const ABBREVIATIONS = new Set([
  'al', 'e.g', 'i.e', 'eg', 'ie', 'fig', 'figs', 'vs', 'cf', 'approx', 'ca', 'resp', 'ref', 'refs', 'no', 'nos',
  'vol', 'suppl', 'dr', 'prof', 'mr', 'mrs', 'ms', 'st', 'sp', 'spp', 'var', 'viz', 'eq', 'eqs', 'ed', 'eds',
  'chap', 'sec', 'p', 'pp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'min', 'max', 'mol', 'conc', 'incl', 'excl', 'esp', 'est',
]);

let segmenter: Intl.Segmenter | undefined;

/**
 * Splits the text in `span` into sentence spans (trimmed of surrounding white space), using Intl.Segmenter's boundaries
 * (read by `sentenceEnds` where it covers the text, several times faster) and
 * then re-joining breaks that follow abbreviations such as "et al.", "e.g.", "Fig." or "vs.", or fall inside a number.
 *
 * @example splitSentences('Smith et al. showed it (3). Then HER2 rose.', {start: 0, end: 43}) // two spans
 */
export function splitSentences(text: string, span: Span): Span[] {
  const raw: Span[] = [];
  // Intl.Segmenter is superlinear on long inputs (≈1 s for 200 KB), so long spans are segmented in chunks cut after
  // sentence punctuation and white space (or, failing that, at white space): linear, and unchanged below CHUNK.
  for (let start = span.start; start < span.end; ) {
    const end = chunkEnd(text, start, span.end);
    const slice = text.slice(start, end);
    const ends = sentenceEnds(slice);
    if (ends) {
      let from = start;
      for (const e of ends) {
        raw.push({ start: from, end: start + e });
        from = start + e;
      }
    } else {
      segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
      for (const seg of segmenter.segment(slice)) raw.push({ start: start + seg.index, end: start + seg.index + seg.segment.length });
    }
    start = end;
  }
  const merged: Span[] = [];
  for (const s of raw) {
    const prev = merged[merged.length - 1];
    if (prev && !endsSentence(text, prev, s)) prev.end = s.end;
    else merged.push({ ...s });
  }
  return merged.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

/** Longest text handed to the segmenter at once. */
const CHUNK = 8192;

/** Where the chunk starting at `start` ends: `limit` when near, else just after `. ` (or `?`/`!`), else after a space. */
function chunkEnd(text: string, start: number, limit: number): number {
  if (limit - start <= CHUNK) return limit;
  const max = start + CHUNK;
  let space = -1;
  for (let i = max - 1; i > start + CHUNK / 2; i--) {
    const c = text[i]!;
    if (c !== ' ' && c !== '\n' && c !== '\t') continue;
    const p = text[i - 1];
    if (p === '.' || p === '?' || p === '!') return i + 1;
    if (space < 0) space = i + 1;
  }
  if (space > 0) return space;
  // Do not split a surrogate pair.
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max + 1 : max;
}

function endsSentence(text: string, prev: Span, next: Span): boolean {
  const body = text.slice(prev.start, prev.end).trimEnd();
  if (!body.endsWith('.')) return true;
  const word = /([A-Za-z][A-Za-z.]*)\.$/.exec(body.slice(-24));
  const nextText = text.slice(next.start, next.end).trimStart();
  // "5." followed by a digit is a decimal split by the segmenter.
  if (/\d\.$/.test(body) && /^\d/.test(nextText)) return false;
  if (!word) return true;
  const w = word[1]!.toLowerCase();
  if (!ABBREVIATIONS.has(w)) {
    // Single capital initials ("J. Smith") do not end sentences.
    return !(word[1]!.length === 1 && /[A-Z]/.test(word[1]!) && /^[A-Z]/.test(nextText));
  }
  return false;
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
