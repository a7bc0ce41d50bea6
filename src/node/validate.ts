import * as path from 'node:path';
import { analyzeDocument, compareDiagnostics, type AnalysisOptions, type CitationStyle, type Analysis } from '../core/analysis';
import { parseDocument } from '../core/parse/document';
import { throwIfCancelled, type CancellationToken, type Diagnostic, type RuleLevel } from '../core/types';
import { bibliographyRequests, cachedFileReader, loadBibliographies, type BibliographyReader } from './bibliography-inputs';
import { DEFAULT_MAX_FILE_BYTES, readTextFile } from './read-text';

/** Options for validating drafts on disk. */
export interface ValidateOptions {
  /** Working directory: reported paths are relative to it. */
  cwd: string;
  rules?: Record<string, RuleLevel>;
  citationStyle?: CitationStyle;
  /** Entity recognition (ontology and recogniser); without it no entity rules run. */
  entities?: AnalysisOptions['entities'];
  evidenceScope?: AnalysisOptions['evidenceScope'];
  /** Absolute paths of bibliography files that apply to every draft (settings, `--bibliography`). */
  bibliographies?: string[];
  maxFileBytes?: number;
  /** Decides whether a bibliography file may be read: undefined to allow, or the reason it is refused (shown in a `bibliography.missing` diagnostic). */
  isAllowed?: (abs: string) => Promise<string | undefined>;
  /** Stops validation between files (throws `CancelledError`). */
  token?: CancellationToken;
  /** Called before each draft is read, with its index in `files` (for progress reports). */
  onFile?: (index: number, file: string) => void;
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
  const readFile = cachedFileReader(maxBytes);
  const isAllowed = options.isAllowed;
  const readBib: BibliographyReader = isAllowed
    ? async (abs) => {
        const refusal = await isAllowed(abs);
        return refusal === undefined ? readFile(abs) : { error: refusal };
      }
    : readFile;

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

  for (const [index, file] of files.entries()) {
    throwIfCancelled(options.token);
    options.onFile?.(index, file);
    const shown = display(file);
    const report = reportFor(shown);
    const read = await readTextFile(file, maxBytes);
    if (!read.ok) {
      report.error = `${shown} ${read.message}`;
      continue;
    }
    const doc = parseDocument(read.text, shown);
    const requests = bibliographyRequests(doc, path.dirname(file), options.bibliographies ?? []);
    const { bibliographies, inputDiagnostics } = await loadBibliographies(requests, readBib, display);
    for (const b of bibliographies) draftsUsingBib.set(b.path, (draftsUsingBib.get(b.path) ?? 0) + 1);
    const options1: AnalysisOptions = {
      rules: options.rules,
      citationStyle: options.citationStyle,
      bibliographies,
      inputDiagnostics,
      entities: options.entities,
      evidenceScope: options.evidenceScope,
    };
    const analysis = analyzeDocument(doc, options1, options.token);
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
