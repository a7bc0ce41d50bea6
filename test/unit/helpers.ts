import { analyzeDocument, type AnalysisOptions } from '../../src/core/analysis';
import { parseDocument } from '../../src/core/parse/document';
import type { Diagnostic } from '../../src/core/types';

/** Analyses Markdown text and returns its diagnostics. */
export function diagnose(md: string, options: AnalysisOptions = {}): Diagnostic[] {
  return analyzeDocument(parseDocument(md, 'draft.md'), options).diagnostics;
}

/** `code@line` (1-based) for each diagnostic of the given codes (all codes when omitted), in order. */
export function findings(md: string, codes?: string[], options: AnalysisOptions = {}): string[] {
  return diagnose(md, options)
    .filter((d) => !codes || codes.includes(d.code))
    .map((d) => `${d.code}@${d.range.start.line + 1}${d.path ? `:${d.path}` : ''}`);
}

/** Builds a numbered References section from entry texts (entry i gets number i + 1, unless it starts with a number). */
export function references(entries: string[]): string {
  return ['## References', '', ...entries.map((e, i) => (/^\d+\. /.test(e) ? e : `${i + 1}. ${e}`))].join('\n') + '\n';
}

/** A plausible, clearly fictitious reference entry with a DOI under the 10.5555 example prefix. */
export function entry(n: number, extra = ''): string {
  return `Example A${n}, Sample B. An illustrative study number ${n} of HER2 signalling. J Example Res. 2020;${n}:1-10. doi:10.5555/example.${n}${extra}`;
}
