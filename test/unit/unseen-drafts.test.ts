import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../src/core/analysis';
import { parseDocument } from '../../src/core/parse/document';
import { RULES } from '../../src/core/rules/registry';
import { createRecogniser } from '../../src/core/recognise';
import { loadBundledOntology } from '../../src/node/ontology';

// Drafts written for evaluation (virology, immunology, neurology, cardiology) with planted citation mistakes and the
// expected findings, listed by whoever wrote them, not derived from the tool's output.
const DIR = path.resolve(__dirname, '../fixtures/drafts');
const CITATION_RULES = new Set(RULES.map((r) => r.id).filter((id) => id.startsWith('citation.') || id.startsWith('reference.')));

for (const name of readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  test(`unseen draft ${name}: the citation rules fire exactly where expected`, () => {
    const text = readFileSync(path.join(DIR, name), 'utf8');
    const expected = JSON.parse(readFileSync(path.join(DIR, name.replace(/\.md$/, '.expected.json')), 'utf8')) as {
      diagnostics: Array<{ code: string; line: number }>;
    };
    const got = analyzeDocument(parseDocument(text, name))
      .diagnostics.filter((d) => CITATION_RULES.has(d.code))
      .map((d) => `${d.code}@${d.range.start.line + 1}`)
      .sort();
    assert.deepEqual(got, expected.diagnostics.map((d) => `${d.code}@${d.line}`).sort());
  });
}

test('the bundled example draft shows exactly its planted mistakes', () => {
  const file = path.resolve(__dirname, '../../examples/her2-resistance-review.md');
  const got = analyzeDocument(parseDocument(readFileSync(file, 'utf8'), file))
    .diagnostics.filter((d) => CITATION_RULES.has(d.code))
    .map((d) => `${d.code}@${d.range.start.line + 1}`);
  assert.deepEqual(got, [
    'citation.collapsible-group@22',
    'citation.out-of-order@28',
    'citation.malformed-group@102',
    'citation.unresolved@106',
    'reference.missing-identifier@132',
    'reference.malformed-identifier@134',
    'reference.missing-identifier@145',
    'reference.duplicate@151',
    'citation.unused-reference@154',
  ]);
});

test('the bundled example draft: the entity and evidence findings listed in examples/README.md', () => {
  const file = path.resolve(__dirname, '../../examples/her2-resistance-review.md');
  const model = loadBundledOntology();
  const entities = { model, recogniser: createRecogniser(model) };
  const got = analyzeDocument(parseDocument(readFileSync(file, 'utf8'), file), { entities })
    .diagnostics.filter((d) => !CITATION_RULES.has(d.code))
    .map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`);
  assert.deepEqual(got, [
    'evidence.unsupported@12:230',
    'entity.mirna-nomenclature@52:380',
    'evidence.uncited@71:201',
    'drug.code-without-inn@77:1',
    'trial.malformed-id@102:189',
    'evidence.uncited@102:307',
    'evidence.uncited@106:1',
  ]);
});

test('the Pandoc example: an unknown key in the draft and an uncited entry in the .bib', () => {
  const dir = path.resolve(__dirname, '../../examples');
  const doc = parseDocument(readFileSync(path.join(dir, 'pandoc-draft.md'), 'utf8'), 'pandoc-draft.md');
  const bibliographies = ['references.bib', 'references.json'].map((p) => ({ path: p, text: readFileSync(path.join(dir, p), 'utf8') }));
  const got = analyzeDocument(doc, { bibliographies }).diagnostics.map((d) => `${d.code}@${d.path ?? 'draft'}:${d.range.start.line + 1}`);
  assert.deepEqual(got, ['citation.unresolved@draft:28', 'citation.unused-reference@references.bib:93']);
});
