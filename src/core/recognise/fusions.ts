/**
 * Gene fusions written as two gene names joined by a hyphen, an en dash, a double colon or (next to the word
 * "fusion") a slash: BCR-ABL1, EWSR1::FLI1, PAX3–FOXO1, the BCR/ABL fusion. A fusion gives one mention per partner gene, each spanning the whole fusion (the
 * convention of coordinated forms such as CDK4/6).
 *
 * A joined pair is a fusion when the draft says so: the double colon of fusion nomenclature, or a fusion cue in
 * the same sentence (fusion, rearrangement, translocation, chimeric, t(9;22)). The decision then holds for the
 * whole draft, and spreads to other pairs that share a partner with a known fusion (EWSR1-WT1 once EWSR1-FLI1 is
 * a fusion), written alike or naming the same gene (AML1-ETO once RUNX1::RUNX1T1 is one: AML1 is RUNX1's former
 * name). A ligand–receptor or pathway pair ("the CXCL12–CXCR4 axis", "KEAP1-NRF2 signalling") is not a fusion.
 */
import { atomKey } from './keys';

/** Two partner-like tokens joined by -, –, :: or /, not inside a longer joined word; bounded, so linear. */
const PAIR_RE = /(?<![\p{L}\p{N}/-])([A-Z][A-Za-z0-9α-ω]{1,9})(::|-|–|\/)([A-Z][A-Za-z0-9α-ω]{1,9})(?![\p{L}\p{N}]|[/-][\p{L}\p{N}]|::)/gu;
/** A fusion word right after a slash pair ("BCR/ABL fusion", "PML/RARA transcripts") or right before it. */
const NEAR_CUE_AFTER_RE = /^\s+(?:\S+\s+){0,1}(?:fusions?|fusion-positive|transcripts?|rearrangements?|chimeras?|oncoproteins?|oncogenes?)\b/i;
const NEAR_CUE_BEFORE_RE = /\b(?:fusion|fusions|chimeric|rearranged)\s+$/i;
const CUE_RE = /\b(?:fusions?|fusion-(?:positive|negative|driven|defined)|rearrange(?:d|ments?)|translocations?|chimeric|chimeras?|oncoproteins?|fusion transcripts?)\b|\bt\([0-9XY]{1,2};[0-9XY]{1,2}\)/i;
/** Words after a joined pair that make it an interaction or a pathway, not a fusion. */
const NOT_FUSION_RE = /^[\s]*(?:axis|axes|interactions?|binding|pathways?|signal(?:l)?ing|complex(?:es)?|heterodimers?|dimers?|loops?|crosstalk|cascades?|networks?|ratio|interface)\b/i;

/** A partner token as a gene: an official symbol or only an alias; the gene, when it names exactly one. */
export interface GeneToken {
  rank: 'symbol' | 'alias';
  gene: string | undefined;
}

/** Candidate pairs of a draft and whether any occurrence carried a cue. */
export interface FusionCandidates {
  /** Pair key (`EWSR1|FLI1`) → seen with a fusion cue. */
  pairs: Map<string, boolean>;
  /** Pairs written with a slash right next to a fusion word ("BCR/ABL fusion"); they do not spread to other pairs. */
  slashPairs: Set<string>;
  /** Partner key (`AML1`) → the one gene it names (`ncbigene:861`), for partners that name exactly one gene. */
  genes: Map<string, string>;
}

export function newFusionCandidates(): FusionCandidates {
  return { pairs: new Map(), slashPairs: new Set(), genes: new Map() };
}

/** The key of a pair of partner texts. */
export function pairKey(a: string, b: string): string {
  return `${atomKey(a)}|${atomKey(b)}`;
}

/**
 * The sentence around `t[from, to)`, at most 300 characters either side (bounded by ". "; "; " is kept inside). The
 * search stays within those 300 characters: a paragraph without a full stop is not read to its ends per pair.
 */
function sentenceAround(t: string, from: number, to: number): string {
  const lo = Math.max(0, from - 300);
  const hi = Math.min(t.length, to + 300);
  const window = t.slice(lo, hi + 1); // one more: a ". " may start on the last character
  const a = window.lastIndexOf('. ', from - lo);
  const b = window.indexOf('. ', to - lo);
  return window.slice(Math.max(a, 0), b < 0 ? hi - lo : Math.min(b, hi - lo));
}

/**
 * Records the gene pairs joined by -, – or :: in the paragraph `t`. `geneToken(text)` tells whether a token is
 * an official gene symbol, only an alias, or no gene of the ontology, and the gene it names when it names one. A cue
 * in the sentence makes a pair a fusion; a cue elsewhere in the paragraph does so only for two official symbols.
 */
export function collectFusionCandidates(t: string, into: FusionCandidates, geneToken: (text: string) => GeneToken | undefined): void {
  if (t.indexOf('-') < 0 && t.indexOf('–') < 0 && t.indexOf(':') < 0 && t.indexOf('/') < 0) return;
  let paragraphCue: boolean | undefined;
  PAIR_RE.lastIndex = 0;
  for (let m = PAIR_RE.exec(t); m; m = PAIR_RE.exec(t)) {
    const a = m[1]!;
    const b = m[3]!;
    // Parts that are pure digits after a letter stem (IL-6, CCK-8) are no partners: both must carry a letter run.
    if (!/[A-Z]{2}/i.test(a) || !/[A-Z]{2}/i.test(b)) continue;
    const ka = geneToken(a);
    const kb = geneToken(b);
    if (!ka || !kb) continue;
    const end = m.index + m[0].length;
    if (NOT_FUSION_RE.test(t.slice(end, end + 20))) continue;
    const key = pairKey(a, b);
    if (ka.gene) into.genes.set(atomKey(a), ka.gene);
    if (kb.gene) into.genes.set(atomKey(b), kb.gene);
    // A slash usually coordinates (KRAS/NRAS, CDK4/6) or names a pathway (PI3K/AKT): only a fusion word next to it counts.
    if (m[2] === '/') {
      if (NEAR_CUE_AFTER_RE.test(t.slice(end, end + 40)) || NEAR_CUE_BEFORE_RE.test(t.slice(Math.max(0, m.index - 20), m.index))) into.slashPairs.add(key);
      continue;
    }
    let cued = m[2] === '::' || CUE_RE.test(sentenceAround(t, m.index, end));
    if (!cued && ka.rank === 'symbol' && kb.rank === 'symbol') cued = paragraphCue ??= CUE_RE.test(t);
    into.pairs.set(key, (into.pairs.get(key) ?? false) || cued);
  }
}

/**
 * The pairs that are fusions in the draft: cued pairs, and pairs that share a partner with one, written alike or
 * naming the same gene (to a fixed point).
 */
export function fusionPairs(c: FusionCandidates): Set<string> {
  const out = new Set<string>();
  // Partner keys and the genes they name (gene ids hold a colon, partner keys never do).
  const partners = new Set<string>();
  const addPartner = (p: string) => {
    partners.add(p);
    const gene = c.genes.get(p);
    if (gene) partners.add(gene);
  };
  const isPartner = (p: string) => {
    const gene = c.genes.get(p);
    return partners.has(p) || (gene !== undefined && partners.has(gene));
  };
  for (const [key, cued] of c.pairs) {
    if (!cued) continue;
    out.add(key);
    for (const p of key.split('|')) addPartner(p);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const key of c.pairs.keys()) {
      if (out.has(key)) continue;
      const [a, b] = key.split('|') as [string, string];
      if (isPartner(a) || isPartner(b)) {
        out.add(key);
        addPartner(a);
        addPartner(b);
        changed = true;
      }
    }
  }
  for (const key of c.slashPairs) out.add(key);
  return out;
}

/** True when the text after a pair (from `end`) makes it an interaction or pathway rather than a fusion. */
export function followedByInteractionWord(t: string, end: number): boolean {
  return NOT_FUSION_RE.test(t.slice(end, end + 20));
}
