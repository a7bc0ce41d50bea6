import type { KeyKind } from './types';
import { isLineBreak, isWordChar } from './chars';

/** Manubot identifier prefixes and the kind each one names. */
const PREFIX_KINDS: ReadonlyMap<string, KeyKind> = new Map<string, KeyKind>([
  ['doi', 'doi'],
  ['pmid', 'pmid'],
  ['pubmed', 'pmid'],
  ['pmcid', 'pmcid'],
  ['pmc', 'pmcid'],
  ['arxiv', 'arxiv'],
  ['url', 'url'],
  ['isbn', 'isbn'],
  ['wikidata', 'wikidata'],
]);

/** Punctuation a Pandoc key may contain when a key character follows it (trailing punctuation ends the key). */
const INTERNAL_PUNCTUATION = ':.#$%&-+?<>~/';

/** A scanned `@key`: the key without `@` or braces, and the offset just past it. */
export interface ScannedKey {
  key: string;
  end: number;
}

function isKeyChar(ch: string | undefined): boolean {
  return ch === '_' || isWordChar(ch);
}

/**
 * Reads the Pandoc citation key after the `@` at `at`, stopping before `limit`. Keys start with a letter, digit or `_`
 * and may contain internal punctuation `:.#$%&-+?<>~/`; `@{…}` keys are read verbatim up to `}`. `doi:` keys may also
 * contain balanced parentheses and a `;` directly followed by a key character (`10.1002/(SICI)…CO;2-J`).
 */
export function scanKey(text: string, at: number, limit: number): ScannedKey | undefined {
  const first = at + 1;
  if (first >= limit) return undefined;
  if (text[first] === '{') {
    let j = first + 1;
    while (j < limit && text[j] !== '}' && text[j] !== '{' && text[j] !== '@' && !isLineBreak(text[j])) j++;
    if (j >= limit || text[j] !== '}') return undefined;
    const key = text.slice(first + 1, j).trim();
    return key ? { key, end: j + 1 } : undefined;
  }
  if (!isKeyChar(text[first])) return undefined;
  const doi = text.slice(first, first + 4).toLowerCase() === 'doi:';
  let i = first + 1;
  let end = i; // end of the key read so far, with balanced parentheses
  let depth = 0;
  while (i < limit) {
    const ch = text[i]!;
    if (isKeyChar(ch)) {
      i++;
      if (depth === 0) end = i;
    } else if (doi && ch === '(') {
      depth++;
      i++;
    } else if (doi && ch === ')' && depth > 0) {
      depth--;
      i++;
      if (depth === 0) end = i;
    } else if (INTERNAL_PUNCTUATION.includes(ch) || (doi && ch === ';')) {
      let k = i;
      while (k < limit && (INTERNAL_PUNCTUATION.includes(text[k]!) || (doi && text[k] === ';'))) k++;
      if (k < limit && (isKeyChar(text[k]) || (doi && text[k] === '('))) i = k;
      else break;
    } else {
      break;
    }
  }
  return { key: text.slice(first, end), end };
}

/** The kind of a key and, for Manubot identifiers (`doi:…`, `pmid:…`, `pubmed:…`), the identifier after the prefix. */
export function classifyKey(key: string): { kind: KeyKind; identifier?: string } {
  const colon = key.indexOf(':');
  if (colon <= 0 || colon === key.length - 1) return { kind: 'key' };
  const kind = PREFIX_KINDS.get(key.slice(0, colon).toLowerCase());
  return kind ? { kind, identifier: key.slice(colon + 1) } : { kind: 'key' };
}
