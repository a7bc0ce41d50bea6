/**
 * Labels in apposition to a name that the conventions list once, by the name. A family's class noun before one of its
 * members names no family: "the chemokine CXCL13", "the chemokine receptor CXCR2", "the kinesins KIF2A and KIF5C",
 * "the ribosomal protein MRPL32". The writer names the member and says what kind of protein it is; the conventions
 * list the member only (across the development sets, 82 such class nouns unlisted against 18 listed, the latter split
 * between sets that list "chemokines CXCL1" and sets that do not).
 */
import { removeMentions } from './mention-range';
import type { Mention } from './types';

/**
 * Removes from `out` (from index `from` on) each resolved family mention followed, after one space in `source`, by a
 * mention of one of that family's members (`isMember(familyId, entityId)`, members of member families included).
 * "The chemokine CXCL13" keeps CXCL13 only; "chemokines such as CXCL13" and "chemokines and CXCL13" keep both.
 */
export function dropClassNounsBeforeMembers(source: string, out: Mention[], from: number, isMember: (familyId: string, entityId: string) => boolean): void {
  if (out.length - from < 2) return;
  removeMentions(out, from, (m, k) => {
    if (m.entity?.type !== 'family' || m.status !== 'resolved' || source.charCodeAt(m.span.end) !== 32) return false;
    // The first mention after this one in text order (past any over the same words, as a coordinated form gives).
    let j = k + 1;
    while (j < out.length && out[j]!.span.start < m.span.end) j++;
    const next = out[j];
    return next?.span.start === m.span.end + 1 && !!next.entity && next.entity.id !== m.entity.id && isMember(m.entity.id, next.entity.id);
  });
}

/** A subunit written by its Greek letter: "α1", "β2 subunit", "&alpha;3 subunit" (decoded or as an entity). */
const GREEK_SUBUNIT_RE = /^(?:[αβγδε]|&(?:alpha|beta|gamma|delta|epsilon);)[0-9]{0,2}(?: (?:catalytic )?subunit)?$/;
/** What may stand between such a subunit and its gene's symbol: "α1 subunit ATP1A1", "… is encoded by ATP1A1", "… of the sodium pump, ATP1B1". */
const LABEL_GAP_RE = /^(?:,? | (?:is |are )?encoded by |(?: of the [^,.;()]{1,40})?, )$/;

/**
 * Removes from `out` (from index `from` on) each Greek-letter subunit followed by its own gene's symbol as a label:
 * "the β2 subunit ATP1B2", "whose α1 subunit is encoded by ATP1A1" name the gene once, by the symbol (the conventions
 * list the symbol only there, and both where the symbol is in parentheses: "the α1 subunit (ATP1A1)").
 */
export function dropSubunitLabelsBeforeSymbols(source: string, out: Mention[], from: number): void {
  if (out.length - from < 2) return;
  removeMentions(out, from, (m, k) => {
    const next = out[k + 1];
    return !!next && !!m.entity && next.entity?.id === m.entity.id && next.span.start > m.span.end && next.span.start - m.span.end <= 48 && GREEK_SUBUNIT_RE.test(source.slice(m.span.start, m.span.end)) && LABEL_GAP_RE.test(source.slice(m.span.end, next.span.start));
  });
}
