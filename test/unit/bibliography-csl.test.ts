import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseCslJson, parseCslYaml } from '../../src/core/bibliography';
import type { BibEntry } from '../../src/core/bibliography/types';
import { LineIndex } from '../../src/core/parse/line-index';
import type { Range } from '../../src/core/types';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/bibliography', name), 'utf8');
const at = (text: string, range: Range) => {
  const s = new LineIndex(text).spanOf(range);
  return text.slice(s.start, s.end);
};
const byId = (entries: BibEntry[], id: string) => entries.find((e) => e.id === id)!;

test('CSL-JSON: valid items with all the fields we read', () => {
  const text = fixture('valid.json');
  const { entries, problems } = parseCslJson(text, 'valid.json');
  assert.deepEqual(problems, []);
  assert.deepEqual(entries.map((e) => e.id), ['example2020', 'sample2019']);
  const a = byId(entries, 'example2020');
  assert.equal(a.format, 'csl-json');
  assert.equal(a.path, 'valid.json');
  assert.deepEqual(a.authors, ['Example, Alice', 'Example Consortium']);
  assert.equal(a.year, '2020');
  assert.equal(a.title, 'An illustrative study of HER2 signalling');
  assert.equal(a.container, 'J Example Res');
  assert.equal(a.doi, '10.5555/example.2020');
  assert.equal(a.pmid, '12345678');
  assert.equal(a.pmcid, 'PMC1234567');
  assert.equal(a.url, 'https://example.org/example2020');
  assert.equal(a.abstract, 'An abstract.');
  assert.deepEqual(a.keywords, ['HER2', 'signalling']);
  // Spans: the item's object, the id's value, identifiers inside their quotes.
  assert.deepEqual(a.range.start, { line: 1, character: 2 });
  assert.deepEqual(a.range.end, { line: 14, character: 3 });
  assert.equal(at(text, a.range).startsWith('{'), true);
  assert.equal(at(text, a.range).endsWith('}'), true);
  assert.equal(at(text, a.labelRange), 'example2020');
  assert.equal(at(text, a.identifierRanges!.doi!), '10.5555/example.2020');
  assert.equal(at(text, a.identifierRanges!.pmcid!), 'PMC1234567');

  const b = byId(entries, 'sample2019');
  assert.deepEqual(b.authors, ['van Sample, Bob']);
  assert.equal(b.year, '2019');
  assert.equal(b.pmid, '23456789');
  assert.equal(at(text, b.identifierRanges!.pmid!), '23456789');
});

test('CSL-JSON: {"items": […]}, missing id, wrong field type, malformed identifier, duplicate id', () => {
  const text = fixture('problems.json');
  const { entries, problems } = parseCslJson(text, 'problems.json');
  assert.deepEqual(entries.map((e) => e.id), ['ok1', 'wrongtype', 'ok1']);
  assert.deepEqual(
    problems.map((p) => [p.code, p.severity, p.path, p.range.start.line]),
    [
      ['bibliography.invalid', 'error', 'problems.json', 3],
      ['bibliography.invalid', 'warning', 'problems.json', 4],
      ['bibliography.invalid', 'warning', 'problems.json', 5],
    ],
  );
  assert.match(problems[0]!.message, /Item 2 \("An item without an id"\) has no `id`/);
  assert.match(problems[1]!.message, /Item 3 \(`wrongtype`\): field `author` should be a list of names/);
  assert.equal(at(text, problems[1]!.range), 'Example A');
  assert.match(problems[2]!.message, /Duplicate id `ok1` \(first defined on line 3\)/);
  const w = byId(entries, 'wrongtype');
  assert.deepEqual(w.authors, []);
  assert.equal(w.title, 'Author as a string');
  assert.deepEqual(w.rawIdentifiers, { pmid: '12a45' });
});

test('CSL-JSON: invalid JSON gives one error at the right place', () => {
  const text = fixture('invalid.json');
  const { entries, problems } = parseCslJson(text, 'invalid.json');
  assert.deepEqual(entries, []);
  assert.equal(problems.length, 1);
  const p = problems[0]!;
  assert.equal(p.code, 'bibliography.invalid');
  assert.equal(p.severity, 'error');
  assert.equal(p.path, 'invalid.json');
  assert.deepEqual(p.range.start, { line: 2, character: 39 });
  assert.equal(at(text, p.range), '"');
  assert.match(p.message, /^Invalid JSON: /);
  assert.doesNotMatch(p.message, /position/);
});

test('CSL-JSON: errors without a position in the message are located by our scanner', () => {
  const cases: Array<[string, { line: number; character: number }]> = [
    ['[\n  {"id": x}\n]', { line: 1, character: 9 }],
    ['[\n  {"id": "a",}\n]', { line: 1, character: 13 }],
    ['[\n  {"id": "a"}', { line: 1, character: 13 }],
    ['[{"id": "a"}] trailing', { line: 0, character: 14 }],
  ];
  for (const [text, start] of cases) {
    const { problems } = parseCslJson(text, 'x.json');
    assert.equal(problems.length, 1, text);
    assert.deepEqual(problems[0]!.range.start, start, text);
  }
});

test('CSL-JSON: wrong top-level shape, empty file, BOM and CRLF', () => {
  assert.match(parseCslJson('{"id": "a"}', 'x.json').problems[0]!.message, /Expected a CSL-JSON array/);
  assert.deepEqual(parseCslJson('', 'x.json'), { entries: [], problems: [] });
  assert.deepEqual(parseCslJson('[]', 'x.json'), { entries: [], problems: [] });
  const lf = fixture('valid.json').replace(/\r\n/g, '\n');
  const a = parseCslJson(lf, 'a.json');
  const b = parseCslJson('\ufeff' + lf.replace(/\n/g, '\r\n'), 'a.json');
  assert.deepEqual(b.entries.map((e) => [e.range, e.labelRange, e.identifierRanges]), a.entries.map((e) => [e.range, e.labelRange, e.identifierRanges]));
});

test('CSL-JSON: items that are not objects, numeric ids, id of the wrong type', () => {
  const { entries, problems } = parseCslJson('[1, {"id": 7, "issued": {"date-parts": [["2015"]]}}, {"id": {"x": 1}}, {"id": ""}]', 'x.json');
  assert.deepEqual(entries.map((e) => [e.id, e.year]), [['7', '2015']]);
  assert.deepEqual(problems.map((p) => p.message), [
    'Item 1 is not an object with CSL fields',
    'Item 3: field `id` should be a string or a number',
    'Item 4 has an empty `id`',
  ]);
});

test('CSL-YAML: a top-level list', () => {
  const text = fixture('valid.yaml');
  const { entries, problems } = parseCslYaml(text, 'valid.yaml');
  assert.deepEqual(problems, []);
  assert.deepEqual(entries.map((e) => e.id), ['example2020', 'sample2019']);
  const a = byId(entries, 'example2020');
  assert.equal(a.format, 'csl-yaml');
  assert.equal(a.path, 'valid.yaml');
  assert.deepEqual(a.authors, ['Example, Alice']);
  assert.equal(a.year, '2020');
  assert.equal(a.container, 'J Example Res');
  assert.equal(a.doi, '10.5555/example.2020');
  assert.equal(a.pmid, '12345678');
  assert.deepEqual(a.range, { start: { line: 0, character: 2 }, end: { line: 8, character: 16 } });
  assert.deepEqual(a.labelRange, { start: { line: 0, character: 6 }, end: { line: 0, character: 17 } });
  assert.equal(at(text, a.identifierRanges!.doi!), '10.5555/example.2020');
  assert.equal(at(text, a.identifierRanges!.pmid!), '12345678');
  const b = byId(entries, 'sample2019');
  assert.deepEqual(b.authors, ['Example Consortium']);
  assert.equal(b.year, '2019');
  assert.equal(b.pmcid, 'PMC1234567');
  assert.deepEqual(b.keywords, ['HER2', 'signalling']);
});

test('CSL-YAML: a references: list (Pandoc / Quarto) with document markers', () => {
  const text = fixture('references.yaml');
  const { entries, problems } = parseCslYaml(text, 'references.yml');
  assert.deepEqual(problems, []);
  assert.deepEqual(entries.map((e) => [e.id, e.year, e.title]), [
    ['demo2018', '2018', 'A Quarto-style entry'],
    ['test2017', undefined, 'An entry with a malformed PMID'],
  ]);
  assert.equal(entries[0]!.doi, '10.5555/example.demo');
  assert.deepEqual(entries[1]!.rawIdentifiers, { pmid: '0123' });
  assert.equal(at(text, entries[1]!.identifierRanges!.pmid!), '0123');
  assert.equal(at(text, entries[1]!.labelRange), 'test2017');
});

test('CSL-YAML: syntax errors are reported with their line; other items are still read', () => {
  const text = fixture('invalid.yaml');
  const { entries, problems } = parseCslYaml(text, 'invalid.yaml');
  const syntax = problems.filter((p) => p.severity === 'error');
  assert.equal(syntax.length, 1);
  assert.equal(syntax[0]!.code, 'bibliography.invalid');
  assert.equal(syntax[0]!.path, 'invalid.yaml');
  assert.match(syntax[0]!.message, /^Invalid YAML: /);
  assert.ok(syntax[0]!.range.start.line >= 3 && syntax[0]!.range.start.line <= 4, JSON.stringify(syntax[0]!.range));
  assert.deepEqual(entries.map((e) => e.id), ['good', 'broken', 'after']);
  assert.equal(byId(entries, 'after').title, 'Still read');
});

test('CSL-YAML: bad indentation in a references: list', () => {
  const text = 'references:\n  - id: a\n    title: "unterminated\n  - id: b\n';
  const { problems } = parseCslYaml(text, 'x.yaml');
  assert.ok(problems.length >= 1);
  assert.ok(problems.every((p) => p.code === 'bibliography.invalid' && p.path === 'x.yaml'));
  assert.equal(problems[0]!.range.start.line, 2);
});

test('CSL-YAML: wrong shapes and field types', () => {
  assert.match(parseCslYaml('title: not a list\n', 'x.yaml').problems[0]!.message, /Expected a list of CSL items/);
  assert.match(parseCslYaml('references: 3\n', 'x.yaml').problems[0]!.message, /Expected a list of CSL items/);
  assert.deepEqual(parseCslYaml('', 'x.yaml'), { entries: [], problems: [] });
  assert.deepEqual(parseCslYaml('# only a comment\n', 'x.yaml'), { entries: [], problems: [] });
  const { entries, problems } = parseCslYaml('- id: a\n  issued: {date-parts: [[2014, 2]]}\n  author: {family: Example}\n  title: [not, text]\n', 'x.yaml');
  assert.deepEqual(entries.map((e) => [e.id, e.year, e.authors, e.title]), [['a', '2014', [], undefined]]);
  assert.deepEqual(problems.map((p) => [p.severity, p.range.start.line, /field `(\w+)`/.exec(p.message)?.[1]]), [
    ['warning', 2, 'author'],
    ['warning', 3, 'title'],
  ]);
});

test('CSL-YAML: CRLF and BOM', () => {
  const lf = fixture('valid.yaml').replace(/\r\n/g, '\n');
  const a = parseCslYaml(lf, 'a.yaml');
  const b = parseCslYaml('\ufeff' + lf.replace(/\n/g, '\r\n'), 'a.yaml');
  assert.deepEqual(b.entries.map((e) => [e.id, e.range, e.labelRange, e.identifierRanges]), a.entries.map((e) => [e.id, e.range, e.labelRange, e.identifierRanges]));
});
