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
 *    microbe's — unless the paragraph is about zebrafish, whose genes are written in lower case as well (`bnc2`).
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
/** A paragraph about zebrafish, whose gene names are lower-case (bnc2, ptk7). */
const ZEBRAFISH_RE = /\b[Zz]ebrafish\b|\bDanio rerio\b/;
const MICROBIAL_ADJECTIVE_RE = /\b(?:fungal|bacterial|mycobacterial|parasite|parasitic|plasmodial|yeast|microbial)((?:[ -][^\s,;:()[\]]+){0,3}) $/;
/** Words between the adjective and the gene that make the gene the host's ("the fungal β-glucan receptor Dectin-1"). */
const HOST_WORDS = new Set(['receptor', 'receptors', 'sensor', 'sensors', 'recognition', 'infection', 'infections', 'disease', 'diseases',
  'immunity', 'susceptibility', 'host', 'human', 'patients', 'antigen', 'antigens', 'burden', 'load', 'in', 'of', 'and', 'or', 'by',
  'to', 'for', 'from', 'with', 'on', 'at', 'that', 'which', 'is', 'are', 'was', 'were', 'against',
  // A clause, not a noun phrase: "fungal extracts activate ERK1/2" (the host's kinases).
  'extract', 'extracts', 'activate', 'activates', 'induce', 'induces', 'stimulate', 'stimulates', 'trigger', 'triggers',
  'through', 'via',
  // "monocytes exposed to the yeast release IL-1β": the microbe word is a noun and a verb of another subject follows
  // (a plural verb after a singular microbe), so the gene is the host's; "the parasite secretes cathepsin L" is the
  // microbe's own product. A microbe that engages or binds a protein, or elicits or raises it, acts on the host's.
  'release', 'secrete', 'produce', 'elicit', 'elicits', 'increase', 'increases', 'upregulate', 'upregulates', 'engage',
  'engages', 'bind', 'binds']);

/**
 * Removes from `out` (from index `from` on, the mentions of one prose span from `start` to `end` of `source`) the gene
 * mentions that name a microbe's gene (see the module comment).
 */
export function dropMicrobialGenes(source: string, start: number, end: number, out: Mention[], from: number): void {
  let text: string | undefined;
  // What the span holds at all, looked at once and only when needed (most spans hold no microbe and no word in
  // microbial nomenclature).
  let opening = false;
  let words: ReadonlySet<string> | null | undefined;
  for (let k = out.length - 1; k >= from; k--) {
    const m = out[k]!;
    if (m.entity?.type !== 'gene') continue;
    if (text === undefined) {
      text = source.slice(start, end);
      opening = ANY_MICROBE_OPENING_RE.test(text);
    }
    const at = m.span.start - start;
    if (opening && opensOnMicrobe(text, at)) {
      out.splice(k, 1);
      continue;
    }
    if (m.kind !== 'symbol' && underMicrobialAdjective(text, at)) {
      out.splice(k, 1);
      continue;
    }
    if (!mayHaveMicrobialTwin(m.text)) continue;
    // (Zebrafish genes are written in lower case too: "bnc2 in zebrafish" beside BNC2 is the fish's orthologue.)
    if (words === undefined) words = aboutZebrafish(source, start, text) ? null : microbialWords(text);
    if (words && hasMicrobialTwin(words, m.text)) out.splice(k, 1);
  }
}

/**
 * Whether the paragraph of the span `text` (starting at `start` of `source`) is about zebrafish: the span itself, or
 * the paragraph before it up to 600 characters back (emphasis splits a paragraph into spans: "In zebrafish infected
 * with *Mycobacterium marinum*, … lta4h").
 */
function aboutZebrafish(source: string, start: number, text: string): boolean {
  if (namesZebrafish(text)) return true;
  const from = Math.max(0, start - 600, source.lastIndexOf('\n\n', start) + 1);
  return namesZebrafish(source.slice(from, start));
}

/** Whether `s` names zebrafish (a substring test first: the pattern, opening on a word boundary, tries every position). */
function namesZebrafish(s: string): boolean {
  return (s.includes('ebrafish') || s.includes('Danio rerio')) && ZEBRAFISH_RE.test(s);
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

/** Whether a name as written could have a microbial twin: three to eight characters, a capital first. */
function mayHaveMicrobialTwin(written: string): boolean {
  const c = written.charCodeAt(0);
  return written.length >= 3 && written.length <= 8 && c >= 65 && c <= 90;
}

/**
 * Whether the span's words in microbial gene nomenclature hold `written` lower-case first, or all lower-case
 * (signal 3): three lower-case letters first, then a digit or a capital somewhere (hrp2, inhA, rpoB); mTOR, cGAS or
 * hERG, human names, do not start so.
 */
function hasMicrobialTwin(words: ReadonlySet<string>, written: string): boolean {
  return words.has(written[0]!.toLowerCase() + written.slice(1)) || words.has(written.toLowerCase());
}

/**
 * The words of a span in microbial gene nomenclature, each a whole run of ASCII letters and digits, found in one
 * pass over the runs (null when there is none, as in most spans).
 */
function microbialWords(text: string): Set<string> | null {
  let words: Set<string> | null = null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiAlnumCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < n && isAsciiAlnumCode(text.charCodeAt(i))) i++;
    if (isMicrobialWord(text, s, i)) (words ??= new Set()).add(text.slice(s, i));
  }
  return words;
}

/**
 * Whether the run of ASCII letters and digits `text[s, e)` is in microbial gene nomenclature: three to seven lower-case
 * letters, then a digit or a capital, then at most four letters or digits (`/^[a-z]{3,7}[0-9A-Z][A-Za-z0-9]{0,4}$/`,
 * tested without a regular expression or a copy of the word: the scan meets every English word).
 */
function isMicrobialWord(text: string, s: number, e: number): boolean {
  if (e - s < 4 || e - s > 13) return false;
  let p = s;
  while (p < e && p - s < 8 && isLowerCode(text.charCodeAt(p))) p++;
  // p: the first character that is not a lower-case letter; it must come after three to seven of them.
  return p - s >= 3 && p - s <= 7 && p < e && !isLowerCode(text.charCodeAt(p)) && e - p - 1 <= 4;
}

/** Whether a UTF-16 code is an ASCII lower-case letter. */
function isLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Whether a sentence starts at `s`: after a full stop, question or exclamation mark and a space or line break (not "C. albicans"). */
function isSentenceStart(text: string, s: number): boolean {
  const space = text.charCodeAt(s - 1);
  if (space !== 32 && space !== 10) return false;
  const c = text[s - 2] ?? '';
  return (c === '.' || c === '!' || c === '?') && !/(?:^|[^A-Za-z])[A-Z]\.$/.test(text.slice(Math.max(0, s - 4), s - 1));
}
