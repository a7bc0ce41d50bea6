/**
 * Scores entity recognition (dev tool; not part of `npm test`):
 *  1. the held-out drafts' gold mentions (test/fixtures/drafts/*.mentions.tsv): precision and recall per file and type;
 *  2. the 70 gold mentions of the trastuzumab review in /work/shared/corpus (skipped when absent);
 *  3. false positives on ordinary English prose gathered from this machine (Debian licence texts and changelogs).
 *
 * usage: npx tsx scripts/score-mentions.ts [--verbose] [--json]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createRecogniser } from '../src/core/recognise';
import { scoreDraft, scoreCorpus, type DraftScore } from '../src/core/recognise/scoring';
import { parseDocument } from '../src/core/parse/document';
import { loadBundledOntology } from '../src/node/ontology';

const ROOT = path.resolve(__dirname, '..');
const dirArg = process.argv.indexOf('--dir');
/** Folder of drafts with gold `.mentions.tsv` files: test/fixtures/drafts (development) or `--dir test/fixtures/unseen`. */
const DRAFTS = dirArg > 0 ? path.resolve(process.argv[dirArg + 1]!) : path.join(ROOT, 'test/fixtures/drafts');
const CORPUS = '/work/shared/corpus';
const verbose = process.argv.includes('--verbose');

const tLoad = performance.now();
const model = loadBundledOntology();
const tIndex = performance.now();
const recogniser = createRecogniser(model);
const tReady = performance.now();
console.log(`ontology loaded in ${(tIndex - tLoad).toFixed(0)} ms, recogniser index built in ${(tReady - tIndex).toFixed(0)} ms`);

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');

// 1. Held-out drafts ----------------------------------------------------------------------------
const totals = new Map<string, { tp: number; gold: number; pred: number; predOk: number }>();
console.log('Held-out drafts (precision = correct predicted / predicted; recall = correct gold / gold)');
for (const f of readdirSync(DRAFTS).filter((x) => x.endsWith('.mentions.tsv')).sort()) {
  const name = f.replace(/\.mentions\.tsv$/, '');
  const text = readFileSync(path.join(DRAFTS, `${name}.md`), 'utf8');
  const gold = readFileSync(path.join(DRAFTS, f), 'utf8');
  const doc = parseDocument(text, `${name}.md`);
  const score: DraftScore = scoreDraft(model, doc, recogniser.recognise(doc), gold);
  console.log(`\n${name}`);
  for (const [type, s] of [...score.byType].sort()) {
    console.log(`  ${type.padEnd(8)} P ${pct(s.predOk / s.pred)} (${s.predOk}/${s.pred})  R ${pct(s.tp / s.gold)} (${s.tp}/${s.gold})`);
    const t = totals.get(type) ?? { tp: 0, gold: 0, pred: 0, predOk: 0 };
    t.tp += s.tp;
    t.gold += s.gold;
    t.pred += s.pred;
    t.predOk += s.predOk;
    totals.set(type, t);
  }
  if (verbose) {
    for (const m of score.missed) console.log(`    missed  ${m}`);
    for (const m of score.wrong) console.log(`    wrong   ${m}`);
    for (const m of score.spurious) console.log(`    extra   ${m}`);
  }
}
console.log('\nAll drafts');
for (const [type, s] of [...totals].sort()) {
  console.log(`  ${type.padEnd(8)} P ${pct(s.predOk / s.pred)} (${s.predOk}/${s.pred})  R ${pct(s.tp / s.gold)} (${s.tp}/${s.gold})`);
}

// 2. The trastuzumab review corpus ---------------------------------------------------------------
const review = path.join(CORPUS, 'trastuzumab-resistance-review.txt');
const goldCorpus = path.join(CORPUS, 'trastuzumab-resistance-mentions.tsv');
if (existsSync(review) && existsSync(goldCorpus)) {
  const doc = parseDocument(readFileSync(review, 'utf8'), 'review.txt');
  const s = scoreCorpus(model, recogniser.recognise(doc), readFileSync(goldCorpus, 'utf8'));
  console.log(`\nTrastuzumab review corpus: ${s.ok}/${s.total} gold mentions resolve as expected (${((100 * s.ok) / s.total).toFixed(1)}%)`);
  for (const m of s.failures) console.log(`    ${m}`);
} else console.log('\nTrastuzumab review corpus: not found, skipped');

// 3. False positives on ordinary English ---------------------------------------------------------
const english = gatherEnglish(60_000);
const words = english.split(/\s+/).filter(Boolean).length;
const t0 = performance.now();
const fp = recogniser.recogniseText(english);
const ms = performance.now() - t0;
console.log(`\nEnglish prose (Debian licences and changelogs): ${words} words, ${fp.length} mentions = ${((fp.length * 10_000) / words).toFixed(2)} per 10,000 words`);
const counts = new Map<string, number>();
for (const m of fp) counts.set(`${m.text}→${m.entity?.symbol ?? m.entity?.name ?? '?'}`, (counts.get(`${m.text}→${m.entity?.symbol ?? m.entity?.name ?? '?'}`) ?? 0) + 1);
console.log(`  ${[...counts].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${k}×${v}`).join(', ')}`);
console.log(`  (scanned ${(english.length / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms)`);

// 4. Speed: the example and held-out drafts concatenated to about 4 MB, prose spans only (parsing excluded).
if (process.argv.includes('--bench')) {
  const files = [path.join(ROOT, 'examples/her2-resistance-review.md'), ...readdirSync(DRAFTS).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => path.join(DRAFTS, f))];
  const base = files.map((f) => readFileSync(f, 'utf8')).join('\n\n');
  let big = '';
  while (big.length < 4_000_000) big += base + '\n\n';
  const doc = parseDocument(big, 'bench.md');
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const a = performance.now();
    recogniser.recognise(doc);
    times.push(performance.now() - a);
  }
  times.sort((a, b) => a - b);
  const med = times[2]!;
  const a = performance.now();
  let words = 0;
  for (const _ of big.matchAll(/[\p{L}\p{N}]+/gu)) words++;
  const ref = performance.now() - a;
  console.log(`\nSpeed: ${(big.length / 1e6).toFixed(2)} MB in ${med.toFixed(0)} ms (median of 5) = ${(big.length / 1e6 / (med / 1000)).toFixed(1)} MB/s; ` +
    `reference: a bare Unicode word regex over the same text runs at ${(big.length / 1e6 / (ref / 1000)).toFixed(1)} MB/s (${words} words)`);
}

/** Concatenates licence texts and Debian changelogs of this machine until `minWords` words. */
function gatherEnglish(minWords: number): string {
  const parts: string[] = [];
  let n = 0;
  const push = (s: string) => {
    parts.push(s);
    n += s.split(/\s+/).length;
  };
  const lic = '/usr/share/common-licenses';
  if (existsSync(lic)) for (const f of readdirSync(lic).sort()) {
    const p = path.join(lic, f);
    try {
      push(readFileSync(p, 'utf8'));
    } catch {
      /* a directory or unreadable */
    }
  }
  const doc = '/usr/share/doc';
  if (existsSync(doc)) {
    for (const d of readdirSync(doc).sort()) {
      if (n >= minWords) break;
      const p = path.join(doc, d, 'changelog.Debian.gz');
      if (!existsSync(p)) continue;
      try {
        push(gunzipSync(readFileSync(p)).toString('utf8'));
      } catch {
        /* ignore */
      }
    }
  }
  return parts.join('\n\n');
}
