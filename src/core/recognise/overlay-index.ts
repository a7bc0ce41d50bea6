/**
 * The lookup index of a model a user ontology changed, over the packed index of the bundled model it was made from:
 * the bundle's gene-step entries, less those of the genes the user ontology replaces, followed by the later build
 * steps run again for this model (name heads, overlay entities, stop terms: a few thousand entries). It answers as
 * `buildLookupIndex` would for the model (tested on several user ontologies), in a fraction of the time and memory.
 */
import { binarySearch, type OntologyModel } from '../ontology/bundle';
import { addNameHeads, addOverlayEntities, addStopTerms, entryAdder, GeneRows, type IndexSink, overlayIds } from './index-build';
import type { Lexicon } from './lexicon';
import type { IndexEntry, LookupIndex } from './lookup-index';

/** A lookup index that tells what the gene step of its build contributed (the packed index). */
export interface GeneStepIndex extends LookupIndex {
  geneEntries(key: string): IndexEntry[] | undefined;
  geneStepPrefixes(key: string): { prefix: number; codePrefix: number };
}

/** True when `index` tells what its gene step contributed. */
export function isGeneStepIndex(index: LookupIndex): index is GeneStepIndex {
  return typeof (index as Partial<GeneStepIndex>).geneEntries === 'function';
}

const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

/**
 * The index of `model` over `base`, the gene-step index of `baseModel` with `lex`. `model` must share the bundle
 * columns of `baseModel` (a model from `applyUserOntology` on it).
 */
export function overlayLookupIndex(base: GeneStepIndex, baseModel: OntologyModel, model: OntologyModel, lex: Lexicon): LookupIndex {
  if (model.columns !== baseModel.columns) throw new Error('overlayLookupIndex: the model does not share the bundle columns of the base model');
  // Bundle genes that the model indexes as overlay entities instead: their gene-step entries and prefixes go.
  const baseOverlay = overlayIds(baseModel);
  const overlay = overlayIds(model);
  const ids = model.columns.genes.id;
  const rows = new GeneRows(model);
  const replaced = new Set<string>();
  const lostPrefix = new Map<string, number>();
  const lostCodePrefix = new Map<string, number>();
  for (const id of overlay) {
    if (baseOverlay.has(id) || !id.startsWith('ncbigene:')) continue;
    const row = binarySearch(ids, Number(id.slice(9)));
    if (row < 0) continue;
    replaced.add(id);
    // The gene's own entries, as its gene step added them (a duplicate check only ever meets the same gene).
    const own = new Map<string, IndexEntry[]>();
    rows.add(
      entryAdder(lex, {
        at: (key) => own.get(key),
        put: (key, e) => own.set(key, [...(own.get(key) ?? []), e]),
        prefix: (key) => bump(lostPrefix, key),
        codePrefix: (key) => bump(lostCodePrefix, key),
      }),
      row,
    );
  }
  const geneEntries = (key: string): IndexEntry[] | undefined => {
    const list = base.geneEntries(key);
    if (!list || replaced.size === 0 || !list.some((e) => replaced.has(e.id))) return list;
    const kept = list.filter((e) => !replaced.has(e.id));
    return kept.length ? kept : undefined;
  };

  // The later steps, for this model.
  const later = new Map<string, IndexEntry[]>();
  const prefixes = new Set<string>();
  const codePrefixes = new Set<string>();
  const entriesAt = (key: string): IndexEntry[] | undefined => {
    const g = geneEntries(key);
    const l = later.get(key);
    return g && l ? [...g, ...l] : (g ?? l);
  };
  const sink: IndexSink = {
    at: entriesAt,
    put: (key, e) => {
      const list = later.get(key);
      if (list) list.push(e);
      else later.set(key, [e]);
    },
    prefix: (key) => prefixes.add(key),
    codePrefix: (key) => codePrefixes.add(key),
  };
  const add = entryAdder(lex, sink);
  addNameHeads(model, lex, add);
  addOverlayEntities(model, overlay, add, rows);
  addStopTerms(model, sink);

  return new OverlayLookupIndex(
    entriesAt,
    (key) => prefixes.has(key) || base.geneStepPrefixes(key).prefix > (lostPrefix.get(key) ?? 0),
    (key) => codePrefixes.has(key) || base.geneStepPrefixes(key).codePrefix > (lostCodePrefix.get(key) ?? 0),
  );
}

/** The index `overlayLookupIndex` makes: merged entry lists are cached by key. */
export class OverlayLookupIndex implements LookupIndex {
  private readonly merged = new Map<string, IndexEntry[] | null>();

  constructor(
    private readonly entriesAt: (key: string) => IndexEntry[] | undefined,
    readonly isPrefix: (key: string) => boolean,
    readonly isCodePrefix: (key: string) => boolean,
  ) {}

  get(key: string): IndexEntry[] | undefined {
    let m = this.merged.get(key);
    if (m === undefined) {
      m = this.entriesAt(key) ?? null;
      this.merged.set(key, m);
    }
    return m ?? undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}
