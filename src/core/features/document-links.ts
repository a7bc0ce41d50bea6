/** Document links: DOIs, `PMID: n`, PMCIDs and ClinicalTrials.gov ids written in the draft's prose → their records. */
import { doiUrl, pmcUrl, pubmedUrl, trialUrl } from './identifier-urls';
import { cancelled, type CancellationToken, type DocumentLink, type FeatureContext } from './types';

interface Pattern {
  re: RegExp;
  /** Index of the group whose text is linked. */
  group: number;
  url(id: string): string;
  tooltip: string;
}

const PATTERNS: Pattern[] = [
  { re: /(?<![\w./])(10\.\d{4,9}\/[^\s"<>]+)/g, group: 1, url: doiUrl, tooltip: 'Open the DOI record' },
  { re: /\bPMID:?\s*([1-9]\d{0,7})\b/g, group: 1, url: pubmedUrl, tooltip: 'Open in PubMed' },
  { re: /\b(PMC\d{1,10})\b/g, group: 1, url: pmcUrl, tooltip: 'Open in PubMed Central' },
  { re: /\b(NCT\d{8})\b/g, group: 1, url: trialUrl, tooltip: 'Open on ClinicalTrials.gov' },
];

/** Links for identifiers in prose (code, URLs and HTML are not prose, so existing links are not doubled). */
export function documentLinks(ctx: FeatureContext, token?: CancellationToken): DocumentLink[] {
  if (cancelled(token)) return [];
  const { doc } = ctx.analysis;
  const links: DocumentLink[] = [];
  for (const span of doc.prose) {
    if (cancelled(token)) return [];
    const text = doc.text.slice(span.start, span.end);
    for (const p of PATTERNS) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
        let id = m[p.group]!;
        if (p.group === 1 && p.url === doiUrl) id = trimDoi(id);
        const at = span.start + m.index + m[0].lastIndexOf(m[p.group]!);
        links.push({ range: doc.lines.rangeOf({ start: at, end: at + id.length }), target: p.url(id), tooltip: p.tooltip });
      }
    }
  }
  return links.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Drops trailing sentence punctuation from a DOI found in prose, keeping a `)` that closes a `(` of the DOI. */
export function trimDoi(doi: string): string {
  let out = doi;
  for (;;) {
    const last = out[out.length - 1];
    if (last && '.,;:]}\'"'.includes(last)) out = out.slice(0, -1);
    else if (last === ')' && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) out = out.slice(0, -1);
    else return out;
  }
}
