/**
 * Drugs whose name is also an endogenous substance's (nitric oxide, cholic acid): the recogniser reads the bare name
 * as the drug only with a cue. One cue is document-wide: a draft that names one of the drug's brands anywhere
 * ("Cholbam", "Kolbam") is writing about the drug, so each bare mention of its name there is the drug.
 */
import type { OntologyModel } from '../ontology/bundle';

/** The prefix of the draft-level fact key recording that a draft names a brand of endogenous drug `id`. */
export const GIVEN_DRUG_KEY_PREFIX = '~given:';

/** A finder of the endogenous drugs whose brands a text names (ids, in order of first brand), built once per model. */
export type EndogenousBrandFinder = (text: string) => string[];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds the finder over every curated drug marked `endogenous` and its brands (matched as written, whole words).
 * @example endogenousBrandFinder(model)('oral Kolbam daily') // ['drug:cholic-acid']
 */
export function endogenousBrandFinder(model: OntologyModel): EndogenousBrandFinder {
  const byBrand = new Map<string, string>();
  // Drugs are curated or user entities: only the overlay's ids are looked at (walking every entity would build an
  // object for each of the bundle's genes, about 15 MB and 60 ms in a fresh process).
  for (const id of model.entities.overlayKeys?.() ?? model.entities.keys()) {
    if (!id.startsWith('drug:')) continue;
    const e = model.entities.get(id);
    if (e?.type !== 'drug' || !e.endogenous) continue;
    for (const b of e.brands ?? []) byBrand.set(b, e.id);
  }
  if (byBrand.size === 0) return () => [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...byBrand.keys()].map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => {
    const ids: string[] = [];
    for (const m of text.matchAll(re)) {
      const id = byBrand.get(m[0])!;
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  };
}
