/**
 * Genes of microbes that share a name with a human gene, symbol or alias: the conventions list human genes only
 * (dev rule for microbial genes), yet a draft on fungal or bacterial infection writes Candida's CDR2, MDR1 and TAC1,
 * the fungal Gwt1, Mycobacterium's InhA or the parasite's HRP2 in the same capitals as human symbols. A gene mention
 * is dropped on one of three signals, each narrow enough that the human genes of an infection draft stay:
 *
 * 1. its sentence opens with a microbe as the topic: "In Candida, azole resistance follows … CDR2 and MDR1 …",
 *    "In C. albicans, …" (a genus of fungi, bacteria or parasites, or an abbreviated binomial, then a comma);
 * 2. a microbial adjective heads its noun phrase: "the fungal inositol acyltransferase Gwt1" (the adjective, at most
 *    three lower-case words and the gene, which did not match as an official symbol; words such as "receptor",
 *    "infection" or "host" in between, "the fungal β-glucan receptor Dectin-1", keep it);
 * 3. the same paragraph writes the name in microbial gene nomenclature, three lower-case letters first with a digit
 *    or a capital left (`hrp2` beside `HRP2`, `inhA` beside `InhA`; not `mTOR` beside `MTOR`): the protein is the
 *    microbe's.
 */
import { isAsciiAlnumCode } from './keys';
import type { Mention } from './types';

const GENERA = [
  'Candida', 'Aspergillus', 'Cryptococcus', 'Mucor', 'Rhizopus', 'Pneumocystis', 'Trichophyton', 'Fusarium', 'Saccharomyces',
  'Histoplasma', 'Coccidioides', 'Blastomyces', 'Scedosporium', 'Lomentospora', 'Mycobacterium', 'Mycobacteria', 'Helicobacter',
  'Plasmodium', 'Staphylococcus', 'Streptococcus', 'Escherichia', 'Pseudomonas', 'Klebsiella', 'Salmonella', 'Listeria',
  'Clostridium', 'Clostridioides', 'Enterococcus', 'Acinetobacter', 'Toxoplasma', 'Trypanosoma', 'Leishmania', 'Neisseria',
  'Legionella', 'Bordetella', 'Vibrio', 'Shigella', 'Chlamydia', 'Borrelia', 'Treponema', 'Schistosoma',
];
/** A species epithet, not a word that makes the phrase the host's illness ("In Candida infections, CARD9 …"). */
const SPECIES = '(?!infections?\\b|diseases?\\b|colonisation\\b|colonization\\b|sepsis\\b)[a-z]{4,}';
/** A sentence opening on a microbe: "In Candida,", "In Aspergillus fumigatus,", "In C. albicans,". */
const MICROBE_OPENING = `In (?:(?:${GENERA.join('|')})(?: ${SPECIES})?|[A-Z]\\. ${SPECIES}),`;
const MICROBE_OPENING_RE = new RegExp(`^${MICROBE_OPENING}`);
/** The same anywhere in a span: without one, no sentence of it opens on a microbe. */
const ANY_MICROBE_OPENING_RE = new RegExp(MICROBE_OPENING);
/** A word in microbial gene nomenclature, whole (three lower-case letters first, then a digit or a capital). */
const MICROBIAL_WORD_RE = /^[a-z]{3}[a-z]{0,4}[0-9A-Z][A-Za-z0-9]{0,4}$/;
/** The same words found in a span, each a whole run of ASCII letters and digits. */
const MICROBIAL_WORDS_RE = /(?<![A-Za-z0-9])[a-z]{3}[a-z]{0,4}[0-9A-Z][A-Za-z0-9]{0,4}(?![A-Za-z0-9])/g;
/** Spans longer than this are read once for all their microbial words; shorter ones are searched per gene mention. */
const SEARCH_PER_MENTION_MAX = 4000;
const MICROBIAL_ADJECTIVE_RE = /\b(?:fungal|bacterial|mycobacterial|parasite|parasitic|plasmodial|yeast|microbial)((?:[ -][^\s,;:()[\]]+){0,3}) $/;
/** Without one of these in a span, no microbial adjective heads a gene's noun phrase in it. */
const ANY_MICROBIAL_ADJECTIVE_RE = /fungal|bacterial|parasit|plasmodial|yeast|microbial/;
/** Words between the adjective and the gene that make the gene the host's ("the fungal β-glucan receptor Dectin-1"). */
const HOST_WORDS = new Set(['receptor', 'receptors', 'sensor', 'sensors', 'recognition', 'infection', 'infections', 'disease', 'diseases',
  'immunity', 'susceptibility', 'host', 'human', 'patients', 'antigen', 'antigens', 'burden', 'load', 'in', 'of', 'and', 'or', 'by',
  'to', 'for', 'from', 'with', 'on', 'at', 'that', 'which', 'is', 'are', 'was', 'were', 'against']);

/**
 * Removes from `out` (from index `from` on, the mentions of one prose span from `start` to `end` of `source`) the gene
 * mentions that name a microbe's gene (see the module comment).
 */
export function dropMicrobialGenes(source: string, start: number, end: number, out: Mention[], from: number): void {
  let text: string | undefined;
  // What the span holds at all, looked at once (most spans hold no microbe and no microbial adjective).
  let opening = false;
  let adjective = false;
  let words: Set<string> | undefined;
  for (let k = out.length - 1; k >= from; k--) {
    const m = out[k]!;
    if (m.entity?.type !== 'gene') continue;
    if (text === undefined) {
      text = source.slice(start, end);
      opening = ANY_MICROBE_OPENING_RE.test(text);
      adjective = ANY_MICROBIAL_ADJECTIVE_RE.test(text);
      if (text.length > SEARCH_PER_MENTION_MAX) words = microbialWords(text);
    }
    const at = m.span.start - start;
    if ((opening && opensOnMicrobe(text, at)) || (adjective && m.kind !== 'symbol' && underMicrobialAdjective(text, at)) || hasMicrobialTwin(text, words, m.text)) out.splice(k, 1);
  }
}

/** Whether the sentence around `at` opens on a microbe (signal 1). */
function opensOnMicrobe(text: string, at: number): boolean {
  let s = at;
  // Back to the sentence start (or the start of the span); a sentence that long opens on no microbe.
  const stop = Math.max(0, at - 400);
  while (s > stop && !isSentenceStart(text, s)) s--;
  if (s > 0 && !isSentenceStart(text, s)) return false;
  return text.startsWith('In ', s) && MICROBE_OPENING_RE.test(text.slice(s, s + 60));
}

/** Whether a microbial adjective heads the noun phrase ending right before `at` (signal 2). */
function underMicrobialAdjective(text: string, at: number): boolean {
  const m = MICROBIAL_ADJECTIVE_RE.exec(text.slice(Math.max(0, at - 80), at));
  if (!m) return false;
  const words = m[1]!.split(/[ -]/).filter((w) => w);
  return words.every((w) => !HOST_WORDS.has(w) && !/^[A-Z]/.test(w));
}

/**
 * Whether the span writes `written` lower-case first, or all lower-case, as a whole word in microbial gene
 * nomenclature (signal 3): three lower-case letters first, then a digit or a capital somewhere (hrp2, inhA, rpoB);
 * mTOR, cGAS or hERG, human names, do not start so.
 */
function hasMicrobialTwin(text: string, words: ReadonlySet<string> | undefined, written: string): boolean {
  const c = written.charCodeAt(0);
  if (written.length < 3 || written.length > 8 || c < 65 || c > 90) return false;
  const first = written[0]!.toLowerCase() + written.slice(1);
  const lower = written.toLowerCase();
  if (words) return words.has(first) || words.has(lower);
  return wholeWordIn(text, first) || (lower !== first && wholeWordIn(text, lower));
}

/** The words of a span in microbial gene nomenclature (one pass; for long spans). */
function microbialWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(MICROBIAL_WORDS_RE)) words.add(m[0]);
  return words;
}

/** Whether `word`, of microbial nomenclature, stands in `text` with no ASCII letter or digit on either side. */
function wholeWordIn(text: string, word: string): boolean {
  if (!MICROBIAL_WORD_RE.test(word)) return false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isAsciiAlnumCode(text.charCodeAt(i - 1)) && !isAsciiAlnumCode(text.charCodeAt(i + word.length))) return true;
  }
  return false;
}

/** Whether a sentence starts at `s`: after a full stop, question or exclamation mark and a space or line break (not "C. albicans"). */
function isSentenceStart(text: string, s: number): boolean {
  const space = text.charCodeAt(s - 1);
  if (space !== 32 && space !== 10) return false;
  const c = text[s - 2] ?? '';
  return (c === '.' || c === '!' || c === '?') && !/(?:^|[^A-Za-z])[A-Z]\.$/.test(text.slice(Math.max(0, s - 4), s - 1));
}
