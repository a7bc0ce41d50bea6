/**
 * Chemotherapy regimens named by initials that are also gene aliases: CHOP (DDIT3), CHP (CHP1), ICE (CASP1), CAP,
 * TIP, CAV. A draft that names most of a regimen's drugs in one passage is about that regimen, so its initials name
 * the regimen everywhere in the draft ("… over CHOP", "romidepsin + CHOP"); a draft about ER stress that never lists
 * cyclophosphamide, doxorubicin and vincristine together keeps CHOP the gene. A definition of the initials as a gene
 * elsewhere in the draft ("C/EBP homologous protein (CHOP)") still wins (abbreviations.ts `mergeDefined`).
 */
import { type Defined, mergeDefined } from './abbreviations';

/** Initials, then the regimen's drugs (an alternative salt or prodrug counts as the same drug). */
const REGIMENS: ReadonlyArray<readonly [string, ReadonlyArray<readonly string[]>]> = [
  ['CHOP', [['cyclophosphamide'], ['doxorubicin'], ['vincristine'], ['prednisone', 'prednisolone']]],
  ['CHP', [['cyclophosphamide'], ['doxorubicin'], ['prednisone', 'prednisolone']]],
  ['ICE', [['ifosfamide'], ['carboplatin'], ['etoposide']]],
  ['CAP', [['cyclophosphamide'], ['doxorubicin'], ['cisplatin']]],
  ['TIP', [['paclitaxel'], ['ifosfamide'], ['cisplatin']]],
  ['CAV', [['cyclophosphamide'], ['doxorubicin'], ['vincristine']]],
];

/** The regimens' initials as alternatives of a pattern. */
const INITIALS = REGIMENS.map(([initials]) => initials).join('|');
/** A regimen's initials after rituximab's R ("R-CHOP", "pola-R-CHP") or before a cycle length or R ("CHOP-14", "ICE-R"). */
const REGIMEN_FORM_RE = new RegExp(`\\bR-(${INITIALS})\\b|\\b(${INITIALS})-(?:R|14|21)\\b`, 'g');

/** How many of a regimen's drugs one passage must name: three (all of a three-drug regimen). */
const NEEDED = 3;

/** The drugs of every regimen, as one pattern of whole words; each name is a literal, so the scan is linear. */
const DRUG_RE = new RegExp(`\\b(?:${[...new Set(REGIMENS.flatMap(([, drugs]) => drugs.flat()))].join('|')})\\b`, 'gi');

/**
 * Records as `other` (see abbreviations.ts `Defined`) the initials of each regimen whose drugs `text` (one passage)
 * names at least three of, or that `text` writes with rituximab's R or a cycle length (R-CHOP, CHOP-14), so that a weak
 * gene alias with those initials gives way in the whole draft.
 */
export function collectRegimens(text: string, into: Map<string, Defined>): void {
  // "R-CHOP", "CHOP-14": with rituximab's R or a cycle length the initials are the regimen, whatever else is named.
  if (text.includes('-')) {
    REGIMEN_FORM_RE.lastIndex = 0;
    for (let m = REGIMEN_FORM_RE.exec(text); m; m = REGIMEN_FORM_RE.exec(text)) {
      const initials = (m[1] ?? m[2])!;
      into.set(initials, mergeDefined(into.get(initials), 'other'));
    }
  }
  DRUG_RE.lastIndex = 0;
  let named: Set<string> | undefined;
  for (let m = DRUG_RE.exec(text); m; m = DRUG_RE.exec(text)) (named ??= new Set()).add(m[0].toLowerCase());
  if (!named || named.size < NEEDED) return;
  for (const [initials, drugs] of REGIMENS) {
    let count = 0;
    for (const alternatives of drugs) if (alternatives.some((d) => named.has(d))) count++;
    if (count >= NEEDED) into.set(initials, mergeDefined(into.get(initials), 'other'));
  }
}
