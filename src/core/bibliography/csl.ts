/**
 * CSL items (from CSL-JSON or CSL-YAML) to bibliography entries. Items are validated leniently with zod: unknown
 * fields pass; a used field of the wrong type is reported and ignored, and the item is kept if it has an id.
 */
import type { ZodType } from 'zod';
import type { LineIndex } from '../parse/line-index';
import { throwIfCancelled, type CancellationToken, type Diagnostic, type Span } from '../types';
import { checkIdentifiers } from './identifiers';
import { bibProblem, clip } from './problems';
import type { BibEntry, BibFormat } from './types';

/** One item as found in the source: its value and where it and its top-level fields are. */
export interface CslItemSource {
  /** 0-based index of the item in its list. */
  index: number;
  value: unknown;
  span: Span;
  /** Span of a top-level field's value (inside quotes for quoted strings), when known. */
  fieldSpan(name: string): Span | undefined;
}

/** Where the items come from: used for ranges, messages and the entries' `path` / `format`. */
export interface CslContext {
  lines: LineIndex;
  path: string | undefined;
  format: BibFormat;
}

/** A CSL text field: a string or a number. */
type CslText = string | number;

/** A CSL name, as the schema below accepts it. */
interface CslName {
  family?: CslText;
  given?: CslText;
  literal?: CslText;
  'non-dropping-particle'?: CslText;
  'dropping-particle'?: CslText;
  suffix?: CslText;
  [other: string]: unknown;
}

/** A CSL date, as the schema below accepts it. */
type CslDate = { 'date-parts'?: CslText[][]; raw?: CslText; literal?: CslText; [other: string]: unknown } | number | string | Array<{ year?: CslText; [other: string]: unknown }>;

/**
 * The schema and a plain-words description of each field we read. Built on first use: zod takes some 50 ms to load,
 * which a run without CSL files need not pay.
 */
function fieldSpecs(): Record<string, { schema: ZodType; expected: string }> {
  return (fieldsMemo ??= buildFields());
}

let fieldsMemo: Record<string, { schema: ZodType; expected: string }> | undefined;

function buildFields(): Record<string, { schema: ZodType; expected: string }> {
  const { z } = require('zod') as typeof import('zod');
  const text = z.union([z.string(), z.number()]);
  const name = z.looseObject({
    family: text.optional(),
    given: text.optional(),
    literal: text.optional(),
    'non-dropping-particle': text.optional(),
    'dropping-particle': text.optional(),
    suffix: text.optional(),
  });
  const datePart = z.union([z.number(), z.string()]);
  const date = z.union([
    z.looseObject({
      'date-parts': z.array(z.array(datePart)).optional(),
      raw: text.optional(),
      literal: text.optional(),
    }),
    z.number(),
    z.string(),
    z.array(z.looseObject({ year: datePart.optional() })),
  ]);

  return {
    id: { schema: text, expected: 'a string or a number' },
    author: { schema: z.array(name), expected: 'a list of names ({family, given} or {literal})' },
    editor: { schema: z.array(name), expected: 'a list of names ({family, given} or {literal})' },
    issued: { schema: date, expected: 'a date ({"date-parts": [[2020, 1]]}, {raw: "2020"}, a year, or [{year: 2020}])' },
    title: { schema: text, expected: 'a string' },
    'container-title': { schema: text, expected: 'a string' },
    abstract: { schema: text, expected: 'a string' },
    keyword: { schema: z.union([text, z.array(text)]), expected: 'a comma-separated string' },
    DOI: { schema: text, expected: 'a string' },
    PMID: { schema: text, expected: 'a string or a number' },
    PMCID: { schema: text, expected: 'a string' },
    URL: { schema: text, expected: 'a string' },
  };
}

/** Lower-case spellings some tools write instead of the CSL names. */
const ALIASES: Record<string, string> = { DOI: 'doi', PMID: 'pmid', PMCID: 'pmcid', URL: 'url' };

/** Converts CSL items to entries; problems are `bibliography.invalid` diagnostics on the items' file. */
export function cslEntries(items: readonly CslItemSource[], ctx: CslContext, token?: CancellationToken): { entries: BibEntry[]; problems: Diagnostic[] } {
  const entries: BibEntry[] = [];
  const problems: Diagnostic[] = [];
  const firstById = new Map<string, Span>();
  for (const item of items) {
    throwIfCancelled(token);
    const entry = toEntry(item, ctx, problems);
    if (!entry) continue;
    const labelSpan = item.fieldSpan('id') ?? item.span;
    const first = firstById.get(entry.id);
    if (first) {
      const line = ctx.lines.positionAt(first.start).line + 1;
      problems.push(
        bibProblem(ctx.lines, labelSpan, `Duplicate id \`${entry.id}\` (first defined on line ${line})`, ctx.path, 'warning', [
          { path: ctx.path, range: ctx.lines.rangeOf(first), message: `First definition of \`${entry.id}\`` },
        ]),
      );
    } else {
      firstById.set(entry.id, labelSpan);
    }
    entries.push(entry);
  }
  return { entries, problems };
}

function toEntry(item: CslItemSource, ctx: CslContext, problems: Diagnostic[]): BibEntry | undefined {
  const { lines, path } = ctx;
  const where = `Item ${item.index + 1}`;
  const v = item.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    problems.push(bibProblem(lines, item.span, `${where} is not an object with CSL fields`, path));
    return undefined;
  }
  const record = v as Record<string, unknown>;
  // Look up each field we use, by its CSL name or a lower-case alias, and validate it.
  const fields = new Map<string, unknown>();
  for (const [field, spec] of Object.entries(fieldSpecs())) {
    const key = field in record ? field : ALIASES[field] !== undefined && ALIASES[field]! in record ? ALIASES[field]! : undefined;
    if (key === undefined || record[key] === undefined || record[key] === null) continue;
    const result = spec.schema.safeParse(record[key]);
    if (result.success) {
      fields.set(field, result.data);
      continue;
    }
    const id = field === 'id' ? '' : describeId(record.id);
    const issue = result.error.issues[0];
    const detail = issue && issue.path.length > 0 ? ` (at ${key}${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${issue.message})` : '';
    problems.push(
      bibProblem(lines, item.fieldSpan(key) ?? item.span, `${where}${id}: field \`${key}\` should be ${spec.expected}${detail}`, path, field === 'id' ? 'error' : 'warning'),
    );
  }
  const id = fields.get('id');
  if (id === undefined || String(id).trim() === '') {
    if (record.id === undefined || record.id === null) {
      const title = typeof record.title === 'string' ? ` ("${clip(record.title)}")` : '';
      problems.push(bibProblem(lines, item.span, `${where}${title} has no \`id\``, path));
    } else if (id !== undefined) {
      problems.push(bibProblem(lines, item.fieldSpan('id') ?? item.span, `${where} has an empty \`id\``, path));
    } // else: an id of the wrong type, reported above
    return undefined;
  }
  const idSpan = item.fieldSpan('id');
  const entry: BibEntry = {
    id: String(id),
    format: ctx.format,
    span: { ...item.span },
    range: lines.rangeOf(item.span),
    labelRange: lines.rangeOf(idSpan ?? item.span),
    authors: [],
  };
  if (path !== undefined) entry.path = path;
  const names = (fields.get('author') ?? fields.get('editor')) as CslName[] | undefined;
  if (names) entry.authors = names.map(formatName).filter((n) => n.length > 0);
  const year = yearOf(fields.get('issued') as CslDate | undefined);
  if (year) entry.year = year;
  const str = (f: string): string | undefined => {
    const x = fields.get(f);
    const s = x === undefined ? '' : String(x).trim();
    return s === '' ? undefined : s;
  };
  const title = str('title');
  if (title) entry.title = title;
  const container = str('container-title');
  if (container) entry.container = container;
  const url = str('URL');
  if (url) entry.url = url;
  const abstract = str('abstract');
  if (abstract) entry.abstract = abstract;
  const keyword = fields.get('keyword') as string | number | (string | number)[] | undefined;
  if (keyword !== undefined) {
    const list = (Array.isArray(keyword) ? keyword.map(String) : String(keyword).split(/[,;]/)).map((k) => k.trim()).filter((k) => k);
    if (list.length > 0) entry.keywords = list;
  }
  const ids = checkIdentifiers({ doi: str('DOI'), pmid: str('PMID'), pmcid: str('PMCID') });
  if (ids.doi) entry.doi = ids.doi;
  if (ids.pmid) entry.pmid = ids.pmid;
  if (ids.pmcid) entry.pmcid = ids.pmcid;
  if (ids.raw) entry.rawIdentifiers = ids.raw;
  for (const [field, key] of [['DOI', 'doi'], ['PMID', 'pmid'], ['PMCID', 'pmcid']] as const) {
    if (!fields.has(field)) continue;
    const span = item.fieldSpan(field) ?? item.fieldSpan(key);
    if (!span) continue;
    entry.identifierRanges ??= {};
    entry.identifierRanges[key] = lines.rangeOf(span);
  }
  return entry;
}

function describeId(id: unknown): string {
  return typeof id === 'string' || typeof id === 'number' ? ` (\`${id}\`)` : '';
}

/** `Family, Given` (with particles and suffix), a literal name, or whichever part is present. */
function formatName(n: CslName): string {
  if (n.literal !== undefined && String(n.literal).trim()) return String(n.literal).trim();
  const family = [n['non-dropping-particle'], n.family].filter((x) => x !== undefined && String(x).trim()).join(' ').trim();
  const given = [n.given, n['dropping-particle']].filter((x) => x !== undefined && String(x).trim()).join(' ').trim();
  const suffix = n.suffix !== undefined ? String(n.suffix).trim() : '';
  const full = family && given ? `${family}, ${given}` : family || given;
  return suffix ? `${full}, ${suffix}` : full;
}

/** The year of a CSL date in any of the accepted forms (first 4-digit year found). */
function yearOf(d: CslDate | undefined): string | undefined {
  if (d === undefined) return undefined;
  const fromText = (x: unknown): string | undefined => (x === undefined ? undefined : /[0-9]{4}/.exec(String(x))?.[0]);
  if (typeof d === 'number' || typeof d === 'string') return fromText(d);
  if (Array.isArray(d)) return fromText(d[0]?.year);
  return fromText(d['date-parts']?.[0]?.[0]) ?? fromText(d.raw) ?? fromText(d.literal);
}
