/**
 * The pure step of the ontology build: raw source data + curated lists → bundle object.
 * Same inputs give the same output (every list is sorted or kept in curated-file order; no clock).
 */
import { normalizeKey } from '../../src/core/ontology/normalize';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleSource,
  type CompiledEntity,
  type CompiledSynonym,
  type CuratedData,
  type GeneColumns,
  type MirnaColumns,
  type OntologyBundle,
  type StopTerm,
} from '../../src/core/ontology/schema';
import { deriveFamilies } from './families';
import { type CleanGene, linkMirbase, selectAndCleanGenes } from './genes';
import type { PackageInfo, RawGene, RawMirbase } from './types';
import { compareCodeUnits, naturalCompare, uniq } from './util';

export interface TransformInput {
  genes: readonly RawGene[];
  /** org.Hs.eg.db `metadata` table. */
  geneMetadata: Readonly<Record<string, string>>;
  mirbase: RawMirbase;
  /** Lower-case English words (wamerican), used only to drop English-word aliases. */
  englishWords: ReadonlySet<string>;
  curated: CuratedData;
  /** SHA-256 (hex) of the curated files, recorded in the bundle so tests can tell a stale bundle. */
  curatedDigest: string;
  /** `mirbase` is absent when the build runs without miRBase (`--no-mirbase`). */
  packages: { geneDb: PackageInfo; mirbase?: PackageInfo; words: PackageInfo };
}

export interface TransformResult {
  bundle: OntologyBundle;
  /** Things a maintainer should look at (stale drop rules, unmapped precursors…); not fatal. */
  warnings: string[];
}

/** Thrown when curated data refers to unknown genes or ids, or repeats an id. */
export class CuratedDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`curated ontology data has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'CuratedDataError';
  }
}

/** Builds an entity object with a fixed key order (so JSON output is stable) and no empty fields. */
function entity(fields: CompiledEntity): CompiledEntity {
  const order: (keyof CompiledEntity)[] = [
    'id', 'type', 'name', 'synonyms', 'codes', 'brands', 'drugClass', 'endogenous', 'members', 'targets', 'parent',
    'drugs', 'category', 'go', 'nct', 'title', 'condition', 'note', 'source',
  ];
  const out: Record<string, unknown> = {};
  for (const k of order) {
    const v = fields[k];
    if (v === undefined || (Array.isArray(v) && v.length === 0 && k !== 'synonyms')) continue;
    out[k] = v;
  }
  return out as CompiledEntity;
}

/** Resolves gene symbols and entity ids in curated data, collecting problems instead of failing at the first. */
class RefResolver {
  readonly problems: string[] = [];
  private readonly bySymbol = new Map<string, string[]>();
  readonly known = new Set<string>();

  constructor(genes: readonly CleanGene[], mirnaAccs: readonly string[]) {
    for (const g of genes) {
      const id = `ncbigene:${g.entrez}`;
      this.known.add(id);
      this.bySymbol.set(g.symbol, [...(this.bySymbol.get(g.symbol) ?? []), id]);
    }
    for (const acc of mirnaAccs) this.known.add(`mirbase:${acc}`);
  }

  /** Entity id of a symbol or id; records a problem (naming `where`) and returns undefined if unknown. */
  resolve(ref: string, where: string): string | undefined {
    if (/^[a-z][a-z0-9-]*:/.test(ref)) {
      if (this.known.has(ref)) return ref;
      this.problems.push(`${where}: unknown entity id '${ref}'`);
      return undefined;
    }
    const ids = this.bySymbol.get(ref);
    if (ids?.length === 1) return ids[0];
    this.problems.push(ids ? `${where}: symbol '${ref}' names ${ids.length} genes; use an ncbigene: id` : `${where}: no bundled gene has the official symbol '${ref}'`);
    return undefined;
  }

  /** Resolves a list; `where(k)` names entry k. */
  resolveAll(refs: readonly string[], where: (k: number) => string): string[] {
    return uniq(refs.map((r, k) => this.resolve(r, where(k))).filter((x): x is string => x !== undefined));
  }
}

/** Names a field of a curated entry in problems: `families.yaml: families[3].members[0] (family:x)`. */
function at(file: string, list: string, i: number, label: string) {
  return (field: string) => `${file}: ${list}[${i}].${field} (${label})`;
}

/** Merges a derived family into a curated one: curated fields win, derived names become synonyms. */
function mergeFamily(curated: CompiledEntity, derived: CompiledEntity): CompiledEntity {
  const synonyms = uniq([...curated.synonyms, derived.name, ...derived.synonyms]).filter((s) => s !== curated.name);
  return entity({ ...curated, synonyms });
}

/** Compiles curated entities (resolving references) and merges the derived families in. */
function compileEntities(input: TransformInput, genes: readonly CleanGene[], resolver: RefResolver, warnings: string[]) {
  const { curated } = input;
  const curatedIds = new Map<string, string>();
  const declare = (id: string, file: string, list: string, i: number) => {
    const prev = curatedIds.get(id);
    if (prev) resolver.problems.push(`${file}: ${list}[${i}].id (${id}): already used by ${prev}`);
    else curatedIds.set(id, `${file} ${list}[${i}]`);
    resolver.known.add(id);
  };
  curated.families.forEach((f, i) => declare(f.id, 'families.yaml', 'families', i));
  curated.complexes.forEach((c, i) => declare(c.id, 'complexes.yaml', 'complexes', i));
  curated.isoforms.forEach((c, i) => declare(c.id, 'isoforms.yaml', 'isoforms', i));
  curated.drugs.forEach((c, i) => declare(c.id, 'drugs.yaml', 'drugs', i));
  curated.trials.forEach((c, i) => declare(c.id, 'trials.yaml', 'trials', i));
  curated.nonEntities.forEach((c, i) => declare(c.id, 'non-entities.yaml', 'nonEntities', i));

  // Names already in use: derived families must not claim them. A gene symbol or alias is in use by its genes
  // (`owners`): a family may still take a name that two or more of its own members, and no other gene, carry
  // (IFNA, an alias of IFNA1, IFNA2 and IFNA17, names the interferon-α series).
  const taken = new Set<string>();
  const owners = new Map<string, Set<string>>();
  const own = (surface: string, id: string) => {
    const k = normalizeKey(surface);
    const set = owners.get(k);
    if (set) set.add(id);
    else owners.set(k, new Set([id]));
  };
  for (const g of genes) {
    own(g.symbol, `ncbigene:${g.entrez}`);
    for (const a of g.aliases) own(a, `ncbigene:${g.entrez}`);
  }
  for (const s of curated.stoplist) taken.add(normalizeKey(s.term));
  const curatedSurfaces = [
    ...curated.families.flatMap((e) => [e.name, ...e.synonyms]),
    ...curated.complexes.flatMap((e) => [e.name, ...e.synonyms]),
    ...curated.isoforms.flatMap((e) => [e.name, ...e.synonyms]),
    ...curated.drugs.flatMap((e) => [e.name, ...e.synonyms, ...e.codes, ...e.brands]),
    ...curated.nonEntities.flatMap((e) => [e.name, ...e.synonyms]),
    ...curated.synonyms.flatMap((e) => e.synonyms),
  ];
  for (const s of curatedSurfaces) taken.add(normalizeKey(s));
  // All-caps names that are English words ("BEST", "SLIT", "RAMP") would match ordinary prose.
  const isTaken = (s: string, members?: ReadonlySet<string>) => {
    const k = normalizeKey(s);
    if (taken.has(k) || (/^[A-Z]+$/.test(s) && input.englishWords.has(s.toLowerCase()))) return true;
    const by = owners.get(k);
    if (!by) return false;
    // One member's alias (CREB of CREB1) names that member; an alias of several members only is their shared name.
    if (!members || by.size < 2) return true;
    for (const id of by) if (!members.has(id)) return true;
    return false;
  };
  const derived = deriveFamilies(genes, curated.derivedFamilies, isTaken);
  for (const d of derived) resolver.known.add(d.id);

  const out: CompiledEntity[] = [];
  curated.families.forEach((f, i) => {
    const where = at('families.yaml', 'families', i, f.id);
    const members = resolver.resolveAll(f.members ?? [], (k) => where(`members[${k}]`));
    if (f.symbolPattern !== undefined) {
      let re: RegExp | undefined;
      try {
        re = new RegExp(f.symbolPattern);
      } catch (e) {
        resolver.problems.push(`${where('symbolPattern')}: ${(e as Error).message}`);
      }
      if (re) {
        const matched = genes.filter((g) => re.test(g.symbol)).sort((a, b) => naturalCompare(a.symbol, b.symbol));
        if (matched.length === 0) resolver.problems.push(`${where('symbolPattern')}: matches no bundled gene`);
        members.push(...matched.map((g) => `ncbigene:${g.entrez}`));
      }
    }
    const parent = f.parent === undefined ? undefined : resolver.resolve(f.parent, where('parent'));
    out.push(entity({ id: f.id, type: 'family', name: f.name, synonyms: f.synonyms, members: uniq(members), parent, note: f.note, source: 'curated' }));
  });
  curated.complexes.forEach((c, i) => {
    const where = at('complexes.yaml', 'complexes', i, c.id);
    const members = resolver.resolveAll(c.members, (k) => where(`members[${k}]`));
    out.push(entity({ id: c.id, type: 'complex', name: c.name, synonyms: c.synonyms, members, go: c.go, note: c.note, source: 'curated' }));
  });
  curated.isoforms.forEach((c, i) => {
    const parent = resolver.resolve(c.parent, at('isoforms.yaml', 'isoforms', i, c.id)('parent'));
    out.push(entity({ id: c.id, type: 'isoform', name: c.name, synonyms: c.synonyms, parent, note: c.note, source: 'curated' }));
  });
  curated.drugs.forEach((d, i) => {
    const where = at('drugs.yaml', 'drugs', i, d.id);
    out.push(
      entity({
        id: d.id, type: 'drug', name: d.name, synonyms: d.synonyms, codes: d.codes, brands: d.brands, drugClass: d.class,
        targets: resolver.resolveAll(d.targets, (k) => where(`targets[${k}]`)), note: d.note, source: 'curated',
        ...(d.endogenous ? { endogenous: true as const } : {}),
        ...(d.components.length ? { members: resolver.resolveAll(d.components, (k) => where(`components[${k}]`)) } : {}),
      }),
    );
  });
  curated.trials.forEach((t, i) => {
    const where = at('trials.yaml', 'trials', i, t.id);
    const drugs = resolver.resolveAll(t.drugs, (k) => where(`drugs[${k}]`));
    const nct = t.id.startsWith('nct:') ? t.id.slice(4) : undefined;
    out.push(entity({ id: t.id, type: 'trial', name: t.name, synonyms: t.synonyms, drugs, nct, title: t.title, condition: t.condition, note: t.note, source: 'curated' }));
  });
  curated.nonEntities.forEach((n) => {
    out.push(entity({ id: n.id, type: 'nonentity-class', name: n.name, synonyms: n.synonyms, category: n.category, note: n.note, source: 'curated' }));
  });

  // Derived families: merge into a curated family with the same id or the same members.
  const byId = new Map(out.map((e, i) => [e.id, i]));
  const memberKey = (e: CompiledEntity) => [...(e.members ?? [])].sort(compareCodeUnits).join(' ');
  const byMembers = new Map(out.filter((e) => e.type === 'family').map((e) => [memberKey(e), e.id]));
  let derivedKept = 0;
  for (const d of derived) {
    const target = byId.get(d.id) ?? byId.get(byMembers.get(memberKey(d)) ?? '');
    if (target !== undefined) {
      if (out[target]!.type !== 'family') resolver.problems.push(`derived family ${d.id} collides with curated ${out[target]!.type} ${out[target]!.id}`);
      else out[target] = mergeFamily(out[target]!, d);
    } else {
      out.push(d);
      derivedKept++;
    }
  }

  // Curated surfaces that are also stop terms defeat each other: tell the maintainer.
  const stopExact = new Set(curated.stoplist.map((s) => s.term));
  for (const e of out) {
    if (e.type === 'nonentity-class') continue; // both suppress: no conflict
    for (const s of [e.name, ...e.synonyms, ...(e.codes ?? []), ...(e.brands ?? [])]) {
      if (stopExact.has(s)) warnings.push(`${e.id}: surface '${s}' is also in the stoplist`);
    }
  }
  out.sort((a, b) => compareCodeUnits(a.id, b.id));
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.id === out[i - 1]!.id) resolver.problems.push(`entity id ${out[i]!.id} is defined twice`);
  }
  return { entities: out, derivedKept };
}

function compileSynonyms(curated: CuratedData, resolver: RefResolver): CompiledSynonym[] {
  const byId = new Map<string, { synonyms: string[]; ambiguous: string[] }>();
  curated.synonyms.forEach((s, i) => {
    const id = resolver.resolve(s.gene, at('synonyms.yaml', 'synonyms', i, s.gene)('gene'));
    if (!id) return;
    const entry = byId.get(id) ?? { synonyms: [], ambiguous: [] };
    entry.synonyms.push(...s.synonyms);
    if (s.ambiguous) entry.ambiguous.push(...s.synonyms);
    byId.set(id, entry);
  });
  return [...byId.entries()]
    .sort((a, b) => compareCodeUnits(a[0], b[0]))
    .map(([id, e]) => (e.ambiguous.length > 0 ? { id, synonyms: uniq(e.synonyms), ambiguous: uniq(e.ambiguous) } : { id, synonyms: uniq(e.synonyms) }));
}

function compileStoplist(stoplist: readonly StopTerm[], symbols: ReadonlySet<string>, warnings: string[]): StopTerm[] {
  const seen = new Map<string, StopTerm>();
  for (const s of stoplist) {
    if (symbols.has(s.term) !== (s.overridesSymbol === true)) {
      warnings.push(
        s.overridesSymbol
          ? `stoplist: '${s.term}' is marked overridesSymbol but is no official gene symbol`
          : `stoplist: '${s.term}' is an official gene symbol; mark it overridesSymbol: true if it should be stopped anyway`,
      );
    }
    if (seen.has(s.term)) warnings.push(`stoplist: '${s.term}' is listed twice`);
    else seen.set(s.term, s.overridesSymbol ? { term: s.term, meaning: s.meaning, caseSensitive: s.caseSensitive, overridesSymbol: true } : { term: s.term, meaning: s.meaning, caseSensitive: s.caseSensitive });
  }
  return [...seen.values()].sort((a, b) => compareCodeUnits(a.term, b.term));
}

function geneColumns(genes: readonly CleanGene[]): GeneColumns {
  const types = uniq(genes.map((g) => g.type)).sort(compareCodeUnits);
  const typeIndex = new Map(types.map((t, i) => [t, i]));
  return {
    types,
    id: genes.map((g) => g.entrez),
    symbol: genes.map((g) => g.symbol),
    name: genes.map((g) => g.name),
    type: genes.map((g) => typeIndex.get(g.type)!),
    cytoband: genes.map((g) => g.cytoband),
    aliases: genes.map((g) => g.aliases.join('|')),
    ensembl: genes.map((g) => g.ensembl.join('|')),
    uniprot: genes.map((g) => g.uniprot.join('|')),
    mirbase: genes.map((g) => g.mirbase.join('|')),
  };
}

function sources(input: TransformInput): BundleSource[] {
  const { geneDb, mirbase, words } = input.packages;
  const md = input.geneMetadata;
  const geneDates: Record<string, string> = {};
  if (md.EGSOURCEDATE) geneDates['NCBI Gene'] = md.EGSOURCEDATE;
  if (md.ENSOURCEDATE) geneDates.Ensembl = md.ENSOURCEDATE;
  if (md.UPSOURCEDATE) geneDates.UniProt = md.UPSOURCEDATE;
  const mirDates: Record<string, string> = {};
  if (input.mirbase.header.date) mirDates.miRBase = input.mirbase.header.date;
  const out: BundleSource[] = [
    {
      id: 'ncbi-gene',
      title: 'NCBI Gene (Homo sapiens) via Bioconductor org.Hs.eg.db',
      debianPackage: geneDb.name,
      packageVersion: geneDb.version,
      dates: geneDates,
      licence: geneDb.licence,
      url: md.EGSOURCEURL ?? 'https://www.ncbi.nlm.nih.gov/gene',
      redistributed: true,
      note: 'Symbols, names, aliases, types, cytobands, Ensembl and UniProt ids only (no KEGG, GO or PubMed tables).',
    },
    {
      id: 'english-words',
      title: 'SCOWL English word list (Debian wamerican)',
      debianPackage: words.name,
      packageVersion: words.version,
      dates: {},
      licence: words.licence,
      redistributed: false,
      note: 'Build time only: lower-case aliases that are English words are dropped.',
    },
    {
      id: 'curated',
      title: 'Evidence Lens curated lists (data/ontology/curated/*.yaml)',
      dates: {},
      licence: 'MIT (this project)',
      redistributed: true,
    },
  ];
  if (mirbase) {
    out.splice(1, 0, {
      id: 'mirbase',
      title: `${input.mirbase.header.release ?? 'miRBase'} human GFF3 via Debian optimir`,
      debianPackage: mirbase.name,
      packageVersion: mirbase.version,
      dates: mirDates,
      licence: `miRBase data: freely available (see data/NOTICE.md); Debian package: ${mirbase.licence}`,
      url: 'https://www.mirbase.org/',
      redistributed: true,
      note: 'Mature miRNA names, MIMAT and MI accessions and precursor links only (no sequences or coordinates).',
    });
  }
  return out;
}

/** Runs the whole pure transformation. Throws `CuratedDataError` when curated data does not resolve. */
export function transformOntology(input: TransformInput): TransformResult {
  const warnings: string[] = [];
  const { genes, stats, warnings: dropWarnings } = selectAndCleanGenes(input.genes, input.englishWords, input.curated.dropRules);
  warnings.push(...dropWarnings);
  const rawAliases = new Map(input.genes.map((g) => [g.entrez, g.aliases]));
  const { mirnas, unmappedPrecursors } = linkMirbase(genes, rawAliases, input.mirbase);
  if (unmappedPrecursors.length > 0) warnings.push(`miRBase precursors with no gene: ${unmappedPrecursors.join(', ')}`);

  const resolver = new RefResolver(genes, mirnas.map((m) => m.acc));
  const { entities, derivedKept } = compileEntities(input, genes, resolver, warnings);
  const synonyms = compileSynonyms(input.curated, resolver);
  const stoplist = compileStoplist(input.curated.stoplist, new Set(genes.map((g) => g.symbol)), warnings);
  if (resolver.problems.length > 0) throw new CuratedDataError(resolver.problems);

  const mirnaColumns: MirnaColumns = {
    acc: mirnas.map((m) => m.acc),
    name: mirnas.map((m) => m.name),
    precursors: mirnas.map((m) => m.precursors.join('|')),
    genes: mirnas.map((m) => m.genes.join('|')),
  };
  const countType = (t: string) => entities.filter((e) => e.type === t).length;
  const counts: Record<string, number> = {
    genes: genes.length,
    genesProteinCoding: genes.filter((g) => g.type === 'protein-coding').length,
    genesMiRNA: genes.filter((g) => g.type === 'miRNA').length,
    genesOtherRNA: genes.filter((g) => g.type !== 'protein-coding' && g.type !== 'miRNA' && g.type !== 'pseudo').length,
    genesPseudo: genes.filter((g) => g.type === 'pseudo').length,
    geneAliases: stats.aliasesKept,
    genesDroppedPlaceholders: stats.droppedPlaceholders,
    aliasesDroppedShort: stats.aliasesDroppedShort,
    aliasesDroppedEnglish: stats.aliasesDroppedEnglish,
    aliasesDroppedByRules: stats.aliasesDroppedByRules,
    aliasesDroppedDiseaseSeries: stats.aliasesDroppedDiseaseSeries,
    aliasesDroppedPseudogene: stats.aliasesDroppedPseudogene,
    mirnas: mirnas.length,
    mirnasWithGene: mirnas.filter((m) => m.genes.length > 0).length,
    mirbasePrecursors: input.mirbase.precursors.length,
    mirbasePrecursorsWithoutGene: unmappedPrecursors.length,
    familiesCurated: entities.filter((e) => e.type === 'family' && e.source === 'curated').length,
    familiesDerived: derivedKept,
    complexes: countType('complex'),
    isoforms: countType('isoform'),
    drugs: countType('drug'),
    trials: countType('trial'),
    trialsWithNct: entities.filter((e) => e.type === 'trial' && e.nct).length,
    nonEntities: countType('nonentity-class'),
    curatedGeneSynonyms: synonyms.reduce((n, s) => n + s.synonyms.length, 0),
    stopTerms: stoplist.length,
    dropRules: input.curated.dropRules.length,
  };
  const bundle: OntologyBundle = {
    meta: { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, curatedDigest: input.curatedDigest, sources: sources(input), counts },
    genes: geneColumns(genes),
    mirnas: mirnaColumns,
    entities: { entities, synonyms, stoplist },
  };
  return { bundle, warnings };
}
