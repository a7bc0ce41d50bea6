/**
 * Brand names and development codes given in parentheses right after a drug: "crizanlizumab (Adakveo; SEG101)",
 * "teplizumab (Tzield, PRV-031)". Reviews introduce a drug this way, and a drug recognised by its INN stem has no
 * curated codes or brands, so its parenthesis would otherwise give nothing, or a gene that shares a code's letters
 * (ACE in ACE-536). A parenthesis is read as the drug's other names only when every item has the shape of a code or a
 * brand, and no item is a whole mention of something other than a drug. A parenthesis of brands alone ("bevacizumab
 * (Avastin)") is read too, unless an item is a word that often stands in parentheses after a drug and is no brand: a
 * company ("(Roche)"), a place, or a note ("(Figure)", "(Oral)").
 */
import { mentionsOverlapping } from './mention-range';
import type { Mention } from './types';

/**
 * A development code: letters, an optional hyphen or space, digits, an optional letter (SEG101, ACE-536, DS-8201a,
 * BIBW 2992, JNJ-64007957); or letters, a hyphen, a letter and digits (LCAR-B38M); two such codes may be joined by a
 * slash (NS-065/NCNP-01).
 */
const CODE_RE = /^(?:[A-Z]{1,5}[a-z]?[- ]?[0-9]{2,8}[A-Za-z]?|[A-Z]{2,5}-[A-Z][0-9]{2,5}[A-Z]?)(?:\/[A-Z]{1,5}-?[0-9]{2,8})?$/;
/** A registry id is no drug code. */
const NCT_RE = /^NCT[0-9]{8}$/;
/** A brand: a capital, then a lower-case letter, then letters (Adakveo, Tzield, CeeNU), perhaps a number after a space (Exondys 51). */
const BRAND_RE = /^[A-Z][a-z][A-Za-z]{1,18}(?: [0-9]{1,3})?$/;
/**
 * Capitalised words that follow a drug in parentheses and are no brand: makers, places, and notes. Compared in lower
 * case; only a parenthesis without a code needs them.
 */
const NOT_BRANDS = new Set([
  // makers
  'abbvie', 'alexion', 'amgen', 'astellas', 'astrazeneca', 'bayer', 'beigene', 'biogen', 'biontech', 'boehringer', 'celgene',
  'chugai', 'daiichi', 'eisai', 'exelixis', 'genentech', 'genmab', 'gilead', 'glaxosmithkline', 'grifols', 'incyte',
  'ipsen', 'janssen', 'lilly', 'lundbeck', 'merck', 'moderna', 'mylan', 'novartis', 'novo', 'otsuka', 'pfizer',
  'regeneron', 'roche', 'sandoz', 'sanofi', 'seagen', 'servier', 'shionogi', 'takeda', 'teva', 'vertex',
  // places
  'africa', 'america', 'asia', 'australia', 'brazil', 'canada', 'china', 'europe', 'france', 'germany', 'india', 'italy',
  'japan', 'korea', 'spain', 'taiwan', 'usa',
  // notes and routes
  'appendix', 'box', 'fig', 'figure', 'intravenous', 'oral', 'panel', 'placebo', 'subcutaneous', 'supplementary', 'table',
  'topical', 'inhaled', 'approved', 'alone', 'monotherapy', 'combination', 'generic', 'biosimilar', 'maintenance',
  'adjuvant', 'neoadjuvant', 'induction', 'prophylaxis', 'weekly', 'daily', 'monthly', 'once', 'twice',
]);
/** Longest parenthesis read. */
const MAX_PAREN = 80;

/**
 * Adds to `out` (mentions of one prose span, from index `from` on, in text order) a mention of the drug for each code
 * or brand in a parenthesis right after a drug mention, replacing the mentions inside those items (see the module
 * comment). `source` is the text the mentions' spans point into; the parenthesis must close before `limit` (the end of
 * the prose span).
 */
export function addParentheticalDrugAliases(source: string, out: Mention[], from: number, limit: number): void {
  for (let k = from; k < out.length; k++) {
    const drug = out[k]!;
    if (drug.entity?.type !== 'drug' || drug.status !== 'resolved') continue;
    const aliases = aliasesAfter(source, drug.span.end, limit);
    if (!aliases) continue;
    const open = aliases[0]!.start;
    const close = aliases[aliases.length - 1]!.end;
    // The mentions inside the parenthesis: a whole drug item keeps its own; a whole other entity cancels the reading.
    const { at: j, to: end } = mentionsOverlapping(out, k + 1, { start: open, end: close });
    const inside = out.slice(j, end);
    // A development code read as a trial name (AVXS-101 has a trial name's shape) is the drug's code here.
    const whole = (m: Mention, a: { start: number; end: number }) => a.start === m.span.start && a.end === m.span.end;
    const codeAsTrial = (m: Mention, a: { start: number; end: number }) => m.entity?.type === 'trial' && CODE_RE.test(source.slice(a.start, a.end));
    if (inside.some((m) => m.entity?.type !== 'drug' && aliases.some((a) => whole(m, a) && !codeAsTrial(m, a)))) continue;
    const added: Mention[] = [];
    // "atovaquone–proguanil (Malarone)": the parenthesis names the combination the drugs before it form.
    const drugs = combinationBefore(source, out, from, k);
    for (const a of aliases) {
      // A combination's brand keeps its mentions, one per component drug.
      const own = inside.filter((m) => whole(m, a) && m.entity?.type === 'drug');
      if (own.length > 0) added.push(...own);
      else for (const d of drugs) added.push({ text: source.slice(a.start, a.end), span: { start: a.start, end: a.end }, entity: d.entity, status: 'resolved', kind: 'alias' });
    }
    // Mentions between the items (none in a parenthesis of codes) are dropped with those inside the items.
    out.splice(j, end - j, ...added);
    k = j + added.length - 1;
  }
}

/** Words before a combination written with "and" that say the drugs are one product ("a single tablet of X and Y"). */
const COMBINATION_CUE_RE = /\b(?:combination|combined|co-?formulated|fixed-dose|single[- ](?:tablet|pill)|tablet|pill)\s+(?:of\s+)?$/i;
/** How far before the first drug such a cue is looked for. */
const CUE_WINDOW = 40;

/**
 * The drugs of the combination that ends with mention `k`: the resolved drug mentions joined to it by a dash, hyphen,
 * slash or plus ("artemether–lumefantrine", "X/Y", "X + Y"), or by "and" when a word just before the first says they
 * form one product ("a single tablet of X and Y"); mention `k` alone when none is so joined. Only mentions from index
 * `from` on (one prose span) are read, and only the text between them and the short window before the first.
 */
function combinationBefore(source: string, out: readonly Mention[], from: number, k: number): Mention[] {
  const chain = [out[k]!];
  let anded = false;
  for (let j = k - 1; j >= from; j--) {
    const prev = out[j]!;
    const next = chain[0]!;
    if (prev.entity?.type !== 'drug' || prev.status !== 'resolved' || prev.span.end > next.span.start || next.span.start - prev.span.end > 6) break;
    const gap = source.slice(prev.span.end, next.span.start);
    if (gap === '–' || gap === '-' || gap === '/' || gap === '+' || gap === ' + ' || gap === ' plus ') chain.unshift(prev);
    else if (gap === ' and ' && !anded) {
      chain.unshift(prev);
      anded = true;
    } else break;
  }
  if (anded) {
    const at = chain[0]!.span.start;
    if (!COMBINATION_CUE_RE.test(source.slice(Math.max(0, at - CUE_WINDOW), at))) return [out[k]!];
  }
  // One entity once: "X–X" names no combination.
  return chain.filter((m, i) => chain.findIndex((c) => c.entity!.id === m.entity!.id) === i);
}

/**
 * True when a parenthesis opening right after `at` (one space allowed, closing before `limit`) holds a brand and a
 * development code and nothing else: "Risdiplam (Evrysdi, RG7916)". A word so introduced is a drug (drug-cues.ts).
 */
export function brandAndCodeAfter(source: string, at: number, limit: number): boolean {
  const items = aliasesAfter(source, at, limit);
  if (!items || items.length < 2) return false;
  let codes = 0;
  let brands = 0;
  for (const { start, end } of items) {
    const item = source.slice(start, end);
    if (CODE_RE.test(item)) codes++;
    else if (!NOT_BRANDS.has(item.toLowerCase())) brands++;
  }
  return codes > 0 && brands > 0;
}

/**
 * True when a parenthesis opening right after `at` (one space allowed, closing before `limit`) holds brands and nothing
 * else, none a maker, place or note and none that `notBrand` rejects: "lenalidomide (Revlimid)". A word so introduced
 * is a drug (drug-cues.ts).
 */
export function brandsAfter(source: string, at: number, limit: number, notBrand: (item: string) => boolean): boolean {
  const items = aliasesAfter(source, at, limit);
  if (!items) return false;
  for (const { start, end } of items) {
    const item = source.slice(start, end);
    if (CODE_RE.test(item) || NOT_BRANDS.has(item.toLowerCase()) || notBrand(item)) return false;
  }
  return true;
}

/** The items of a parenthesis opening right after `at` (one space allowed), when it reads as codes and brands. */
function aliasesAfter(source: string, at: number, limit: number): Array<{ start: number; end: number }> | undefined {
  let p = at;
  if (source.charCodeAt(p) === 32) p++;
  if (source.charCodeAt(p) !== 40 /* ( */) return undefined;
  // (Searched within the prose range and the longest parenthesis only.)
  let close = -1;
  for (let q = p + 1, stop = Math.min(limit, p + MAX_PAREN + 1); q < stop; q++) {
    if (source.charCodeAt(q) === 41 /* ) */) {
      close = q;
      break;
    }
  }
  if (close < 0) return undefined;
  const items: Array<{ start: number; end: number }> = [];
  let codes = 0;
  let brandsOnlyOk = true;
  let s = p + 1;
  for (let i = p + 1; i <= close; i++) {
    const c = source.charCodeAt(i);
    if (i < close && c !== 44 /* , */ && c !== 59 /* ; */) continue;
    let a = s;
    let b = i;
    while (a < b && source.charCodeAt(a) === 32) a++;
    while (b > a && source.charCodeAt(b - 1) === 32) b--;
    const item = source.slice(a, b);
    if (CODE_RE.test(item) && !NCT_RE.test(item)) codes++;
    else if (!BRAND_RE.test(item)) return undefined;
    else if (NOT_BRANDS.has(item.toLowerCase())) brandsOnlyOk = false;
    items.push({ start: a, end: b });
    s = i + 1;
  }
  return codes > 0 || brandsOnlyOk ? items : undefined;
}
