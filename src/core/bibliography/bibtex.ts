/**
 * BibTeX / BibLaTeX bibliography files (`.bib`).
 */
import { LineIndex } from '../parse/line-index';
import type { CancellationToken, Diagnostic, Span } from '../types';
import { scanBibtex, type RawEntry, type RawField } from './bibtex-scanner';
import { decodeTex, decodeVerbatim, parseNames } from './bibtex-tex';
import { checkIdentifiers } from './identifiers';
import { bibProblem, stripBom } from './problems';
import type { BibEntry, BibParseResult } from './types';

const VERBATIM = new Set(['doi', 'url', 'pmid', 'pmcid', 'eprint', 'eprinttype', 'archiveprefix', 'file', 'urldate']);

/**
 * Parses a BibTeX / BibLaTeX file. Every syntax error becomes a `bibliography.invalid` error on `path` at the place
 * it was found (an unclosed entry is reported on its `@type{key` header); entries before and after still come back.
 * Duplicate keys and fields, and undefined `@string`s, are `bibliography.invalid` warnings. Authors are given as
 * `Family, Given` (or the name as written, for single-part and braced names).
 */
export function parseBibtex(text: string, path: string, token?: CancellationToken): BibParseResult {
  const source = stripBom(text);
  const lines = new LineIndex(source);
  const scan = scanBibtex(source, token);
  const problems: Diagnostic[] = scan.problems.map((p) => bibProblem(lines, p.span, p.message, path, p.severity));
  const entries: BibEntry[] = [];
  const firstByKey = new Map<string, RawEntry>();
  for (const raw of scan.entries) {
    const first = firstByKey.get(raw.key);
    if (first) {
      const line = lines.positionAt(first.keySpan.start).line + 1;
      problems.push(
        bibProblem(lines, raw.keySpan, `Duplicate key \`${raw.key}\` (first defined on line ${line})`, path, 'warning', [
          { path, range: lines.rangeOf(first.keySpan), message: `First definition of \`${raw.key}\`` },
        ]),
      );
    } else {
      firstByKey.set(raw.key, raw);
    }
    entries.push(toEntry(raw, lines, path));
  }
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { entries, problems };
}

function toEntry(raw: RawEntry, lines: LineIndex, path: string): BibEntry {
  const fields = new Map<string, RawField>();
  for (const f of raw.fields) if (!fields.has(f.name)) fields.set(f.name, f);
  const text = (name: string): string | undefined => {
    const f = fields.get(name);
    if (!f) return undefined;
    const v = VERBATIM.has(name) ? decodeVerbatim(f.value) : decodeTex(f.value);
    return v === '' ? undefined : v;
  };
  const entry: BibEntry = {
    id: raw.key,
    format: 'bibtex',
    path,
    span: { ...raw.span },
    range: lines.rangeOf(raw.span),
    labelRange: lines.rangeOf(raw.keySpan),
    authors: [],
  };
  const names = fields.get('author') ?? fields.get('editor');
  if (names) {
    const parsed = parseNames(names.value);
    entry.authors = parsed.names;
    if (parsed.others) entry.etAl = true;
  }
  const year = text('year') ?? text('date');
  if (year) entry.year = /(?<![0-9])[0-9]{4}(?![0-9])/.exec(year)?.[0] ?? year;
  const title = text('title');
  if (title) entry.title = title;
  const container = text('journal') ?? text('journaltitle') ?? text('booktitle');
  if (container) entry.container = container;
  const url = text('url');
  if (url) entry.url = url;
  const abstract = text('abstract');
  if (abstract) entry.abstract = abstract;
  const keywords = text('keywords');
  if (keywords) entry.keywords = splitKeywords(keywords);
  identifiers(entry, fields, text, lines);
  return entry;
}

/** Sets the DOI, PMID and PMCID (also from `eprint` with `eprinttype` pubmed / pmc / doi) and their ranges. */
function identifiers(entry: BibEntry, fields: Map<string, RawField>, text: (name: string) => string | undefined, lines: LineIndex): void {
  const found: { doi?: RawField; pmid?: RawField; pmcid?: RawField } = {};
  if (fields.has('doi')) found.doi = fields.get('doi');
  if (fields.has('pmid')) found.pmid = fields.get('pmid');
  if (fields.has('pmcid')) found.pmcid = fields.get('pmcid');
  const eprint = fields.get('eprint');
  if (eprint) {
    const kind = (text('eprinttype') ?? text('archiveprefix') ?? '').toLowerCase();
    if ((kind === 'pubmed' || kind === 'pmid') && !found.pmid) found.pmid = eprint;
    else if ((kind === 'pmc' || kind === 'pmcid' || kind === 'pubmedcentral') && !found.pmcid) found.pmcid = eprint;
    else if (kind === 'doi' && !found.doi) found.doi = eprint;
  }
  const value = (f: RawField | undefined): string | undefined => (f ? decodeVerbatim(f.value) : undefined);
  const ids = checkIdentifiers({ doi: value(found.doi), pmid: value(found.pmid), pmcid: value(found.pmcid) });
  if (ids.doi) entry.doi = ids.doi;
  if (ids.pmid) entry.pmid = ids.pmid;
  if (ids.pmcid) entry.pmcid = ids.pmcid;
  if (ids.raw) entry.rawIdentifiers = ids.raw;
  const range = (f: RawField | undefined) => (f && value(f) ? lines.rangeOf(trimSpan(f)) : undefined);
  const doi = range(found.doi);
  const pmid = range(found.pmid);
  const pmcid = range(found.pmcid);
  if (doi || pmid || pmcid) {
    entry.identifierRanges = {};
    if (doi) entry.identifierRanges.doi = doi;
    if (pmid) entry.identifierRanges.pmid = pmid;
    if (pmcid) entry.identifierRanges.pmcid = pmcid;
  }
}

/** The value span without surrounding whitespace (positions are in the file; the value may span lines). */
function trimSpan(f: RawField): Span {
  const lead = f.value.length - f.value.trimStart().length;
  const trail = f.value.length - f.value.trimEnd().length;
  const span = { start: f.valueSpan.start + lead, end: f.valueSpan.end - trail };
  // Values built from several parts or macros do not map character for character; keep the whole span then.
  return f.valueSpan.end - f.valueSpan.start === f.value.length && span.end >= span.start ? span : f.valueSpan;
}

function splitKeywords(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((k) => k.trim())
    .filter((k) => k.length > 0);
}
