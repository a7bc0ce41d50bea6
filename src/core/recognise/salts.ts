/**
 * Salt and ester words written after a drug's name ("metoprolol succinate", "tenofovir disoproxil fumarate"): part of
 * how a drug is written, never a drug alone.
 */

/** Salt and ester words, lower case. */
export const SALT_WORDS: ReadonlySet<string> = new Set([
  'acetate', 'citrate', 'succinate', 'hydrochloride', 'hydrobromide', 'mesylate', 'maleate', 'tartrate', 'fumarate',
  'sulfate', 'sulphate', 'phosphate', 'sodium', 'potassium', 'besylate', 'tosylate', 'bromide', 'deoxycholate',
]);

/**
 * Esters and other salt words that never name a drug alone ("clobetasol propionate", "testosterone undecanoate"), kept
 * apart from `SALT_WORDS`: a mention keeps them (the drafts write "mometasone furoate" as the drug's name).
 */
export const ESTER_WORDS: ReadonlySet<string> = new Set([
  'propionate', 'dipropionate', 'undecanoate', 'enanthate', 'cypionate', 'valerate', 'decanoate', 'palmitate', 'pamoate',
  'embonate', 'gluconate', 'mesilate', 'besilate', 'furoate', 'dihydrochloride', 'hyclate', 'bitartrate', 'dimesylate',
  'hemifumarate', 'sulfonate', 'sulphonate',
]);

/** True when `word` (any case) is a salt or ester word. @example isSaltWord('Succinate') // true */
export function isSaltWord(word: string): boolean {
  return SALT_WORDS.has(word.toLowerCase());
}
