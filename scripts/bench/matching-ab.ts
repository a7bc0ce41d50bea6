/**
 * Matching speed of this tree's recogniser against another tree's (dev tool): both recognisers run
 * `recogniseText` on the 1 MB benchmark draft in turn, round after round, and the medians and their ratio are
 * printed. Without `--old DIR` only this tree's recogniser is timed (use with --cpu-prof to profile).
 *
 * usage: npx tsx scripts/bench/matching-ab.ts [--old /tmp/speed-old] [--rounds 20] [--parts]
 *   --parts: time `recognise` over the parsed draft instead (prose spans, as the CLI does)
 *   --fresh: a new recogniser for every run (cold caches, warm JIT)
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument } from '../../src/core/parse/document';
import { createRecogniser, type Recogniser } from '../../src/core/recognise';
import { loadBundledOntology } from '../../src/node/ontology';

const ROOT = path.resolve(__dirname, '../..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const rounds = Number(arg('--rounds') ?? 20);
const parts = process.argv.includes('--parts');
const fresh = process.argv.includes('--fresh');
const text = readFileSync(path.join(ROOT, 'bench/drafts/draft-1MB.md'), 'utf8');
const mb = Buffer.byteLength(text) / 1024 / 1024;
const doc = parseDocument(text, 'draft-1MB.md');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const model = loadBundledOntology();
  const runners: Array<[string, Recogniser]> = [['new', createRecogniser(model)]];
  const makers = new Map<string, () => Recogniser>([['new', () => createRecogniser(model)]]);
  const old = arg('--old');
  if (old) {
    // The other tree's own loader, so that its recogniser gets its own prebuilt index as in a real run.
    const mod = (await import(path.join(path.resolve(old), 'src/core/recognise/index.ts'))) as { createRecogniser: typeof createRecogniser };
    const load = (await import(path.join(path.resolve(old), 'src/node/ontology.ts'))) as { loadBundledOntology: typeof loadBundledOntology };
    const oldModel = load.loadBundledOntology();
    runners.push(['old', mod.createRecogniser(oldModel)]);
    makers.set('old', () => mod.createRecogniser(oldModel));
  }
  const times = new Map<string, number[]>(runners.map(([k]) => [k, []]));
  // CPU time of the process per run as well: on a machine shared with other work, wall time also counts waiting.
  const cpu = new Map<string, number[]>(runners.map(([k]) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [k, kept] of r % 2 ? [...runners].reverse() : runners) {
      const rec = fresh ? makers.get(k)!() : kept;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      if (parts) rec.recognise(doc);
      else rec.recogniseText(text);
      const ms = performance.now() - t0;
      const c1 = process.cpuUsage(c0);
      times.get(k)!.push(ms);
      cpu.get(k)!.push((c1.user + c1.system) / 1000);
      if (r === 0) console.log(`${k} first run: ${ms.toFixed(0)} ms`);
    }
  }
  for (const [k, ts] of times) {
    const m = median(ts.slice(Math.min(2, ts.length - 1)));
    const c = median(cpu.get(k)!.slice(Math.min(2, ts.length - 1)));
    console.log(`${k}: median ${m.toFixed(1)} ms = ${(mb / (m / 1000)).toFixed(2)} MB/s (min ${Math.min(...ts).toFixed(1)}); CPU median ${c.toFixed(1)} ms`);
  }
  const cpuRatio = () => median(cpu.get('new')!.slice(Math.min(2, rounds - 1))) / median(cpu.get('old')!.slice(Math.min(2, rounds - 1)));
  if (old) console.log(`new/old CPU: ${cpuRatio().toFixed(3)}`);
  if (old) console.log(`new/old: ${(median(times.get("new")!.slice(Math.min(2, rounds - 1))) / median(times.get("old")!.slice(Math.min(2, rounds - 1)))).toFixed(3)}`);
}
void main();
