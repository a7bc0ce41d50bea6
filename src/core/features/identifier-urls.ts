/** URLs of the public records of DOIs, PubMed ids, PubMed Central ids and ClinicalTrials.gov ids. */
import { encodeUrlPath } from './markdown-escape';

/** `https://doi.org/…` for a DOI (a `doi:` or `https://doi.org/` prefix is dropped). */
export function doiUrl(doi: string): string {
  return `https://doi.org/${encodeUrlPath(doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, ''))}`;
}

/** `https://pubmed.ncbi.nlm.nih.gov/<pmid>/`. */
export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${encodeUrlPath(pmid.trim())}/`;
}

/** `https://www.ncbi.nlm.nih.gov/pmc/articles/<PMCID>/`. */
export function pmcUrl(pmcid: string): string {
  return `https://www.ncbi.nlm.nih.gov/pmc/articles/${encodeUrlPath(pmcid.trim().toUpperCase())}/`;
}

/** `https://clinicaltrials.gov/study/<NCT id>`. */
export function trialUrl(nct: string): string {
  return `https://clinicaltrials.gov/study/${encodeUrlPath(nct.trim().toUpperCase())}`;
}

