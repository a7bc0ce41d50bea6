/** Short entity references (`EntityRef`) for mentions, including entities outside the bundle (NCT numbers, stem drugs). */
import type { OntologyModel } from '../ontology/bundle';
import type { EntityRef } from './types';

/** The reference of a bundled entity; null for unknown ids and non-entity classes. */
export function entityRef(model: OntologyModel, id: string): EntityRef | null {
  const e = model.entities.get(id);
  if (!e || e.type === 'nonentity-class') return null;
  const type = e.type === 'gene' && e.geneType === 'miRNA' ? 'mirna' : e.type;
  const r: EntityRef = { id: e.id, name: e.name, type };
  const symbol = e.symbol ?? (e.type === 'trial' ? e.name : undefined);
  if (symbol) r.symbol = symbol;
  return r;
}

/** A trial known only by its NCT number. */
export function trialRef(nct: string): EntityRef {
  return { id: `nct:${nct}`, symbol: nct, name: nct, type: 'trial' };
}

/** A drug recognised by its INN stem only (`drug:` + the lower-case name, spaces as hyphens). */
export function stemDrugRef(name: string, _stem: string): EntityRef {
  return { id: `drug:${name.replace(/ /g, '-')}`, name, type: 'drug' };
}
