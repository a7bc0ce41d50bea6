/**
 * `tsx scripts/bench/server-only.ts [--runs N] [-- node args…]`: only the language-server part of `npm run bench`
 * (see `./server`), run N times (default 3) in fresh processes, with medians. Memory (RSS) is the figure it is meant
 * for: it does not depend much on the machine's load, unlike the times. Node args (e.g. V8 flags) go to the server
 * process, to compare settings. Needs `npm run build`; writes the drafts to bench/drafts when they are missing.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateDraft } from './generate';
import { measureServer, quantile, type ServerBenchResult } from './server';

const ROOT = path.resolve(__dirname, '../..');
const DRAFTS = path.join(ROOT, 'bench', 'drafts');
const dash = process.argv.indexOf('--');
const own = dash >= 0 ? process.argv.slice(2, dash) : process.argv.slice(2);
const nodeArgs = dash >= 0 ? process.argv.slice(dash + 1) : [];
const runsAt = own.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(own[runsAt + 1]) : 3;

async function main(): Promise<void> {
  const serverJs = path.join(ROOT, 'dist/server.js');
  if (!existsSync(serverJs)) throw new Error('run `npm run build` first');
  mkdirSync(DRAFTS, { recursive: true });
  for (const [label, bytes] of [['200KB', 200 * 1024], ['1MB', 1024 * 1024]] as const) {
    const file = path.join(DRAFTS, `draft-${label}.md`);
    if (!existsSync(file)) writeFileSync(file, generateDraft(bytes));
  }
  const results: ServerBenchResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await measureServer(serverJs, path.join(DRAFTS, 'draft-200KB.md'), path.join(DRAFTS, 'draft-1MB.md'), nodeArgs);
    results.push(r);
    console.error(
      `run ${i + 1}: RSS ${r.rssAfter1MBDraftMB.toFixed(0)} MB, settled ${r.rssSettledMB.toFixed(0)} MB, peak ${r.rssPeakMB?.toFixed(0) ?? '?'} MB; ` +
        `first diagnostics ${r.firstDiagnostics200KBMs.toFixed(0)} ms, hover median ${r.hoverMedianMs.toFixed(1)} ms, p95 ${r.hoverP95Ms.toFixed(1)} ms`,
    );
  }
  const med = (pick: (r: ServerBenchResult) => number | undefined) => quantile(results.map((r) => pick(r) ?? NaN), 0.5);
  console.log(
    JSON.stringify({
      runs: RUNS,
      nodeArgs,
      rssAfter1MBDraftMB: Math.round(med((r) => r.rssAfter1MBDraftMB)),
      rssSettledMB: Math.round(med((r) => r.rssSettledMB)),
      rssPeakMB: Math.round(med((r) => r.rssPeakMB)),
      firstDiagnostics200KBMs: Math.round(med((r) => r.firstDiagnostics200KBMs)),
      hoverMedianMs: +med((r) => r.hoverMedianMs).toFixed(1),
      hoverP95Ms: +med((r) => r.hoverP95Ms).toFixed(1),
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
