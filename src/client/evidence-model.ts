/**
 * Presentation data for the Evidence view and table: which reference entries a draft cites, how often and where.
 * Pure (no vscode, no file system): built from a core `Analysis`.
 */
import type { Analysis } from '../core/analysis';
import type { BibEntry } from '../core/bibliography/types';
import type { EntityEvidence } from '../core/features/entity-evidence';
import type { Range } from '../core/types';

/** One place a reference is cited. */
export interface CitationSite {
  range: Range;
  /** The citation as written, e.g. `(35, 36)` or `[@smith2020; @doe2019]`. */
  text: string;
}

/** A reference entry with the citations that name it. */
export interface ReferenceRow {
  /** `16` for numbered entries, the key for bibliography entries. */
  label: string;
  entry: BibEntry;
  sites: CitationSite[];
}

/** A cited number or key with no reference entry. */
export interface UnresolvedRow {
  label: string;
  sites: CitationSite[];
}

/** Everything the Evidence view and table show for one draft. */
export interface EvidenceModel {
  citationCount: number;
  references: ReferenceRow[];
  unresolved: UnresolvedRow[];
  /** Entities of the draft with their mentions and the citations that support them (from the language server). */
  entities: EntityEvidence[];
}

/** Entity types in the order the Evidence view groups them, with their group titles. */
export const ENTITY_GROUPS: ReadonlyArray<{ type: string; title: string }> = [
  { type: 'gene', title: 'Genes' },
  { type: 'mirna', title: 'miRNAs' },
  { type: 'family', title: 'Gene families' },
  { type: 'complex', title: 'Complexes' },
  { type: 'isoform', title: 'Isoforms' },
  { type: 'drug', title: 'Drugs' },
  { type: 'trial', title: 'Trials' },
];

/** "2 mentions · 1 citation". */
export function entityCounts(e: EntityEvidence): string {
  const m = e.mentions.length;
  const c = e.citations.length;
  return `${m} mention${m === 1 ? '' : 's'} · ${c} citation${c === 1 ? '' : 's'}`;
}

/** Builds the evidence model of an analysed draft: entries in list order with their citation sites. */
export function buildEvidenceModel(analysis: Analysis): EvidenceModel {
  const rows = new Map<BibEntry, ReferenceRow>();
  const byNumber = new Map<number, BibEntry>();
  const byKey = new Map<string, BibEntry>();
  for (const e of analysis.entries) {
    if (!rows.has(e)) rows.set(e, { label: e.number !== undefined ? String(e.number) : e.id, entry: e, sites: [] });
    if (e.number !== undefined) {
      if (!byNumber.has(e.number)) byNumber.set(e.number, e);
    } else if (!byKey.has(e.id)) byKey.set(e.id, e);
  }
  const unresolved = new Map<string, UnresolvedRow>();
  const add = (entry: BibEntry | undefined, label: string, site: CitationSite) => {
    const row = entry ? rows.get(entry)! : unresolved.get(label) ?? { label, sites: [] };
    if (!entry) unresolved.set(label, row);
    if (!row.sites.some((s) => s.range.start.line === site.range.start.line && s.range.start.character === site.range.start.character)) {
      row.sites.push(site);
    }
  };
  const { doc } = analysis;
  for (const c of analysis.citations) {
    const site = { range: doc.lines.rangeOf(c.span), text: doc.text.slice(c.span.start, c.span.end) };
    if (c.kind === 'numeric') {
      for (const n of new Set(c.numbers)) add(byNumber.get(n), String(n), site);
    } else {
      for (const item of c.items) add(byKey.get(item.key), item.key, site);
    }
  }
  return { citationCount: analysis.citations.length, references: [...rows.values()], unresolved: [...unresolved.values()], entities: [] };
}

/** A one-line description of an entry: first author, year and title, as far as known. */
export function describeEntry(entry: BibEntry): string {
  const author = entry.authors[0] ? `${entry.authors[0]}${entry.authors.length > 1 || entry.etAl ? ' et al.' : ''}` : '';
  return [author, entry.year, entry.title].filter((s): s is string => !!s).join(' · ') || '(no details)';
}

/** The identifiers of an entry as `doi:…`, `PMID:…`, `PMCID:…`. */
export function identifiersOf(entry: BibEntry): string {
  const ids: string[] = [];
  if (entry.doi) ids.push(`doi:${entry.doi}`);
  if (entry.pmid) ids.push(`PMID:${entry.pmid}`);
  if (entry.pmcid) ids.push(`PMCID:${entry.pmcid}`);
  return ids.join(' ');
}
