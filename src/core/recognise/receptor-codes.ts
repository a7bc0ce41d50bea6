/**
 * Receptor subtype codes a draft introduces with their ligand: "the dopamine D2 receptor" makes D2 mean DRD2 in the
 * draft, and, since the draft has named the series, D1, D3, D4 and D5 mean their own subtypes (DRD1, DRD3 …) when it
 * writes them alone ("D2 and D3 signalling"); so does the ligand word alone ("muscarinic receptors … the M3 receptor").
 * Only codes whose long form ("dopamine D3 receptor") is the name of one
 * gene are linked; the long forms come from the gene data (histamine H1 receptor, adenosine A2a receptor, muscarinic
 * M1 receptor).
 */
import { isAlnumBefore } from './keys';

/** Before "receptor": a ligand word, a subtype code (a capital and a number, perhaps a letter) and a space or hyphen. */
const BEFORE_RECEPTOR_RE = /(?:^|[^A-Za-z])([a-z]{4,})[ -]([A-Z])([0-9])([A-Za-z]?)[ -]$/;

/** Before "receptor": a ligand word alone and a space ("muscarinic receptors", "dopamine receptor antagonists"). */
const PLAIN_LIGAND_RE = /(?:^|[^A-Za-z-])([a-z]{6,}) $/;

/**
 * The subtype codes of receptor series that `text` (decoded prose) names, with the gene each code means:
 * `entityNamed` gives the one entity a phrase names. Each named series links all its codes of one digit.
 */
export function receptorCodes(text: string, entityNamed: (phrase: string) => string | undefined): Array<[code: string, id: string]> {
  const out: Array<[string, string]> = [];
  const seen = new Set<string>();
  // Each "receptor" is looked at once, with the few words before it (a regex over the whole text would try every
  // lower-case word as a ligand).
  for (let at = text.indexOf('receptor'); at >= 0; at = text.indexOf('receptor', at + 8)) {
    // The code's last character and the space or hyphen after it.
    if (at < 8 || !/[0-9A-Za-z]/.test(text[at - 2]!)) continue;
    const before = text.slice(Math.max(0, at - 40), at);
    const m = BEFORE_RECEPTOR_RE.exec(before);
    if (!m) {
      // "muscarinic receptors … the M3 receptor": a series named by its ligand word alone links the codes of one digit
      // whose long form ("muscarinic M3 receptor") names a gene; the code's letter is the ligand's initial.
      const plain = PLAIN_LIGAND_RE.exec(before);
      if (plain && !seen.has(plain[1]!)) {
        seen.add(plain[1]!);
        const ligand = plain[1]!;
        const letter = ligand[0]!.toUpperCase();
        for (let k = 1; k <= 9; k++) {
          const id = entityNamed(`${ligand} ${letter}${k} receptor`);
          if (id) out.push([`${letter}${k}`, id]);
        }
      }
      continue;
    }
    const [, ligand, letter, digit, suffix] = m as unknown as [string, string, string, string, string];
    const own = entityNamed(`${ligand} ${letter}${digit}${suffix} receptor`);
    if (!own) continue;
    out.push([`${letter}${digit}${suffix}`, own]);
    // The siblings without a suffix letter: D1 … D9 after "dopamine D2 receptor".
    for (let k = 1; k <= 9; k++) {
      const code = `${letter}${k}`;
      if (code === `${letter}${digit}${suffix}`) continue;
      const id = entityNamed(`${ligand} ${code} receptor`);
      if (id && id !== own) out.push([code, id]);
    }
  }
  // "H1 antihistamines such as cetirizine", "H2 blockers such as famotidine": the histamine receptor subtype a class of
  // drugs is named by.
  if (text.includes('antihistamine') || text.includes('blocker') || text.includes('receptor antagonist')) histamineClassCodes(text, entityNamed, out);
  // "the α1A-adrenoceptor, with the α1D and α1B subtypes": the adrenoceptor subtypes by Greek code, once the draft
  // names one of them so.
  if (text.includes('adrenoceptor') || text.includes('adrenergic')) adrenoceptorCodes(text, entityNamed, out);
  return out;
}

/** The adrenoceptor subtype codes: α1A … α2C and β1 … β3. */
const ADRENOCEPTOR_CODES: Readonly<Record<string, readonly string[]>> = {
  'α': ['α1A', 'α1B', 'α1D', 'α2A', 'α2B', 'α2C'],
  'β': ['β1', 'β2', 'β3'],
};
/** A Greek adrenoceptor code right before "-adrenoceptor" or " adrenergic": "α1A-", "β3-". */
const ADRENOCEPTOR_BEFORE_RE = /(?:^|[^\p{L}\p{N}])([αβ])[1-3][A-D]?[- ]$/u;

/** Adds the subtype codes of the adrenoceptor series that `text` names one member of by code (see `receptorCodes`). */
function adrenoceptorCodes(text: string, entityNamed: (phrase: string) => string | undefined, out: Array<[string, string]>): void {
  const greek = new Set<string>();
  for (const word of ['adrenoceptor', 'adrenergic']) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const m = ADRENOCEPTOR_BEFORE_RE.exec(text.slice(Math.max(0, at - 8), at));
      if (m) greek.add(m[1]!);
    }
  }
  for (const g of greek) {
    for (const code of ADRENOCEPTOR_CODES[g]!) {
      const id = entityNamed(`${code}-adrenoceptor`);
      if (id) out.push([code, id]);
    }
  }
}

/**
 * A histamine receptor code before a drug class word: "H1 antihistamines", "H2-blockers", "H2 receptor antagonists"
 * (a bare "H1 antagonists" is left alone).
 */
const HISTAMINE_CLASS_RE = /H([1-4])[ -](?:antihistamines?|blockers?|receptor antagonists?)\b/g;

/** Adds the histamine receptor codes that `text` names a drug class by (see `receptorCodes`). */
function histamineClassCodes(text: string, entityNamed: (phrase: string) => string | undefined, out: Array<[string, string]>): void {
  const seen = new Set<string>();
  // The pattern opens on a literal H, so the scan skips ahead; the word boundary before H is checked per hit.
  for (const m of text.matchAll(HISTAMINE_CLASS_RE)) {
    if (m.index > 0 && isAlnumBefore(text, m.index)) continue;
    const code = `H${m[1]!}`;
    if (seen.has(code)) continue;
    seen.add(code);
    const id = entityNamed(`histamine ${code} receptor`);
    if (id) out.push([code, id]);
  }
}
