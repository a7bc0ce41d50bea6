import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const run = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const DRAFT = [
  '# Draft',
  '',
  'HER2 amplification drives growth (1). Trastuzumab deruxtecan (T-DXd) was tested in NCT04208178 (2).',
  '',
  'Levels of miRNA-221 rose in resistant tumours (2). Loss of ZQX17 was seen.',
  '',
  '## References',
  '',
  '1. Example A. HER2 amplification in breast cancer. J Ex. 2020. doi:10.5555/a',
  '2. Example B. Trastuzumab deruxtecan and miR-221 in a trial. J Ex. 2021. doi:10.5555/b',
  '',
].join('\n');

let dir: string;
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'evl-ent-'));
  writeFileSync(path.join(dir, 'draft.md'), DRAFT);
});

test('mentions --format json: the documented shape, with entity, status, kind and citations', () => {
  const r = run(['mentions', 'draft.md'], dir);
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  const mentions = json.files[0].mentions as Array<Record<string, any>>;
  const her2 = mentions.find((m) => m.text === 'HER2')!;
  assert.deepEqual(her2.entity, { id: 'ncbigene:2064', symbol: 'ERBB2', name: her2.entity.name, type: 'gene' });
  assert.equal(her2.status, 'resolved');
  assert.deepEqual(her2.citations, ['1']);
  assert.deepEqual(her2.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } });
  const drug = mentions.find((m) => m.text === 'T-DXd')!;
  assert.equal(drug.entity.id, 'drug:trastuzumab-deruxtecan');
  assert.equal(drug.entity.type, 'drug');
  const trial = mentions.find((m) => m.text === 'NCT04208178')!;
  assert.deepEqual([trial.entity.id, trial.entity.type], ['nct:NCT04208178', 'trial']);
  assert.equal(mentions.find((m) => m.text === 'miRNA-221')?.entity?.type, 'mirna');
  for (const m of mentions) assert.ok(['symbol', 'name', 'alias', 'normalised', 'curated', 'stem', 'cue'].includes(m.kind));
});

test('mentions --format tsv: a header and one row per mention', () => {
  const lines = run(['mentions', 'draft.md', '--format', 'tsv'], dir).stdout.trim().split('\n');
  assert.match(lines[0]!, /^path\tline\tcharacter\ttext\tid/);
  assert.ok(lines.some((l) => l.startsWith('draft.md\t3\t1\tHER2\tncbigene:2064\tERBB2\t')));
});

test('evidence: markdown, csv and json tables group mentions by entity with citations and references', () => {
  const md = run(['evidence', 'draft.md'], dir).stdout;
  assert.match(md, /^\| file \| entity \| type \| id \|/);
  assert.match(md, /\| draft\.md \| ERBB2 \| gene \| ncbigene:2064 \| HER2:3 \| 1 \| 1 \(Example 2020\) \|/);
  const csv = run(['evidence', 'draft.md', '--format', 'csv'], dir).stdout;
  assert.match(csv, /^file,entity,type,id,/);
  const json = JSON.parse(run(['evidence', 'draft.md', '--format', 'json'], dir).stdout);
  const row = json.files[0].entities.find((e: { entity: { id: string } }) => e.entity.id === 'drug:trastuzumab-deruxtecan');
  assert.deepEqual(row.citations, ['2']);
  assert.equal(row.references[0].number, 2);
});

test('validate runs the entity rules too', () => {
  const json = JSON.parse(run(['validate', 'draft.md', '--format', 'json'], dir).stdout);
  const codes = json.files[0].diagnostics.map((d: { code: string }) => d.code);
  assert.ok(codes.includes('entity.mirna-nomenclature'));
  assert.ok(codes.includes('entity.unknown'));
});

test('a broken user ontology is reported with file and field, exit 2, and the bundled ontology still works', () => {
  const d = mkdtempSync(path.join(tmpdir(), 'evl-onto-'));
  writeFileSync(path.join(d, 'draft.md'), DRAFT);
  mkdirSync(path.join(d, '.evidence-lens'));
  writeFileSync(path.join(d, '.evidence-lens', 'ontology.yaml'), 'entities:\n  - id: gene:zqx17\n    type: 42\n');
  const r = run(['mentions', 'draft.md'], d);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /\.evidence-lens\/ontology\.yaml/);
  assert.match(r.stderr, /type/);
  assert.ok(JSON.parse(r.stdout).files[0].mentions.some((m: { text: string }) => m.text === 'HER2'));
});

test('mentions and evidence reject unknown formats (exit 2)', () => {
  assert.equal(run(['mentions', 'draft.md', '--format', 'xml'], dir).code, 2);
  assert.equal(run(['evidence', 'draft.md', '--format', 'tsv'], dir).code, 2);
});

test('a workspace ontology adds an entity and marks a word as not an entity', () => {
  const d = mkdtempSync(path.join(tmpdir(), 'evl-onto2-'));
  writeFileSync(path.join(d, 'draft.md'), DRAFT);
  mkdirSync(path.join(d, '.evidence-lens'));
  writeFileSync(
    path.join(d, '.evidence-lens', 'ontology.yaml'),
    'entities:\n  - id: family:zqx\n    type: family\n    name: ZQX proteins\n    synonyms: [ZQX17]\nnotEntities:\n  - HER2\n',
  );
  const r = run(['mentions', 'draft.md'], d);
  assert.equal(r.code, 0, r.stderr);
  const mentions = JSON.parse(r.stdout).files[0].mentions as Array<{ text: string; entity: { id: string } | null }>;
  assert.equal(mentions.find((m) => m.text === 'ZQX17')?.entity?.id, 'family:zqx');
  assert.ok(!mentions.some((m) => m.text === 'HER2'));
  const codes = JSON.parse(run(['validate', 'draft.md', '--format', 'json'], d).stdout).files[0].diagnostics.map((x: { code: string }) => x.code);
  assert.ok(!codes.includes('entity.unknown'));
});
