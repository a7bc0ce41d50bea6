/**
 * Abbreviations a draft defines for something other than a gene: "maturity-onset diabetes of the young (MODY)",
 * "extended-release (ER)", "anti-citrullinated protein antibodies (ACPA)". The words before the parenthesis
 * name a disease, a measure, a formulation or an antibody, so the abbreviation is no gene anywhere in the draft.
 * A long form that names a gene product ("estrogen receptor (ER)") keeps it.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Head words of long forms that name a gene product. */
const GENE_WORDS = words(
  'receptor receptors kinase kinases factor factors protein proteins enzyme enzymes ligand ligands antigen peptide hormone channel transporter gene genes oncogene homolog homologue molecule subunit ligase phosphatase synthase transferase dehydrogenase oxidase reductase protease peptidase cytokine chemokine interleukin integrin cadherin',
);
/** Words of long forms that name no gene product. */
const OTHER_WORDS = words(
  'disease diseases syndrome syndromes disorder disorders cancer cancers carcinoma tumour tumours tumor tumors leukaemia leukemia lymphoma myeloma arthritis lupus erythematosus sclerosis diabetes failure injury infarction infection insufficiency fibrosis hypertension rate ratio test score index scale count clearance concentration level levels release formulation tablets therapy therapies treatment antibody antibodies autoantibodies room department visits stress reticulum pressure cholesterol fraction',
);

/** Parenthesised abbreviation: letters, digits and hyphens, 2–10 characters; bounded, so linear. */
const DEF_RE = /\(([A-Za-z][A-Za-z0-9-]{1,9})\)/g;

/**
 * Records the abbreviations that `t` defines: true when the long form names no gene product, false when it may
 * (a false stays: a draft that also defines the abbreviation as a gene keeps it).
 */
export function collectNonGeneAbbreviations(t: string, into: Map<string, boolean>): void {
  if (t.indexOf('(') < 0) return;
  DEF_RE.lastIndex = 0;
  for (let m = DEF_RE.exec(t); m; m = DEF_RE.exec(t)) {
    const abbr = m[1]!;
    if (!/[A-Z]/.test(abbr)) continue;
    // The long form: the words just before the parenthesis, within the same clause.
    let from = Math.max(0, m.index - 120);
    for (let q = m.index - 1; q >= from; q--) {
      const c = t.charCodeAt(q);
      if (c === 46 || c === 59 || c === 58 || c === 40 || c === 41 || c === 44) {
        from = q + 1;
        break;
      }
    }
    const list = t.slice(from, m.index).toLowerCase().split(/[^a-z]+/).filter(Boolean).slice(-8);
    if (!list.length || !list.some((w) => w[0] === abbr[0]!.toLowerCase())) continue;
    const last = list[list.length - 1]!;
    const other = OTHER_WORDS.has(last) || (!list.some((w) => GENE_WORDS.has(w)) && list.some((w) => OTHER_WORDS.has(w)));
    into.set(abbr, other && into.get(abbr) !== false);
  }
}
