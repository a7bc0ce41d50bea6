/**
 * Zod-free constants of the ontology data formats, so that run-time code (the model, the
 * recogniser) can use them without loading the schemas.
 */

/** The kinds of entity the ontology knows. `nonentity-class` marks things to suppress (HIV-1, MCF-7, PCR…). */
export const ENTITY_TYPES = ['gene', 'mirna', 'family', 'complex', 'isoform', 'drug', 'trial', 'nonentity-class'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Categories of `nonentity-class` entries. */
export const NON_ENTITY_CATEGORIES = ['organism', 'cell-line', 'method', 'statistic', 'clinical', 'other'] as const;
export type NonEntityCategory = (typeof NON_ENTITY_CATEGORIES)[number];

export const BUNDLE_FORMAT = 'evidence-lens-ontology';
export const BUNDLE_VERSION = 1;

/** The bundle's file names, relative to its folder (`data/ontology/bundle/`). */
export const BUNDLE_FILES = {
  meta: 'meta.json',
  genes: 'genes.json',
  mirnas: 'mirnas.json',
  entities: 'entities.json',
} as const;
