/**
 * The hover card of an entity mention: names, type, source record, aliases, cytoband, members, drug facts, the
 * citations that support this mention, and how often the draft names the entity. On an ambiguous mention: every
 * candidate and why it is one. Pure; every piece of text from the draft, bibliography or ontology is escaped.
 */
import type { Analysis } from '../analysis';
import type { BibEntry } from '../bibliography/types';
import type { EntityDetails } from '../recognise/describe';
import type { EntityRef, Mention } from '../recognise/types';
import { escapeMarkdown, markdownLink } from './markdown-escape';
import type { FeatureContext } from './types';

/** Looks entity details up by id (usually `describeEntity` over the ontology, cached). */
export type DescribeEntity = (id: string) => EntityDetails | undefined;

const ALIASES_SHOWN = 8;
const LIST_SHOWN = 12;
const TYPE_LABEL: Record<string, string> = {
  gene: 'gene',
  mirna: 'miRNA',
  family: 'gene family',
  complex: 'protein complex',
  isoform: 'isoform',
  drug: 'drug',
  trial: 'clinical trial',
};

/** The `entityDetails` hook of a feature context: the card of a mention of this analysis. */
export function entityDetailsProvider(analysis: Analysis, describe: DescribeEntity): NonNullable<FeatureContext['entityDetails']> {
  return (_entity, mention) => entityHoverMarkdown(analysis, mention, describe);
}

/**
 * Every entity id the entity features can look up with `describe` for these mentions (hover cards, evidence rows): each
 * mention's entity and each candidate of an ambiguous one, without duplicates. A host that describes these ids up
 * front (e.g. on another thread) can answer those features without the ontology.
 */
export function describedEntityIds(mentions: readonly Mention[]): string[] {
  const ids = new Set<string>();
  for (const m of mentions) {
    if (m.entity) ids.add(m.entity.id);
    for (const c of m.candidates ?? []) ids.add(c.id);
  }
  return [...ids];
}

/** The source database of an entity id, for the link label. */
export function sourceName(id: string): string | undefined {
  if (id.startsWith('ncbigene:')) return 'NCBI Gene';
  if (id.startsWith('mirbase:')) return 'miRBase';
  if (id.startsWith('nct:') || id.startsWith('trial:')) return 'ClinicalTrials.gov';
  return undefined;
}

/** The local part of an id as shown next to its source (`2064`, `MIMAT0000076`, `NCT04208178`). */
function localId(details: EntityDetails): string {
  if (details.nct) return details.nct;
  const colon = details.id.indexOf(':');
  return colon >= 0 ? details.id.slice(colon + 1) : details.id;
}

/** The canonical form of an entity: its symbol, else its name. */
export function canonicalOf(e: { symbol?: string; name: string }): string {
  return e.symbol ?? e.name;
}

/** Markdown of the hover card of `mention`, or undefined when nothing is known about it. */
export function entityHoverMarkdown(analysis: Analysis, mention: Mention, describe: DescribeEntity): string | undefined {
  if (mention.status === 'ambiguous' && (mention.candidates?.length ?? 0) > 0) return ambiguousCard(analysis, mention, describe);
  if (!mention.entity) return undefined;
  const details = describe(mention.entity.id);
  const blocks: string[] = [details ? describeDetails(details) : refLine(mention.entity)];
  if (mention.text !== canonicalOf(mention.entity)) blocks.push(`Written here as *${escapeMarkdown(mention.text)}* (${escapeMarkdown(kindLabel(mention.kind))}).`);
  blocks.push(supportBlock(analysis, mention));
  blocks.push(countLine(analysis, mention.entity.id));
  return blocks.filter(Boolean).join('\n\n');
}

/** The card body of one entity: head line, type and source link, then its facts. */
export function describeDetails(d: EntityDetails): string {
  const lines: string[] = [];
  const canonical = canonicalOf(d);
  lines.push(d.symbol && d.symbol !== d.name ? `**${escapeMarkdown(canonical)}** · ${escapeMarkdown(d.name)}` : `**${escapeMarkdown(canonical)}**`);
  const meta: string[] = [escapeMarkdown(TYPE_LABEL[d.type] ?? d.type)];
  if (d.geneType && d.geneType !== 'protein-coding') meta[0] += ` (${escapeMarkdown(d.geneType)})`;
  const source = sourceName(d.id);
  if (d.url && source) meta.push(`${escapeMarkdown(source)} ${markdownLink(localId(d), d.url)}`);
  else meta.push(`\`${d.id.replace(/`/g, "'")}\``);
  if (d.cytoband) meta.push(`cytoband ${escapeMarkdown(d.cytoband)}`);
  if (d.origin === 'user') meta.push('workspace ontology');
  if (d.origin === 'inferred') meta.push('not in the ontology');
  lines.push(meta.join(' · '));
  const facts: string[] = [];
  const names = [...new Set([...d.synonyms, ...d.aliases])].filter((a) => a !== canonical && a !== d.name);
  if (names.length) facts.push(`Also written: ${list(names, ALIASES_SHOWN)}`);
  if (d.parent) facts.push(`Part of: ${refList([d.parent])}`);
  if (d.members?.length) facts.push(`Members: ${refList(d.members)}`);
  if (d.precursors?.length) facts.push(`Precursor genes: ${refList(d.precursors)}`);
  if (d.products?.length) facts.push(`Mature miRNAs: ${refList(d.products)}`);
  if (d.drugClass) facts.push(`Class: ${escapeMarkdown(d.drugClass)}`);
  if (d.targets?.length) facts.push(`Targets: ${refList(d.targets)}`);
  if (d.type === 'drug' && d.inn) facts.push(`INN: ${escapeMarkdown(d.inn)}`);
  if (d.codes?.length) facts.push(`Codes: ${list(d.codes, LIST_SHOWN)}`);
  if (d.brands?.length) facts.push(`Brands: ${list(d.brands, LIST_SHOWN)}`);
  if (d.condition) facts.push(`Condition: ${escapeMarkdown(d.condition)}`);
  if (d.drugs?.length) facts.push(`Drugs: ${refList(d.drugs)}`);
  if (d.note) facts.push(`Note: ${escapeMarkdown(d.note)}`);
  return [lines.join('  \n'), facts.map((f) => `- ${f}`).join('\n')].filter(Boolean).join('\n\n');
}

function refLine(e: EntityRef): string {
  return `**${escapeMarkdown(canonicalOf(e))}**${e.symbol ? ` · ${escapeMarkdown(e.name)}` : ''}  \n${escapeMarkdown(TYPE_LABEL[e.type] ?? e.type)} · \`${e.id.replace(/`/g, "'")}\``;
}

function list(items: readonly string[], max: number): string {
  const shown = items.slice(0, max).map(escapeMarkdown).join(', ');
  return items.length > max ? `${shown}, … (${items.length - max} more)` : shown;
}

function refList(refs: readonly EntityRef[]): string {
  return list(refs.map(canonicalOf), LIST_SHOWN);
}

function kindLabel(kind: Mention['kind']): string {
  switch (kind) {
    case 'alias':
      return 'an alias';
    case 'name':
      return 'the full name';
    case 'normalised':
      return 'a variant spelling';
    case 'curated':
      return 'a curated synonym';
    case 'stem':
      return 'recognised by its INN stem';
    case 'cue':
      return 'recognised as a drug by its sentence (a drug class or a list of drugs)';
    default:
      return 'the symbol';
  }
}

/** The citations of the mention's sentence (or paragraph) and the entries they name. */
function supportBlock(analysis: Analysis, mention: Mention): string {
  const ev = analysis.evidence.find((e) => e.mention === mention) ?? analysis.evidence.find((e) => e.mention.span.start === mention.span.start);
  if (!ev || ev.citationIds.length === 0) return '*No citation supports this mention in its sentence.*';
  const lines = [`**Cited here:** ${ev.citationIds.slice(0, 20).map(escapeMarkdown).join(', ')}${ev.citationIds.length > 20 ? ', …' : ''}`];
  for (const e of ev.entries.slice(0, 8)) lines.push(`- ${entryShort(e)}`);
  if (ev.entries.length > 8) lines.push(`- … and ${ev.entries.length - 8} more`);
  const missing = ev.citationIds.length - ev.entries.length;
  if (missing > 0 && ev.entries.length < 8) lines.push(`- ${missing} cited id${missing === 1 ? ' has' : 's have'} no reference entry`);
  return lines.join('\n');
}

/** `12. Alvarez RH et al. (2019) *HER2 amplification…*` (escaped, title shortened). */
export function entryShort(e: BibEntry): string {
  const label = e.number !== undefined ? `${e.number}.` : `@${e.id}`;
  const author = e.authors[0] ? `${e.authors[0]}${e.authors.length > 1 || e.etAl ? ' et al.' : ''}` : '';
  const title = e.title ? (e.title.length > 120 ? `${e.title.slice(0, 117)}…` : e.title) : '';
  return [`**${escapeMarkdown(label)}**`, author && escapeMarkdown(author), e.year && `(${escapeMarkdown(e.year)})`, title && `*${escapeMarkdown(title)}*`]
    .filter(Boolean)
    .join(' ');
}

/** "Mentioned 3 times in this draft (lines 1, 3, 4)." */
function countLine(analysis: Analysis, id: string): string {
  const lines = analysis.doc.lines;
  const same = analysis.mentions.filter((m) => m.entity?.id === id);
  const at = [...new Set(same.map((m) => lines.positionAt(m.span.start).line + 1))];
  const shown = at.slice(0, 20).join(', ') + (at.length > 20 ? ', …' : '');
  return `Mentioned ${same.length} time${same.length === 1 ? '' : 's'} in this draft (line${at.length === 1 ? '' : 's'} ${shown}).`;
}

function ambiguousCard(analysis: Analysis, mention: Mention, describe: DescribeEntity): string {
  const blocks = [`**${escapeMarkdown(mention.text)}** is ambiguous; it can mean:`];
  const items: string[] = [];
  for (const c of mention.candidates ?? []) {
    const d = describe(c.id);
    const source = sourceName(c.id);
    const link = d?.url && source ? ` · ${escapeMarkdown(source)} ${markdownLink(d ? localId(d) : c.id, d.url)}` : '';
    const name = c.symbol && c.symbol !== c.name ? ` · ${escapeMarkdown(c.name)}` : '';
    const why = c.reason ? ` — ${escapeMarkdown(c.reason)}` : '';
    items.push(`- **${escapeMarkdown(canonicalOf(c))}**${name} (${escapeMarkdown(TYPE_LABEL[c.type] ?? c.type)}${link})${why}`);
  }
  blocks.push(items.join('\n'));
  if (mention.entity) blocks.push(`Most likely: **${escapeMarkdown(canonicalOf(mention.entity))}**. Use a quick fix to write the one you mean.`);
  blocks.push(supportBlock(analysis, mention));
  return blocks.join('\n\n');
}
