/**
 * Loads the bundled ontology (data/ontology/bundle/*.json) and a workspace's user ontology
 * (`.evidence-lens/ontology.yaml|json`). Works from source under tsx (repo root) and from the
 * esbuild bundle in dist/ (the data folder is found relative to this file).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type OntologyModel, applyUserOntology, buildOntologyModel } from '../core/ontology/bundle';
import { BUNDLE_FILES } from '../core/ontology/format';
import type { OntologyBundle, UserOntology } from '../core/ontology/schema';
import { bundledLexicon } from '../core/recognise/lexicon';
import { provideLookupIndex } from '../core/recognise/lookup-index';
import { lexiconPath, packedIndexPath, readPackedIndex, sourceDigest } from './packed-index-file';

/** The folder holding the bundle's JSON files. Throws when it cannot be found. */
export function bundleFolder(): string {
  for (const rel of ['../data', '../../data', '../../../data']) {
    const dir = path.resolve(__dirname, rel, 'ontology', 'bundle');
    if (existsSync(path.join(dir, BUNDLE_FILES.meta))) return dir;
  }
  throw new Error(`ontology bundle not found (looked for data/ontology/bundle next to ${__dirname})`);
}

let bundled: OntologyModel | undefined;
let bundledDigest = '';
const notes: string[] = [];

/**
 * The bundled ontology model (read and built once per process). The packed lookup index beside the bundle is
 * handed to the recogniser when it was built from these very files; otherwise a note says so (see
 * `bundledOntologyNotes`) and the recogniser builds its index in memory.
 */
export function loadBundledOntology(): OntologyModel {
  if (bundled) return bundled;
  const dir = bundleFolder();
  const files = (Object.values(BUNDLE_FILES) as string[]).map((f) => [f, readFileSync(path.join(dir, f))] as const);
  const bytes = new Map(files);
  const read = (f: string): unknown => JSON.parse(bytes.get(f)!.toString('utf8'));
  const bundle = {
    meta: read(BUNDLE_FILES.meta),
    genes: read(BUNDLE_FILES.genes),
    mirnas: read(BUNDLE_FILES.mirnas),
    entities: read(BUNDLE_FILES.entities),
  } as OntologyBundle;
  const model = buildOntologyModel(bundle);
  let lexicon: Buffer | undefined;
  try {
    lexicon = readFileSync(lexiconPath(dir));
  } catch {
    /* the bundled code carries the lexicon; without the file the packed index cannot be checked */
  }
  if (lexicon) {
    bundledDigest = sourceDigest([...files, ['lexicon.json', lexicon]]);
    const packed = readPackedIndex(packedIndexPath(dir), bundledDigest);
    if ('index' in packed) provideLookupIndex(model, bundledLexicon(), packed.index);
    else notes.push(packed.note);
  } else notes.push('data/ontology/lexicon.json is missing; the lookup index is built in memory instead (slower start-up)');
  bundled = model;
  return bundled;
}

/** Notes about loading the bundled ontology for the log (a stale or missing prebuilt index); empty when all is well. */
export function bundledOntologyNotes(): readonly string[] {
  return notes;
}

/** Digest of the bundle files and the lexicon the bundled ontology was loaded from (for `scripts/build-index.ts`). */
export function bundledSourceDigest(): string {
  loadBundledOntology();
  return bundledDigest;
}

/** A user ontology file read and validated, or the messages (file, entry, field) saying why not. */
export type UserOntologyResult = { ok: true; value: UserOntology } | { ok: false; errors: string[] };

/** Reads and validates a user ontology file (`.yaml`, `.yml` or `.json`). `display` names the file in messages. */
export function loadUserOntology(file: string, display = file): UserOntologyResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, errors: [`${display}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`] };
  }
  let data: unknown;
  try {
    data = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    const msg = String((e as Error).message ?? e).split('\n')[0];
    return { ok: false, errors: [`${display}: not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${msg}`] };
  }
  // Loaded here, not at start-up: the schema module loads zod (some 50 ms), which runs without user files need not pay.
  const { validateUserOntology } = require('../core/ontology/schema') as typeof import('../core/ontology/schema');
  return validateUserOntology(data, display);
}

/** The user ontology file of a workspace folder (`.evidence-lens/ontology.yaml`, `.yml` or `.json`), if any. */
export function findUserOntology(folder: string): string | undefined {
  for (const name of ['ontology.yaml', 'ontology.yml', 'ontology.json']) {
    const p = path.join(folder, '.evidence-lens', name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/**
 * The bundled model with a user ontology file applied. On an invalid file the bundled model is
 * returned unchanged, with the errors; unresolved references in a valid file come back as warnings.
 */
export function loadOntologyWithUser(file: string | undefined, display = file): { model: OntologyModel; errors: string[]; warnings: string[] } {
  const base = loadBundledOntology();
  if (!file) return { model: base, errors: [], warnings: [] };
  const user = loadUserOntology(file, display);
  if (!user.ok) return { model: base, errors: user.errors, warnings: [] };
  const { model, warnings } = applyUserOntology(base, user.value, display ?? file);
  return { model, errors: [], warnings };
}
