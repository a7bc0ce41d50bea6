/**
 * The in-memory ontology model, built from the bundle JSON (already read and parsed by the host)
 * and optionally overlaid with a user ontology. Pure and fast to build: gene and miRNA entities
 * stay in the bundle's columns and become objects only when asked for (`get`, iteration), so a
 * fresh process is ready as soon as the JSON is parsed. There is no zod parse at run time; the
 * tests validate the committed bundle against the schema.
 */
import { BUNDLE_FORMAT, BUNDLE_VERSION, type EntityType, type NonEntityCategory } from './format';
import type { BundleMeta, CompiledEntity, GeneColumns, MirnaColumns, OntologyBundle, UserOntology } from './schema';

/** Where an entity comes from. */
export type EntitySource = 'ncbi-gene' | 'mirbase' | 'curated' | 'derived' | 'user';

/** One entity of the ontology. Treat it as read-only: objects are cached and shared. */
export interface OntologyEntity {
  /** `ncbigene:2064`, `mirbase:MIMAT0000076`, `family:pi3k`, `drug:trastuzumab-deruxtecan`, `nct:NCT04208178`… */
  id: string;
  type: EntityType;
  /** Official symbol (genes) or miRBase name (mature miRNAs); absent for curated entities. */
  symbol?: string;
  /** Full name (genes), INN (drugs), preferred name (others). */
  name: string;
  /** Aliases from the source database (cleaned at build time). */
  aliases: readonly string[];
  /** Curated (or user) synonyms: surface forms that should rank above source aliases. */
  synonyms: readonly string[];
  /** Drug development codes and brand names. */
  codes?: readonly string[];
  brands?: readonly string[];
  /** NCBI gene type of genes (`protein-coding`, `ncRNA`, `miRNA`…). */
  geneType?: string;
  cytoband?: string;
  /** Cross-references by database: `ensembl`, `uniprot`, `mirbase` (MI… of genes and miRNAs), `go`. */
  xrefs: Readonly<Record<string, readonly string[]>>;
  /** Family and complex members (entity ids; may be other families). */
  members?: readonly string[];
  /** Drug targets (entity ids). */
  targets?: readonly string[];
  /** Parent gene of an isoform; parent family of a sub-family. */
  parent?: string;
  /** Precursor genes of a mature miRNA. */
  precursorGenes?: readonly string[];
  /** Mature miRNAs made from a miRNA gene. */
  products?: readonly string[];
  /** Drugs studied in a trial. */
  drugs?: readonly string[];
  drugClass?: string;
  /** A drug whose name is also an endogenous substance's: the name alone names the drug only with a cue (recogniser). */
  endogenous?: boolean;
  /** Category of a `nonentity-class` entry (organism, cell-line, method, statistic, clinical). */
  category?: NonEntityCategory;
  /** NCT number of a trial, where known. */
  nct?: string;
  /** Trial title and condition, where curated. */
  title?: string;
  condition?: string;
  note?: string;
  /** Synonyms that also have a common other reading (ER, PR, MIB-1): the recogniser should want context. */
  ambiguous?: readonly string[];
  source: EntitySource;
}

/** A term that is never an entity on its own (prose abbreviations, user not-entity words). */
export interface StopEntry {
  term: string;
  meaning: string;
  caseSensitive: boolean;
  /** The term is also an official gene symbol that is stopped on purpose (HR = hazard ratio). */
  overridesSymbol?: boolean;
}

/** Read access to entities by id (Map-like); entities are materialised lazily and cached. */
export interface EntityIndex {
  readonly size: number;
  get(id: string): OntologyEntity | undefined;
  has(id: string): boolean;
  /** Every id: genes (by Entrez id), mature miRNAs (by accession), then curated, derived and user ids. */
  keys(): IterableIterator<string>;
  values(): IterableIterator<OntologyEntity>;
  /** Ids of entities that are not plain bundle columns: curated, derived and user entities, user overrides, and genes or miRNAs with curated synonyms. */
  overlayKeys?(): IterableIterator<string>;
}

export interface OntologyModel {
  meta: BundleMeta;
  entities: EntityIndex;
  /** Gene ids by exact official symbol (a few tRNA-like symbols repeat); built on first use. */
  genesBySymbol(symbol: string): readonly string[];
  stoplist: readonly StopEntry[];
  /** The bundle's gene and miRNA columns, for bulk consumers (the recogniser's index). */
  columns: { genes: GeneColumns; mirnas: MirnaColumns };
}

const EMPTY: readonly string[] = Object.freeze([]);
const split = (s: string | undefined): readonly string[] => (s ? s.split('|') : EMPTY);

/** Index of `value` in an array sorted ascending (numbers, or strings in code-unit order), or -1. */
export function binarySearch<T extends number | string>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Throws a clear error when the bundle is not of the expected format and shape. */
function checkShape(bundle: OntologyBundle): void {
  const { meta, genes, mirnas, entities } = bundle;
  if (meta?.format !== BUNDLE_FORMAT || meta.version !== BUNDLE_VERSION) {
    throw new Error(`ontology bundle: expected format ${BUNDLE_FORMAT} version ${BUNDLE_VERSION}, got ${meta?.format} ${meta?.version}`);
  }
  const n = genes?.id?.length;
  for (const col of ['symbol', 'name', 'type', 'cytoband', 'aliases', 'ensembl', 'uniprot', 'mirbase'] as const) {
    if (genes[col]?.length !== n) throw new Error(`ontology bundle: genes.${col} has ${genes[col]?.length} rows, expected ${n}`);
  }
  for (const col of ['name', 'precursors', 'genes'] as const) {
    if (mirnas[col]?.length !== mirnas.acc?.length) throw new Error(`ontology bundle: mirnas.${col} has the wrong length`);
  }
  if (!Array.isArray(entities?.entities) || !Array.isArray(entities.synonyms) || !Array.isArray(entities.stoplist)) {
    throw new Error('ontology bundle: entities.json lacks entities, synonyms or stoplist');
  }
}

function curatedEntity(c: CompiledEntity): OntologyEntity {
  const e: OntologyEntity = { id: c.id, type: c.type, name: c.name, aliases: EMPTY, synonyms: c.synonyms, xrefs: c.go ? { go: [c.go] } : {}, source: c.source };
  if (c.codes) e.codes = c.codes;
  if (c.brands) e.brands = c.brands;
  if (c.members) e.members = c.members;
  if (c.targets) e.targets = c.targets;
  if (c.parent) e.parent = c.parent;
  if (c.drugs) e.drugs = c.drugs;
  if (c.drugClass) e.drugClass = c.drugClass;
  if (c.endogenous) e.endogenous = true;
  if (c.category) e.category = c.category;
  if (c.nct) e.nct = c.nct;
  if (c.title) e.title = c.title;
  if (c.condition) e.condition = c.condition;
  if (c.note) e.note = c.note;
  return e;
}

/**
 * Entities backed by the bundle columns. Gene `ncbigene:N` is found by binary search over the
 * sorted Entrez ids, miRNA `mirbase:MIMAT…` over the sorted accessions; other ids by Map.
 */
class ColumnarEntityIndex implements EntityIndex {
  private readonly geneCache: (OntologyEntity | undefined)[] = [];
  private readonly mirnaCache: (OntologyEntity | undefined)[] = [];
  private productsByGene: Map<number, string[]> | undefined;

  constructor(
    private readonly genes: GeneColumns,
    private readonly mirnas: MirnaColumns,
    /** Curated and derived entities, plus user overrides. */
    private readonly others: ReadonlyMap<string, OntologyEntity>,
    /** Curated synonyms of genes and miRNAs by id. */
    private readonly extraSynonyms: ReadonlyMap<string, { synonyms: readonly string[]; ambiguous?: readonly string[] }>,
  ) {}

  get size(): number {
    let n = this.genes.id.length + this.mirnas.acc.length + this.others.size;
    for (const id of this.others.keys()) if (this.columnRow(id) >= 0) n--; // overrides of column entities
    return n;
  }

  /** Row of a gene or miRNA id in its columns, or -1. */
  private columnRow(id: string): number {
    if (id.startsWith('ncbigene:')) {
      const n = Number(id.slice(9));
      return Number.isInteger(n) ? binarySearch(this.genes.id, n) : -1;
    }
    if (id.startsWith('mirbase:')) return binarySearch(this.mirnas.acc, id.slice(8));
    return -1;
  }

  has(id: string): boolean {
    return this.others.has(id) || this.columnRow(id) >= 0;
  }

  get(id: string): OntologyEntity | undefined {
    const other = this.others.get(id);
    if (other) return other;
    if (id.startsWith('ncbigene:')) {
      const row = this.columnRow(id);
      return row < 0 ? undefined : (this.geneCache[row] ??= this.gene(row));
    }
    if (id.startsWith('mirbase:')) {
      const row = this.columnRow(id);
      return row < 0 ? undefined : (this.mirnaCache[row] ??= this.mirna(row));
    }
    return undefined;
  }

  private gene(i: number): OntologyEntity {
    const g = this.genes;
    const id = `ncbigene:${g.id[i]}`;
    const xrefs: Record<string, readonly string[]> = {};
    if (g.ensembl[i]) xrefs.ensembl = split(g.ensembl[i]);
    if (g.uniprot[i]) xrefs.uniprot = split(g.uniprot[i]);
    if (g.mirbase[i]) xrefs.mirbase = split(g.mirbase[i]);
    const extra = this.extraSynonyms.get(id);
    const e: OntologyEntity = {
      id,
      type: 'gene',
      symbol: g.symbol[i]!,
      name: g.name[i]!,
      aliases: split(g.aliases[i]),
      synonyms: extra?.synonyms ?? EMPTY,
      geneType: g.types[g.type[i]!],
      xrefs,
      source: 'ncbi-gene',
    };
    if (g.cytoband[i]) e.cytoband = g.cytoband[i];
    if (extra?.ambiguous) e.ambiguous = extra.ambiguous;
    const products = this.products().get(g.id[i]!);
    if (products) e.products = products;
    return e;
  }

  private mirna(i: number): OntologyEntity {
    const m = this.mirnas;
    const id = `mirbase:${m.acc[i]}`;
    const extra = this.extraSynonyms.get(id);
    const e: OntologyEntity = {
      id,
      type: 'mirna',
      symbol: m.name[i]!,
      name: m.name[i]!,
      aliases: EMPTY,
      synonyms: extra?.synonyms ?? EMPTY,
      xrefs: { mirbase: split(m.precursors[i]) },
      precursorGenes: split(m.genes[i]).map((g) => `ncbigene:${g}`),
      source: 'mirbase',
    };
    if (extra?.ambiguous) e.ambiguous = extra.ambiguous;
    return e;
  }

  /** Mature miRNA ids by precursor Entrez id (built on first use). */
  private products(): Map<number, string[]> {
    if (!this.productsByGene) {
      const map = new Map<number, string[]>();
      const m = this.mirnas;
      for (let i = 0; i < m.acc.length; i++) {
        if (!m.genes[i]) continue;
        for (const g of m.genes[i]!.split('|')) {
          const list = map.get(Number(g));
          if (list) list.push(`mirbase:${m.acc[i]}`);
          else map.set(Number(g), [`mirbase:${m.acc[i]}`]);
        }
      }
      this.productsByGene = map;
    }
    return this.productsByGene;
  }

  *keys(): IterableIterator<string> {
    for (const n of this.genes.id) {
      const id = `ncbigene:${n}`;
      if (!this.others.has(id)) yield id;
    }
    for (const acc of this.mirnas.acc) {
      const id = `mirbase:${acc}`;
      if (!this.others.has(id)) yield id;
    }
    yield* this.others.keys();
  }

  *values(): IterableIterator<OntologyEntity> {
    const hasOverrides = this.others.size > 0;
    for (let i = 0; i < this.genes.id.length; i++) {
      const over = hasOverrides ? this.others.get(`ncbigene:${this.genes.id[i]}`) : undefined;
      if (!over) yield (this.geneCache[i] ??= this.gene(i));
    }
    for (let i = 0; i < this.mirnas.acc.length; i++) {
      const over = hasOverrides ? this.others.get(`mirbase:${this.mirnas.acc[i]}`) : undefined;
      if (!over) yield (this.mirnaCache[i] ??= this.mirna(i));
    }
    yield* this.others.values();
  }

  *overlayKeys(): IterableIterator<string> {
    yield* this.others.keys();
    for (const id of this.extraSynonyms.keys()) if (!this.others.has(id)) yield id;
  }

  /** A new index over the same columns with some entities replaced or added. */
  withOverrides(overrides: ReadonlyMap<string, OntologyEntity>): ColumnarEntityIndex {
    const others = new Map(this.others);
    for (const [id, e] of overrides) others.set(id, e);
    const next = new ColumnarEntityIndex(this.genes, this.mirnas, others, this.extraSynonyms);
    next.productsByGene = this.productsByGene;
    return next;
  }
}

class Model implements OntologyModel {
  private symbolIndex: Map<string, string[]> | undefined;

  constructor(
    readonly meta: BundleMeta,
    readonly entities: ColumnarEntityIndex,
    readonly stoplist: readonly StopEntry[],
    readonly columns: { genes: GeneColumns; mirnas: MirnaColumns },
    private readonly userGenes: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {}

  genesBySymbol(symbol: string): readonly string[] {
    if (!this.symbolIndex) {
      const map = new Map<string, string[]>();
      const g = this.columns.genes;
      for (let i = 0; i < g.id.length; i++) {
        const list = map.get(g.symbol[i]!);
        if (list) list.push(`ncbigene:${g.id[i]}`);
        else map.set(g.symbol[i]!, [`ncbigene:${g.id[i]}`]);
      }
      for (const [sym, ids] of this.userGenes) map.set(sym, [...(map.get(sym) ?? []), ...ids]);
      this.symbolIndex = map;
    }
    return this.symbolIndex.get(symbol) ?? EMPTY;
  }
}

/**
 * Builds the in-memory model from the parsed bundle files (`meta.json`, `genes.json`,
 * `mirnas.json`, `entities.json`). Cheap: only curated and derived entities are turned into
 * objects up front. Throws if the data is not a bundle of the supported format.
 */
export function buildOntologyModel(bundle: OntologyBundle): OntologyModel {
  checkShape(bundle);
  const others = new Map<string, OntologyEntity>();
  for (const c of bundle.entities.entities) others.set(c.id, curatedEntity(c));
  const extra = new Map<string, { synonyms: readonly string[]; ambiguous?: readonly string[] }>();
  for (const s of bundle.entities.synonyms) extra.set(s.id, s);
  const columns = { genes: bundle.genes, mirnas: bundle.mirnas };
  const stoplist = bundle.entities.stoplist.map((s): StopEntry =>
    s.overridesSymbol
      ? { term: s.term, meaning: s.meaning, caseSensitive: s.caseSensitive !== false, overridesSymbol: true }
      : { term: s.term, meaning: s.meaning, caseSensitive: s.caseSensitive !== false },
  );
  return new Model(bundle.meta, new ColumnarEntityIndex(bundle.genes, bundle.mirnas, others, extra), stoplist, columns);
}

/** Resolves a gene symbol or entity id against the model; undefined when unknown or ambiguous. */
export function resolveRef(model: OntologyModel, ref: string): string | undefined {
  if (model.entities.has(ref)) return ref;
  const ids = model.genesBySymbol(ref);
  return ids.length === 1 ? ids[0] : undefined;
}

/**
 * Returns a new model with a validated user ontology applied: entities added or replaced,
 * synonyms added or dropped, not-entity words added to the stoplist. The input model is not
 * changed. Unknown ids and unresolved members are reported as warnings naming `file`.
 */
export function applyUserOntology(model: OntologyModel, user: UserOntology, file: string): { model: OntologyModel; warnings: string[] } {
  if (!(model instanceof Model)) throw new Error('applyUserOntology: the model must come from buildOntologyModel');
  const warnings: string[] = [];
  const overrides = new Map<string, OntologyEntity>();
  const userIds = new Set(user.entities.map((u) => u.id));
  const refs = (list: readonly string[] | undefined, where: (k: number) => string): string[] | undefined => {
    if (!list) return undefined;
    const out: string[] = [];
    list.forEach((r, k) => {
      const id = userIds.has(r) ? r : resolveRef(model, r);
      if (id) out.push(id);
      else warnings.push(`${file}: ${where(k)}: unknown gene symbol or entity id '${r}'`);
    });
    return out;
  };

  user.entities.forEach((u, i) => {
    const where = (field: string) => `entities[${i}].${field} (${u.id})`;
    const e: OntologyEntity = { id: u.id, type: u.type, name: u.name, aliases: EMPTY, synonyms: u.synonyms, xrefs: {}, source: 'user' };
    if (u.symbol) e.symbol = u.symbol;
    const members = refs(u.members, (k) => where(`members[${k}]`));
    if (members) e.members = members;
    const targets = refs(u.targets, (k) => where(`targets[${k}]`));
    if (targets) e.targets = targets;
    const parent = refs(u.parent === undefined ? undefined : [u.parent], () => where('parent'));
    if (parent?.length) e.parent = parent[0];
    if (u.drugClass) e.drugClass = u.drugClass;
    if (u.category) e.category = u.category;
    if (u.note) e.note = u.note;
    overrides.set(u.id, e);
  });

  user.synonyms.forEach((s, i) => {
    const base = overrides.get(s.id) ?? model.entities.get(s.id);
    if (!base) {
      warnings.push(`${file}: synonyms[${i}].id (${s.id}): no such entity`);
      return;
    }
    const drop = new Set(s.drop);
    const keep = (list: readonly string[]) => list.filter((x) => !drop.has(x));
    const e: OntologyEntity = { ...base, aliases: keep(base.aliases), synonyms: [...keep(base.synonyms), ...s.add] };
    if (base.codes) e.codes = keep(base.codes);
    if (base.brands) e.brands = keep(base.brands);
    overrides.set(s.id, e);
  });

  const stoplist = [
    ...model.stoplist,
    ...user.notEntities.map((n) =>
      typeof n === 'string'
        ? { term: n, meaning: `not an entity (${file})`, caseSensitive: true }
        : { term: n.term, meaning: n.note ?? `not an entity (${file})`, caseSensitive: n.caseSensitive },
    ),
  ];
  const userGenes = new Map<string, string[]>();
  for (const u of user.entities) {
    if (u.type === 'gene' && u.symbol) userGenes.set(u.symbol, [...(userGenes.get(u.symbol) ?? []), u.id]);
  }
  const next = new Model(model.meta, model.entities.withOverrides(overrides), stoplist, model.columns, userGenes);
  return { model: next, warnings };
}
