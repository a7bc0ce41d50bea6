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
 * Removes from `out` (from index `from` on) each resolved family mention that labels a gene beside it: followed, after
 * one space in `source`, by a mention of one of that family's members (`isMember(familyId, entityId)`, members of
 * member families included) or, in the singular after "the", "a" or "an", by any gene ("the tetraspanin CD151");
 * in the singular right after a member ("the α5β1 integrin"); or in apposition after a gene ("CXCL9, a chemokine
 * induced by …"). "The chemokine CXCL13" keeps CXCL13 only; "chemokines such as CXCL13", "chemokines and CXCL13" and
 * "the α2β1 and αvβ3 integrins" keep both.
 */
export function dropClassNounsBeforeMembers(source: string, out: Mention[], from: number, isMember: (familyId: string, entityId: string) => boolean): void {
  if (out.length - from < 2) return;
  removeMentions(out, from, (m, k) => {
    if (m.entity?.type !== 'family' || m.status !== 'resolved') return false;
    if (k > from && appositiveAfterGene(source, out[k - 1]!, m)) return true;
    // "the α5β1 integrin": the class noun in the singular after a member (all the members a coordinated form gives) is
    // that member's head noun.
    if (k > from && memberBefore(source, out, from, k, m, isMember)) return true;
    if (source.charCodeAt(m.span.end) !== 32) return false;
    // The first mention after this one in text order (past any over the same words, as a coordinated form gives).
    let j = k + 1;
    while (j < out.length && out[j]!.span.start < m.span.end) j++;
    const next = out[j];
    if (next?.span.start !== m.span.end + 1 || !next.entity || next.entity.id === m.entity.id) return false;
    return isMember(m.entity.id, next.entity.id) || (next.entity.type === 'gene' && singularClassNoun(source, m.span.start, m.span.end));
  });
}

/** True when the mentions (from index `from` on) that end one space before `m` (out[k-1] and any over the same words) are members of its family. */
function memberBefore(source: string, out: Mention[], from: number, k: number, m: Mention, isMember: (familyId: string, entityId: string) => boolean): boolean {
  const prev = out[k - 1]!;
  if (prev.span.end + 1 !== m.span.start || source.charCodeAt(prev.span.end) !== 32 || !prev.entity) return false;
  // (Not a plural: "the α2β1 and αvβ3 integrins", "CD18 integrins" name the set.)
  if (source.charCodeAt(m.span.end - 1) === 115) return false;
  for (let j = k - 1; j >= from && out[j]!.span.end === prev.span.end; j--) if (!out[j]!.entity || !isMember(m.entity!.id, out[j]!.entity!.id)) return false;
  return true;
}

/** A family's word in lower case and in the singular: "integrin", "chemokine" (not "integrins"). */
const SINGULAR_WORD_RE = /^[a-z][a-z-]+[^s]$/;

/** A family's word in the singular, after "the", "a" or "an": "the tetraspanin CD151", "the chemokine CXCL4". */
function singularClassNoun(source: string, start: number, end: number): boolean {
  return SINGULAR_WORD_RE.test(source.slice(start, end)) && /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?) $/u.test(source.slice(Math.max(0, start - 5), start));
}

/** ", a ", ", an " or ", the " and at most two words before a class noun: ", a chemokine", ", the IFN-γ-inducible chemokine". */
const APPOSITIVE_LEAD_RE = /^, (?:an?|the) (?:[^\s,.;()]+ ){0,2}$/;

/** A singular class noun in apposition after a gene: "CXCL9, a chemokine induced by interferon-γ" names CXCL9 once. */
function appositiveAfterGene(source: string, prev: Mention, m: Mention): boolean {
  return prev.entity?.type === 'gene' && prev.span.end < m.span.start && m.span.start - prev.span.end <= 40 && SINGULAR_WORD_RE.test(source.slice(m.span.start, m.span.end)) && APPOSITIVE_LEAD_RE.test(source.slice(prev.span.end, m.span.start));
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

/** A hyphen and a lower-case word after a family's word: "-mediated", "-binding", "-dependent". */
const COMPOUND_MODIFIER_RE = /^-[a-z]{3,}/;

/**
 * Removes from `out` (from index `from` on) each resolved family mention written as one lower-case word in the singular
 * that opens a compound modifier: "integrin-mediated adhesion", "selectin-dependent rolling", "chemokine-guided
 * tapering". The writer names a process, not the family (the conventions list none of them).
 */
export function dropFamilyCompoundModifiers(source: string, out: Mention[], from: number): void {
  removeMentions(out, from, (m) => m.entity?.type === 'family' && m.status === 'resolved' && source.charCodeAt(m.span.end) === 45 && COMPOUND_MODIFIER_RE.test(source.slice(m.span.end, m.span.end + 5)) && SINGULAR_WORD_RE.test(source.slice(m.span.start, m.span.end)));
}
