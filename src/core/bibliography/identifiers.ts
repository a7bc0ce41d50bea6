/**
 * Identifier patterns and checks for DOIs, PubMed ids and PubMed Central ids (the patterns Manubot uses).
 */
import { memoizeString } from '../memo';

/** A DOI: `10.` + a 4–9 digit registrant code + `/` + a suffix without whitespace. */
export const DOI_PATTERN = /^10\.[0-9]{4,9}\/\S+$/;
/** A PubMed id: 1–8 digits without a leading zero. */
export const PMID_PATTERN = /^[1-9][0-9]{0,7}$/;
/** A PubMed Central id: `PMC` followed by digits. */
export const PMCID_PATTERN = /^PMC[0-9]+$/;

const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;

/** Normalises a DOI for comparison: trims, strips a `https://doi.org/` (or `dx.doi.org`) or `doi:` prefix, lowercases. */
export const normaliseDoi: (doi: string) => string = memoizeString((doi) => doi.trim().replace(DOI_PREFIX, '').trim().toLowerCase());

/** True when `doi`, once normalised (see `normaliseDoi`), matches `DOI_PATTERN`. */
export function isValidDoi(doi: string): boolean {
  return DOI_PATTERN.test(normaliseDoi(doi));
}

/** True when `pmid` (trimmed) matches `PMID_PATTERN`. */
export function isValidPmid(pmid: string): boolean {
  return PMID_PATTERN.test(pmid.trim());
}

/** True when `pmcid` (trimmed) matches `PMCID_PATTERN`; the `PMC` prefix is required and case-sensitive. */
export function isValidPmcid(pmcid: string): boolean {
  return PMCID_PATTERN.test(pmcid.trim());
}

/** Identifier values found for one entry, before validation. */
export interface RawIdentifierValues {
  doi?: string;
  pmid?: string;
  pmcid?: string;
}

/** The clean and the malformed identifiers of an entry (see `BibEntry.doi` and `BibEntry.rawIdentifiers`). */
export interface CheckedIdentifiers {
  doi?: string;
  pmid?: string;
  pmcid?: string;
  raw?: RawIdentifierValues;
}

/**
 * Validates identifiers as written: valid ones are returned normalised (DOI lowercased without prefix, others trimmed),
 * malformed ones go to `raw` as written (trimmed). Empty values are ignored.
 */
export function checkIdentifiers(values: RawIdentifierValues): CheckedIdentifiers {
  const out: CheckedIdentifiers = {};
  const raw: RawIdentifierValues = {};
  const doi = values.doi?.trim();
  if (doi) {
    if (isValidDoi(doi)) out.doi = normaliseDoi(doi);
    else raw.doi = doi;
  }
  const pmid = values.pmid?.trim();
  if (pmid) {
    if (isValidPmid(pmid)) out.pmid = pmid;
    else raw.pmid = pmid;
  }
  const pmcid = values.pmcid?.trim();
  if (pmcid) {
    if (isValidPmcid(pmcid)) out.pmcid = pmcid;
    else raw.pmcid = pmcid;
  }
  if (raw.doi !== undefined || raw.pmid !== undefined || raw.pmcid !== undefined) out.raw = raw;
  return out;
}
