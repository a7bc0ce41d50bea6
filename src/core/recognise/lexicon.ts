/**
 * Word lists generated at build time by `scripts/build-drug-stems.ts` (`data/ontology/lexicon.json`):
 * INN stems, stem words confirmed by a medical dictionary, English words that end in a stem, and
 * English words that collide with gene symbols or aliases.
 */
import data from '../../../data/ontology/lexicon.json';

export interface Lexicon {
  /**
   * `needsConfirmation`: the medical word list must confirm a hit; `capitalisedNeedsConfirmation`: only a capitalised one;
   * `notAfter`: the stem does not apply after this letter (-terol after "s" is a sterol); `prefix`: the stem starts the
   * word instead of ending it (cef-: cefazolin, rif-: rifampicin).
   */
  stems: ReadonlyArray<{ stem: string; needsConfirmation?: boolean; capitalisedNeedsConfirmation?: boolean; notAfter?: string; prefix?: boolean }>;
  confirmed: ReadonlySet<string>;
  notDrugs: ReadonlySet<string>;
  /** Lower-case English words equal to a gene symbol, alias or synonym (letters and digits only). */
  english: ReadonlySet<string>;
  /**
   * Lower-case English words of six letters or more that do not have a shape drug-cues.ts rejects by itself
   * (`NOT_DRUG_SHAPE`): a word a cue names is a drug only when it is not one of them.
   */
  englishLong: ReadonlySet<string>;
  /**
   * Words of eight letters or more that stand in the full names of more than 25 genes (receptor, tyrosine, inhibitor):
   * too common to tell one candidate of an ambiguous name from another.
   */
  commonNameWords: ReadonlySet<string>;
}

/** The shortest word of a gene's full name that can tell candidates apart (see `Lexicon.commonNameWords`). */
export const NAME_WORD_MIN_LENGTH = 8;

let cached: Lexicon | undefined;

/** The bundled lexicon (built once per process). */
export function bundledLexicon(): Lexicon {
  cached ??= {
    stems: [...data.stems].sort((a, b) => b.stem.length - a.stem.length),
    confirmed: new Set(data.confirmed),
    notDrugs: new Set(data.notDrugs),
    english: new Set(data.english),
    englishLong: new Set(data.englishLong),
    commonNameWords: new Set(data.commonNameWords),
  };
  return cached;
}

/**
 * The INN stem a word ends in ("mab") or starts with ("cef-", with its hyphen), when it is taken for a drug name:
 * lower-case or capitalised, letters only.
 */
export function drugStem(lex: Lexicon, word: string): string | undefined {
  if (word.length < 6 || word.length > 30) return undefined;
  const first = word.charCodeAt(0);
  if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) return undefined;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return undefined;
  }
  const lower = word.toLowerCase();
  if (lex.notDrugs.has(lower)) return undefined;
  for (const s of lex.stems) {
    if (s.prefix) {
      // A prefix stem needs four letters after it (cef-azolin, rif-abutin); a plural names the class ("rifamycins").
      if (lower.length >= s.stem.length + 4 && lower.startsWith(s.stem) && lower.charCodeAt(lower.length - 1) !== 115 /* s */) {
        if ((s.needsConfirmation || (s.capitalisedNeedsConfirmation && first <= 90)) && !lex.confirmed.has(lower)) continue;
        return `${s.stem}-`;
      }
      continue;
    }
    if (lower.charCodeAt(lower.length - 1) !== s.stem.charCodeAt(s.stem.length - 1)) continue;
    // At least three letters before a stem, two before a long one (lo-mustine, ca-rmustine).
    if (lower.length >= s.stem.length + (s.stem.length >= 6 ? 2 : 3) && lower.endsWith(s.stem)) {
      if (s.notAfter && lower[lower.length - s.stem.length - 1] === s.notAfter) continue;
      if ((s.needsConfirmation || (s.capitalisedNeedsConfirmation && first <= 90)) && !lex.confirmed.has(lower)) return undefined;
      return s.stem;
    }
  }
  return undefined;
}
