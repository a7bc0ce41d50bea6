/**
 * Builds the packed lookup index of the bundled ontology (data/ontology/lookup-index.tsv) from the committed bundle
 * and lexicon, so that a fresh process reads the index instead of building it (about 0.5 s). Deterministic: the
 * same bundle, lexicon and code give a byte-identical file. Run by `npm run build:ontology`; run it by hand after
 * changing the index code (src/core/recognise/lookup-index.ts, keys.ts) or the lexicon. The unit test
 * test/unit/packed-index.test.ts fails while the committed file differs from what this script writes.
 *
 *   npx tsx scripts/build-index.ts [--check] [--quiet]
 *
 * --check   build and compare with the committed file; exit 1 if it differs (writes nothing)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundledLexicon } from '../src/core/recognise/lexicon';
import { buildLookupIndex, type GeneStepCounts } from '../src/core/recognise/lookup-index';
import { packLookupIndex } from '../src/core/recognise/packed-index';
import { bundleFolder, bundledSourceDigest, loadBundledOntology } from '../src/node/ontology';
import { packedIndexPath } from '../src/node/packed-index-file';

/** The packed index text for the bundle and lexicon as they are now, built from scratch. */
export function buildPackedIndexText(): string {
  const gene: GeneStepCounts = { entries: new Map(), prefixes: new Map(), codePrefixes: new Map() };
  const tables = buildLookupIndex(loadBundledOntology(), bundledLexicon(), gene);
  return packLookupIndex(tables, gene, bundledSourceDigest());
}

function main(): number {
  const check = process.argv.includes('--check');
  const quiet = process.argv.includes('--quiet');
  const t0 = performance.now();
  const file = packedIndexPath(bundleFolder());
  const text = buildPackedIndexText();
  const rel = path.relative(process.cwd(), file);
  const old = existsSync(file) ? readFileSync(file, 'latin1') : undefined;
  const ms = Math.round(performance.now() - t0);
  if (old === text) {
    if (!quiet) console.error(`${rel} is up to date (${ms} ms)`);
    return 0;
  }
  if (check) {
    console.error(`${rel} is out of date: run npx tsx scripts/build-index.ts`);
    return 1;
  }
  writeFileSync(file, text, 'latin1');
  if (!quiet) console.error(`wrote ${rel} (${text.length} bytes, ${text.split('\n').length - 2} keys, ${ms} ms)`);
  return 0;
}

if (require.main === module) process.exit(main());
