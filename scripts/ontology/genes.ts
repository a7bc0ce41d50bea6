/**
 * Gene selection, alias cleaning and the miRBase link (pure).
 */
import { normalizeKey } from '../../src/core/ontology/normalize';
import type { CuratedDropRule } from '../../src/core/ontology/schema';
import type { RawGene, RawMirbase } from './types';
import { compareCodeUnits, naturalCompare, uniq } from './util';

/** NCBI gene types kept: protein-coding and RNA genes (tRNA loci repeat their symbols and are left out, but for the mitochondrial ones). */
export const INCLUDED_GENE_TYPES: ReadonlySet<string> = new Set(['protein-coding', 'ncRNA', 'snRNA', 'snoRNA', 'scRNA', 'rRNA']);

/**
 * Immunoglobulin and T-cell receptor gene segments and constant genes (IGHV4-34, IGKV3-20, IGHM, IGHG1, TRBV20-1,
 * TRAC), which NCBI files under type `other`: reviews of lymphomas, amyloidosis and superantigens name them. Their
 * pseudogenes stay out.
 */
export const IMMUNE_RECEPTOR_SEGMENT_RE = /^(?:IG[HKL]|TR[ABDG])[A-Z][A-Z0-9-]*$/;
/**
 * The aliases such a segment keeps: its numbered names in the IMGT and the older TCR nomenclatures (IGHV434,
 * TCRBV2S1); not a name without a number, which several segments share (IGLC) and bacterial genes spell (IglC).
 */
const IMMUNE_RECEPTOR_SEGMENT_ALIAS_RE = /^(?:IG[HKL]|TCR[ABDG]|TR[ABDG])[A-Z][A-Z0-9-]*[0-9][A-Z0-9-]*$/;

/**
 * Pseudogenes that reviews name as genes, kept (as NCBI type `pseudo`) although pseudogenes otherwise stay out:
 * the unitary pseudogenes of human evolution and diet (CMAHP and Neu5Gc, GULOP and vitamin C, UOX and uric acid,
 * SSPOP, MYH16), the paralogous pseudogenes of gene conversion and of clinical genotyping (SBDSP1, NCF1B/NCF1C,
 * CYP21A1P and TNXA, ABCC6P1/P2, IDSP1, PMS2CL, STRCP1, IKBKGP1, VWFP1, PKD1P1–P6, SORD2P, GBAP1, HBBP1,
 * CYP2D8P, CES1P1, GTF2IP1) and the competing-endogenous-RNA pseudogenes (PTENP1, KRASP1, BRAFP1), and FAAHP1
 * (FAAH-OUT). HLA-H stays out: it was also the first name of HFE. Such a pseudogene keeps only aliases of its own
 * shape (`pseudogeneAliasShape`) that no kept gene has (GBA of GBA1 and TNX of TNXB are dropped).
 */
export const NAMED_PSEUDOGENES: ReadonlySet<string> = new Set([
  'ABCC6P1', 'ABCC6P2', 'BRAFP1', 'CES1P1', 'CMAHP', 'CYP21A1P', 'CYP2D8P', 'FAAHP1', 'GBAP1', 'GTF2IP1', 'GULOP',
  'HBBP1', 'IDSP1', 'IKBKGP1', 'KRASP1', 'MYH16', 'NCF1B', 'NCF1C', 'PKD1P1', 'PKD1P2', 'PKD1P3', 'PKD1P4', 'PKD1P5',
  'PKD1P6', 'PMS2CL', 'PTENP1', 'SBDSP1', 'SORD2P', 'SSPOP', 'STRCP1', 'TNXA', 'UOX', 'VWFP1',
]);

/** Aliases whose normalised key is this short or shorter are dropped (`CI`, `G1`, `E3`…). */
export const MAX_DROPPED_KEY_LENGTH = 2;

/** A gene as it goes into the bundle. */
export interface CleanGene {
  entrez: number;
  symbol: string;
  name: string;
  /** NCBI type, with `miRNA` for microRNA genes (NCBI files them under ncRNA). */
  type: string;
  cytoband: string;
  aliases: string[];
  ensembl: string[];
  uniprot: string[];
  /** miRBase precursor accessions (filled by `linkMirbase`). */
  mirbase: string[];
}

export interface GeneCleaningStats {
  genesRead: number;
  genesKept: number;
  droppedPlaceholders: number;
  droppedOtherTypes: number;
  aliasesKept: number;
  aliasesDroppedShort: number;
  aliasesDroppedEnglish: number;
  aliasesDroppedByRules: number;
  aliasesDroppedDiseaseSeries: number;
  /** Aliases of a named pseudogene dropped because a kept gene has them too or they spell an English word. */
  aliasesDroppedPseudogene: number;
}

/** "uncharacterized LOC…" placeholders, and predicted RNA copies that only have a LOC symbol. */
export function isPlaceholder(g: RawGene): boolean {
  if (/^(?:putative )?uncharacterized (?:protein )?LOC\d+/.test(g.name)) return true;
  return /^LOC\d+$/.test(g.symbol) && g.type !== 'protein-coding';
}

/** A compiled drop rule: remove aliases with this key from these symbols (or from all genes). */
interface DropMatcher {
  rule: CuratedDropRule;
  key: string;
  all: boolean;
  symbols: ReadonlySet<string>;
  hits: number;
}

/** HGNC's symbol of a mitochondrial gene from NCBI's MT alias (MTRNR1 → MT-RNR1, MTCO1 → MT-CO1), if it has one. */
export function mitochondrialSymbol(aliases: readonly string[]): string | undefined {
  for (const a of aliases) {
    const m = /^MT([A-Z][A-Z0-9]*)$/.exec(a.trim());
    if (m) return `MT-${m[1]}`;
  }
  return undefined;
}

/** The official symbols of eukaryotic initiation and elongation factors: EIF4A3, EIF2S1, EEF1A1, EEF2. */
const TRANSLATION_FACTOR_RE = /^E(?:IF|EF)[0-9]/;

/**
 * Numbered disease and locus designations that NCBI lists as aliases of the gene later found at the locus: CMT2A
 * (MFN2), ALS4 (SETX), HMN6 (IGHMBP2), SCA6 (CACNA1A), DEE29 (AARS1), LGMD2A (CAPN3), Usher types (USH1B, MYO7A)
 * and deafness loci (DFNB4, SLC26A4; DFNA9, COCH). In prose they name the disease subtype, not the gene. Official
 * symbols of this shape (ALS2, SPG7, BBS1, USH2A) are symbols, not aliases, and stay; PARK is left out because prose
 * still names genes by it (PARK2 for PRKN, PARK7).
 */
const DISEASE_SERIES_ALIAS_RE = /^(?:HLD|AOA|LCA|NBIA|CILD|COXPD|MC1DN|MRT|POF|CMT|CMTX|CMTDI|CMTRI|HMN|dHMN|HMSN|HSAN|ALS|SMARD|SMALED|PCH|SCAR|SCA|SPG|SPAX|LGMD|MODY|DYT|BBS|EIEE|DEE|JBTS|USH|DFNA|DFNB|DFNX)[0-9]+[A-Z]?[0-9]*$/;

/**
 * Keeps protein-coding and RNA genes (no placeholders) and cleans their aliases: drops the symbol
 * itself, aliases with keys of ≤2 characters, lower-case English words, numbered disease designations
 * (CMT2A, ALS4) and the curated drop rules. Returns genes sorted by Entrez id, with warnings for drop rules that matched nothing.
 */
export function selectAndCleanGenes(
  raw: readonly RawGene[],
  englishWords: ReadonlySet<string>,
  dropRules: readonly CuratedDropRule[],
): { genes: CleanGene[]; stats: GeneCleaningStats; warnings: string[] } {
  const stats: GeneCleaningStats = {
    genesRead: raw.length,
    genesKept: 0,
    droppedPlaceholders: 0,
    droppedOtherTypes: 0,
    aliasesKept: 0,
    aliasesDroppedShort: 0,
    aliasesDroppedEnglish: 0,
    aliasesDroppedByRules: 0,
    aliasesDroppedDiseaseSeries: 0,
    aliasesDroppedPseudogene: 0,
  };
  let keptNames: Set<string> | undefined;
  const matchers: DropMatcher[] = dropRules.map((rule) => ({
    rule,
    key: normalizeKey(rule.alias),
    all: rule.genes.includes('*'),
    symbols: new Set(rule.genes),
    hits: 0,
  }));
  const byKey = new Map<string, DropMatcher[]>();
  for (const m of matchers) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);

  const genes: CleanGene[] = [];
  for (const g of raw) {
    // The 22 mitochondrial tRNA genes (MT-TL1 of MELAS, MT-TK of MERRF) are kept; nuclear tRNA loci repeat their symbols.
    const mitochondrialTrna = g.type === 'tRNA' && g.chromosomes?.includes('MT') && mitochondrialSymbol(g.aliases) !== undefined;
    const receptorSegment = g.type === 'other' && IMMUNE_RECEPTOR_SEGMENT_RE.test(g.symbol);
    const namedPseudogene = g.type === 'pseudo' && NAMED_PSEUDOGENES.has(g.symbol);
    if (!INCLUDED_GENE_TYPES.has(g.type) && !mitochondrialTrna && !receptorSegment && !namedPseudogene) {
      stats.droppedOtherTypes++;
      continue;
    }
    if (isPlaceholder(g)) {
      stats.droppedPlaceholders++;
      continue;
    }
    const aliases: string[] = [];
    // NCBI writes the mitochondrial genes without HGNC's MT- prefix (RNR1, COX1): the HGNC symbol is the official
    // one in prose (MT-RNR1, MT-CO1), and NCBI's stays an alias.
    const mt = g.chromosomes?.includes('MT') ? mitochondrialSymbol(g.aliases) : undefined;
    const symbol = mt ?? g.symbol;
    if (mt) aliases.push(g.symbol);
    for (const written of g.aliases) {
      const a = written.trim();
      if (a === '' || a === g.symbol || a === symbol || a.includes('|')) continue;
      // (A receptor segment keeps only its names in the segment nomenclatures: IGHV434, TCRBV2S1, not A27 or 13K18.)
      if (receptorSegment && !IMMUNE_RECEPTOR_SEGMENT_ALIAS_RE.test(a)) continue;
      const key = normalizeKey(a);
      if (key.length <= MAX_DROPPED_KEY_LENGTH) {
        stats.aliasesDroppedShort++;
        continue;
      }
      if (/^[a-z]+$/.test(a) && englishWords.has(a)) {
        stats.aliasesDroppedEnglish++;
        continue;
      }
      if (DISEASE_SERIES_ALIAS_RE.test(a)) {
        stats.aliasesDroppedDiseaseSeries++;
        continue;
      }
      if (namedPseudogene) {
        keptNames ??= namesOfKeptGenes(raw);
        if (keptNames.has(key) || !pseudogeneAliasShape(key, normalizeKey(symbol))) {
          stats.aliasesDroppedPseudogene++;
          continue;
        }
      }
      const rules = byKey.get(key)?.filter((m) => m.all || m.symbols.has(symbol));
      if (rules && rules.length > 0) {
        for (const m of rules) m.hits++;
        stats.aliasesDroppedByRules++;
        continue;
      }
      aliases.push(a);
    }
    // eIF4A3, eEF2: prose writes the eukaryotic translation factors with a lower-case e (the symbols are in capitals).
    if (TRANSLATION_FACTOR_RE.test(symbol)) aliases.push(`e${symbol.slice(1)}`);
    const cleanAliases = uniq(aliases).sort(compareCodeUnits);
    stats.aliasesKept += cleanAliases.length;
    genes.push({
      entrez: g.entrez,
      symbol,
      name: g.name,
      type: g.type === 'ncRNA' && /^microRNA /.test(g.name) ? 'miRNA' : g.type,
      cytoband: uniq(g.cytobands).sort(naturalCompare).join('|'),
      aliases: cleanAliases,
      ensembl: uniq(g.ensembl).sort(compareCodeUnits),
      uniprot: uniq(g.uniprot).sort(compareCodeUnits),
      mirbase: [],
    });
  }
  genes.sort((a, b) => a.entrez - b.entrez);
  stats.genesKept = genes.length;
  // Rules on keys of ≤2 characters document intent only (those aliases are dropped anyway).
  const warnings = matchers
    .filter((m) => m.hits === 0 && m.key.length > MAX_DROPPED_KEY_LENGTH)
    .map((m) => `drop rule ${m.rule.alias} → ${m.rule.genes.join(', ')} removed no alias (stale or misspelt?)`);
  return { genes, stats, warnings };
}

/**
 * An alias key a named pseudogene keeps: longer than three characters, and with a digit or starting with the symbol's
 * stem (the symbol without its P and number): CMAH and UOXP, MYH5, FAAH-OUT; not SCURVY, URICASE, Beta-GC or HG1.
 */
export function pseudogeneAliasShape(key: string, symbolKey: string): boolean {
  if (key.length <= 3) return false;
  const stem = symbolKey.replace(/P\d*$/, '');
  return /\d/.test(key) || key.startsWith(stem);
}

/** Normalised keys of the symbols and aliases of the genes of the kept types (what a named pseudogene must not claim). */
function namesOfKeptGenes(raw: readonly RawGene[]): Set<string> {
  const keys = new Set<string>();
  for (const g of raw) {
    if (!INCLUDED_GENE_TYPES.has(g.type)) continue;
    keys.add(normalizeKey(g.symbol));
    for (const a of g.aliases) keys.add(normalizeKey(a.trim()));
  }
  return keys;
}

/**
 * Official symbol of a miRBase precursor name: `hsa-mir-21` → MIR21, `hsa-mir-128-1` → MIR128-1,
 * `hsa-mir-199a-1` → MIR199A1, `hsa-let-7a-1` → MIRLET7A1. Undefined for other shapes.
 */
export function precursorSymbol(name: string): string | undefined {
  const s = name.replace(/^hsa-/, '');
  let m = /^let-7([a-z]?)(?:-(\d+))?$/.exec(s);
  if (m) return `MIRLET7${m[1]!.toUpperCase()}${m[2] ?? ''}`;
  m = /^mir-(\d+)([a-z]{0,2})(?:-(\d+))?$/.exec(s);
  if (m) {
    const letter = m[2]!.toUpperCase();
    const locus = m[3] === undefined ? '' : letter ? m[3] : `-${m[3]}`;
    return `MIR${m[1]}${letter}${locus}`;
  }
  return undefined;
}

/** A mature miRNA as it goes into the bundle. */
export interface CleanMirna {
  acc: string;
  name: string;
  precursors: string[];
  genes: number[];
}

/**
 * Links miRBase precursors to genes (by the symbol rule, else by an `hsa-mir-…` alias in the
 * source data), records the MI accessions on the genes, and returns the mature miRNAs sorted by
 * accession with their precursor genes.
 */
export function linkMirbase(
  genes: CleanGene[],
  rawAliases: ReadonlyMap<number, readonly string[]>,
  mirbase: RawMirbase,
): { mirnas: CleanMirna[]; unmappedPrecursors: string[] } {
  const bySymbol = new Map<string, CleanGene>();
  const byAlias = new Map<string, CleanGene>();
  for (const g of genes) {
    if (g.type !== 'miRNA' && g.type !== 'ncRNA') continue;
    bySymbol.set(g.symbol, g);
    for (const a of rawAliases.get(g.entrez) ?? []) {
      if (/^hsa-(?:mir|let)-/i.test(a)) byAlias.set(a.toLowerCase(), g);
    }
  }
  const geneOfPrecursor = new Map<string, CleanGene>();
  const unmappedPrecursors: string[] = [];
  for (const p of mirbase.precursors) {
    const sym = precursorSymbol(p.name);
    const gene = (sym ? bySymbol.get(sym) : undefined) ?? byAlias.get(p.name.toLowerCase());
    if (gene) {
      geneOfPrecursor.set(p.acc, gene);
      gene.mirbase.push(p.acc);
    } else unmappedPrecursors.push(p.name);
  }
  for (const g of genes) g.mirbase = uniq(g.mirbase).sort(compareCodeUnits);

  const matures = new Map<string, { name: string; precursors: Set<string> }>();
  for (const m of mirbase.matures) {
    const entry = matures.get(m.acc);
    if (entry) entry.precursors.add(m.precursor);
    else matures.set(m.acc, { name: m.name, precursors: new Set([m.precursor]) });
  }
  const mirnas: CleanMirna[] = [...matures.entries()]
    .map(([acc, { name, precursors }]) => {
      const pre = [...precursors].sort(compareCodeUnits);
      const geneIds = uniq(pre.map((p) => geneOfPrecursor.get(p)?.entrez).filter((e): e is number => e !== undefined)).sort((a, b) => a - b);
      return { acc, name, precursors: pre, genes: geneIds };
    })
    .sort((a, b) => compareCodeUnits(a.acc, b.acc));
  return { mirnas, unmappedPrecursors: unmappedPrecursors.sort(compareCodeUnits) };
}
