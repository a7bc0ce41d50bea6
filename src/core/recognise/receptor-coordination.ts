/**
 * Receptor subtype codes coordinated before one "receptor" head: "the D2 and D3 receptors", "the dual NK1 and NK3
 * receptor antagonist", "the GIP/GLP-1 receptor agonist". The head belongs to every code, so each code names the gene
 * that "code receptor" names; where the draft leaves the ligand out and a code alone does not name one gene ("D3
 * receptor"), the ligand is the first word of a resolved sibling's gene name (DRD2, "dopamine receptor D2", gives
 * "dopamine D3 receptor"). The conventions' spans: codes joined by "and", "or" or commas are one mention each with
 * the code's own span (blind8 ETA/ETB, NK1/NK3; blind10 D2/D3); codes joined by a slash are a coordinated form, one
 * mention per gene, each with the span of the whole "A/B receptor" (blind9 GIP/GLP-1 receptor).
 *
 * Only groups whose every code names a distinct gene are changed; the mentions the scan placed inside the group
 * ("NK1" as an alias of another gene, "NK3 receptor", "GLP-1 receptor") give way to the group's.
 */
import { mentionsOverlapping } from './mention-range';
import type { EntityRef, Mention } from './types';

/** A subtype code in an "and" list: one to three capitals, a number, perhaps a letter (D2, NK1, A2A, CB1). */
const SUBTYPE_CODE_RE = /^[A-Z]{1,3}[0-9]{1,2}[A-Za-z]?$/;
/** A member of a slash list: a short ligand abbreviation or code (GIP, GLP-1, D1). */
const SLASH_ITEM_RE = /^[A-Za-z0-9][A-Za-z0-9-]{0,6}[A-Za-z0-9]$/;
/** The coordinated group that ends right before "receptor": items joined by ", ", " and ", " or ", ", and " or "/". */
const GROUP_BEFORE_RE = /(?:^|[\s([])([A-Za-z0-9][A-Za-z0-9-]{0,7}(?:(?:,\s+|,?\s+(?:and|or)\s+|\/)[A-Za-z0-9][A-Za-z0-9-]{0,7})+)\s+$/;
const SEPARATOR_RE = /,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\//g;

export interface ReceptorLookup {
  /** The one gene (or other entity) a phrase names as a whole, by id; undefined when none or several. */
  entityNamed(phrase: string): string | undefined;
  /** The entity of an id, when it exists. */
  ref(id: string): EntityRef | null;
}

/**
 * Rewrites the mentions of `out` from index `from` on (those of one prose span, in text order) for the coordinated
 * receptor codes in `source` between `start` and `end`.
 */
export function coordinateReceptorCodes(source: string, start: number, end: number, out: Mention[], from: number, lookup: ReceptorLookup): void {
  // The search runs over the span only: `source.indexOf(…, start)` would read on to the next "receptor" past `end`,
  // for every span (quadratic on a long draft that seldom says "receptor").
  const span = source.slice(start, end);
  for (let found = span.indexOf('receptor'); found >= 0; found = span.indexOf('receptor', found + 8)) {
    const at = start + found;
    let headEnd = at + 8;
    if (source.charCodeAt(headEnd) === 115) headEnd++; // receptors
    if (headEnd > end || /[A-Za-z]/.test(source[headEnd] ?? '')) continue;
    const windowStart = Math.max(start, at - 60);
    const m = GROUP_BEFORE_RE.exec(source.slice(windowStart, at));
    if (!m) continue;
    const group = m[1]!;
    const groupStart = windowStart + m.index + m[0].indexOf(group);
    const placed = placeGroup(source, group, groupStart, headEnd, lookup);
    if (!placed) continue;
    const { at: i, to } = mentionsOverlapping(out, from, { start: groupStart, end: headEnd });
    out.splice(i, to - i, ...placed);
  }
}

/** The mentions of one group (`group` written at `groupStart`, its head ending at `headEnd`), or undefined. */
function placeGroup(source: string, group: string, groupStart: number, headEnd: number, lookup: ReceptorLookup): Mention[] | undefined {
  const separators = group.match(SEPARATOR_RE) ?? [];
  const slash = separators.every((s) => s === '/');
  if (!slash && separators.some((s) => s === '/')) return undefined;
  const items: Array<{ text: string; start: number }> = [];
  let pos = 0;
  for (const part of group.split(SEPARATOR_RE)) {
    const offset = group.indexOf(part, pos);
    items.push({ text: part, start: groupStart + offset });
    pos = offset + part.length;
  }
  if (items.length < 2 || !items.every((x) => (slash ? SLASH_ITEM_RE : SUBTYPE_CODE_RE).test(x.text))) return undefined;
  const genes = resolveCodes(items.map((x) => x.text), lookup);
  if (!genes || new Set(genes.map((g) => g.id)).size !== genes.length) return undefined;
  if (slash) {
    const text = source.slice(groupStart, headEnd);
    return genes.map((entity) => ({ text, span: { start: groupStart, end: headEnd }, entity, status: 'resolved', kind: 'normalised' }));
  }
  return items.map((x, k) => ({ text: x.text, span: { start: x.start, end: x.start + x.text.length }, entity: genes[k]!, status: 'resolved', kind: 'normalised' }));
}

/** The gene each code names with the receptor head (see the module comment), or undefined when one names none. */
function resolveCodes(codes: string[], lookup: ReceptorLookup): EntityRef[] | undefined {
  const geneOf = (phrase: string): EntityRef | undefined => {
    const id = lookup.entityNamed(phrase);
    const ref = id ? lookup.ref(id) : null;
    return ref?.type === 'gene' ? ref : undefined;
  };
  // "NK1 receptor" is a curated name; D2R, GIPR and GLP1R are the symbols and aliases that write the head as R.
  const genes = codes.map((c) => geneOf(`${c} receptor`) ?? geneOf(`${c.replace(/-/g, '')}R`));
  const known = genes.find((g) => g);
  if (!known) return undefined;
  if (genes.some((g) => !g)) {
    // The ligand the draft left out: the first word of a resolved sibling's name, when that is a word of its own.
    const ligand = /^([a-z]{4,}) receptor\b/.exec(known.name)?.[1];
    if (!ligand) return undefined;
    for (let k = 0; k < codes.length; k++) genes[k] ??= geneOf(`${ligand} ${codes[k]} receptor`);
    if (genes.some((g) => !g)) return undefined;
  }
  return genes as EntityRef[];
}
