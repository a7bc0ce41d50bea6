/**
 * The entity evidence of a draft as plain JSON (the answer of the server's `evidenceLens/evidence` request): each
 * entity with its mentions, the citations of the sentences that name it, and the reference entries behind them.
 */
import type { Analysis } from '../analysis';
import { evidenceTable } from '../evidence/table';
import type { Range } from '../types';
import type { DescribeEntity } from './entity-hover';

/** The method name of the request. Params: `{ textDocument: { uri } }`. */
export const EVIDENCE_REQUEST = 'evidenceLens/evidence';

/** A reference entry as the evidence table shows it. */
export interface EvidenceReference {
  /** `12` or the key. */
  label: string;
  /** First author (et al.), year and title, as far as known. */
  description: string;
  /** Path (URI in the server) of its bibliography file; absent for the draft's own list. */
  path?: string;
  range: Range;
}

/** One entity of a draft. */
export interface EntityEvidence {
  id: string;
  type: string;
  /** The canonical form: symbol, else name. */
  label: string;
  name: string;
  /** Link to its source record, when known. */
  url?: string;
  mentions: Array<{ text: string; range: Range }>;
  /** Cited ids (numbers as strings, keys), in order of first appearance. */
  citations: string[];
  references: EvidenceReference[];
}

/** The answer of `evidenceLens/evidence`. */
export interface EvidenceResult {
  uri: string;
  /** The document version analysed. */
  version?: number;
  /** False when no ontology could be loaded (no entities are recognised). */
  entitiesEnabled: boolean;
  entities: EntityEvidence[];
}

/** The entity rows of an analysed draft, in order of first mention. */
export function entityEvidence(analysis: Analysis, describe?: DescribeEntity): EntityEvidence[] {
  const lines = analysis.doc.lines;
  const rows = evidenceTable(analysis.evidence, lines);
  const spans = new Map<string, Array<{ text: string; range: Range }>>();
  for (const ev of analysis.evidence) {
    const id = ev.mention.entity?.id;
    if (!id) continue;
    const list = spans.get(id) ?? [];
    list.push({ text: ev.mention.text, range: lines.rangeOf(ev.mention.span) });
    spans.set(id, list);
  }
  return rows.map((r) => {
    const out: EntityEvidence = {
      id: r.entity.id,
      type: r.entity.type,
      label: r.entity.symbol ?? r.entity.name,
      name: r.entity.name,
      mentions: spans.get(r.entity.id) ?? [],
      citations: r.citations,
      references: r.references.map((e) => {
        const ref: EvidenceReference = { label: e.number !== undefined ? String(e.number) : e.id, description: describeBrief(e), range: e.labelRange };
        if (e.path !== undefined) ref.path = e.path;
        return ref;
      }),
    };
    const url = describe?.(r.entity.id)?.url;
    if (url) out.url = url;
    return out;
  });
}

function describeBrief(e: { authors: string[]; etAl?: boolean; year?: string; title?: string }): string {
  const author = e.authors[0] ? `${e.authors[0]}${e.authors.length > 1 || e.etAl ? ' et al.' : ''}` : '';
  return [author, e.year, e.title].filter((s): s is string => !!s).join(' · ') || '(no details)';
}
