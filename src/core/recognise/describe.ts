/** Everything a hover card needs about an entity: names, type, source link, aliases, members, drug facts. */
import type { OntologyModel } from '../ontology/bundle';
import { bundledLexicon, drugStem } from './lexicon';
import { derivedIsoformParent, derivedIsoformRef, entityRef } from './refs';
import type { EntityRef, EntityType } from './types';

export interface EntityDetails {
  id: string;
  type: EntityType;
  symbol?: string;
  name: string;
  /** Link to the source record (NCBI Gene, miRBase, ClinicalTrials.gov). */
  url?: string;
  aliases: readonly string[];
  synonyms: readonly string[];
  cytoband?: string;
  geneType?: string;
  /** Family and complex members; isoform parent; miRNA precursors and products. */
  members?: EntityRef[];
  parent?: EntityRef;
  precursors?: EntityRef[];
  products?: EntityRef[];
  /** Drugs: class, targets, INN, development codes, brands. */
  drugClass?: string;
  targets?: EntityRef[];
  inn?: string;
  codes?: readonly string[];
  brands?: readonly string[];
  /** Trials: NCT number, condition, drugs. */
  nct?: string;
  condition?: string;
  drugs?: EntityRef[];
  note?: string;
  /** `bundle`, `user`, or `inferred` (NCT number or INN stem outside the bundle). */
  origin: 'bundle' | 'user' | 'inferred';
}

/** Details of entity `id` for a hover card; also for NCT numbers and stem-only drugs not in the bundle. */
export function describeEntity(model: OntologyModel, id: string): EntityDetails | undefined {
  const e = model.entities.get(id);
  const refs = (ids: readonly string[] | undefined) => ids?.map((x) => entityRef(model, x)).filter((r): r is EntityRef => r !== null);
  if (!e) {
    const nct = /^nct:(NCT[0-9]{8})$/.exec(id);
    if (nct) return { id, type: 'trial', symbol: nct[1]!, name: nct[1]!, url: `https://clinicaltrials.gov/study/${nct[1]}`, aliases: [], synonyms: [], nct: nct[1]!, origin: 'inferred' };
    // An isoform named by its gene and a suffix (claudin 18.2): its parent gene, with the isoform's own id and name.
    const parentId = derivedIsoformParent(id);
    const parent = parentId ? entityRef(model, parentId) : null;
    if (parent) {
      const suffix = id.slice(id.lastIndexOf('@') + 1);
      const { symbol } = derivedIsoformRef(parent, suffix, '');
      const name = `${parent.name}, isoform ${suffix}`;
      return { id, type: 'isoform', ...(symbol ? { symbol } : {}), name, aliases: [], synonyms: [], parent, note: 'An isoform named by its gene and a numbered or lettered suffix in the draft.', origin: 'inferred' };
    }
    const drug = /^drug:([a-z][a-z-]*)$/.exec(id);
    if (drug) {
      const name = drug[1]!.replace(/-/g, ' ');
      const stem = drugStem(bundledLexicon(), name.split(' ')[0]!);
      if (!stem) return undefined;
      return { id, type: 'drug', name, aliases: [], synonyms: [], inn: name, drugClass: `recognised by the INN stem ${stem.endsWith('-') ? stem : `-${stem}`}`, origin: 'inferred' };
    }
    return undefined;
  }
  if (e.type === 'nonentity-class') return undefined;
  const ref = entityRef(model, id)!;
  const d: EntityDetails = { id, type: ref.type, name: e.name, aliases: e.aliases, synonyms: e.synonyms, origin: e.source === 'user' ? 'user' : 'bundle' };
  if (ref.symbol) d.symbol = ref.symbol;
  if (id.startsWith('ncbigene:')) d.url = `https://www.ncbi.nlm.nih.gov/gene/${id.slice(9)}`;
  else if (id.startsWith('mirbase:')) d.url = `https://www.mirbase.org/mature/${id.slice(8)}`;
  if (e.nct) {
    d.nct = e.nct;
    d.url = `https://clinicaltrials.gov/study/${e.nct}`;
  }
  if (e.cytoband) d.cytoband = e.cytoband;
  if (e.geneType) d.geneType = e.geneType;
  const members = refs(e.members);
  if (members?.length) d.members = members;
  if (e.parent) {
    const p = entityRef(model, e.parent);
    if (p) d.parent = p;
  }
  const precursors = refs(e.precursorGenes);
  if (precursors?.length) d.precursors = precursors;
  const products = refs(e.products);
  if (products?.length) d.products = products;
  if (e.type === 'drug') d.inn = e.name;
  if (e.drugClass) d.drugClass = e.drugClass;
  const targets = refs(e.targets);
  if (targets?.length) d.targets = targets;
  if (e.codes?.length) d.codes = e.codes;
  if (e.brands?.length) d.brands = e.brands;
  const drugs = refs(e.drugs);
  if (drugs?.length) d.drugs = drugs;
  if (e.condition) d.condition = e.condition;
  if (e.note) d.note = e.note;
  return d;
}
