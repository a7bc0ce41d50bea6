/** Hover: reference details on a citation, citing places on a reference entry, entity details on a mention. */
import type { BibEntry } from '../bibliography/types';
import { citationsOf, citationTargetAt, draftEntryAt, entryForKey, entryForNumber, entryLabel, mentionAt } from './lookup';
import { doiUrl, pmcUrl, pubmedUrl } from './identifier-urls';
import { escapeMarkdown, markdownLink } from './markdown-escape';
import { cancelled, type CancellationToken, type FeatureContext, type Hover, type Position } from './types';

/** The hover at `position`: entity mention (when mentions and details are plugged in), citation, or draft reference entry. */
export function hover(ctx: FeatureContext, position: Position, token?: CancellationToken): Hover | undefined {
  if (cancelled(token)) return undefined;
  const { analysis } = ctx;
  const lines = analysis.doc.lines;
  const offset = lines.offsetAt(position);
  const entity = entityHover(ctx, offset);
  if (entity) return entity;
  const target = citationTargetAt(analysis, offset);
  if (target) {
    const blocks: string[] = [];
    if (target.kind === 'key') {
      const entry = entryForKey(analysis, target.item);
      blocks.push(entry ? describeEntry(entry) : `**@${escapeMarkdown(target.item.key)}**: no entry in the bibliography.`);
    } else {
      const shown = target.numbers.slice(0, 20);
      for (const n of shown) {
        const entry = entryForNumber(analysis, n);
        blocks.push(entry ? describeEntry(entry) : `**${n}**: no entry in the reference list.`);
      }
      if (target.numbers.length > shown.length) blocks.push(`… and ${target.numbers.length - shown.length} more.`);
    }
    return { contents: { kind: 'markdown', value: blocks.join('\n\n---\n\n') }, range: lines.rangeOf(target.span) };
  }
  const entry = draftEntryAt(analysis, offset);
  if (entry) {
    const sites = citationsOf(analysis, entry);
    const citedLines = [...new Set(sites.map((s) => lines.positionAt(s.span.start).line + 1))];
    const shown = citedLines.slice(0, 30).join(', ') + (citedLines.length > 30 ? ', …' : '');
    const value =
      sites.length === 0
        ? `**${escapeMarkdown(entryLabel(entry))}** is never cited.`
        : `**${escapeMarkdown(entryLabel(entry))}** is cited ${sites.length} time${sites.length === 1 ? '' : 's'} (line${citedLines.length === 1 ? '' : 's'} ${shown}).`;
    return { contents: { kind: 'markdown', value }, range: entry.range };
  }
  return undefined;
}

function entityHover(ctx: FeatureContext, offset: number): Hover | undefined {
  if (!ctx.mentions || !ctx.entityDetails) return undefined;
  const mention = mentionAt(ctx, offset);
  const entity = mention?.entity ?? mention?.candidates?.[0];
  if (!mention || !entity) return undefined;
  const value = ctx.entityDetails(entity, mention);
  if (!value) return undefined;
  return { contents: { kind: 'markdown', value }, range: ctx.analysis.doc.lines.rangeOf(mention.span) };
}

/**
 * Markdown describing one reference entry: label, authors, year, title, container and identifier links, every value
 * escaped so that text from the draft or a bibliography file renders inert.
 */
export function describeEntry(entry: BibEntry): string {
  const head = entry.number !== undefined ? `**${entry.number}.**` : `**@${escapeMarkdown(entry.id)}**`;
  const authors = entry.authors.length ? formatAuthors(entry.authors, entry.etAl === true) : undefined;
  const lines: string[] = [];
  const first = [head, authors && escapeMarkdown(authors), entry.year && `(${escapeMarkdown(entry.year)})`].filter(Boolean).join(' ');
  lines.push(first);
  if (entry.title) lines.push(`*${escapeMarkdown(entry.title)}*`);
  if (entry.container) lines.push(escapeMarkdown(entry.container));
  const ids: string[] = [];
  if (entry.doi) ids.push(`DOI ${markdownLink(entry.doi, doiUrl(entry.doi))}`);
  if (entry.pmid) ids.push(`PMID ${markdownLink(entry.pmid, pubmedUrl(entry.pmid))}`);
  if (entry.pmcid) ids.push(`PMCID ${markdownLink(entry.pmcid, pmcUrl(entry.pmcid))}`);
  if (ids.length) lines.push(ids.join(' · '));
  return lines.join('  \n');
}

function formatAuthors(authors: readonly string[], etAl: boolean): string {
  const shown = authors.slice(0, 3);
  const more = etAl || authors.length > 3;
  return shown.join('; ') + (more ? ' et al.' : '');
}
