/**
 * The built language server (`node dist/server.js --stdio`) driven over real JSON-RPC: diagnostics, hover, definition,
 * references, code actions, completion, malformed requests, the size limit and `evidenceLens/validateWorkspace`.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { applyEdits, positionOf, SERVER, TestClient, uriOf, type TextEdit } from './client';
import { BIB, makeWorkspace, NUMERIC, ORDER, ORDER_RENUMBERED, PANDOC, ESCAPING } from './fixtures';

type Range = TextEdit['range'];
interface CodeAction {
  title: string;
  kind: string;
  edit?: { changes: Record<string, TextEdit[]> };
  disabled?: { reason: string };
}

const MALFORMED_BIB = readFileSync(path.resolve(__dirname, '../fixtures/bibliography/malformed.bib'), 'utf8');

let client: TestClient;
let ws: ReturnType<typeof makeWorkspace>;
let numericUri: string;
let capabilities: Record<string, unknown>;

before(async () => {
  assert.ok(existsSync(SERVER), 'dist/server.js is built by `npm run build` (npm test builds first)');
  ws = makeWorkspace();
  numericUri = uriOf(ws.file('numeric.md'));
  client = new TestClient({ rules: { 'citation.collapsible-group': 'info' }, maxFileSizeMB: 1 });
  capabilities = (await client.initialize(ws.root)).capabilities;
  await client.open(numericUri, NUMERIC);
});

after(async () => {
  const code = await client.stop();
  assert.equal(code, 0, `server exited with ${code}; log:\n${client.logs.join('\n')}`);
});

describe('initialize', () => {
  test('advertises the citation features', () => {
    assert.equal(capabilities.hoverProvider, true);
    assert.equal(capabilities.definitionProvider, true);
    assert.equal(capabilities.referencesProvider, true);
    assert.deepEqual((capabilities.completionProvider as { triggerCharacters: string[] }).triggerCharacters.includes('('), true);
    assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.renumberCitations']);
  });
});

describe('diagnostics', () => {
  test('a planted mistake is published with rule id, source, LSP severity and configured levels', async () => {
    const p = await client.diagnostics(numericUri, (d) => d.diagnostics.some((x) => x.code === 'citation.unresolved'));
    const unresolved = p.diagnostics.find((d) => d.code === 'citation.unresolved')!;
    assert.equal(unresolved.severity, 1);
    assert.equal(unresolved.source, 'evidence-lens');
    assert.deepEqual(unresolved.range.start, positionOf(NUMERIC, '(9)'));
    const collapsible = p.diagnostics.find((d) => d.code === 'citation.collapsible-group')!;
    assert.equal(collapsible.severity, 3, 'evidenceLens.rules sets it to info');
    assert.equal(collapsible.data?.fix?.title, 'Rewrite as (2–4)');
    assert.equal(p.diagnostics.find((d) => d.code === 'citation.out-of-order')?.severity, 2);
    assert.equal(p.diagnostics.find((d) => d.code === 'citation.unused-reference')?.range.start.line, positionOf(NUMERIC, '7. Theta').line);
  });

  test('bibliography files get their own diagnostics; a path outside the workspace is refused', async () => {
    const pandocUri = uriOf(ws.file('pandoc.md'));
    const bibUri = uriOf(ws.file('refs.bib'));
    await client.open(pandocUri, PANDOC);
    const draft = await client.diagnostics(pandocUri, (d) => d.diagnostics.length > 0);
    assert.deepEqual(draft.diagnostics.map((d) => d.code), ['citation.unresolved']);
    const bib = await client.diagnostics(bibUri, (d) => d.diagnostics.length > 0);
    const unused = bib.diagnostics.find((d) => d.code === 'citation.unused-reference');
    assert.match(unused!.message, /unused2019/);
    assert.equal(unused!.range.start.line, positionOf(BIB, 'unused2019').line);

    const escapingUri = uriOf(ws.file('escaping.md'));
    await client.open(escapingUri, ESCAPING);
    const esc = await client.diagnostics(escapingUri, (d) => d.diagnostics.some((x) => x.code === 'bibliography.missing'));
    assert.match(esc.diagnostics.find((d) => d.code === 'bibliography.missing')!.message, /outside the workspace folders/);
  });

  test('problems in a bibliography file are published on that file, at their lines', async () => {
    writeFileSync(ws.file('broken.bib'), MALFORMED_BIB);
    const uri = uriOf(ws.file('broken.md'));
    await client.open(uri, `---\nbibliography: broken.bib\n---\n\nCites [@good1] and [@good2].\n`);
    const bib = await client.diagnostics(uriOf(ws.file('broken.bib')), (d) => d.diagnostics.some((x) => x.code === 'bibliography.invalid'));
    const lines = bib.diagnostics.filter((d) => d.code === 'bibliography.invalid').map((d) => d.range.start.line);
    assert.ok(lines.length >= 2, JSON.stringify(bib.diagnostics));
    assert.ok(lines.every((l) => l >= positionOf(MALFORMED_BIB, '@article{unclosed').line), JSON.stringify(lines));
    assert.deepEqual((await client.diagnostics(uri)).diagnostics.filter((d) => d.code === 'citation.unresolved'), []);
    await client.close(uri);
  });

  test('a changed bibliography file on disk re-runs the drafts that use it', async () => {
    const pandocUri = uriOf(ws.file('pandoc.md'));
    await client.diagnostics(pandocUri, (d) => d.diagnostics.some((x) => x.code === 'citation.unresolved'));
    writeFileSync(ws.file('refs.bib'), `${BIB}\n@article{missing2000, title = {Added later}, year = {2000}, doi = {10.5555/late}}\n`);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(ws.file('refs.bib')), type: 2 }] });
    const after = await client.diagnostics(pandocUri, (d) => !d.diagnostics.some((x) => x.code === 'citation.unresolved'));
    assert.deepEqual(after.diagnostics, []);
  });

  test('edits are debounced and only the newest version is published', async () => {
    const uri = uriOf(ws.file('typing.md'));
    await client.open(uri, 'Start (1).\n');
    await client.diagnostics(uri, (d) => d.version === 1);
    let last = 1;
    for (let i = 2; i <= 6; i++) last = await client.change(uri, `Start (1).\n${'More (1). '.repeat(i)}(${i}).\n\n## References\n\n1. A. One. J. 2001. doi:10.5555/x1\n`);
    const p = await client.diagnostics(uri, (d) => d.version === last);
    assert.deepEqual(p.diagnostics.map((d) => d.message), ['Citation 6 has no entry in References.']);
    assert.deepEqual(client.history.filter((h) => h.uri === uri).map((h) => h.version), [1, last], 'intermediate versions are never published');
  });

  test('a draft over evidenceLens.maxFileSizeMB gets one notice on line 0 and is not analysed', async () => {
    const uri = uriOf(ws.file('big.md'));
    await client.open(uri, `Big (99).\n${'x'.repeat(1.2 * 1024 * 1024)}\n`);
    const p = await client.diagnostics(uri);
    assert.equal(p.diagnostics.length, 1);
    assert.equal(p.diagnostics[0]!.code, 'file.too-large');
    assert.equal(p.diagnostics[0]!.range.start.line, 0);
    assert.match(p.diagnostics[0]!.message, /not analysed/);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } }), null);
  });
});

describe('hover, definition, references', () => {
  test('hover on a citation shows the reference, escaped; on an unresolved number says so', async () => {
    const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: numericUri }, position: positionOf(NUMERIC, '(1)', 1) });
    assert.match(h.contents.value, /First study of HER2/);
    assert.ok(!h.contents.value.includes('<script>'), 'HTML from the draft is escaped');
    assert.match(h.contents.value, /\(https:\/\/doi\.org\/10\.5555\/one\)/);
    const u = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: numericUri }, position: positionOf(NUMERIC, '(9)', 1) });
    assert.match(u.contents.value, /no entry/);
  });

  test('hover on a reference entry tells where it is cited', async () => {
    const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: numericUri }, position: positionOf(NUMERIC, '5. Zeta', 3) });
    assert.match(h.contents.value, /cited 1 time \(line 4\)/);
  });

  test('definition on a number lands on its entry in the list; on a key, on the .bib line', async () => {
    const defs = await client.request<Array<{ uri: string; range: Range }>>('textDocument/definition', { textDocument: { uri: numericUri }, position: positionOf(NUMERIC, '(2, 3, 4)', 4) });
    assert.equal(defs.length, 1);
    assert.equal(defs[0]!.uri, numericUri);
    assert.equal(defs[0]!.range.start.line, positionOf(NUMERIC, '3. Delta').line);

    const pandocUri = uriOf(ws.file('pandoc.md'));
    const bibDefs = await client.request<Array<{ uri: string; range: Range }>>('textDocument/definition', { textDocument: { uri: pandocUri }, position: positionOf(PANDOC, '@beta2021', 2) });
    assert.equal(bibDefs[0]!.uri, uriOf(ws.file('refs.bib')));
    assert.equal(bibDefs[0]!.range.start.line, positionOf(BIB, '@article{beta2021').line);
  });

  test('references on an entry label list every citation of it', async () => {
    const refs = await client.request<Array<{ uri: string; range: Range }>>('textDocument/references', {
      textDocument: { uri: numericUri },
      position: positionOf(NUMERIC, '3. Delta'),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(refs.map((r) => r.range.start), [positionOf(NUMERIC, '3, 4)')]);
  });
});

describe('code actions', () => {
  const actionsAt = (uri: string, range: Range, only?: string[]) =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } });

  test('the quick fix of a collapsible group rewrites it', async () => {
    const at = positionOf(NUMERIC, '(2, 3, 4)', 1);
    const actions = await actionsAt(numericUri, { start: at, end: at });
    const fix = actions.find((a) => a.title === 'Rewrite as (2–4)')!;
    assert.equal(fix.kind, 'quickfix');
    const text = applyEdits(NUMERIC, fix.edit!.changes[numericUri]!);
    assert.equal(text, NUMERIC.replace('(2, 3, 4)', '(2–4)'));
  });

  test('disable for this line inserts the directive above, and removing an unused entry deletes its line', async () => {
    const at = positionOf(NUMERIC, '(9)', 1);
    const actions = await actionsAt(numericUri, { start: at, end: at });
    const disable = actions.find((a) => a.title === 'Disable citation.unresolved for this line')!;
    assert.equal(applyEdits(NUMERIC, disable.edit!.changes[numericUri]!), NUMERIC.replace('Unknown claim (9).', '<!-- evidence-lens-disable-next-line citation.unresolved -->\nUnknown claim (9).'));

    const entry = positionOf(NUMERIC, '7. Theta');
    const remove = (await actionsAt(numericUri, { start: entry, end: entry })).find((a) => a.title === 'Remove unused reference 7')!;
    assert.equal(applyEdits(NUMERIC, remove.edit!.changes[numericUri]!), NUMERIC.replace(/7\. Theta.*\n/, ''));
  });

  test('renumber by first mention (source action) gives the renumbered draft', async () => {
    const uri = uriOf(ws.file('order.md'));
    await client.open(uri, ORDER);
    const at = { line: 0, character: 0 };
    const actions = await actionsAt(uri, { start: at, end: at }, ['source']);
    assert.deepEqual(actions.map((a) => a.kind), ['source.renumberCitations']);
    assert.equal(applyEdits(ORDER, actions[0]!.edit!.changes[uri]!), ORDER_RENUMBERED);

    const blocked = (await actionsAt(numericUri, { start: at, end: at }, ['source.renumberCitations']))[0]!;
    assert.match(blocked.disabled!.reason, /citation 9 on line 5 has no entry/);
  });
});

describe('completion', () => {
  test('after ( in a numbered draft: reference numbers with their titles', async () => {
    const uri = uriOf(ws.file('complete.md'));
    const text = `${NUMERIC}\nA new claim (`;
    await client.open(uri, text);
    const lines = text.split('\n');
    const items = await client.request<Array<{ label: string; detail?: string }>>('textDocument/completion', {
      textDocument: { uri },
      position: { line: lines.length - 1, character: lines[lines.length - 1]!.length },
    });
    assert.deepEqual(items.map((i) => i.label), ['1', '2', '3', '4', '5', '6', '7']);
    assert.equal(items[2]!.detail, 'Third study');
  });

  test('after [@ in a Pandoc draft: bibliography keys with titles', async () => {
    const uri = uriOf(ws.file('pandoc.md'));
    const text = `${PANDOC}More [@al`;
    await client.change(uri, text);
    const lines = text.split('\n');
    const items = await client.request<Array<{ label: string; detail?: string }>>('textDocument/completion', {
      textDocument: { uri },
      position: { line: lines.length - 1, character: lines[lines.length - 1]!.length },
    });
    assert.ok(items.some((i) => i.label === 'alpha2020' && i.detail === 'Alpha study of trastuzumab'));
  });
});

describe('symbols and links', () => {
  test('document symbols, workspace symbols and document links', async () => {
    const symbols = await client.request<Array<{ name: string; children?: Array<{ name: string; children?: Array<{ name: string }> }> }>>('textDocument/documentSymbol', { textDocument: { uri: numericUri } });
    const refs = symbols[0]!.children!.find((c) => c.name === 'References')!;
    assert.equal(refs.children!.length, 7);
    const ws = await client.request<Array<{ name: string; location: { uri: string } }>>('workspace/symbol', { query: 'never cited' });
    assert.ok(ws.some((s) => s.name === '7. Never cited study' && s.location.uri === numericUri));
    const links = await client.request<Array<{ target: string }>>('textDocument/documentLink', { textDocument: { uri: numericUri } });
    assert.ok(links.some((l) => l.target === 'https://pubmed.ncbi.nlm.nih.gov/1234567/'));
    assert.ok(links.some((l) => l.target === 'https://doi.org/10.5555/seven'));
  });
});

describe('robustness', () => {
  test('a cancelled request is answered (cancelled or with a result) and the server goes on', async () => {
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('textDocument/hover', { textDocument: { uri: numericUri }, position: positionOf(NUMERIC, '(1)', 1) }, source.token);
    source.cancel();
    await pending.then(
      () => undefined,
      (e: { code: number }) => assert.equal(e.code, -32800),
    );
    assert.ok(await client.request('textDocument/hover', { textDocument: { uri: numericUri }, position: positionOf(NUMERIC, '(1)', 1) }));
  });

  test('malformed requests get an error response and the server keeps answering', async () => {
    await assert.rejects(client.request('textDocument/hover', {}), (e: { code: number }) => e.code === -32602);
    await assert.rejects(client.request('textDocument/hover', { textDocument: { uri: numericUri }, position: { line: -1, character: 'x' } }), (e: { code: number }) => e.code === -32602);
    await assert.rejects(client.request('textDocument/codeAction', { textDocument: { uri: numericUri }, range: null, context: {} }), (e: { code: number }) => e.code === -32602);
    await assert.rejects(client.request('evidenceLens/validateWorkspace', { folders: ['/etc'] }), (e: { code: number }) => e.code === -32602);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///not/open.md' }, position: { line: 0, character: 0 } }), null);
    const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: numericUri }, position: positionOf(NUMERIC, '(1)', 1) });
    assert.match(h.contents.value, /First study/);
  });

  test('a document closed while its analysis is pending does not disturb the server', async () => {
    const uri = uriOf(ws.file('closing.md'));
    await client.open(uri, 'Text (1).\n');
    await client.change(uri, 'Text (2).\n');
    await client.close(uri);
    const p = await client.diagnostics(uri, (d) => d.diagnostics.length === 0);
    assert.deepEqual(p.diagnostics, []);
    const syms = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: numericUri } });
    assert.ok(syms.length > 0);
  });
});

describe('evidenceLens/validateWorkspace', () => {
  test('validates every draft of the workspace folder on disk', async () => {
    writeFileSync(ws.file('latin1.md'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x28, 0x31, 0x29, 0x0a]));
    const result = await client.request<{ files: Array<{ uri: string; error?: string; diagnostics: Array<{ code: string; message: string }> }>; summary: Record<string, number> }>(
      'evidenceLens/validateWorkspace',
      {},
    );
    const byUri = new Map(result.files.map((f) => [f.uri, f]));
    assert.ok(byUri.get(numericUri)!.diagnostics.some((d) => d.code === 'citation.unresolved'));
    assert.ok(byUri.has(uriOf(ws.file('order.md'))));
    assert.ok(byUri.get(uriOf(ws.file('escaping.md')))!.diagnostics.some((d) => d.code === 'bibliography.missing'));
    const latin1 = byUri.get(uriOf(ws.file('latin1.md')))!;
    assert.match(latin1.error!, /not valid UTF-8/);
    assert.equal(latin1.diagnostics[0]!.code, 'file.unreadable');
    assert.equal(result.summary.files, result.files.length);
    assert.ok(result.summary.errors >= 2);
    assert.equal(client.progress[0], 'begin');
    assert.ok(client.progress.includes('report'));
    assert.equal(client.progress.at(-1), 'end');
    const one = await client.request<{ files: Array<{ uri: string }> }>('evidenceLens/validateWorkspace', { folders: [uriOf(ws.root)] });
    assert.deepEqual(one.files.map((f) => f.uri).sort(), result.files.map((f) => f.uri).sort());
  });
});

describe('shared bibliography and settings changes', () => {
  test('references of a .bib entry span every open draft; the .bib reports an entry unused only when no draft cites it', async () => {
    const pandocUri = uriOf(ws.file('pandoc.md'));
    const secondUri = uriOf(ws.file('second.md'));
    const bibUri = uriOf(ws.file('refs.bib'));
    await client.change(pandocUri, PANDOC);
    const second = `---\nbibliography: refs.bib\n---\n\nAgain [@alpha2020] and [@unused2019].\n`;
    await client.open(secondUri, second);
    await client.diagnostics(secondUri);
    await client.diagnostics(bibUri, (d) => !d.diagnostics.some((x) => x.code === 'citation.unused-reference'));

    const refs = await client.request<Array<{ uri: string; range: Range }>>('textDocument/references', {
      textDocument: { uri: pandocUri },
      position: positionOf(PANDOC, '@alpha2020', 1),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(refs.map((r) => r.uri).sort(), [bibUri, pandocUri, secondUri].sort());

    const bibText = BIB;
    await client.open(bibUri, bibText, 'bibtex');
    const fromBib = await client.request<Array<{ uri: string }>>('textDocument/references', {
      textDocument: { uri: bibUri },
      position: positionOf(bibText, 'alpha2020'),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(fromBib.map((r) => r.uri).sort(), [pandocUri, secondUri].sort());

    await client.close(secondUri);
    const bib = await client.diagnostics(bibUri, (d) => d.diagnostics.some((x) => x.code === 'citation.unused-reference'));
    assert.match(bib.diagnostics.find((d) => d.code === 'citation.unused-reference')!.message, /unused2019/);
  });

  test('editing an open bibliography re-runs its drafts with the editor text', async () => {
    const pandocUri = uriOf(ws.file('pandoc.md'));
    const bibUri = uriOf(ws.file('refs.bib'));
    await client.diagnostics(pandocUri, (d) => d.diagnostics.some((x) => x.code === 'citation.unresolved'));
    await client.change(bibUri, `${BIB}\n@article{missing2000, title = {Typed in the editor}, year = {2000}, doi = {10.5555/ed}}\n`);
    await client.diagnostics(pandocUri, (d) => !d.diagnostics.some((x) => x.code === 'citation.unresolved'));
    await client.close(bibUri);
  });

  test('a settings change re-runs open drafts with the new levels', async () => {
    client.settings = { rules: { 'citation.unresolved': 'off' }, maxFileSizeMB: 1 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(numericUri, (d) => d.diagnostics.length > 0 && !d.diagnostics.some((x) => x.code === 'citation.unresolved'));
    client.settings = { rules: { 'citation.unresolved': 'warning', 'no.such-rule': 'error' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p = await client.diagnostics(numericUri, (d) => d.diagnostics.some((x) => x.code === 'citation.unresolved' && x.severity === 2));
    assert.ok(p.diagnostics.some((x) => x.code === 'citation.collapsible-group' && x.severity === 4), 'back to the default level');
    assert.ok(client.logs.some((l) => /unknown rule id 'no\.such-rule'/.test(l)), 'invalid settings are reported');
  });
});
