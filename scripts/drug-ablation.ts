/**
 * Measures drug recognition on drugs the curated list does not know (dev tool; not part of `npm test`). For each set,
 * a temporary copy of the worktree gets a curated drug list without every drug whose name, synonym, brand or code
 * occurs as a gold drug mention of that set (trials lose their references to them); the ontology, lexicon and index
 * are rebuilt in the copy and the set is scored there. The worktree's data/ is never written.
 *
 *   npx tsx scripts/drug-ablation.ts [--sets drafts,dev,blind,…] [--union] [--types] [--verbose]
 *
 * --sets     sets under test/fixtures (default: drafts, dev, blind, blind2 … blind13; never `unseen`)
 * --union    one copy without the drugs of all the sets together (one build) instead of one copy per set
 * --types    print every entity type's P/R, not only drugs
 * --verbose  per-mention errors of drugs (score-mentions --verbose, drug lines only)
 * --keep F   a file of curated drug ids (one a line) that stay in the list even when a set names them: measures what
 *            entries added without sight of the sets (a broad list by class) give on drugs the older list lacked
 *
 * Needs .cache/ontology (scripts/build-ontology.ts downloads it) and node_modules.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_SETS = ['drafts', 'dev', 'blind', ...Array.from({ length: 12 }, (_, i) => `blind${i + 2}`)];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const sets = (arg('--sets')?.split(',') ?? DEFAULT_SETS).filter(Boolean);
if (sets.includes('unseen')) throw new Error('test/fixtures/unseen is held out: not scored here');
const union = process.argv.includes('--union');
const allTypes = process.argv.includes('--types');
const verbose = process.argv.includes('--verbose');
const keepFile = arg('--keep');
const keep = new Set(keepFile ? readFileSync(keepFile, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : []);

/** Lower-cased texts and expected names of the gold drug mentions of a set. */
function goldDrugNames(set: string): Set<string> {
  const dir = path.join(ROOT, 'test/fixtures', set);
  const names = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.mentions.tsv'))) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n').slice(1)) {
      const [, text, type, expected] = line.split('\t');
      if (type !== 'drug') continue;
      if (text) names.add(text.toLowerCase());
      if (expected) names.add(expected.toLowerCase());
    }
  }
  return names;
}

interface DrugEntry {
  id: string;
  name: string;
  synonyms?: string[];
  brands?: string[];
  codes?: string[];
  components?: string[];
}

/** Writes into `copy` the curated drugs and trials without the drugs named by `gold`; returns how many drugs went. */
function ablate(copy: string, gold: Set<string>): number {
  const dir = path.join(copy, 'data/ontology/curated');
  const drugsDoc = parse(readFileSync(path.join(dir, 'drugs.yaml'), 'utf8')) as { drugs: DrugEntry[] };
  const named = (d: DrugEntry) =>
    [d.id.replace(/^drug:/, ''), d.name, ...(d.synonyms ?? []), ...(d.brands ?? []), ...(d.codes ?? [])].some((n) => gold.has(n.toLowerCase()));
  const removed = new Set(drugsDoc.drugs.filter((d) => named(d) && !keep.has(d.id)).map((d) => d.id));
  // A combination goes with any of its components (a kept one too: its components must be in the list).
  for (const d of drugsDoc.drugs) if (d.components?.some((c) => removed.has(c))) removed.add(d.id);
  drugsDoc.drugs = drugsDoc.drugs.filter((d) => !removed.has(d.id));
  writeFileSync(path.join(dir, 'drugs.yaml'), stringify(drugsDoc));
  const trialsDoc = parse(readFileSync(path.join(dir, 'trials.yaml'), 'utf8')) as { trials: Array<{ drugs?: string[] }> };
  for (const t of trialsDoc.trials) if (t.drugs) t.drugs = t.drugs.filter((id) => !removed.has(id));
  writeFileSync(path.join(dir, 'trials.yaml'), stringify(trialsDoc));
  return removed.size;
}

/** A copy of the worktree's sources and data in a temporary folder (node_modules and the package cache linked). */
function makeCopy(): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'drug-ablation-'));
  for (const entry of ['src', 'scripts', 'data', 'package.json', 'tsconfig.json']) cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  symlinkSync(path.join(ROOT, '.cache'), path.join(copy, '.cache'));
  return copy;
}

function run(cwd: string, args: string[]): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

function rebuild(copy: string): void {
  run(copy, ['scripts/build-ontology.ts', '--quiet']);
  run(copy, ['scripts/build-drug-stems.ts']);
}

/** The "All drafts" block of score-mentions' output (and drug error lines when verbose). */
function score(copy: string, set: string): string {
  const out = run(copy, ['scripts/score-mentions.ts', '--dir', path.join(ROOT, 'test/fixtures', set), ...(verbose ? ['--verbose'] : [])]);
  const lines = out.split('\n');
  const all = lines.indexOf('All drafts');
  const totals = lines.slice(all + 1).filter((l) => /^ {2}\w+ +P /.test(l));
  const picked = totals.filter((l) => allTypes || l.trim().startsWith('drug'));
  // Per draft: its name, then its drug errors.
  const errors = verbose ? lines.slice(0, all).filter((l, i) => (/^ {4}(missed|wrong|extra)/.test(l) && /\bdrug\b/.test(l)) || (i > 1 && /^[a-z0-9]/.test(l))) : [];
  return [...picked.map((l) => `${set.padEnd(8)}${l}`), ...errors].join('\n');
}

const copies: string[] = [];
try {
  if (union) {
    const copy = makeCopy();
    copies.push(copy);
    const gold = new Set(sets.flatMap((s) => [...goldDrugNames(s)]));
    console.log(`union of ${sets.length} sets: ${ablate(copy, gold)} curated drugs removed`);
    rebuild(copy);
    for (const s of sets) console.log(score(copy, s));
  } else {
    for (const s of sets) {
      const copy = makeCopy();
      copies.push(copy);
      const n = ablate(copy, goldDrugNames(s));
      rebuild(copy);
      console.log(`${s.padEnd(8)}  [${n} curated drugs removed]\n${score(copy, s)}`);
      rmSync(copy, { recursive: true, force: true });
    }
  }
} finally {
  for (const c of copies) rmSync(c, { recursive: true, force: true });
}
