/**
 * Bibliography reading: the draft's References section, BibTeX / BibLaTeX, CSL-JSON and CSL-YAML files, front
 * matter settings, and identifier checks.
 */
import { LineIndex } from '../parse/line-index';
import type { CancellationToken } from '../types';
import { parseBibtex } from './bibtex';
import { parseCslJson } from './csl-json';
import { parseCslYaml } from './csl-yaml';
import { bibProblem, stripBom } from './problems';
import type { BibParseResult } from './types';

export type { BibEntry, BibFormat, BibParseResult, ReferenceSection } from './types';
export { findReferenceSection, isReferenceHeading, REFERENCE_HEADINGS } from './reference-section';
export { parseBibtex } from './bibtex';
export { parseCslJson } from './csl-json';
export { parseCslYaml } from './csl-yaml';
export { bibliographyPathsFromFrontMatter, findFrontMatterReferences } from './front-matter';
export {
  DOI_PATTERN,
  PMCID_PATTERN,
  PMID_PATTERN,
  isValidDoi,
  isValidPmcid,
  isValidPmid,
  normaliseDoi,
} from './identifiers';
export { BIBLIOGRAPHY_INVALID } from './problems';

/** Bibliography file extensions this module reads, by format. */
export const BIBLIOGRAPHY_EXTENSIONS = {
  bibtex: ['.bib', '.bibtex', '.biblatex'],
  'csl-json': ['.json'],
  'csl-yaml': ['.yaml', '.yml'],
} as const;

/** The lower-cased extension of a path or URI (`.bib`), or '' when it has none. Handles `/` and `\` separators. */
export function extensionOf(path: string): string {
  const name = path.replace(/[?#].*$/, '').split(/[/\\]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/**
 * Parses a bibliography file, choosing the reader by extension: `.bib` / `.bibtex` / `.biblatex` → BibTeX,
 * `.json` → CSL-JSON, `.yaml` / `.yml` → CSL-YAML. Any other extension gives no entries and one problem.
 */
export function parseBibliographyFile(text: string, path: string, token?: CancellationToken): BibParseResult {
  const ext = extensionOf(path);
  if ((BIBLIOGRAPHY_EXTENSIONS.bibtex as readonly string[]).includes(ext)) return parseBibtex(text, path, token);
  if ((BIBLIOGRAPHY_EXTENSIONS['csl-json'] as readonly string[]).includes(ext)) return parseCslJson(text, path, token);
  if ((BIBLIOGRAPHY_EXTENSIONS['csl-yaml'] as readonly string[]).includes(ext)) return parseCslYaml(text, path, token);
  const lines = new LineIndex(stripBom(text));
  const what = ext ? `\`${ext}\` files` : 'files without an extension';
  return {
    entries: [],
    problems: [bibProblem(lines, { start: 0, end: 0 }, `Unsupported bibliography format: ${what} are not read (use .bib, .json or .yaml)`, path)],
  };
}
