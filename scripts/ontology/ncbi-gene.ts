/** Reads Bioconductor's org.Hs.eg.db SQLite (NCBI Gene) with sql.js (WASM, no native build). */
import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import type { RawGene } from './types';

export interface NcbiGeneSource {
  /** The `metadata` table (name → value): EGSOURCEDATE, ENSOURCEDATE, UPSOURCEDATE, … */
  metadata: Record<string, string>;
  genes: RawGene[];
}

/** Reads every gene with its symbol, name, type, cytobands, aliases, Ensembl and UniProt ids. */
export async function readNcbiGeneSqlite(file: string): Promise<NcbiGeneSource> {
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(file));
  try {
    const rows = (sql: string): unknown[][] => db.exec(sql)[0]?.values ?? [];
    const metadata: Record<string, string> = {};
    for (const [k, v] of rows('SELECT name, value FROM metadata')) metadata[String(k)] = String(v);

    const lists = (table: string, column: string): Map<number, string[]> => {
      const m = new Map<number, string[]>();
      for (const [id, v] of rows(`SELECT _id, ${column} FROM ${table}`)) {
        if (v === null || v === undefined) continue;
        const key = Number(id);
        const list = m.get(key);
        if (list) list.push(String(v));
        else m.set(key, [String(v)]);
      }
      return m;
    };
    const aliases = lists('alias', 'alias_symbol');
    const cytobands = lists('cytogenetic_locations', 'cytogenetic_location');
    const ensembl = lists('ensembl', 'ensembl_id');
    const uniprot = lists('uniprot', 'uniprot_id');
    const chromosomes = lists('chromosomes', 'chromosome');

    const genes: RawGene[] = [];
    const sql = `SELECT g._id, g.gene_id, gi.symbol, gi.gene_name, t.gene_type
      FROM genes g JOIN gene_info gi USING (_id) LEFT JOIN genetype t USING (_id)`;
    for (const [id, entrez, symbol, name, type] of rows(sql)) {
      const key = Number(id);
      genes.push({
        entrez: Number(entrez),
        symbol: String(symbol),
        name: String(name ?? ''),
        type: String(type ?? 'unknown'),
        cytobands: cytobands.get(key) ?? [],
        aliases: aliases.get(key) ?? [],
        ensembl: ensembl.get(key) ?? [],
        uniprot: uniprot.get(key) ?? [],
        chromosomes: chromosomes.get(key) ?? [],
      });
    }
    return { metadata, genes };
  } finally {
    db.close();
  }
}
