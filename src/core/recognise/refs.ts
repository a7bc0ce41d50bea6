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

/** Separates a derived isoform's parent id from its number in the id (`isoform:ncbigene:56119@18.2`). */
const DERIVED_ISOFORM_SEP = '@';

/**
 * An isoform named by its gene's numbered name and a decimal suffix ("claudin 18.2", "CLDN18.2"): the literature's
 * way of numbering splice isoforms, which the ontology does not list one by one. Its id holds the parent gene's id
 * (`isoform:ncbigene:56119@18.2`; see {@link derivedIsoformParent}); its symbol is the gene's symbol with the suffix.
 */
export function derivedIsoformRef(gene: EntityRef, number: string, text: string): EntityRef {
  const symbol = gene.symbol ? `${gene.symbol}.${number.slice(number.lastIndexOf('.') + 1)}` : undefined;
  const r: EntityRef = { id: `isoform:${gene.id}${DERIVED_ISOFORM_SEP}${number}`, name: text, type: 'isoform' };
  if (symbol) r.symbol = symbol;
  return r;
}

/** A peptide fragment of a gene's product by its residues ("PTH(1-84)", "PTH(1–34)"): an isoform with the range in its id. */
export function fragmentIsoformRef(gene: EntityRef, range: string, text: string): EntityRef {
  const r: EntityRef = { id: `isoform:${gene.id}${DERIVED_ISOFORM_SEP}${range}`, name: text, type: 'isoform' };
  if (gene.symbol) r.symbol = `${gene.symbol}(${range})`;
  return r;
}

/** The soluble form of a gene's product ("soluble TREM2", "sTREM2"): an isoform with the parent gene's id in its own. */
export function solubleIsoformRef(gene: EntityRef, text: string): EntityRef {
  const r: EntityRef = { id: `isoform:${gene.id}${DERIVED_ISOFORM_SEP}soluble`, name: text, type: 'isoform' };
  if (gene.symbol) r.symbol = `s${gene.symbol}`;
  return r;
}

/** A phosphorylated species named with its residue ("p-tau217": tau phosphorylated at threonine 217): an isoform of the gene. */
export function phosphoIsoformRef(gene: EntityRef, residue: string, text: string): EntityRef {
  const r: EntityRef = { id: `isoform:${gene.id}${DERIVED_ISOFORM_SEP}p${residue}`, name: text, type: 'isoform' };
  if (gene.symbol) r.symbol = `p-${gene.symbol}${residue}`;
  return r;
}

/** The parent gene id of an isoform made by {@link derivedIsoformRef}, or undefined for any other id. */
export function derivedIsoformParent(id: string): string | undefined {
  if (!id.startsWith('isoform:')) return undefined;
  const at = id.lastIndexOf(DERIVED_ISOFORM_SEP);
  return at > 8 ? id.slice(8, at) : undefined;
}
