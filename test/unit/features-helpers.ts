/** Shared helpers of the `features-*` tests: a feature context for Markdown text, and cursor positions. */
import { analyzeDocument, type AnalysisOptions } from '../../src/core/analysis';
import type { FeatureContext } from '../../src/core/features';
import { parseDocument } from '../../src/core/parse/document';
import type { Position, TextEdit } from '../../src/core/types';
import { applyEdits as applyCoreEdits } from '../../src/core/renumber/renumber';

export const URI = 'file:///ws/draft.md';

/** Analyses `md` and wraps it as a feature context for `URI`. */
export function contextOf(md: string, options: AnalysisOptions = {}): FeatureContext {
  return { uri: URI, analysis: analyzeDocument(parseDocument(md, URI), options) };
}

/** The position of the `occurrence`-th `needle` in `text`, moved `offset` characters on. */
export function at(text: string, needle: string, offset = 0, occurrence = 1): Position {
  let i = -1;
  for (let k = 0; k < occurrence; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`'${needle}' not in text`);
  const before = text.slice(0, i + offset);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** Applies edits to the text of a context's draft. */
export function apply(ctx: FeatureContext, edits: readonly TextEdit[]): string {
  return applyCoreEdits(ctx.analysis.doc, edits);
}

/** A cancelled token. */
export const CANCELLED = { isCancellationRequested: true };

/** A numbered draft: collapsible (2, 3, 4), out of order (6), unresolved (9), 7 never cited, a range (3–5). */
export const NUMBERED = [
  '# Review',
  '',
  'HER2 is amplified (1). Trials followed (2, 3, 4).',
  '  Resistance appears (6). Then (5). Again (3–5).',
  'Unknown claim (9). Trial NCT01234567 and PMC1234567; see doi:10.5555/abc.def).',
  '',
  '## References',
  '',
  '1. Alpha A, Beta B. First study of HER2. J Ex. 2001;1:1-2. doi:10.5555/one',
  '2. Gamma C. Second study. J Ex. 2002. PMID: 1234567',
  '3. Delta D. Third study. J Ex. 2003. doi:10.5555/three',
  '4. Epsilon E. Fourth study. J Ex. 2004. doi:10.5555/four',
  '5. Zeta Z. Fifth study. J Ex. 2005. doi:10.5555/five',
  '6. Eta H. Sixth study. J Ex. 2006. doi:10.5555/six',
  '7. Theta T. Never cited study. J Ex. 2007. doi:10.5555/seven',
  '',
].join('\n');

export const BIB_URI = 'file:///ws/refs.bib';

export const BIB = [
  '@article{alpha2020,',
  '  author = {Alpha, Ann and Beta, Bob},',
  '  title = {Alpha <img src=x onerror=alert(1)> [x](command:evil)},',
  '  year = {2020},',
  '  doi = {10.5555/alpha(1)}',
  '}',
  '',
  '@article{beta2021,',
  '  author = {Beta, Bob},',
  '  title = {Beta study},',
  '  year = {2021},',
  '  pmid = {7654321}',
  '}',
  '',
].join('\n');

export const PANDOC = ['# Pandoc', '', 'Known [@alpha2020]. Both [@beta2021; @missing2000].', 'Mail me@example.org and @beta2021 says.', ''].join('\n');

/** The Pandoc draft analysed with the .bib file (named by URI, as the server passes it). */
export function pandocContext(md = PANDOC): FeatureContext {
  return contextOf(md, { bibliographies: [{ path: BIB_URI, text: BIB }] });
}
