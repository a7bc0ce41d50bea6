/**
 * Former names a draft gives a gene in parentheses: "RUNX1 (formerly AML1)", "CCN2 (previously CTGF)", "RIPK2 (also
 * known as RIP2 or RICK)". The draft says outright which gene the older name is, so it is that gene throughout the
 * draft, even where another rule would set it aside (AML1 where the draft defines AML as the leukaemia).
 */

/** The words that say the names after them are former ones. */
const CUE_WORDS = ['formerly', 'previously', 'originally', 'also known as', 'alias'];
/** A former-name cue after an opening parenthesis, then one to three names and the closing parenthesis. */
const FORMER_RE = new RegExp(`\\((?:${CUE_WORDS.join('|')}) ([A-Z][A-Za-z0-9-]{1,14}(?:(?:, | or | and |, or |, and )[A-Z][A-Za-z0-9-]{1,14}){0,2})\\)`, 'g');
/** The openings FORMER_RE needs, one of which a paragraph must hold. */
const FORMER_CUES = CUE_WORDS.map((w) => `(${w} `);
/** The symbol right before that parenthesis (and one space). */
const SYMBOL_BEFORE_RE = /(?<![A-Za-z0-9-])([A-Z][A-Za-z0-9-]{1,14}) $/;
const SEPARATOR_RE = /, or |, and |, | or | and /;

/**
 * The former names in a paragraph `text` (decoded prose) with the gene each names: `geneOf(symbol)` gives the entity
 * id of a gene's name (or undefined), `isNameOf(name, id)` whether a name is one of that entity's names.
 */
export function formerNames(text: string, geneOf: (phrase: string) => string | undefined, isNameOf: (phrase: string, id: string) => boolean): Array<[written: string, id: string]> {
  const out: Array<[string, string]> = [];
  // (Substring tests first: the pattern tries every parenthesis of the paragraph.)
  if (!FORMER_CUES.some((cue) => text.includes(cue))) return out;
  FORMER_RE.lastIndex = 0;
  for (let m = FORMER_RE.exec(text); m; m = FORMER_RE.exec(text)) {
    const symbol = SYMBOL_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 16), m.index));
    const id = symbol ? geneOf(symbol[1]!) : undefined;
    if (!id?.startsWith('ncbigene:')) continue;
    for (const name of m[1]!.split(SEPARATOR_RE)) if (isNameOf(name, id)) out.push([name, id]);
  }
  return out;
}
