/**
 * The bibliography files a draft uses (front matter `bibliography:` plus shared ones from settings or the command
 * line), read into `BibliographyText`s for the core, with a `bibliography.missing` diagnostic for each one that cannot
 * be read. Shared by `validateFiles` (CLI) and the language server.
 */
import * as path from 'node:path';
import type { BibliographyText } from '../core/analysis';
import { bibliographyPathsFromFrontMatter } from '../core/bibliography';
import type { ParsedDocument } from '../core/parse/document';
import type { Diagnostic, Range } from '../core/types';
import { readTextFile } from './read-text';

/** A bibliography file a draft asks for: its absolute path and, when the draft names it, where. */
export interface BibliographyRequest {
  abs: string;
  range?: Range;
}

/** Reads one bibliography file: its text, or why it cannot be used ("not found", "is outside the workspace folders"…). */
export type BibliographyReader = (abs: string) => Promise<{ text: string; error?: undefined } | { text?: undefined; error: string }>;

/** The inputs gathered for one draft. */
export interface LoadedBibliographies {
  bibliographies: BibliographyText[];
  inputDiagnostics: Diagnostic[];
  /** Absolute paths of every file asked for (read or not), for change watching. */
  requested: string[];
}

/**
 * The files a draft asks for, without duplicates: its front matter's paths resolved against `draftDir` (skipped when
 * the draft has no folder, e.g. an unsaved editor), then the `shared` absolute paths.
 */
export function bibliographyRequests(doc: ParsedDocument, draftDir: string | undefined, shared: readonly string[]): BibliographyRequest[] {
  const out: BibliographyRequest[] = [];
  const seen = new Set<string>();
  const add = (r: BibliographyRequest) => {
    if (seen.has(r.abs)) return;
    seen.add(r.abs);
    out.push(r);
  };
  if (draftDir !== undefined) {
    for (const ref of bibliographyPathsFromFrontMatter(doc)) add({ abs: path.resolve(draftDir, ref), range: frontMatterRangeOf(doc, ref) });
  }
  for (const abs of shared) add({ abs: path.resolve(abs) });
  return out;
}

/**
 * Reads the requested files with `read`. `name` gives the path handed to the core for a file (diagnostics on it carry
 * that path back: a display path in the CLI, a URI in the server); `display` the path shown in messages.
 */
export async function loadBibliographies(
  requests: readonly BibliographyRequest[],
  read: BibliographyReader,
  name: (abs: string) => string,
  display: (abs: string) => string = name,
): Promise<LoadedBibliographies> {
  const bibliographies: BibliographyText[] = [];
  const inputDiagnostics: Diagnostic[] = [];
  for (const r of requests) {
    const result = await read(r.abs);
    if (result.text === undefined) {
      inputDiagnostics.push({
        code: 'bibliography.missing',
        severity: 'error',
        message: `Bibliography file ${display(r.abs)} ${result.error}.`,
        range: r.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
      continue;
    }
    bibliographies.push({ path: name(r.abs), text: result.text });
  }
  return { bibliographies, inputDiagnostics, requested: requests.map((r) => r.abs) };
}

/** A reader over the file system that reads each file once (files over `maxBytes` are refused with the reason). */
export function cachedFileReader(maxBytes: number): BibliographyReader {
  const cache = new Map<string, ReturnType<BibliographyReader>>();
  return (abs) => {
    let p = cache.get(abs);
    if (!p) {
      p = readTextFile(abs, maxBytes).then((r) => (r.ok ? { text: r.text } : { error: r.message }));
      cache.set(abs, p);
    }
    return p;
  };
}

/** The range of a bibliography path as written in the front matter, or the front matter's first line. */
function frontMatterRangeOf(doc: ParsedDocument, ref: string): Range | undefined {
  const fm = doc.frontMatter;
  if (!fm) return undefined;
  const at = doc.text.slice(fm.span.start, fm.span.end).indexOf(ref);
  const start = at >= 0 ? fm.span.start + at : fm.span.start;
  return doc.lines.rangeOf({ start, end: at >= 0 ? start + ref.length : start + 3 });
}
