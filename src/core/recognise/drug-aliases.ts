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
import { isSaltWord } from './salts';
import { isAsciiLetterCode } from './keys';
import type { Mention } from './types';

/**
 * A development code: letters, an optional hyphen or space, digits, an optional letter (SEG101, ACE-536, DS-8201a,
 * BIBW 2992, JNJ-64007957); a maker's capitalised prefix, a hyphen and three digits or more (Genz-112638,
 * Debio-025); or letters, a hyphen, one to three letters and digits (LCAR-B38M, ALN-AS1); or letters, a space and
 * two hyphenated numbers (BAY 94-8862); two such codes may be joined by a slash (NS-065/NCNP-01).
 */
const CODE_RE = /^(?:[A-Z]{1,5}[a-z]?[- ]?[0-9]{2,8}[A-Za-z]?|[A-Z][a-z]{2,4}-[0-9]{3,8}|[A-Z]{2,5}-[A-Z]{1,3}[0-9]{1,5}[A-Z]?|[A-Z]{2,4} [0-9]{2,3}-[0-9]{3,5})(?:\/[A-Z]{1,5}-?[0-9]{2,8})?$/;
/** A registry id is no drug code. */
const NCT_RE = /^NCT[0-9]{8}$/;
/**
 * A brand: a capital, then a lower-case letter, then letters (Adakveo, Tzield, CeeNU), perhaps a number after a space
 * (Exondys 51) or a release suffix after a hyphen (Toprol-XL).
 */
const BRAND_RE = /^[A-Z][a-z][A-Za-z]{1,18}(?: [0-9]{1,3}|-(?:XL|XR|SR|ER|LA|CR|CD|ODT))?$/;
/** Three capitals after a lower-case letter: a trial's name (GiACTA, ClarIDHy), not a brand's (Adakveo, CeeNU). */
const CAPS_AFTER_LOWER_RE = /[a-z][A-Z]{3}/;
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
/** True for a maker, place or note, also numbered ("Table 1", "Figure 2"): no brand. */
function notABrandWord(item: string): boolean {
  const lower = item.toLowerCase();
  return NOT_BRANDS.has(lower) || NOT_BRANDS.has(lower.replace(/ [0-9]{1,3}$/, ''));
}

/** Words that introduce an earlier name of a drug inside its parenthesis. */
const FORMERLY_RE = /^(?:formerly|previously|originally|also known as) /;
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
    const aliases = aliasesAfter(source, afterSalt(source, drug.span.end, limit), limit);
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
    else if (!notABrandWord(item)) brands++;
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
    if (CODE_RE.test(item) || notABrandWord(item) || notBrand(item)) return false;
  }
  return true;
}

/** `at`, or the end of a salt word written after it ("metoprolol succinate (Toprol-XL)"). */
function afterSalt(source: string, at: number, limit: number): number {
  if (source.charCodeAt(at) !== 32) return at;
  let q = at + 1;
  while (q < limit && q - at <= 16 && isLowerAscii(source.charCodeAt(q))) q++;
  return q > at + 1 && isSaltWord(source.slice(at + 1, q)) ? q : at;
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
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
    // "sofosbuvir (Sovaldi, GS-7977, formerly PSI-7977)": an earlier name keeps its item.
    const was = FORMERLY_RE.exec(source.slice(a, b));
    if (was) a += was[0].length;
    const item = source.slice(a, b);
    if (CODE_RE.test(item) && !NCT_RE.test(item)) codes++;
    else if (!BRAND_RE.test(item) || CAPS_AFTER_LOWER_RE.test(item)) return undefined;
    else if (notABrandWord(item)) brandsOnlyOk = false;
    items.push({ start: a, end: b });
    s = i + 1;
  }
  return codes > 0 || brandsOnlyOk ? items : undefined;
}

/** Endings of English derived words, which no brand has ("Treatment (sofosbuvir)"). */
const ENGLISH_DERIVED_RE = /(?:tion|sion|ment|ness|ity|ing|ed|ly|ance|ence|ies|ship|hood)$/;
/**
 * True when `item` has the shape of a development code or of a brand and is no maker, place, note or English derived
 * word ("Jardiance", "BI 10773"; not "none", "Oral", "Treatment").
 */
export function isBrandOrCode(item: string): boolean {
  if (NCT_RE.test(item)) return false;
  return CODE_RE.test(item) || looksLikeBrand(item);
}

/** A brand's shape, and no maker, place, note, "none" or English derived word. */
function looksLikeBrand(item: string): boolean {
  const lower = item.toLowerCase();
  return BRAND_RE.test(item) && !ENGLISH_DERIVED_RE.test(item) && !notABrandWord(lower) && lower !== 'none';
}

/** What joins the drugs of a combination inside a brand's parenthesis. */
const COMBINATION_JOINS = new Set(['/', '–', '-', '+', ' + ', ' and ', ' plus ']);

/**
 * Adds to `out` (mentions of one prose span, from index `from` on, in text order) the brand written right before a
 * parenthesis that holds a drug or a combination by name (lower case) and nothing else: "Harvoni (ledipasvir/sofosbuvir)" gives one mention
 * of the brand per drug, as a curated combination brand does. The brand has a brand's shape, is no maker, place or note,
 * nothing `notBrand` rejects (English words, anything the ontology knows) and no mention yet; `start` is where the
 * prose span begins in `source`.
 */
export function addBrandsBeforeDrugs(source: string, out: Mention[], from: number, start: number, notBrand: (item: string) => boolean): void {
  for (let k = from; k < out.length; k++) {
    const first = out[k]!;
    if (!isResolvedDrug(first) || first.span.start - 2 < start || source.charCodeAt(first.span.start - 1) !== 40 /* ( */) continue;
    let last = k;
    while (last + 1 < out.length && isResolvedDrug(out[last + 1]!) && COMBINATION_JOINS.has(source.slice(out[last]!.span.end, out[last + 1]!.span.start))) last++;
    if (source.charCodeAt(out[last]!.span.end) !== 41 /* ) */) continue;
    // The drugs by their names in lower case: "National Amyloidosis Centre (NAC)" spells out no drug.
    if (out.slice(k, last + 1).some((m) => !isLowerAscii(source.charCodeAt(m.span.start)))) continue;
    const e = first.span.start - 2;
    if (source.charCodeAt(e) !== 32) continue;
    let s = e;
    while (s > start && isAsciiLetterCode(source.charCodeAt(s - 1))) s--;
    const before = source.charCodeAt(s - 1);
    if (s === e || (s > start && (before === 45 || (before >= 48 && before <= 57)))) continue;
    const brand = source.slice(s, e);
    if (!looksLikeBrand(brand) || notBrand(brand)) continue;
    // A plural of an English word ("Patients (sofosbuvir)").
    if (brand.endsWith('s') && notBrand(brand.slice(0, -1))) continue;
    const { at, to } = mentionsOverlapping(out, from, { start: s, end: e });
    if (at < to) continue;
    const drugs = out.slice(k, last + 1).filter((m, i, all) => all.findIndex((o) => o.entity!.id === m.entity!.id) === i);
    out.splice(at, 0, ...drugs.map((m): Mention => ({ text: brand, span: { start: s, end: e }, entity: m.entity, status: 'resolved', kind: 'alias' })));
    k = last + drugs.length;
  }
}

function isResolvedDrug(m: Mention): boolean {
  return m.entity?.type === 'drug' && m.status === 'resolved';
}
