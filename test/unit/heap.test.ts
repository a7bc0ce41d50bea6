/** The language server's heap settings: threads that allocate a lot keep a small young generation. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { MAIN_THREAD_FLAG, WORKER_RESOURCE_LIMITS } from '../../src/server/heap';

/** Allocates ~100 MB of short-lived objects, then reports the new space's physical size in MB through `report`. */
const BURST = `
  const { getHeapSpaceStatistics } = require('node:v8');
  let keep = [];
  for (let i = 0; i < 2e6; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 100000) keep = []; }
  report(getHeapSpaceStatistics().find((x) => x.space_name === 'new_space').physical_space_size / 1048576);
`;

test('a worker started with WORKER_RESOURCE_LIMITS keeps its young generation at 2 × 2 MB', async () => {
  const code = `const report = (mb) => require('node:worker_threads').parentPort.postMessage(mb);\n${BURST}`;
  const mb = await new Promise<number>((resolve, reject) => {
    const w = new Worker(code, { eval: true, resourceLimits: WORKER_RESOURCE_LIMITS });
    w.once('message', (m: number) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
  assert.ok(mb <= 4.5, `new space ${mb} MB`);
});

test('a main thread that sets MAIN_THREAD_FLAG keeps its young generation at 2 × 1 MB (and grows it without)', () => {
  const run = (flag: string) => {
    const code = `${flag ? `require('node:v8').setFlagsFromString(${JSON.stringify(flag)});` : ''}\nconst report = (mb) => console.log(mb);\n${BURST}`;
    return Number(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' }).trim());
  };
  const limited = run(MAIN_THREAD_FLAG);
  assert.ok(limited <= 2.5, `new space ${limited} MB`);
  const unlimited = run('');
  assert.ok(unlimited > limited, `without the flag: ${unlimited} MB`);
});
