/**
 * A built server whose prebuilt lookup index (data/ontology/lookup-index.tsv) is stale: it says so in its log once,
 * builds the index in memory, and recognises entities as usual.
 */
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { SERVER, TestClient, uriOf } from './client';

const ROOT = path.resolve(__dirname, '../..');

test('a stale prebuilt index is reported in the server log, and entities are still recognised', { timeout: 60_000 }, async () => {
  assert.ok(existsSync(SERVER), 'dist/server.js is built by `npm run build`');
  const install = mkdtempSync(path.join(tmpdir(), 'evl-stale-server-'));
  mkdirSync(path.join(install, 'dist'));
  for (const bundle of ['server.js', 'analysis-worker.js']) copyFileSync(path.join(path.dirname(SERVER), bundle), path.join(install, 'dist', bundle));
  cpSync(path.join(ROOT, 'data'), path.join(install, 'data'), { recursive: true });
  const index = path.join(install, 'data', 'ontology', 'lookup-index.tsv');
  writeFileSync(index, readFileSync(index, 'latin1').replace(/\tsha256:[0-9a-f]+\t/, '\tsha256:0000\t'), 'latin1');
  const ws = path.join(install, 'ws');
  mkdirSync(ws);
  const draft = '# Draft\n\nHER2 and ZQX17 were studied (1).\n\n## References\n\n1. Alpha A. HER2. J Ex. 2001. doi:10.5555/one\n';
  writeFileSync(path.join(ws, 'draft.md'), draft);
  const client = new TestClient({}, {}, path.join(install, 'dist', 'server.js'));
  try {
    await client.initialize(ws);
    const uri = uriOf(path.join(ws, 'draft.md'));
    await client.open(uri, draft);
    const p = await client.diagnostics(uri, (d) => d.diagnostics.some((x) => x.code === 'entity.unknown'));
    assert.ok(p.diagnostics.some((x) => x.code === 'entity.unknown' && x.message.includes('ZQX17')));
    const notes = client.logs.filter((l) => /lookup-index\.tsv is stale/.test(l));
    assert.equal(notes.length, 1, client.logs.join('\n'));
    assert.match(notes[0]!, /built in memory instead.*npx tsx scripts\/build-index\.ts/);
  } finally {
    assert.equal(await client.stop(), 0, client.logs.join('\n'));
  }
});
