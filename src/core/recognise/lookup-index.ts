/**
 * The recogniser's lookup index: normalised key → entries (entity id, rank, match kind, case rule),
 * plus the set of key prefixes at which a longer match may continue. `buildLookupIndex` builds the
 * tables from an `OntologyModel` (bundle columns read directly, overlay entities through the
 * model); the recogniser reads them through `LookupIndex`, either over these tables or over the
 * packed form generated at build time (packed-index.ts).
 */
import type { OntologyModel } from '../ontology/bundle';
import { addNameHeads, addOverlayEntities, addStopTerms, entryAdder, GeneRows, type IndexSink, overlayIds } from './index-build';
import { atomKey } from './keys';
import type { Lexicon } from './lexicon';
import { type GeneStepIndex, isGeneStepIndex, overlayLookupIndex } from './overlay-index';
import type { MatchKind } from './types';

export { RANK } from './index-build';

export interface IndexEntry {
  /** Entity id; empty for stop terms. */
  id: string;
  rank: number;
  kind: MatchKind;
  /** The surface as indexed (atoms joined, case kept). */
  form: string;
  /** Case rule: `short` (≤3-character key: exact case, or mixed case like NmU), `exact` (English word, stop term). */
  strict?: 'short' | 'exact';
  /** The surface has letters and none is lower case: an all-lower-case text never matches it. */
  upperOnly?: boolean;
  stop?: boolean;
  nonEntity?: boolean;
  /** A curated synonym with a common other reading (ER, PR, MIB-1): context decides. */
  ambiguous?: boolean;
  /** One of the two genes of a protein that two genes make (SMN of SMN1 and SMN2): the name gives a mention of each. */
  pair?: boolean;
}

/** The tables `buildLookupIndex` makes. */
export interface LookupTables {
  map: Map<string, IndexEntry[]>;
  /** Keys at atom boundaries of multi-atom surfaces (cyclin → cyclin D1). */
  prefixes: Set<string>;
  /** Keys at letter↔digit transitions of codes (IGF → IGF1R, so IGF-1R matches); not used after a lower-case word. */
  codePrefixes: Set<string>;
}

/** What the recogniser asks of an index. Entry lists are shared: treat them as read-only. */
export interface LookupIndex {
  /** Entries of a key; undefined when the key has none (it may still be a prefix). */
  get(key: string): IndexEntry[] | undefined;
  /** The key has entries. */
  has(key: string): boolean;
  /** The key is an atom-boundary prefix of a longer surface. */
  isPrefix(key: string): boolean;
  /** The key is a letter↔digit prefix of a code. */
  isCodePrefix(key: string): boolean;
}

/** A `LookupIndex` over tables built in memory. */
export function tablesIndex(t: LookupTables): LookupIndex {
  return {
    get: (key) => t.map.get(key),
    has: (key) => t.map.has(key),
    isPrefix: (key) => t.prefixes.has(key),
    isCodePrefix: (key) => t.codePrefixes.has(key),
  };
}

/** Indexes supplied for a model and lexicon instead of being built (the packed index of the bundled ontology). */
const provided = new WeakMap<OntologyModel, WeakMap<Lexicon, LookupIndex>>();
/** The supplied indexes that an overlay can start from, by the bundle columns of their model. */
const bases = new WeakMap<object, { model: OntologyModel; lex: Lexicon; index: GeneStepIndex }>();

/**
 * Makes `lookupIndexFor(model, lex)` return `index` instead of building one; the caller vouches that they are equal.
 * A packed index also serves the models made from `model` by `applyUserOntology` (see overlay-index.ts).
 */
export function provideLookupIndex(model: OntologyModel, lex: Lexicon, index: LookupIndex): void {
  let byLex = provided.get(model);
  if (!byLex) provided.set(model, (byLex = new WeakMap()));
  byLex.set(lex, index);
  if (isGeneStepIndex(index)) bases.set(model.columns, { model, lex, index });
}

/**
 * The index of `model` with `lex`, kept while the model lives: the one provided; for a model a user ontology made
 * from a model with a packed index, that index with the user's changes laid over it; else one built in memory.
 */
export function lookupIndexFor(model: OntologyModel, lex: Lexicon): LookupIndex {
  let byLex = provided.get(model);
  if (!byLex) provided.set(model, (byLex = new WeakMap()));
  let index = byLex.get(lex);
  if (!index) {
    const base = bases.get(model.columns);
    index =
      base && base.lex === lex && model.entities.overlayKeys
        ? overlayLookupIndex(base.index, base.model, model, lex)
        : tablesIndex(buildLookupIndex(model, lex));
    byLex.set(lex, index);
  }
  return index;
}

/** What the gene step (step 1) contributed to each key: counted so an overlay can take out the genes it replaces. */
export interface GeneStepCounts {
  /** Entries of the gene step at the head of each key's list. */
  entries: Map<string, number>;
  /** Surfaces of the gene step that made each key a prefix, or a code prefix. */
  prefixes: Map<string, number>;
  codePrefixes: Map<string, number>;
}

/** Builds the index tables (steps in index-build.ts). `lex.english` decides which keys are English words (exact case only). */
export function buildLookupIndex(model: OntologyModel, lex: Lexicon, geneStep?: GeneStepCounts): LookupTables {
  const map = new Map<string, IndexEntry[]>();
  const prefixes = new Set<string>();
  const codePrefixes = new Set<string>();
  // `put` follows `at` for the same key: the list found is kept for it.
  let lastKey: string | undefined;
  let lastList: IndexEntry[] | undefined;
  const sink: IndexSink = {
    at: (key) => {
      lastKey = key;
      return (lastList = map.get(key));
    },
    put: (key, e) => {
      const list = key === lastKey ? lastList : map.get(key);
      if (list) list.push(e);
      else map.set(key, (lastList = [e]));
      lastKey = key;
    },
    prefix: (key) => prefixes.add(key),
    codePrefix: (key) => codePrefixes.add(key),
  };
  const count = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  const geneSink: IndexSink = geneStep
    ? {
        at: sink.at,
        put: (key, e) => (sink.put(key, e), count(geneStep.entries, key)),
        prefix: (key) => (sink.prefix(key), count(geneStep.prefixes, key)),
        codePrefix: (key) => (sink.codePrefix(key), count(geneStep.codePrefixes, key)),
      }
    : sink;
  const add = entryAdder(lex, sink);
  const overlay = overlayIds(model);
  const rows = new GeneRows(model);
  const addGene = entryAdder(lex, geneSink);
  const ids = model.columns.genes.id;
  for (let i = 0; i < ids.length; i++) if (!overlay.has(`ncbigene:${ids[i]}`)) rows.add(addGene, i);
  addNameHeads(model, lex, add);
  addOverlayEntities(model, overlay, add, rows);
  addStopTerms(model, sink);
  return { map, prefixes, codePrefixes };
}

/** Key of one atom, exported for the scanner. */
export { atomKey };
