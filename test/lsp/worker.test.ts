/**
 * Analysis off the main thread, through the built server over JSON-RPC: while a 1 MB draft is being analysed, requests
 * on another draft are answered before that draft's diagnostics are published; superseded versions and drafts closed
 * mid-analysis publish nothing; parse-limit notices still come through; a crashing analysis worker is reported once,
 * the server keeps answering and analyses again in a new worker. Orderings are asserted, never durations.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { positionOf, SERVER, TestClient, uriOf } from './client';
import { makeWorkspace, NUMERIC } from './fixtures';

const REVIEW = readFileSync(path.resolve(__dirname, '../../examples/her2-resistance-review.md'), 'utf8');
/** About 1 MB: the example review repeated (a few seconds of analysis). */
const LARGE = REVIEW.repeat(Math.ceil((1024 * 1024) / REVIEW.length));
/** A small draft with an entity, citations, headings and an entity name being typed at its end. */
const SMALL = `${NUMERIC}\nThe ERB`;
const END_OF_SMALL = { line: SMALL.split('\n').length - 1, character: 'The ERB'.length };

const CRASH_MARKER = 'evidence-lens-test-crash-the-worker';

interface Hover {
  contents: { value: string };
}

describe('analysis in a worker thread', { timeout: 240_000 }, () => {
  let client: TestClient;
  let ws: ReturnType<typeof makeWorkspace>;
  let smallUri: string;

  before(async () => {
    assert.ok(existsSync(SERVER), 'dist/server.js is built by `npm run build` (npm test builds first)');
    assert.ok(Buffer.byteLength(LARGE) >= 1024 * 1024);
    ws = makeWorkspace();
    smallUri = uriOf(ws.file('small.md'));
    client = new TestClient();
    await client.initialize(ws.root);
    await client.open(smallUri, SMALL);
    await client.diagnostics(smallUri, (d) => d.version === 1);
  });

  after(async () => {
    const code = await client.stop();
    assert.equal(code, 0, `server exited with ${code}; log:\n${client.logs.join('\n')}`);
  });

  test('hover, documentSymbol and completion on a small draft are answered before a 1 MB draft has its diagnostics', async () => {
    const largeUri = uriOf(ws.file('large.md'));
    const order: string[] = [];
    await client.open(largeUri, LARGE);
    const largeDone = client.diagnostics(largeUri, (d) => d.version === 1).then((p) => (order.push('large draft diagnostics'), p));

    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: smallUri }, position: positionOf(SMALL, 'HER2', 1) });
    order.push('hover');
    const symbols = await client.request<Array<{ name: string }>>('textDocument/documentSymbol', { textDocument: { uri: smallUri } });
    order.push('documentSymbol');
    const completion = await client.request<{ items: Array<{ label: string }> }>('textDocument/completion', { textDocument: { uri: smallUri }, position: END_OF_SMALL });
    order.push('completion');

    const large = await largeDone;
    assert.deepEqual(order, ['hover', 'documentSymbol', 'completion', 'large draft diagnostics']);
    assert.match(hover?.contents.value ?? '', /ERBB2/, 'the entity card, from the details the worker sent');
    assert.ok(symbols.some((s) => s.name === 'Review'), JSON.stringify(symbols));
    assert.ok(completion.items.some((i) => i.label === 'ERBB2'), 'entity names, from the list the worker sent');
    assert.ok(large.diagnostics.length > 0);
    await client.close(largeUri);
  });

  test('a large draft edited during its analysis publishes only its latest version', async () => {
    const uri = uriOf(ws.file('edited.md'));
    await client.open(uri, LARGE);
    await client.change(uri, `${LARGE}\nAn added claim (999).\n`);
    const last = await client.change(uri, `${LARGE}\nAn added claim (998).\n`);
    const p = await client.diagnostics(uri, (d) => d.version === last);
    assert.ok(p.diagnostics.some((d) => d.code === 'citation.unresolved' && /998/.test(d.message)));
    assert.ok(!p.diagnostics.some((d) => /999/.test(d.message)));
    assert.deepEqual(client.history.filter((h) => h.uri === uri).map((h) => h.version), [last], 'versions 1 and 2 are never published');
    await client.close(uri);
  });

  test('a draft edited step by step (analysed incrementally) ends with the diagnostics of the same text opened fresh', async () => {
    const uri = uriOf(ws.file('edited.md'));
    const fresh = uriOf(ws.file('fresh.md'));
    let text = REVIEW;
    await client.open(uri, text);
    await client.diagnostics(uri, (d) => d.version === 1);
    // Edits that move citations, break a group, rename an entity, add a heading and a reference entry.
    const edits: Array<[string, string]> = [
      ['HER2', 'ERBB2'],
      ['(1)', '(1, 2'],
      ['\n\n', '\n\n## Inserted section\n\nPIK3CA and miRNA-221 matter (99).\n\n'],
      ['trastuzumab', 'T-DXd'],
    ];
    let version = 1;
    for (const [from, to] of edits) {
      const at = text.indexOf(from, Math.floor(text.length / 3));
      text = text.slice(0, at) + to + text.slice(at + from.length);
      version = await client.change(uri, text);
      await client.diagnostics(uri, (d) => d.version === version);
    }
    const edited = await client.diagnostics(uri, (d) => d.version === version);
    await client.open(fresh, text);
    const reference = await client.diagnostics(fresh, (d) => d.version === 1);
    const key = (ds: typeof edited.diagnostics) => ds.map((d) => JSON.stringify([d.code, d.range, d.message, d.severity])).sort();
    assert.ok(edited.diagnostics.length > 0);
    assert.deepEqual(key(edited.diagnostics), key(reference.diagnostics));
    await client.close(uri);
    await client.close(fresh);
  });

  test('a part over a parse limit is reported as document.limit, at info level by default', async () => {
    const uri = uriOf(ws.file('deep.md'));
    await client.open(uri, `${'>'.repeat(5000)} deep (1)\n`);
    const p = await client.diagnostics(uri, (d) => d.version === 1);
    const limit = p.diagnostics.find((d) => d.code === 'document.limit');
    assert.match(limit?.message ?? '', /levels deep \(limit 32\)/);
    assert.equal(limit!.severity, 3);
    await client.close(uri);
  });

  test('a draft closed while its analysis is under way publishes nothing but the clearing of its diagnostics', async () => {
    await client.close(smallUri); // so that the large draft is the only one a settings change re-analyses
    const uri = uriOf(ws.file('closed.md'));
    // A settings change makes the analysis begin by asking for the settings: once answered, it is on its way to the
    // worker (queued or running when the close arrives; either way it must not publish).
    const started = client.configurationRequested();
    await client.open(uri, LARGE);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await started;
    await client.close(uri);
    // Drafts are analysed in order, so once a draft opened afterwards has diagnostics, the closed one is done with.
    const next = uriOf(ws.file('next.md'));
    await client.open(next, NUMERIC);
    await client.diagnostics(next, (d) => d.version === 1);
    assert.deepEqual(client.history.filter((h) => h.uri === uri), [{ uri, diagnostics: [] }]);
    await client.close(next);
  });
});

describe('a crashing analysis worker', { timeout: 240_000 }, () => {
  let client: TestClient;
  let ws: ReturnType<typeof makeWorkspace>;

  before(async () => {
    ws = makeWorkspace();
    client = new TestClient({}, { EVIDENCE_LENS_TEST_WORKER_CRASH: CRASH_MARKER });
    await client.initialize(ws.root);
  });

  after(async () => {
    const code = await client.stop();
    assert.equal(code, 0, `server exited with ${code}; log:\n${client.logs.join('\n')}`);
  });

  test('is reported once; the server keeps answering and analyses again in a new worker', async () => {
    const okUri = uriOf(ws.file('ok.md'));
    await client.open(okUri, NUMERIC);
    await client.diagnostics(okUri, (d) => d.version === 1);

    const crashUri = uriOf(ws.file('crash.md'));
    await client.open(crashUri, `${NUMERIC}\n<!-- ${CRASH_MARKER} -->\n`);
    assert.match(await client.logged(/analysis worker stopped/), /EVIDENCE_LENS_TEST_WORKER_CRASH/);

    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: okUri }, position: positionOf(NUMERIC, '(1)', 1) });
    assert.match(hover?.contents.value ?? '', /First study of HER2/, 'the main thread still answers from the analysis it has');

    const fixed = await client.change(crashUri, `${NUMERIC}\nFixed (8).\n`);
    const crashDraft = await client.diagnostics(crashUri, (d) => d.version === fixed);
    assert.ok(crashDraft.diagnostics.some((d) => /Citation 8 has no entry/.test(d.message)), 'the edited draft is analysed by a new worker');

    const edited = await client.change(okUri, `${NUMERIC}\nAnother (10).\n`);
    const ok = await client.diagnostics(okUri, (d) => d.version === edited);
    assert.ok(ok.diagnostics.some((d) => /Citation 10 has no entry/.test(d.message)));

    assert.equal(client.logs.filter((l) => /analysis worker stopped/.test(l)).length, 1, client.logs.join('\n'));
    assert.equal(client.history.filter((h) => h.uri === crashUri && h.version === 1).length, 0, 'the crashing version has no diagnostics');
  });
});
