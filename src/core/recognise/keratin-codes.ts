/**
 * Keratins by their short names. A draft about keratins writes "K6a, K6b and K16", "the K5/K14 pair": once the draft
 * names keratins ("keratin", "keratins", "cytokeratin"), K and a keratin's number (with its letter for the K6 copies)
 * means that keratin's gene for the whole draft (K5 → KRT5, K6b → KRT6B, K6 → KRT6A). Only numbers of the human
 * keratin genes are offered (the caller keeps those the gene data has): types I and II of the epithelia (1–40) and of
 * hair (71–86).
 */

/** The draft names keratins. */
const KERATIN_RE = /\b(?:[Cc]yto)?[Kk]eratins?\b/;

/** Short names and gene symbols of the keratins. */
const CODES: ReadonlyArray<[written: string, symbol: string]> = [
  // (K6 without its letter is the main copy, K6a: there is no KRT6.)
  ...Array.from({ length: 40 }, (_, k): [string, string] => [`K${k + 1}`, k === 5 ? 'KRT6A' : `KRT${k + 1}`]),
  ...Array.from({ length: 16 }, (_, k): [string, string] => [`K${k + 71}`, `KRT${k + 71}`]),
  ['K6a', 'KRT6A'],
  ['K6b', 'KRT6B'],
  ['K6c', 'KRT6C'],
];

/** The keratin short names of a draft that names keratins in `text` (decoded prose), with their genes' symbols. */
export function keratinCodes(text: string): ReadonlyArray<[written: string, symbol: string]> {
  return text.includes('eratin') && KERATIN_RE.test(text) ? CODES : [];
}
