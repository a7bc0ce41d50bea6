import type { Span } from '../types';

/** The kinds of entity a mention can resolve to. */
export type EntityType = 'gene' | 'mirna' | 'family' | 'complex' | 'isoform' | 'drug' | 'trial';

/**
 * How a mention matched: the official symbol, the full name, an alias, after normalisation, a curated entry, an INN
 * stem, or a cue in its sentence (a drug class or a list of drugs: drug-cues.ts).
 */
export type MatchKind = 'symbol' | 'name' | 'alias' | 'normalised' | 'curated' | 'stem' | 'cue';

/** A short reference to an ontology entity, as mentions and the CLI's JSON carry it. */
export interface EntityRef {
  /** e.g. `ncbigene:2064`, `mirbase:MIMAT0000076`, `family:pi3k`, `drug:trastuzumab-deruxtecan`, `nct:NCT04208178`. */
  id: string;
  /** Official symbol (genes), mature name (miRNAs), id (trials); absent for entities without one. */
  symbol?: string;
  name: string;
  type: EntityType;
}

/** A candidate of an ambiguous mention, with why it is one. */
export interface Candidate extends EntityRef {
  reason?: string;
}

/** One recognised entity mention in a draft. */
export interface Mention {
  /** The text as written in the source (HTML entities not decoded). */
  text: string;
  span: Span;
  /** The resolved entity, or the best candidate (or null) when ambiguous. */
  entity: EntityRef | null;
  status: 'resolved' | 'ambiguous';
  kind: MatchKind;
  /** Every candidate, for ambiguous mentions. */
  candidates?: Candidate[];
}
