/**
 * Bibliography settings in a draft's YAML front matter: `bibliography:` paths and inline `references:` items.
 */
import type { ParsedDocument } from '../parse/document';
import type { CancellationToken } from '../types';
import { readCslYaml } from './csl-yaml';
import type { BibParseResult } from './types';

/** The paths in the front matter's `bibliography:` (a string or a list of strings), trimmed, as written. */
export function bibliographyPathsFromFrontMatter(doc: ParsedDocument): string[] {
  const data = doc.frontMatter?.data;
  if (typeof data !== 'object' || data === null) return [];
  const value = (data as Record<string, unknown>).bibliography;
  const list = Array.isArray(value) ? value : [value];
  return list.filter((p): p is string => typeof p === 'string' && p.trim() !== '').map((p) => p.trim());
}

/**
 * The CSL items of the front matter's `references:` list, as `csl-yaml` entries located in the draft (no `path`),
 * or undefined when there is no such list. YAML syntax errors are not repeated here (the front matter reports them).
 */
export function findFrontMatterReferences(doc: ParsedDocument, token?: CancellationToken): BibParseResult | undefined {
  const fm = doc.frontMatter;
  const data = fm?.data;
  if (!fm || typeof data !== 'object' || data === null || !('references' in data)) return undefined;
  const text = doc.text;
  // The YAML body runs from the line after the opening `---` to the start of the closing fence's line.
  let bodyStart = fm.span.start;
  while (bodyStart < fm.span.end && text[bodyStart] !== '\n' && text[bodyStart] !== '\r') bodyStart++;
  if (text[bodyStart] === '\r' && text[bodyStart + 1] === '\n') bodyStart++;
  bodyStart++;
  let bodyEnd = fm.span.end;
  while (bodyEnd > bodyStart && text[bodyEnd - 1] !== '\n' && text[bodyEnd - 1] !== '\r') bodyEnd--;
  if (bodyEnd < bodyStart) bodyEnd = bodyStart;
  return readCslYaml(text.slice(bodyStart, bodyEnd), bodyStart, doc.lines, undefined, 'front-matter', token);
}
