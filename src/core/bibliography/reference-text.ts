/**
 * Best-effort reading of one Vancouver / AMA-style reference written as text, e.g.
 * `Example A, Sample B. An illustrative study. J Example Res. 2020;1:1-10. doi:10.5555/x. PMID: 12345678.`
 */
import type { Span } from '../types';
import type { RawIdentifierValues } from './identifiers';

/** Fields read from a reference's text; spans are offsets into the analysed document. */
export interface ReferenceTextFields {
  authors: string[];
  etAl: boolean;
  title?: string;
  container?: string;
  year?: string;
  url?: string;
  /** Identifier values as written (not yet validated). */
  identifiers: RawIdentifierValues;
  identifierSpans: { doi?: Span; pmid?: Span; pmcid?: Span };
}

// Every pattern below is a single pass of character classes without nested or overlapping quantifiers.
const DOI_LABELLED = /\bdoi\s*:\s*(\S+)|https?:\/\/(?:dx\.)?doi\.org\/(\S+)/i;
const DOI_BARE = /\b10\.[0-9]{4,9}\/\S+/;
const PMID_LABELLED = /\bPMID(?:\s*:)?\s*([^\s,;]+)/i;
const PMCID_LABELLED = /\bPMCID(?:\s*:)?\s*([^\s,;]+)/i;
const PMCID_BARE = /\bPMC[0-9]+\b/;
const URL_RE = /https?:\/\/[^\s<>"]+/gi;
const YEAR_RE = /\b(?:19|20)[0-9]{2}\b/;
/** Longest reference text read for fields; anything longer is not a reference and is cut to keep the work bounded. */
const MAX_LENGTH = 4000;

interface Found {
  /** Span of the whole match (label and value) within the source. */
  match: Span;
  /** Span of the value within the source. */
  value: Span;
}

/**
 * Reads the fields of a reference from `source`, the entry's text after its number label with line breaks replaced by
 * spaces (so offsets are unchanged); `base` is the offset of `source` in the document.
 */
export function parseReferenceText(text: string, base: number): ReferenceTextFields {
  const source = text.length > MAX_LENGTH ? text.slice(0, MAX_LENGTH) : text;
  const out: ReferenceTextFields = { authors: [], etAl: false, identifiers: {}, identifierSpans: {} };
  const blanks: Span[] = [];
  const take = (found: Found | undefined, key: 'doi' | 'pmid' | 'pmcid'): void => {
    if (!found) return;
    out.identifiers[key] = source.slice(found.value.start, found.value.end);
    out.identifierSpans[key] = { start: base + found.value.start, end: base + found.value.end };
    blanks.push(found.match);
  };
  take(findDoi(source), 'doi');
  take(findLabelled(source, PMID_LABELLED), 'pmid');
  take(findLabelled(source, PMCID_LABELLED) ?? findBare(source, PMCID_BARE), 'pmcid');

  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(source); m; m = URL_RE.exec(source)) {
    const value = trimValue(source, m.index, m.index + m[0].length);
    blanks.push(value);
    if (out.url === undefined && !/^https?:\/\/(?:dx\.)?doi\.org\//i.test(m[0])) out.url = source.slice(value.start, value.end);
  }

  const plain = blank(source, blanks);
  const segments = splitSentences(plain);
  const first = segments[0];
  if (first) {
    const authors = readAuthors(first.text);
    out.authors = authors.names;
    out.etAl = authors.etAl;
  }
  const title = segments[1] ? cleanInline(segments[1].text) : '';
  if (title) out.title = title;
  const containerSegment = segments[2];
  if (containerSegment) {
    const yearAt = /\s(?:19|20)[0-9]{2}\b/.exec(containerSegment.text)?.index;
    const container = cleanInline(yearAt === undefined ? containerSegment.text : containerSegment.text.slice(0, yearAt));
    if (container && !/^[0-9(;:]/.test(container)) out.container = container;
  }
  const yearFrom = containerSegment?.start ?? plain.length;
  const year = YEAR_RE.exec(plain.slice(yearFrom)) ?? YEAR_RE.exec(plain);
  if (year) out.year = year[0];
  return out;
}

function findDoi(source: string): Found | undefined {
  const m = DOI_LABELLED.exec(source);
  if (m) {
    const group = m[1] !== undefined ? m[1] : m[2]!;
    const start = m.index + m[0].length - group.length;
    return { match: { start: m.index, end: m.index + m[0].length }, value: trimValue(source, start, start + group.length) };
  }
  return findBare(source, DOI_BARE);
}

function findLabelled(source: string, re: RegExp): Found | undefined {
  const m = re.exec(source);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[1]!.length;
  return { match: { start: m.index, end: m.index + m[0].length }, value: trimValue(source, start, m.index + m[0].length) };
}

function findBare(source: string, re: RegExp): Found | undefined {
  const m = re.exec(source);
  if (!m) return undefined;
  const value = trimValue(source, m.index, m.index + m[0].length);
  return { match: { start: m.index, end: m.index + m[0].length }, value };
}

/** Trims an identifier or URL token: cuts a Markdown link tail `](`, then trailing punctuation and unbalanced brackets. */
function trimValue(source: string, start: number, end: number): Span {
  const link = source.indexOf('](', start);
  if (link >= 0 && link < end) end = link;
  for (;;) {
    const c = source[end - 1];
    if (end <= start) break;
    if (c === '.' || c === ',' || c === ';' || c === ':' || c === '>' || c === '*' || c === '_') end--;
    else if (c === ')' && count(source, start, end, ')') > count(source, start, end, '(')) end--;
    else if (c === ']' && count(source, start, end, ']') > count(source, start, end, '[')) end--;
    else break;
  }
  return { start, end };
}

function count(source: string, start: number, end: number, ch: string): number {
  let n = 0;
  for (let i = start; i < end; i++) if (source[i] === ch) n++;
  return n;
}

function blank(source: string, spans: Span[]): string {
  if (spans.length === 0) return source;
  const chars = source.split('');
  for (const s of spans) for (let i = s.start; i < s.end; i++) chars[i] = ' ';
  return chars.join('');
}

interface Segment {
  text: string;
  start: number;
}

/** Splits at `.`, `?` or `!` followed by whitespace (or the end); `?` and `!` are kept, `.` dropped. */
function splitSentences(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const push = (end: number, next: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead });
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '?' && c !== '!') continue;
    const next = text[i + 1];
    if (next !== undefined && next !== ' ' && next !== '\t') continue;
    push(c === '.' ? i : i + 1, i + 1);
  }
  push(text.length, text.length);
  return out;
}

function readAuthors(segment: string): { names: string[]; etAl: boolean } {
  let text = cleanInline(segment);
  let etAl = false;
  const tail = /[,;]?\s?\bet al\.?$/i.exec(text); // white space is collapsed above
  if (tail) {
    etAl = true;
    text = text.slice(0, tail.index);
  }
  const names: string[] = [];
  for (const part of text.split(/[,;]|\s(?:and|&)\s/)) {
    const name = part.trim();
    if (!name) continue;
    if (/^et al\.?$/i.test(name)) etAl = true;
    else names.push(name);
  }
  return { names, etAl };
}

/** Removes Markdown inline markup (links, emphasis, escapes) and collapses whitespace. */
function cleanInline(text: string): string {
  // Most reference fields hold no markup and single spaces: the replacements are skipped when they cannot apply.
  if (MARKUP.test(text)) {
    text = text
      .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
      .replace(/[*]+/g, '')
      .replace(/(^|[\s(])_+|(?<!_)_+(?=$|[\s).,;:])/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
  }
  return (UNCOLLAPSED_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** A character some markup replacement of `cleanInline` starts at. */
const MARKUP = /[[*_\\]/;
/** White space that `\s+` → ' ' would change: two in a row, or one other than a space. */
const UNCOLLAPSED_SPACE = /\s\s|[^\S ]/;
