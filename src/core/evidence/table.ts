import type { BibEntry } from '../bibliography/types';
import type { LineIndex } from '../parse/line-index';
import type { EntityRef } from '../recognise/types';
import type { MentionEvidence } from './link';

/** One row of the evidence table: an entity, where the draft names it, and what it cites for it. */
export interface EvidenceRow {
  entity: EntityRef;
  /** Each mention's text and 1-based line. */
  mentions: Array<{ text: string; line: number }>;
  /** Cited ids, in order of first appearance. */
  citations: string[];
  references: BibEntry[];
}

/**
 * Groups linked mentions by entity (ambiguous mentions under their best candidate), in order of first mention.
 *
 * @example evidenceTable(evidence, doc.lines)[0] // { entity: {id: 'ncbigene:2064', …}, mentions: [{text:'HER2', line:3}], citations: ['1'], … }
 */
export function evidenceTable(evidence: readonly MentionEvidence[], lines: LineIndex): EvidenceRow[] {
  const rows = new Map<string, EvidenceRow>();
  for (const ev of evidence) {
    const entity = ev.mention.entity;
    if (!entity) continue;
    let row = rows.get(entity.id);
    if (!row) rows.set(entity.id, (row = { entity, mentions: [], citations: [], references: [] }));
    row.mentions.push({ text: ev.mention.text, line: lines.positionAt(ev.mention.span.start).line + 1 });
    for (const id of ev.citationIds) if (!row.citations.includes(id)) row.citations.push(id);
    for (const e of ev.entries) if (!row.references.includes(e)) row.references.push(e);
  }
  return [...rows.values()];
}
