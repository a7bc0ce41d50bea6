/** Raw inputs of the ontology transformation, as read from the Debian packages. */

/** One row of org.Hs.eg.db, with its list-valued tables gathered. */
export interface RawGene {
  entrez: number;
  symbol: string;
  name: string;
  /** NCBI gene type (`protein-coding`, `ncRNA`, …). */
  type: string;
  cytobands: string[];
  aliases: string[];
  ensembl: string[];
  uniprot: string[];
  /** Chromosomes (`MT` for the mitochondrial genome); absent in older test fixtures. */
  chromosomes?: string[];
}

/** A miRBase precursor (stem-loop) record of the GFF3. */
export interface RawPrecursor {
  /** MI accession. */
  acc: string;
  /** e.g. `hsa-mir-128-1`, `hsa-let-7a-1`. */
  name: string;
}

/** A miRBase mature record of the GFF3 (one per locus: the same MIMAT may appear several times). */
export interface RawMature {
  /** MIMAT accession (without the `_1` locus suffix of the GFF ID). */
  acc: string;
  /** e.g. `hsa-miR-21-5p`. */
  name: string;
  /** MI accession of the precursor it derives from. */
  precursor: string;
}

export interface RawMirbase {
  /** Header fields of the GFF, e.g. `{ date: '2018-3-5', release: 'miRBase v22', genomeBuild: 'GRCh38' }`. */
  header: Record<string, string>;
  precursors: RawPrecursor[];
  matures: RawMature[];
}

/** A Debian package the data came from. */
export interface PackageInfo {
  name: string;
  version: string;
  /** The `License:` of its `Files: *` copyright stanza. */
  licence: string;
}
