/** Entity features over the core: hover card (escaped), definition, code actions, completion, evidence rows, ontology problems at their lines. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument as parseYamlDocument } from 'yaml';
import { analyzeDocument } from '../../src/core/analysis';
import { buildEntityNameIndex, codeActions, definition, entityCompletion, entityDetailsProvider, entityEvidence, hover, wordPrefixAt, type FeatureContext } from '../../src/core/features';
import { applyUserOntology } from '../../src/core/ontology/bundle';
import { validateUserOntology } from '../../src/core/ontology/schema';
import { parseDocument } from '../../src/core/parse/document';
import { createRecogniser, describeEntity } from '../../src/core/recognise';
import { evidenceCsv, evidenceTableHtml } from '../../src/client/evidence-html';
import { buildEvidenceModel } from '../../src/client/evidence-model';
import { buildFolderEntities, lineOfMessage } from '../../src/node/ontology-files';
import { loadBundledOntology } from '../../src/node/ontology';
import { at } from './features-helpers';

const URI = 'file:///ws/draft.md';
const bundled = loadBundledOntology();

function contextWith(md: string, model = bundled): FeatureContext {
  const recogniser = createRecogniser(model);
  const analysis = analyzeDocument(parseDocument(md, URI), { entities: { recogniser, model } });
  const names = buildEntityNameIndex(model);
  return { uri: URI, analysis, mentions: analysis.mentions, entityDetails: entityDetailsProvider(analysis, (id) => describeEntity(model, id)), entityNames: names };
}

const MD = 'HER2 is amplified (1). Trastuzumab binds HER2 (1).\n\nMib-1 was measured (1).\n\n## References\n\n1. Alpha A. HER2 <img src=x onerror=alert(1)> study. J Ex. 2001. doi:10.5555/one\n';

test('entity hover: gene card with NCBI link and escaped reference title', () => {
  const ctx = contextWith(MD);
  const h = hover(ctx, at(MD, 'HER2', 1, 2))!;
  const v = h.contents.value;
  assert.match(v, /NCBI Gene \[2064\]\(https:\/\/www\.ncbi\.nlm\.nih\.gov\/gene\/2064\)/);
  assert.match(v, /&lt;img src\\=x onerror\\=alert\\\(1\\\)&gt;/);
  assert.doesNotMatch(v, /<img/);
  assert.match(v, /Mentioned 2 times in this draft \(line 1\)/);
});

test('entity hover: names from a user ontology are escaped', () => {
  const user = validateUserOntology({ entities: [{ id: 'family:evil', type: 'family', name: 'Evil', synonyms: ['EVL9X'], note: '<script>alert(1)</script> [x](command:rm)' }] }, 'o.yaml');
  assert.ok(user.ok);
  const model = applyUserOntology(bundled, user.value, 'o.yaml').model;
  const md = 'EVL9X was high.\n';
  const v = hover(contextWith(md, model), at(md, 'EVL9X', 1))!.contents.value;
  assert.match(v, /workspace ontology/);
  assert.doesNotMatch(v, /<script>|\]\(command:/);
});

test('definition of an entity mention is its first mention', () => {
  const ctx = contextWith(MD);
  assert.deepEqual(definition(ctx, at(MD, 'HER2', 1, 2))[0]!.range.start, at(MD, 'HER2'));
});

test('code actions: a quick fix per candidate of an ambiguous mention', () => {
  const ctx = contextWith(MD);
  const p = at(MD, 'Mib-1', 1);
  const titles = codeActions(ctx, { start: p, end: p }).map((a) => a.title);
  assert.ok(titles.includes('Use MKI67 (marker of proliferation Ki-67)'), titles.join(' | '));
  assert.ok(titles.includes('Use MIB1 (MIB E3 ubiquitin protein ligase 1)'), titles.join(' | '));
});

test('code actions: drug code without INN and malformed trial id carry their fixes', () => {
  const md = 'DS-8201a was active (1). Trial NCT 04208178 ran (1).\n\n## References\n\n1. Example A. A study. J Ex. 2020. doi:10.5555/x\n';
  const ctx = contextWith(md);
  const p = at(md, 'DS-8201a', 1);
  assert.ok(codeActions(ctx, { start: p, end: p }).some((a) => a.edit?.changes[URI]?.[0]?.newText === 'trastuzumab deruxtecan (DS-8201a)'));
  const q = at(md, 'NCT 04208178', 1);
  assert.ok(codeActions(ctx, { start: q, end: q }).some((a) => a.edit?.changes[URI]?.[0]?.newText === 'NCT04208178'));
});

test('completion: a word prefix of two letters, not after ( [ @; symbols with their names', () => {
  assert.equal(wordPrefixAt('The ER', 6), 'ER');
  assert.equal(wordPrefixAt('The E', 5), undefined);
  assert.equal(wordPrefixAt('cites (ER', 9), undefined);
  assert.equal(wordPrefixAt('cites [ER', 9), undefined);
  assert.equal(wordPrefixAt('cites @ER', 9), undefined);
  const md = 'Text about PIK3\n';
  const r = entityCompletion(contextWith(md), { line: 0, character: 15 })!;
  assert.ok(r.items.length > 0 && r.items.length <= 50);
  assert.ok(r.items.some((i) => i.label === 'PIK3CA' && /phosphatidylinositol/.test(i.detail ?? '')), r.items.map((i) => i.label).join(','));
  const drug = entityCompletion(contextWith('Given trastuz\n'), { line: 0, character: 13 })!;
  assert.ok(drug.items.some((i) => i.label === 'trastuzumab deruxtecan'), drug.items.map((i) => i.label).join(','));
});

test('evidence rows and CSV: entity → citation → reference, escaped in HTML', () => {
  const ctx = contextWith(MD);
  const model = { ...buildEvidenceModel(ctx.analysis), entities: entityEvidence(ctx.analysis) };
  const csv = evidenceCsv(model);
  assert.match(csv, /\r\n\r\nEntity,Type,Name,Mentions,Mentioned on lines,Citation,Reference\r\n/);
  assert.match(csv, /ERBB2,gene,erb-b2 receptor tyrosine kinase 2,2,1,1,Alpha A · 2001 · HER2 <img/);
  const html = evidenceTableHtml(model, { title: 't', nonce: 'n', cspSource: 'c' });
  assert.doesNotMatch(html, /<img/);
  assert.match(html, /<td>ERBB2<\/td>/);
});

test('ontology problems are placed at their lines (YAML schema, YAML syntax, JSON syntax); the bundle stays', () => {
  const yaml = 'version: 1\nentities:\n  - id: family:foo\n    type: family\n    name: Foo\n    synonyms: [3]\n';
  const doc = parseYamlDocument(yaml);
  assert.equal(lineOfMessage(doc, yaml, 'o.yaml', 'o.yaml: entities[0].synonyms[0] (family:foo): expected string'), 5);
  const built = buildFolderEntities([
    { abs: '/ws/a.yaml', display: 'a.yaml', text: yaml },
    { abs: '/ws/b.yaml', display: 'b.yaml', text: 'entities:\n  - id: [\n' },
    { abs: '/ws/c.json', display: 'c.json', text: '{\n  "entities": [\n    {,}\n  ]\n}\n' },
    { abs: '/ws/d.yaml', display: 'd.yaml', text: 'synonyms:\n  - id: family:nope\n    add: [X]\n' },
  ]);
  const byFile = new Map(built.problems.map((p) => [p.abs, p]));
  assert.equal(byFile.get('/ws/a.yaml')!.line, 5);
  assert.equal(byFile.get('/ws/a.yaml')!.severity, 'error');
  assert.ok(byFile.get('/ws/b.yaml')!.line >= 1);
  assert.equal(byFile.get('/ws/c.json')!.line, 2);
  assert.equal(byFile.get('/ws/d.yaml')!.severity, 'warning');
  assert.equal(byFile.get('/ws/d.yaml')!.line, 1);
  assert.ok(built.recogniser.isKnownWord('ERBB2'));
});
