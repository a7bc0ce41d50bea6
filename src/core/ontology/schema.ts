/**
 * Zod schemas (and their inferred types) for the three kinds of ontology data:
 *  (a) the hand-kept curated YAML files in `data/ontology/curated/`,
 *  (b) the generated bundle in `data/ontology/bundle/`,
 *  (c) a user's `.evidence-lens/ontology.yaml|json`.
 * Pure: no file system access; callers read and parse the files and pass the data in.
 */
import { z } from 'zod';
import { BUNDLE_FORMAT, BUNDLE_VERSION, ENTITY_TYPES, NON_ENTITY_CATEGORIES } from './format';

export { BUNDLE_FILES, BUNDLE_FORMAT, BUNDLE_VERSION, ENTITY_TYPES, NON_ENTITY_CATEGORIES } from './format';
export type { EntityType, NonEntityCategory } from './format';

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

/** `prefix:local`, e.g. `ncbigene:2064`, `family:pi3k`, `drug:t-dm1`, `nct:NCT04208178`. */
export const ENTITY_ID_RE = /^[a-z][a-z0-9-]*:[A-Za-z0-9][A-Za-z0-9._-]*$/;
const SLUG = '[a-z0-9]+(?:[-.][a-z0-9]+)*';
const slugId = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:${SLUG}$`), `expected an id of the form ${prefix}:lower-case-slug`);

export const EntityIdSchema = z.string().regex(ENTITY_ID_RE, 'expected an entity id of the form prefix:local (e.g. family:pi3k)');
export const GeneIdSchema = z.string().regex(/^ncbigene:[1-9][0-9]*$/, 'expected ncbigene:<Entrez id>');
export const MirbaseIdSchema = z.string().regex(/^mirbase:MIMAT[0-9]{7}$/, 'expected mirbase:MIMAT<7 digits>');
export const NctIdSchema = z.string().regex(/^NCT[0-9]{8}$/, 'expected NCT followed by 8 digits');
export const FamilyIdSchema = slugId('family');
export const ComplexIdSchema = slugId('complex');
export const IsoformIdSchema = slugId('isoform');
export const DrugIdSchema = slugId('drug');
export const NonEntityIdSchema = z
  .string()
  .regex(new RegExp(`^(?:organism|cell-line|method|statistic|clinical|other):${SLUG}$`), 'expected organism:|cell-line:|method:|statistic:|clinical:|other: followed by a lower-case slug');
export const TrialIdSchema = z
  .string()
  .regex(new RegExp(`^(?:nct:NCT[0-9]{8}|trial:${SLUG})$`), 'expected nct:NCT<8 digits> or trial:lower-case-slug');

/** A surface form (name, synonym, alias). No '|' (the bundle joins lists with it) and no outer spaces. */
export const SurfaceSchema = z
  .string()
  .min(1, 'expected a non-empty string')
  .refine((s) => s === s.trim(), 'no leading or trailing spaces')
  .refine((s) => !s.includes('|'), "must not contain '|'");
const Surfaces = z.array(SurfaceSchema);

/**
 * A reference to a gene or another entity in curated files: an official gene symbol (`PIK3CA`),
 * or an entity id (`ncbigene:5290`, `family:ras`). Resolved to entity ids at build time.
 */
export const MemberRefSchema = z.string().regex(/^(?:[A-Za-z0-9][A-Za-z0-9._@-]*|[a-z][a-z0-9-]*:[A-Za-z0-9][A-Za-z0-9._-]*)$/, 'expected a gene symbol or an entity id');

// ---------------------------------------------------------------------------------------------
// (a) Curated YAML files (data/ontology/curated/*.yaml)
// ---------------------------------------------------------------------------------------------

export const CuratedFamilySchema = z
  .strictObject({
    id: FamilyIdSchema,
    name: SurfaceSchema,
    synonyms: Surfaces.default([]),
    /** Gene symbols or entity ids. */
    members: z.array(MemberRefSchema).optional(),
    /** A regular expression over official symbols of the bundled genes; matches are added to `members`. */
    symbolPattern: z.string().optional(),
    parent: FamilyIdSchema.optional(),
    note: z.string().optional(),
  })
  .refine((f) => (f.members?.length ?? 0) > 0 || f.symbolPattern !== undefined, {
    message: 'a family needs members or a symbolPattern',
    path: ['members'],
  });
export type CuratedFamily = z.infer<typeof CuratedFamilySchema>;

export const CuratedComplexSchema = z.strictObject({
  id: ComplexIdSchema,
  name: SurfaceSchema,
  synonyms: Surfaces.default([]),
  members: z.array(MemberRefSchema).min(1),
  /** Gene Ontology cellular-component term of the complex, where one fits. */
  go: z.string().regex(/^GO:[0-9]{7}$/, 'expected GO:<7 digits>').optional(),
  note: z.string().optional(),
});
export type CuratedComplex = z.infer<typeof CuratedComplexSchema>;

export const CuratedIsoformSchema = z.strictObject({
  id: IsoformIdSchema,
  name: SurfaceSchema,
  synonyms: Surfaces.default([]),
  /** The gene the isoform or variant belongs to. */
  parent: MemberRefSchema,
  note: z.string().optional(),
});
export type CuratedIsoform = z.infer<typeof CuratedIsoformSchema>;

export const CuratedDrugSchema = z.strictObject({
  id: DrugIdSchema,
  /** International Nonproprietary Name (or the usual name where there is no INN). */
  name: SurfaceSchema,
  /** Abbreviations and other names (T-DXd, ado-trastuzumab emtansine…). */
  synonyms: Surfaces.default([]),
  /** Development codes (DS-8201a, SYD985…). */
  codes: Surfaces.default([]),
  /** Brand names (Herceptin…). */
  brands: Surfaces.default([]),
  class: z.string().min(1),
  /** Human gene or family targets (symbols or entity ids); empty for non-human targets. */
  targets: z.array(MemberRefSchema).default([]),
  /**
   * The drugs of a fixed-dose combination (Trikafta: elexacaftor, tezacaftor, ivacaftor), by id: a mention of the
   * combination gives one mention per component, as a coordinated form does. Compiled as the entity's members.
   */
  components: z.array(DrugIdSchema).default([]),
  /**
   * The name is also an endogenous substance's (nitric oxide, cholic acid): the name alone is the drug only after a
   * route word ("inhaled"), before one of its brands in parentheses or as a whole table cell; brands and codes always are.
   */
  endogenous: z.boolean().optional(),
  note: z.string().optional(),
});
export type CuratedDrug = z.infer<typeof CuratedDrugSchema>;

export const CuratedSynonymSchema = z.strictObject({
  /** Official symbol of the gene, or an entity id. */
  gene: MemberRefSchema,
  synonyms: z.array(SurfaceSchema).min(1),
  /** These synonyms also have a common other reading (ER, PR, MIB-1…): the recogniser should want context. */
  ambiguous: z.boolean().optional(),
  note: z.string().optional(),
});
export type CuratedSynonym = z.infer<typeof CuratedSynonymSchema>;

export const CuratedDropRuleSchema = z.strictObject({
  /** The alias (compared by normalised key, so `NF-kB` also drops `NFKB`). */
  alias: SurfaceSchema,
  /** Official symbols the alias is removed from, or `['*']` for every gene. */
  genes: z.array(z.string().regex(/^(?:\*|[A-Za-z0-9][A-Za-z0-9._@-]*)$/, "expected an official gene symbol or '*'")).min(1),
  reason: z.string().optional(),
});
export type CuratedDropRule = z.infer<typeof CuratedDropRuleSchema>;

export const StopTermSchema = z.strictObject({
  term: SurfaceSchema,
  meaning: z.string().min(1),
  /** Match the term only in exactly this case (default true: `ALL` is stopped, `All` is not). */
  caseSensitive: z.boolean().default(true),
  /** The term is also an official gene symbol (HR, GC) and is stopped anyway: the prose meaning dominates. */
  overridesSymbol: z.boolean().optional(),
});
export type StopTerm = z.infer<typeof StopTermSchema>;

export const CuratedNonEntitySchema = z.strictObject({
  id: NonEntityIdSchema,
  category: z.enum(NON_ENTITY_CATEGORIES),
  name: SurfaceSchema,
  synonyms: Surfaces.default([]),
  note: z.string().optional(),
});
export type CuratedNonEntity = z.infer<typeof CuratedNonEntitySchema>;

export const CuratedTrialSchema = z
  .strictObject({
    id: TrialIdSchema,
    /** The acronym or short name (DESTINY-Breast03). */
    name: SurfaceSchema,
    synonyms: Surfaces.default([]),
    title: z.string().optional(),
    drugs: z.array(DrugIdSchema).default([]),
    condition: z.string().optional(),
    note: z.string().optional(),
  })
  .refine((t) => !t.id.startsWith('nct:') || t.id.slice(4) === t.id.slice(4).toUpperCase(), {
    message: 'NCT ids are upper case',
    path: ['id'],
  });
export type CuratedTrial = z.infer<typeof CuratedTrialSchema>;

/** How `families.yaml` steers the families derived from gene names at build time. */
export const DerivedFamilySettingsSchema = z.strictObject({
  /** Smallest number of genes sharing a name stem that makes a family. */
  minMembers: z.number().int().min(2).default(3),
  /** Name stems not to turn into families. */
  skip: z.array(z.string()).default([]),
  /** Stems too generic for prose ("transmembrane protein"): the family keeps only its symbol-prefix names. */
  noProseNames: z.array(z.string()).default([]),
  /** Word replacements that add name variants ("metallopeptidase" → "metalloproteinase"). */
  nameVariants: z.record(z.string(), z.string()).default({}),
});
export type DerivedFamilySettings = z.infer<typeof DerivedFamilySettingsSchema>;

/** The curated files, each a mapping with one list under a fixed key. */
export const CuratedFileSchemas = {
  'families.yaml': z.strictObject({
    derived: DerivedFamilySettingsSchema.default({ minMembers: 3, skip: [], noProseNames: [], nameVariants: {} }),
    families: z.array(CuratedFamilySchema),
  }),
  'complexes.yaml': z.strictObject({ complexes: z.array(CuratedComplexSchema) }),
  'isoforms.yaml': z.strictObject({ isoforms: z.array(CuratedIsoformSchema) }),
  'drugs.yaml': z.strictObject({ drugs: z.array(CuratedDrugSchema) }),
  'synonyms.yaml': z.strictObject({ synonyms: z.array(CuratedSynonymSchema) }),
  'drop-rules.yaml': z.strictObject({ dropRules: z.array(CuratedDropRuleSchema) }),
  'stoplist.yaml': z.strictObject({ stoplist: z.array(StopTermSchema) }),
  'non-entities.yaml': z.strictObject({ nonEntities: z.array(CuratedNonEntitySchema) }),
  'trials.yaml': z.strictObject({ trials: z.array(CuratedTrialSchema) }),
} as const;
export type CuratedFileName = keyof typeof CuratedFileSchemas;

/** All curated data, as the build reads it. */
export interface CuratedData {
  derivedFamilies: DerivedFamilySettings;
  families: CuratedFamily[];
  complexes: CuratedComplex[];
  isoforms: CuratedIsoform[];
  drugs: CuratedDrug[];
  synonyms: CuratedSynonym[];
  dropRules: CuratedDropRule[];
  stoplist: StopTerm[];
  nonEntities: CuratedNonEntity[];
  trials: CuratedTrial[];
}

// ---------------------------------------------------------------------------------------------
// (b) The generated bundle (data/ontology/bundle/*.json)
// ---------------------------------------------------------------------------------------------

export const BundleSourceSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  /** Debian package the data was taken from, and its version. */
  debianPackage: z.string().optional(),
  packageVersion: z.string().optional(),
  /** Source dates as the source itself states them (e.g. EGSOURCEDATE `2022-Sep12`). */
  dates: z.record(z.string(), z.string()),
  licence: z.string(),
  url: z.string().optional(),
  /** Whether data from this source is in the bundle (false: used at build time only). */
  redistributed: z.boolean(),
  note: z.string().optional(),
});
export type BundleSource = z.infer<typeof BundleSourceSchema>;

export const BundleMetaSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  /** SHA-256 of the curated YAML files the bundle was built from (see `curatedDigest` in the build). */
  curatedDigest: z.string().regex(/^[0-9a-f]{64}$/),
  sources: z.array(BundleSourceSchema),
  counts: z.record(z.string(), z.number().int().nonnegative()),
});
export type BundleMeta = z.infer<typeof BundleMetaSchema>;

/** Checks that every listed column of a columnar table has the same length as `lengthOf`. */
function sameLengths<T extends Record<string, unknown[]>>(lengthOf: keyof T, columns: readonly (keyof T)[]) {
  return (table: T, ctx: z.RefinementCtx) => {
    const n = table[lengthOf]!.length;
    for (const c of columns) {
      if (table[c]!.length !== n) {
        ctx.addIssue({ code: 'custom', path: [c as string], message: `column has ${table[c]!.length} rows, expected ${n}` });
      }
    }
  };
}

/**
 * Genes, one array per field (row i of every column is gene i), sorted by Entrez id.
 * List-valued fields are '|'-joined strings ('' for none).
 */
export const GeneColumnsSchema = z
  .strictObject({
    /** Gene type names; `type` holds indices into this list. */
    types: z.array(z.string()),
    id: z.array(z.number().int().positive()),
    symbol: z.array(z.string().min(1)),
    name: z.array(z.string()),
    type: z.array(z.number().int().nonnegative()),
    cytoband: z.array(z.string()),
    aliases: z.array(z.string()),
    ensembl: z.array(z.string()),
    uniprot: z.array(z.string()),
    /** miRBase precursor accessions (MI…) of miRNA genes. */
    mirbase: z.array(z.string()),
  })
  .superRefine(sameLengths('id', ['symbol', 'name', 'type', 'cytoband', 'aliases', 'ensembl', 'uniprot', 'mirbase']))
  .superRefine((g, ctx) => {
    const bad = g.type.findIndex((t) => t >= g.types.length);
    if (bad >= 0) ctx.addIssue({ code: 'custom', path: ['type', bad], message: 'type index out of range' });
  });
export type GeneColumns = z.infer<typeof GeneColumnsSchema>;

/** Mature miRNAs (miRBase), one array per field, sorted by accession. */
export const MirnaColumnsSchema = z
  .strictObject({
    acc: z.array(z.string().regex(/^MIMAT[0-9]{7}$/)),
    name: z.array(z.string().min(1)),
    /** '|'-joined precursor accessions (MI…). */
    precursors: z.array(z.string()),
    /** '|'-joined Entrez ids of the precursor genes ('' where no gene matched). */
    genes: z.array(z.string().regex(/^(?:[0-9]+(?:\|[0-9]+)*)?$/)),
  })
  .superRefine(sameLengths('acc', ['name', 'precursors', 'genes']));
export type MirnaColumns = z.infer<typeof MirnaColumnsSchema>;

/** A curated or derived entity, compiled (gene symbols resolved to ids). */
export const CompiledEntitySchema = z.strictObject({
  id: EntityIdSchema,
  type: z.enum(['family', 'complex', 'isoform', 'drug', 'trial', 'nonentity-class']),
  name: SurfaceSchema,
  synonyms: Surfaces,
  codes: Surfaces.optional(),
  brands: Surfaces.optional(),
  members: z.array(EntityIdSchema).optional(),
  targets: z.array(EntityIdSchema).optional(),
  parent: EntityIdSchema.optional(),
  drugs: z.array(EntityIdSchema).optional(),
  drugClass: z.string().optional(),
  /** A drug whose name is also an endogenous substance's (see CuratedDrugSchema). */
  endogenous: z.literal(true).optional(),
  category: z.enum(NON_ENTITY_CATEGORIES).optional(),
  go: z.string().optional(),
  nct: NctIdSchema.optional(),
  title: z.string().optional(),
  condition: z.string().optional(),
  note: z.string().optional(),
  /** `curated` (hand-kept YAML) or `derived` (families found in the gene data at build time). */
  source: z.enum(['curated', 'derived']),
});
export type CompiledEntity = z.infer<typeof CompiledEntitySchema>;

/** Curated synonyms of a bundled gene or miRNA (surface forms missing from the source aliases). */
export const CompiledSynonymSchema = z.strictObject({
  id: EntityIdSchema,
  synonyms: Surfaces,
  /** The subset of `synonyms` that needs context (from entries marked `ambiguous: true`). */
  ambiguous: Surfaces.optional(),
});
export type CompiledSynonym = z.infer<typeof CompiledSynonymSchema>;

export const EntitiesFileSchema = z.strictObject({
  entities: z.array(CompiledEntitySchema),
  synonyms: z.array(CompiledSynonymSchema),
  stoplist: z.array(StopTermSchema),
});
export type EntitiesFile = z.infer<typeof EntitiesFileSchema>;

/** The whole bundle, as the four JSON files hold it. */
export const OntologyBundleSchema = z.strictObject({
  meta: BundleMetaSchema,
  genes: GeneColumnsSchema,
  mirnas: MirnaColumnsSchema,
  entities: EntitiesFileSchema,
});
export type OntologyBundle = z.infer<typeof OntologyBundleSchema>;

// ---------------------------------------------------------------------------------------------
// (c) A user ontology (.evidence-lens/ontology.yaml or .json)
// ---------------------------------------------------------------------------------------------

export const UserEntitySchema = z.strictObject({
  id: EntityIdSchema,
  type: z.enum(ENTITY_TYPES),
  name: SurfaceSchema,
  symbol: SurfaceSchema.optional(),
  synonyms: Surfaces.default([]),
  /** Members (families, complexes), targets (drugs) and parent (isoforms): entity ids or gene symbols. */
  members: z.array(MemberRefSchema).optional(),
  targets: z.array(MemberRefSchema).optional(),
  parent: MemberRefSchema.optional(),
  drugClass: z.string().optional(),
  category: z.enum(NON_ENTITY_CATEGORIES).optional(),
  note: z.string().optional(),
});
export type UserEntity = z.infer<typeof UserEntitySchema>;

export const UserSynonymEditSchema = z
  .strictObject({
    /** The entity to edit (bundled or user-defined). */
    id: EntityIdSchema,
    add: Surfaces.default([]),
    drop: Surfaces.default([]),
  })
  .refine((e) => e.add.length + e.drop.length > 0, { message: 'expected at least one synonym to add or drop', path: ['add'] });
export type UserSynonymEdit = z.infer<typeof UserSynonymEditSchema>;

export const UserNotEntitySchema = z.union(
  [SurfaceSchema, z.strictObject({ term: SurfaceSchema, caseSensitive: z.boolean().default(true), note: z.string().optional() })],
  { error: 'expected a term (string) or { term, caseSensitive, note }' },
);

export const UserOntologySchema = z.strictObject({
  version: z.literal(1).optional(),
  /** New entities. */
  entities: z.array(UserEntitySchema).default([]),
  /** Synonyms to add to or drop from an entity. */
  synonyms: z.array(UserSynonymEditSchema).default([]),
  /** Words that are never entities in this workspace (a plain string is case-sensitive). */
  notEntities: z.array(UserNotEntitySchema).default([]),
});
export type UserOntology = z.infer<typeof UserOntologySchema>;

/** Result of validating a data file: the parsed value, or messages naming file, entry and field. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Renders a zod issue path as `entities[3].synonyms[0]`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

/**
 * Turns zod issues into one message each, naming the file, the field path and, where the path goes
 * through a list entry with an id (or term), that entry:
 * `file: entities[3].synonyms[0] (drug:foo): expected string, received number`.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], file: string, data: unknown): string[] {
  return issues.map((issue) => {
    const path = issue.path;
    let where = formatIssuePath(path);
    if (path.length >= 2 && typeof path[0] === 'string' && typeof path[1] === 'number') {
      const entry = (data as Record<string, unknown> | null)?.[path[0]];
      const item = Array.isArray(entry) ? (entry[path[1]] as unknown) : undefined;
      const label =
        item && typeof item === 'object' ? ((item as { id?: unknown; term?: unknown }).id ?? (item as { term?: unknown }).term) : undefined;
      if (typeof label === 'string') where += ` (${label})`;
    }
    const message = /received undefined$/.test(issue.message)
      ? 'required field is missing'
      : issue.message.replace(/^Invalid (?:input|option): /, '');
    return `${file}: ${where || '(top level)'}: ${message}`;
  });
}

/**
 * Validates parsed user-ontology data (from `.evidence-lens/ontology.yaml|json`). On failure the
 * errors name the file, the entry (index and id) and the field, e.g.
 * `.evidence-lens/ontology.yaml: entities[3].synonyms[0] (drug:foo): expected string, received number`.
 */
export function validateUserOntology(data: unknown, path: string): ValidationResult<UserOntology> {
  if (data === null || data === undefined) return { ok: true, value: UserOntologySchema.parse({}) };
  const parsed = UserOntologySchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues, path, data) };
  const errors: string[] = [];
  const seen = new Map<string, number>();
  parsed.data.entities.forEach((e, i) => {
    const first = seen.get(e.id);
    if (first !== undefined) errors.push(`${path}: entities[${i}].id (${e.id}): duplicate of entities[${first}]`);
    else seen.set(e.id, i);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
}
