/**
 * Mouse and rat gene symbols: "mice deficient in Myd88, Tnf or Ifng", "Apc^Min/+ mice", "deletion of Kit". Rodent
 * symbols are written with a capital and lower-case letters; a short one (Tnf, Apc, Shh) or one that is an English word
 * (Clock, Nodal) would otherwise be refused, since such symbols match only in their exact case. In a paragraph that
 * speaks of mice or rats, a capitalised word inside a sentence, whose upper case is a human gene's official symbol and
 * which names nothing else as written, names that gene's orthologue, which the ontology keeps as the human gene.
 */

/** Words that say a paragraph is about rodents, in any case (one pattern: a third of the time of ten substring tests). */
const RODENT_CUE_RE = /mice|mouse|murine|rats|rat |transgenic|knockout|knock-in|floxed|null allele/i;

/**
 * A capitalised word of three to six letters and perhaps a number (Tnf, Clock, Fh1): not after a letter, digit or
 * hyphen, and followed by neither a letter nor a digit.
 * The lookbehind keeps what comes before it, to tell a sentence's first word and a product name ("ELISA Kit").
 */
const TITLE_SYMBOL_RE = /(?<![\p{L}\p{N}-])([A-Z][a-z]{2,5}[0-9]{0,3})(?![\p{L}\p{N}])/gu;

/** The longest word the recogniser's mouse-symbol rule takes (Sacs1, Abc123); longer ones are not offered. */
const MAX_SYMBOL_LENGTH = 6;

/** Before a sentence's first word: the start, or a full stop, question or exclamation mark or colon and spaces. */
const SENTENCE_START_RE = /(?:^|[.!?:]["')\]]?)\s*$/;

/** Words of mouse genetics: a paragraph with one of them also lets English words through (Clock, Kit, Nodal). */
const GENETICS_CUES = ['knockout', 'knock-in', 'deficient', 'null', 'transgenic', 'mutant', 'floxed', 'allele', 'lacking', 'deletion'];

/** A capitalised word, whole (the word before another in a product, a title or a place: "Mouse IL-6 ELISA Kit"). */
const CAPITALISED_WORD_RE = /^[A-Z][\p{L}\p{N}-]*$/u;

/** After such a word: a capitalised word ("Sri Lanka"), or a slash and a word ("Gal/GalNAc lectin"). */
const NAME_GOES_ON_RE = /^(?: [A-Z]|\/\p{L})/u;

/**
 * The prefixes of the draft facts' keys that hold such words ("~mouse:Tnf" → "yes"): any paragraph about rodents, and
 * one that also speaks of their genetics (kept apart, as facts of two paragraphs that differ cancel each other).
 */
export const MOUSE_WORD_KEY_PREFIX = '~mouse:';
export const MOUSE_GENETICS_KEY_PREFIX = '~mouse-genetics:';

/**
 * The capitalised words in a paragraph `text` (decoded prose) that may be rodent gene symbols: inside a sentence, not
 * in a run of capitalised words, each with the paragraph's cue. Empty unless the paragraph names mice or rats; the
 * recogniser takes a word only where its upper case is a gene's official symbol and the word as written names nothing
 * else, and an English word (Clock, Kit) only with the cue of mouse genetics.
 * @example mouseSymbolWords('Mice deficient in Myd88, Tnf or Ifng die.') // [['Tnf', 'genetics']]
 */
export function mouseSymbolWords(text: string): Array<[word: string, strength: MouseCue]> {
  const out: Array<[string, MouseCue]> = [];
  if (!RODENT_CUE_RE.test(text)) return out;
  const lower = text.toLowerCase();
  const strength: MouseCue = GENETICS_CUES.some((cue) => lower.includes(cue)) ? 'genetics' : 'rodents';
  TITLE_SYMBOL_RE.lastIndex = 0;
  for (let m = TITLE_SYMBOL_RE.exec(text); m; m = TITLE_SYMBOL_RE.exec(text)) {
    if (m[1]!.length > MAX_SYMBOL_LENGTH) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (SENTENCE_START_RE.test(before) || capitalisedBefore(before)) continue;
    if (NAME_GOES_ON_RE.test(text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 2))) continue;
    out.push([m[1]!, strength]);
  }
  return out;
}

/** How a paragraph cues rodent symbols: it names mice or rats, or also speaks of their genetics (knockout, -null). */
export type MouseCue = 'rodents' | 'genetics';

/** True when `before` ends in a capitalised word and one space. */
function capitalisedBefore(before: string): boolean {
  if (!before.endsWith(' ')) return false;
  return CAPITALISED_WORD_RE.test(before.slice(before.lastIndexOf(' ', before.length - 2) + 1, -1));
}
