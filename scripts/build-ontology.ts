/**
 * Builds the bundled ontology (data/ontology/bundle/*.json) from Debian packages and the curated
 * YAML (data/ontology/curated/*.yaml), refreshes the generated part of data/NOTICE.md, then runs
 * scripts/build-index.ts (the packed lookup index, data/ontology/lookup-index.tsv).
 *
 *   tsx scripts/build-ontology.ts [--cache DIR] [--refresh] [--check] [--no-mirbase] [--quiet]
 *
 * --cache DIR    where .debs are downloaded and unpacked (default: .cache/ontology, git-ignored)
 * --refresh      download the packages again even if cached
 * --check        build, compare with the committed files (and the index), exit 1 if they differ (writes nothing)
 * --no-mirbase   leave miRBase out (no mature miRNAs, no MI accessions): see data/NOTICE.md
 *
 * Needs apt-get and dpkg-deb (Debian/Ubuntu; run `apt-get update` once). Dev-only, not CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { curatedDigest, parseCuratedTexts, readCuratedTexts } from './ontology/curated';
import { fetchPackages, mainLicence } from './ontology/fetch';
import { parseMirbaseGff } from './ontology/mirbase';
import { readNcbiGeneSqlite } from './ontology/ncbi-gene';
import { renderNoticeSection, replaceNoticeSection, serializeBundle } from './ontology/serialize';
import { CuratedDataError, transformOntology } from './ontology/transform';
import type { RawMirbase } from './ontology/types';

const ROOT = path.resolve(__dirname, '..');
const PACKAGES = { geneDb: 'r-bioc-org.hs.eg.db', mirbase: 'optimir', words: 'wamerican' } as const;
/** Used when a package's copyright file is not machine-readable. */
const LICENCE_FALLBACK: Record<string, string> = {
  wamerican: 'SCOWL licence (permissive; see the package copyright file)',
};

function findFile(root: string, name: string): string {
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const entry of readdirSync(dir).sort()) {
      const p = path.join(dir, entry);
      if (entry === name) return p;
      if (statSync(p).isDirectory()) stack.push(p);
    }
  }
  throw new Error(`${name} not found under ${root}`);
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const quiet = process.argv.includes('--quiet');
  const check = process.argv.includes('--check');
  const log = (s: string) => {
    if (!quiet) console.error(s);
  };
  const cacheDir = path.resolve(arg('--cache') ?? path.join(ROOT, '.cache', 'ontology'));
  const outDir = path.join(ROOT, 'data', 'ontology', 'bundle');
  const noticeFile = path.join(ROOT, 'data', 'NOTICE.md');
  const t0 = performance.now();

  const withMirbase = !process.argv.includes('--no-mirbase');
  const curatedTexts = readCuratedTexts(path.join(ROOT, 'data', 'ontology', 'curated'));
  const curated = parseCuratedTexts(curatedTexts);
  if (!curated.data) {
    console.error(`curated data is invalid:\n  ${curated.errors.join('\n  ')}`);
    return 1;
  }

  const wanted = withMirbase ? [PACKAGES.geneDb, PACKAGES.words, PACKAGES.mirbase] : [PACKAGES.geneDb, PACKAGES.words];
  const [geneDb, words, mirbase] = fetchPackages(wanted, cacheDir, { refresh: process.argv.includes('--refresh'), log });
  const info = (p: NonNullable<typeof geneDb>) => ({
    name: p.name,
    version: p.version,
    licence: mainLicence(p.copyright) ?? LICENCE_FALLBACK[p.name] ?? 'see the package copyright file',
  });

  log('reading org.Hs.eg.sqlite …');
  const geneSource = await readNcbiGeneSqlite(findFile(geneDb!.root, 'org.Hs.eg.sqlite'));
  const gff: RawMirbase = mirbase
    ? parseMirbaseGff(readFileSync(findFile(mirbase.root, 'hsa_miRBase_v22.gff3'), 'utf8'))
    : { header: {}, precursors: [], matures: [] };
  const englishWords = new Set(
    readFileSync(findFile(words!.root, 'american-english'), 'utf8')
      .split('\n')
      .filter((w) => /^[a-z]+$/.test(w)),
  );

  let result;
  try {
    result = transformOntology({
      genes: geneSource.genes,
      geneMetadata: geneSource.metadata,
      mirbase: gff,
      englishWords,
      curated: curated.data,
      curatedDigest: curatedDigest(curatedTexts),
      packages: { geneDb: info(geneDb!), words: info(words!), ...(mirbase ? { mirbase: info(mirbase) } : {}) },
    });
  } catch (e) {
    if (e instanceof CuratedDataError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
  for (const w of result.warnings) log(`warning: ${w}`);

  const targets = Object.entries(serializeBundle(result.bundle)).map(([name, text]) => [path.join(outDir, name), text] as const);
  const notice = existsSync(noticeFile) ? readFileSync(noticeFile, 'utf8') : '';
  targets.push([noticeFile, replaceNoticeSection(notice, renderNoticeSection(result.bundle.meta))]);

  let differs = 0;
  for (const [file, text] of targets) {
    const old = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (old === text) continue;
    differs++;
    if (check) console.error(`${path.relative(ROOT, file)} is out of date`);
    else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      log(`wrote ${path.relative(ROOT, file)} (${Buffer.byteLength(text)} bytes)`);
    }
  }
  const c = result.bundle.meta.counts;
  log(
    `genes ${c.genes} (aliases ${c.geneAliases}), mature miRNAs ${c.mirnas}, families ${c.familiesCurated} curated + ${c.familiesDerived} derived, ` +
      `complexes ${c.complexes}, isoforms ${c.isoforms}, drugs ${c.drugs}, trials ${c.trials}, non-entities ${c.nonEntities}, ` +
      `stop terms ${c.stopTerms}; ${Math.round(performance.now() - t0)} ms`,
  );
  if (check) log(differs === 0 ? 'bundle is up to date' : `${differs} file(s) out of date: run npm run build:ontology`);
  // The packed lookup index is built from the bundle as written, in a fresh process.
  const index = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'build-index.ts'), ...(check ? ['--check'] : []), ...(quiet ? ['--quiet'] : [])], { stdio: 'inherit' });
  if (index.status !== 0) return 1;
  return check && differs > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.stack ?? e.message : e);
    process.exit(1);
  },
);
