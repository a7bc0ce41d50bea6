/**
 * Entity recognition through the built language server over JSON-RPC: the hover card of a gene, definition and
 * references of entity mentions, quick fixes of entity diagnostics, entity completion, the `evidenceLens/evidence`
 * request, and a broken workspace ontology file (one `ontology.invalid` diagnostic on it; the bundle keeps working).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { applyEdits, positionOf, SERVER, TestClient, uriOf, type TextEdit } from './client';

type Range = TextEdit['range'];
interface CodeAction {
  title: string;
  kind: string;
  edit?: { changes: Record<string, TextEdit[]> };
  command?: { title: string; command: string; arguments?: unknown[] };
}
interface Hover {
  contents: { kind: string; value: string };
  range: Range;
}

const DRAFT = `# HER2 and friends

HER2 is amplified in many breast tumours (1). Trastuzumab binds HER2 domain IV (2).
Mib-1 was measured (1). Loss of ZQX17 was reported (2). miRNA-221 rose (1).

## References

1. Alpha A. HER2 amplification <b>in</b> tumours. J Ex. 2001. doi:10.5555/one
2. Beta B. Trastuzumab binding to HER2. J Ex. 2002. doi:10.5555/two
`;

const OTHER = `# Second draft

ERBB2 signalling (1) was studied.

## References

1. Gamma C. ERBB2 signalling. J Ex. 2003. doi:10.5555/three
`;

/** Line 6 (0-based 5): `synonyms` holds a number, which the schema refuses. */
const BROKEN_ONTOLOGY = `version: 1
entities:
  - id: family:foo
    type: family
    name: Foo family
    synonyms: [3]
`;

let client: TestClient;
let root: string;
let draftUri: string;
let otherUri: string;

const hoverAt = (uri: string, text: string, needle: string, offset = 1, occurrence = 1) =>
  client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, offset, occurrence) });
const actionsAt = (uri: string, range: Range) => client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });

before(async () => {
  assert.ok(existsSync(SERVER), 'dist/server.js is built by `npm run build`');
  root = path.join(mkdtempSync(path.join(tmpdir(), 'evl-entities-')), 'ws');
  mkdirSync(root);
  writeFileSync(path.join(root, 'draft.md'), DRAFT);
  writeFileSync(path.join(root, 'other.md'), OTHER);
  draftUri = uriOf(path.join(root, 'draft.md'));
  otherUri = uriOf(path.join(root, 'other.md'));
  client = new TestClient({});
  await client.initialize(root);
  await client.open(draftUri, DRAFT);
  await client.open(otherUri, OTHER);
});

after(async () => {
  const code = await client.stop();
  assert.equal(code, 0, `server exited with ${code}; log:\n${client.logs.join('\n')}`);
});

describe('entity diagnostics', { timeout: 60_000 }, () => {
  test('entity rules are published with their default levels', async () => {
    const p = await client.diagnostics(draftUri, (d) => d.diagnostics.some((x) => x.code === 'entity.ambiguous'));
    const codes = new Map(p.diagnostics.map((d) => [d.code, d]));
    assert.equal(codes.get('entity.ambiguous')?.severity, 3);
    assert.equal(codes.get('entity.unknown')?.severity, 4);
    assert.equal(codes.get('entity.mirna-nomenclature')?.severity, 2);
    assert.equal(codes.get('entity.mirna-nomenclature')?.data?.fix?.title !== undefined, true, 'the nomenclature fix travels in data');
  });
});

describe('hover', { timeout: 60_000 }, () => {
  test('on a gene alias: the gene card with the NCBI Gene id linked, aliases, support and counts', async () => {
    const h = await hoverAt(draftUri, DRAFT, 'HER2 is amplified');
    assert.ok(h, 'no hover');
    const v = h.contents.value;
    assert.equal(h.contents.kind, 'markdown');
    assert.match(v, /\*\*ERBB2\*\*/);
    assert.match(v, /erb\\-b2 receptor tyrosine kinase 2/);
    assert.match(v, /NCBI Gene \[2064\]\(https:\/\/www\.ncbi\.nlm\.nih\.gov\/gene\/2064\)/);
    assert.match(v, /cytoband 17q12/);
    assert.match(v, /Also written: .*HER2/);
    assert.match(v, /Cited here:\*\* 1/);
    assert.match(v, /HER2 amplification &lt;b&gt;in&lt;\/b&gt; tumours/, 'reference titles are escaped');
    assert.doesNotMatch(v, /<b>/);
    assert.match(v, /Mentioned 3 times in this draft \(lines 1, 3\)/);
    assert.deepEqual(h.range, { start: positionOf(DRAFT, 'HER2 is amplified'), end: positionOf(DRAFT, 'HER2 is amplified', 4) });
  });

  test('on a drug: class and targets', async () => {
    const h = await hoverAt(draftUri, DRAFT, 'Trastuzumab binds');
    assert.match(h!.contents.value, /\*\*trastuzumab\*\*/i);
    assert.match(h!.contents.value, /Targets: .*ERBB2/);
  });

  test('on an ambiguous mention: every candidate with the reason', async () => {
    const h = await hoverAt(draftUri, DRAFT, 'Mib-1');
    const v = h!.contents.value;
    assert.match(v, /is ambiguous/);
    assert.match(v, /\*\*MKI67\*\*/);
    assert.match(v, /\*\*MIB1\*\*/);
    assert.match(v, /official symbol/);
  });
});

describe('navigation', { timeout: 60_000 }, () => {
  test('definition on an entity mention lands on its first mention in the draft', async () => {
    const defs = await client.request<Array<{ uri: string; range: Range }>>('textDocument/definition', {
      textDocument: { uri: draftUri },
      position: positionOf(DRAFT, 'HER2 domain', 1),
    });
    assert.equal(defs.length, 1);
    assert.equal(defs[0]!.uri, draftUri);
    assert.deepEqual(defs[0]!.range.start, positionOf(DRAFT, 'HER2 and friends'));
  });

  test('references on an entity mention list every mention of it in the open drafts', async () => {
    await client.diagnostics(otherUri);
    const refs = await client.request<Array<{ uri: string; range: Range }>>('textDocument/references', {
      textDocument: { uri: draftUri },
      position: positionOf(DRAFT, 'HER2 is', 1),
      context: { includeDeclaration: true },
    });
    assert.equal(refs.filter((r) => r.uri === draftUri).length, 3);
    assert.deepEqual(refs.filter((r) => r.uri === otherUri).map((r) => r.range.start), [positionOf(OTHER, 'ERBB2 signalling')]);
  });
});

describe('code actions', { timeout: 60_000 }, () => {
  test('an ambiguous mention offers one quick fix per candidate', async () => {
    const at = positionOf(DRAFT, 'Mib-1', 1);
    const actions = await actionsAt(draftUri, { start: at, end: at });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Use MKI67 (marker of proliferation Ki-67)'), titles.join(' | '));
    assert.ok(titles.includes('Use MIB1 (MIB E3 ubiquitin protein ligase 1)'), titles.join(' | '));
    const use = actions.find((a) => a.title.startsWith('Use MKI67'))!;
    assert.equal(use.kind, 'quickfix');
    assert.equal(applyEdits(DRAFT, use.edit!.changes[draftUri]!), DRAFT.replace('Mib-1', 'MKI67'));
  });

  test('an unknown gene-like symbol offers to add it to the workspace ontology (a client command)', async () => {
    const at = positionOf(DRAFT, 'ZQX17', 1);
    const actions = await actionsAt(draftUri, { start: at, end: at });
    const add = actions.find((a) => a.title === "Add 'ZQX17' to the workspace ontology");
    assert.ok(add, actions.map((a) => a.title).join(' | '));
    assert.deepEqual(add.command, { title: "Add 'ZQX17' to the workspace ontology", command: 'evidenceLens.addToOntology', arguments: ['ZQX17'] });
    assert.equal(add.edit, undefined);
  });

  test('diagnostic fixes (miRNA nomenclature) flow through the generic quick fix', async () => {
    const at = positionOf(DRAFT, 'miRNA-221', 1);
    const actions = await actionsAt(draftUri, { start: at, end: at });
    const fix = actions.find((a) => a.edit && a.title.includes('miR-221'));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.equal(applyEdits(DRAFT, fix.edit!.changes[draftUri]!), DRAFT.replace('miRNA-221', 'miR-221'));
  });
});

describe('completion', { timeout: 60_000 }, () => {
  test('a word prefix offers entity names with their canonical form', async () => {
    const text = `${DRAFT}\nThe ERB`;
    await client.change(draftUri, text);
    const lines = text.split('\n');
    const list = await client.request<{ isIncomplete: boolean; items: Array<{ label: string; detail?: string }> }>('textDocument/completion', {
      textDocument: { uri: draftUri },
      position: { line: lines.length - 1, character: lines.at(-1)!.length },
    });
    assert.equal(list.isIncomplete, true);
    assert.ok(list.items.length <= 50);
    const erbb2 = list.items.find((i) => i.label === 'ERBB2');
    assert.ok(erbb2, list.items.map((i) => i.label).join(', '));
    assert.match(erbb2.detail!, /erb-b2 receptor tyrosine kinase 2/);

    const her = `${DRAFT}\nThe HE`;
    await client.change(draftUri, her);
    const herLines = her.split('\n');
    const fromDraft = await client.request<{ items: Array<{ label: string; detail?: string }> }>('textDocument/completion', {
      textDocument: { uri: draftUri },
      position: { line: herLines.length - 1, character: herLines.at(-1)!.length },
    });
    assert.match(fromDraft.items.find((i) => i.label === 'HER2')?.detail ?? '', /ERBB2/, 'names the drafts use come with their canonical form');
    await client.change(draftUri, DRAFT);
  });
});

describe('evidenceLens/evidence', { timeout: 60_000 }, () => {
  test('returns the entities of a draft with mentions, citations and references', async () => {
    const r = await client.request<{ entitiesEnabled: boolean; entities: Array<{ id: string; label: string; url?: string; mentions: unknown[]; citations: string[]; references: Array<{ label: string }> }> }>(
      'evidenceLens/evidence',
      { textDocument: { uri: draftUri } },
    );
    assert.equal(r.entitiesEnabled, true);
    const erbb2 = r.entities.find((e) => e.id === 'ncbigene:2064')!;
    assert.equal(erbb2.label, 'ERBB2');
    assert.equal(erbb2.url, 'https://www.ncbi.nlm.nih.gov/gene/2064');
    assert.equal(erbb2.mentions.length, 3);
    assert.deepEqual(erbb2.citations, ['1', '2']);
    assert.deepEqual(erbb2.references.map((x) => x.label), ['1', '2']);
    assert.deepEqual(r.entities.find((e) => e.id === 'drug:trastuzumab')!.citations, ['2'], 'sentence scope by default');
  });
});

describe('workspace ontology', { timeout: 60_000 }, () => {
  test('a broken ontology file gets ontology.invalid at the line of the problem; hover still works; fixing it clears it', async () => {
    const dir = path.join(root, '.evidence-lens');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'ontology.yaml');
    const fileUri = uriOf(file);
    writeFileSync(file, BROKEN_ONTOLOGY);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri, type: 1 }] });
    const p = await client.diagnostics(fileUri, (d) => d.diagnostics.length > 0);
    assert.equal(p.diagnostics.length, 1, JSON.stringify(p.diagnostics));
    const d = p.diagnostics[0]!;
    assert.equal(d.code, 'ontology.invalid');
    assert.equal(d.severity, 1);
    assert.equal(d.range.start.line, 5);
    assert.match(d.message, /entities\[0\]\.synonyms\[0\] \(family:foo\)/);

    const h = await hoverAt(draftUri, DRAFT, 'HER2 is amplified');
    assert.match(h!.contents.value, /gene\/2064/, 'the bundled ontology keeps working');

    // a valid file: the diagnostic goes, and the user's word is no longer unknown
    writeFileSync(file, 'version: 1\nentities:\n  - id: family:zqx\n    type: family\n    name: ZQX17\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri, type: 2 }] });
    await client.diagnostics(fileUri, (x) => x.diagnostics.length === 0);
    await client.diagnostics(draftUri, (x) => !x.diagnostics.some((y) => y.code === 'entity.unknown'));
    const user = await hoverAt(draftUri, DRAFT, 'ZQX17');
    assert.match(user!.contents.value, /workspace ontology/);
    rmSync(dir, { recursive: true, force: true });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri, type: 3 }] });
    await client.diagnostics(draftUri, (x) => x.diagnostics.some((y) => y.code === 'entity.unknown'));
  });

  test('evidenceLens.ontology files are read inside the workspace only; evidenceScope is passed on', async () => {
    writeFileSync(path.join(root, 'extra.json'), JSON.stringify({ notEntities: ['ZQX17'] }));
    client.settings = { ontology: ['extra.json', '../outside.yaml'], evidenceScope: 'paragraph' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(draftUri, (x) => x.diagnostics.length > 0 && !x.diagnostics.some((y) => y.code === 'entity.unknown'));
    await waitUntil(() => client.logs.some((l) => /outside\.yaml is outside the workspace folders/.test(l)));
    const r = await client.request<{ entities: Array<{ id: string; citations: string[] }> }>('evidenceLens/evidence', { textDocument: { uri: draftUri } });
    // paragraph scope: every citation of the paragraph supports trastuzumab, not only those of its sentence
    assert.deepEqual(r.entities.find((e) => e.id === 'drug:trastuzumab')!.citations.sort(), ['1', '2']);
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(draftUri, (x) => x.diagnostics.some((y) => y.code === 'entity.unknown'));
  });
});

async function waitUntil(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out; logs:\n${client.logs.join('\n')}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
