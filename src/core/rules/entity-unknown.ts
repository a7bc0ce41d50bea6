import { memoizeString } from '../memo';
import { inSpans, mergeSpans } from '../parse/document';
import type { Span } from '../types';
import { proseMatches } from './prose-matches';
import type { Rule, RulePart } from './rule';

/**
 * A token shaped like a human gene symbol: an upper-case letter, then upper-case letters and digits, 3–10 characters,
 * with at least one digit — e.g. `NCAPG2`, `ZNF703`, `LINC01234`.
 */
const SYMBOL_SHAPE = /(?<![\p{L}\p{N}_-])([A-Z][A-Z0-9]{2,9})(?![\p{L}\p{N}_]|-[\p{L}\p{N}])/gu;

/** A protein substitution such as H1047R, E545K or L755S (one-letter amino acid, position, amino acid). */
const AMINO_ACID_CHANGE = /^[ACDEFGHIKLMNPQRSTVWY][1-9][0-9]{0,4}[ACDEFGHIKLMNPQRSTVWYX]$/;

/** A formula made only of one-letter element symbols and counts: CO2, VO2, H2O2, PO4. */
const CHEMICAL_FORMULA = /^(?:[HBCNOFPSKVYIWU][0-9]{0,2})+$/;

/** Common tokens of that shape that are not genes: TNM stages, potency measures, trial ids (checked elsewhere). */
const NOT_GENES = /^(?:T[0-4X]N[0-3X]M[01X]|[IELT]C50|[IELT]D50|EC90|IC90|NCT[0-9]*|COVID19|[A-Z]{1,2}[0-9]{3,}|[0-9A-Z]+0{3,})$/;

/** A symbol-shaped word with a digit that is no stage, potency measure, trial id, substitution or formula (memoized). */
const geneShaped = memoizeString((word: string) => /[0-9]/.test(word) && !NOT_GENES.test(word) && !AMINO_ACID_CHANGE.test(word) && !CHEMICAL_FORMULA.test(word));

/**
 * `entity.unknown` (hint): a token shaped like a gene symbol (upper-case letters and digits, with a digit) that is
 * not in the ontology, not a known abbreviation or non-entity (cell line, virus, method) and not an English word.
 * The editor offers to add it to the workspace ontology (`.evidence-lens/ontology.yaml`).
 *
 * @example
 * ```markdown
 * Loss of ZQX17 restored sensitivity.   <!-- ZQX17 is not a known symbol -->
 * ```
 */
export const entityUnknown: Rule = {
  id: 'entity.unknown',
  defaultLevel: 'hint',
  summary: 'A gene-like symbol is not in the ontology.',
  check(ctx) {
    if (ctx.mentions.length === 0 && !ctx.isKnownWord('ERBB2')) return; // no ontology loaded
    const section = ctx.section?.span;
    // Outside the References section a word counts where no mention covers it; inside it, everywhere (the rules see
    // no mentions there). Each list holds a word's first use per part (and per heading, for the second).
    const outside = ctx.perPart(UNCOVERED, (part) => candidatesIn(part, false));
    const inside = section ? ctx.perPart(ANY, (part) => candidatesIn(part, true), section).filter((c) => c.span.start >= section.start && c.span.start < section.end) : [];
    const reported = new Set<string>();
    for (const { span, word } of mergeByStart(outside, inside)) {
      if (ctx.isKnownWord(word) || reported.has(word)) continue;
      reported.add(word);
      ctx.report({ span, message: `'${word}' looks like a gene symbol but is not in the ontology; add it to the workspace ontology if it is one.` });
    }
  },
};

const UNCOVERED = {};
const ANY = {};

interface Candidate {
  span: Span;
  word: string;
}

/**
 * Gene-shaped words in the part's prose: the first use of each that no mention covers or, with `covered`, the first
 * use of each after each heading (the References section starts at one), covered or not.
 */
function candidatesIn(part: RulePart, covered: boolean): Candidate[] {
  const mentions = covered ? [] : mergeSpans(part.mentions.map((m) => m.span));
  const headings = covered ? part.blocks.filter((b) => b.kind === 'heading') : [];
  const out: Candidate[] = [];
  const seen = new Set<string>();
  let h = 0;
  for (const { match, span } of proseMatches(part, SYMBOL_SHAPE)) {
    const word = match[1]!;
    if (!geneShaped(word)) continue;
    if (!covered && (inSpans(mentions, span.start) || inSpans(mentions, span.end - 1))) continue;
    while (h < headings.length && headings[h]!.span.start <= span.start) h++;
    const key = covered ? `${h}:${word}` : word;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ span, word });
  }
  return out;
}

/** Two lists sorted by start, merged in order. */
function mergeByStart(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  if (b.length === 0) return a as Candidate[];
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]!.span.start <= b[j]!.span.start) ? a[i++]! : b[j++]!);
  return out;
}
