import * as path from 'node:path';
import { analyzeDocument, compareDiagnostics, type AnalysisOptions, type BibliographyText, type CitationStyle, type Analysis } from '../core/analysis';
import { bibliographyPathsFromFrontMatter } from '../core/bibliography';
import { parseDocument } from '../core/parse/document';
import type { Diagnostic, Range, RuleLevel } from '../core/types';
import { DEFAULT_MAX_FILE_BYTES, readTextFile } from './read-text';

/** Options for validating drafts on disk. */
export interface ValidateOptions {
  /** Working directory: reported paths are relative to it. */
  cwd: string;
  rules?: Record<string, RuleLevel>;
  citationStyle?: CitationStyle;
  /** Absolute paths of bibliography files that apply to every draft (settings, `--bibliography`). */
  bibliographies?: string[];
  maxFileBytes?: number;
}

/** Diagnostics for one file, or the reason it could not be read. */
export interface FileReport {
  /** Path relative to the working directory (or absolute when outside it). */
  path: string;
  diagnostics: Diagnostic[];
  /** Set when the file itself could not be read or checked. */
  error?: string;
}

/** The outcome of validating drafts: a report per file (drafts and the bibliography files with findings). */
export interface ValidationResult {
  files: FileReport[];
  /** The analyses of the drafts that could be read, by reported path. */
  analyses: Map<string, Analysis>;
}

/**
 * Validates drafts on disk: reads each draft and the bibliography files it names (front matter) or that apply to all
 * (`options.bibliographies`), analyses it with the core, and groups the diagnostics by file. A bibliography entry
 * shared by several drafts is reported unused only when none of them cites it.
 */
export async function validateFiles(files: readonly string[], options: ValidateOptions): Promise<ValidationResult> {
  const display = (p: string) => displayPath(options.cwd, p);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const bibCache = new Map<string, Promise<{ text?: string; error?: string }>>();
  const readBib = (abs: string) => {
    let p = bibCache.get(abs);
    if (!p) {
      p = readTextFile(abs, maxBytes).then((r) => (r.ok ? { text: r.text } : { error: r.message }));
      bibCache.set(abs, p);
    }
    return p;
  };

  const reports = new Map<string, FileReport>();
  const reportFor = (p: string) => {
    let r = reports.get(p);
    if (!r) reports.set(p, (r = { path: p, diagnostics: [] }));
    return r;
  };
  const analyses = new Map<string, Analysis>();
  /** Unused-entry findings per bibliography file and entry, with the number of drafts that use the file. */
  const unused = new Map<string, { diagnostic: Diagnostic; drafts: number }>();
  const draftsUsingBib = new Map<string, number>();

  for (const file of files) {
    const shown = display(file);
    const report = reportFor(shown);
    const read = await readTextFile(file, maxBytes);
    if (!read.ok) {
      report.error = `${shown} ${read.message}`;
      continue;
    }
    const doc = parseDocument(read.text, shown);
    const inputDiagnostics: Diagnostic[] = [];
    const bibliographies: BibliographyText[] = [];
    const wanted: Array<{ abs: string; range?: Range }> = [];
    for (const ref of bibliographyPathsFromFrontMatter(doc)) {
      wanted.push({ abs: path.resolve(path.dirname(file), ref), range: frontMatterRangeOf(doc.text, ref, doc) });
    }
    for (const abs of options.bibliographies ?? []) wanted.push({ abs });
    const seen = new Set<string>();
    for (const w of wanted) {
      if (seen.has(w.abs)) continue;
      seen.add(w.abs);
      const bib = await readBib(w.abs);
      if (bib.text === undefined) {
        inputDiagnostics.push({
          code: 'bibliography.missing',
          severity: 'error',
          message: `Bibliography file ${display(w.abs)} ${bib.error}.`,
          range: w.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        });
        continue;
      }
      bibliographies.push({ path: display(w.abs), text: bib.text });
      draftsUsingBib.set(display(w.abs), (draftsUsingBib.get(display(w.abs)) ?? 0) + 1);
    }
    const options1: AnalysisOptions = { rules: options.rules, citationStyle: options.citationStyle, bibliographies, inputDiagnostics };
    const analysis = analyzeDocument(doc, options1);
    analyses.set(shown, analysis);
    const seenOther = new Set<string>();
    for (const d of analysis.diagnostics) {
      if (d.path === undefined) {
        report.diagnostics.push(d);
        continue;
      }
      const key = `${d.path}\u0000${d.code}\u0000${d.range.start.line}:${d.range.start.character}\u0000${d.message}`;
      if (seenOther.has(key)) continue;
      seenOther.add(key);
      if (d.code === 'citation.unused-reference') {
        const u = unused.get(key);
        if (u) u.drafts++;
        else unused.set(key, { diagnostic: d, drafts: 1 });
        continue;
      }
      const other = reportFor(d.path);
      if (!other.diagnostics.some((x) => sameDiagnostic(x, d))) other.diagnostics.push(stripPath(d));
    }
  }
  for (const { diagnostic, drafts } of unused.values()) {
    if (drafts === draftsUsingBib.get(diagnostic.path!)) reportFor(diagnostic.path!).diagnostics.push(stripPath(diagnostic));
  }
  for (const r of reports.values()) r.diagnostics.sort(compareDiagnostics);
  return { files: [...reports.values()], analyses };
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.code === b.code && a.message === b.message && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;
}

function stripPath(d: Diagnostic): Diagnostic {
  const { path: _ignored, ...rest } = d;
  return rest;
}

/** The path as shown to users: relative to `cwd` when inside it. */
export function displayPath(cwd: string, p: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, p));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : path.resolve(cwd, p);
}

/** The range of a bibliography path as written in the front matter, or the front matter's first line. */
function frontMatterRangeOf(text: string, ref: string, doc: ReturnType<typeof parseDocument>): Range | undefined {
  const fm = doc.frontMatter;
  if (!fm) return undefined;
  const at = text.slice(fm.span.start, fm.span.end).indexOf(ref);
  const start = at >= 0 ? fm.span.start + at : fm.span.start;
  return doc.lines.rangeOf({ start, end: at >= 0 ? start + ref.length : start + 3 });
}
