/** Reads and validates the hand-kept YAML in data/ontology/curated/. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { type CuratedData, type CuratedFileName, CuratedFileSchemas, formatIssues } from '../../src/core/ontology/schema';

export const CURATED_FILES = Object.keys(CuratedFileSchemas) as CuratedFileName[];

/**
 * Parses and validates the curated files given as texts by file name (pure). Returns the data, or
 * the errors naming file, entry and field.
 */
export function parseCuratedTexts(texts: Readonly<Record<string, string>>, dirLabel = 'data/ontology/curated'): { data?: CuratedData; errors: string[] } {
  const errors: string[] = [];
  const parsed: Record<string, unknown> = {};
  for (const file of CURATED_FILES) {
    const label = `${dirLabel}/${file}`;
    const text = texts[file];
    if (text === undefined) {
      errors.push(`${label}: missing`);
      continue;
    }
    let raw: unknown;
    try {
      raw = parse(text);
    } catch (e) {
      errors.push(`${label}: ${(e as Error).message}`);
      continue;
    }
    const r = CuratedFileSchemas[file].safeParse(raw);
    if (r.success) parsed[file] = r.data;
    else errors.push(...formatIssues(r.error.issues, label, raw));
  }
  if (errors.length > 0) return { errors };
  const get = <F extends CuratedFileName>(f: F) => parsed[f] as ReturnType<(typeof CuratedFileSchemas)[F]['parse']>;
  const families = get('families.yaml');
  return {
    errors,
    data: {
      derivedFamilies: families.derived,
      families: families.families,
      complexes: get('complexes.yaml').complexes,
      isoforms: get('isoforms.yaml').isoforms,
      drugs: get('drugs.yaml').drugs,
      synonyms: get('synonyms.yaml').synonyms,
      dropRules: get('drop-rules.yaml').dropRules,
      stoplist: get('stoplist.yaml').stoplist,
      nonEntities: get('non-entities.yaml').nonEntities,
      trials: get('trials.yaml').trials,
    },
  };
}

/**
 * SHA-256 of the curated files (in `CURATED_FILES` order, line endings normalised to LF), so a
 * test can tell that the committed bundle was built from the committed YAML.
 */
export function curatedDigest(texts: Readonly<Record<string, string>>): string {
  const h = createHash('sha256');
  for (const file of CURATED_FILES) h.update(`${file}\n${(texts[file] ?? '').replace(/\r\n/g, '\n')}\n`);
  return h.digest('hex');
}

/** Reads the texts of the curated files of `dir` by file name (missing files are left out). */
export function readCuratedTexts(dir: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const file of CURATED_FILES) {
    try {
      texts[file] = readFileSync(path.join(dir, file), 'utf8');
    } catch {
      // reported as missing by parseCuratedTexts
    }
  }
  return texts;
}

/** Reads every curated file of `dir` (missing files are reported as errors). */
export function readCuratedDir(dir: string): { data?: CuratedData; errors: string[] } {
  return parseCuratedTexts(readCuratedTexts(dir), path.relative(process.cwd(), dir) || dir);
}
