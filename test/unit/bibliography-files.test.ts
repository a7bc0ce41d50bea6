import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  bibliographyPathsFromFrontMatter,
  extensionOf,
  findFrontMatterReferences,
  findReferenceSection,
  parseBibliographyFile,
  parseBibtex,
  parseCslJson,
  parseCslYaml,
} from '../../src/core/bibliography';
import { parseReferenceText } from '../../src/core/bibliography/reference-text';
import { parseDocument } from '../../src/core/parse/document';
import { CancelledError } from '../../src/core/types';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/bibliography', name), 'utf8');

test('extensionOf handles separators, case, query strings and dotfiles', () => {
  assert.equal(extensionOf('refs.bib'), '.bib');
  assert.equal(extensionOf('C:\\Users\\x\\Refs.BIB'), '.bib');
  assert.equal(extensionOf('file:///a.b/refs.yml?x=1'), '.yml');
  assert.equal(extensionOf('dir.json/refs'), '');
  assert.equal(extensionOf('.bib'), '');
});

test('parseBibliographyFile picks the reader by extension', () => {
  const cases: Array<[string, string, string]> = [
    ['valid.bib', 'x/valid.bib', 'bibtex'],
    ['valid.bib', 'x/valid.BIBTEX', 'bibtex'],
    ['valid.json', 'x/valid.json', 'csl-json'],
    ['valid.yaml', 'x/valid.yaml', 'csl-yaml'],
    ['valid.yaml', 'x/valid.yml', 'csl-yaml'],
  ];
  for (const [file, p, format] of cases) {
    const r = parseBibliographyFile(fixture(file), p);
    assert.deepEqual(r.problems, [], p);
    assert.ok(r.entries.length > 0, p);
    assert.ok(r.entries.every((e) => e.format === format && e.path === p), p);
  }
});

test('parseBibliographyFile: an unknown extension is one problem', () => {
  const r = parseBibliographyFile('TY  - JOUR\nER  -\n', 'refs.ris');
  assert.deepEqual(r.entries, []);
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0]!.code, 'bibliography.invalid');
  assert.equal(r.problems[0]!.path, 'refs.ris');
  assert.deepEqual(r.problems[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.match(r.problems[0]!.message, /`\.ris`/);
  assert.match(parseBibliographyFile('', 'README').problems[0]!.message, /without an extension/);
});

test('front matter: bibliography paths (string or list)', () => {
  assert.deepEqual(bibliographyPathsFromFrontMatter(parseDocument('---\nbibliography: refs.bib\n---\n# T\n')), ['refs.bib']);
  assert.deepEqual(bibliographyPathsFromFrontMatter(parseDocument('---\nbibliography:\n  - a.bib\n  - " b.json "\n  - 3\n---\n')), ['a.bib', 'b.json']);
  assert.deepEqual(bibliographyPathsFromFrontMatter(parseDocument('---\ntitle: x\n---\n')), []);
  assert.deepEqual(bibliographyPathsFromFrontMatter(parseDocument('# No front matter\n')), []);
  assert.deepEqual(bibliographyPathsFromFrontMatter(parseDocument('---\nbibliography: [unclosed\n---\n')), []);
});

test('front matter: inline references are csl-yaml entries located in the draft', () => {
  const md = '---\r\ntitle: x\r\nreferences:\r\n  - id: fm1\r\n    title: A front matter item\r\n    DOI: "10.5555/fm.1"\r\n  - title: No id\r\n---\r\n\r\nText [@fm1].\r\n';
  const doc = parseDocument(md);
  const r = findFrontMatterReferences(doc)!;
  assert.deepEqual(r.entries.map((e) => [e.id, e.format, e.path, e.title, e.doi]), [['fm1', 'csl-yaml', undefined, 'A front matter item', '10.5555/fm.1']]);
  const e = r.entries[0]!;
  assert.deepEqual(e.labelRange, { start: { line: 3, character: 8 }, end: { line: 3, character: 11 } });
  assert.deepEqual(e.identifierRanges?.doi, { start: { line: 5, character: 10 }, end: { line: 5, character: 22 } });
  assert.equal(md.slice(e.span.start, e.span.end), 'id: fm1\r\n    title: A front matter item\r\n    DOI: "10.5555/fm.1"');
  assert.deepEqual(r.problems.map((p) => [p.range.start.line, p.path]), [[6, undefined]]);
  assert.equal(findFrontMatterReferences(parseDocument('---\ntitle: x\n---\n')), undefined);
  assert.equal(findFrontMatterReferences(parseDocument('# none\n')), undefined);
});

test('cancellation stops the readers', () => {
  const cancelled = { isCancellationRequested: true };
  assert.throws(() => parseBibtex(fixture('valid.bib'), 'a.bib', cancelled), CancelledError);
  assert.throws(() => parseCslJson(fixture('valid.json'), 'a.json', cancelled), CancelledError);
  assert.throws(() => parseCslYaml(fixture('valid.yaml'), 'a.yaml', cancelled), CancelledError);
  assert.throws(() => findReferenceSection(parseDocument(fixture('references-ordered.md')), cancelled), CancelledError);
});

// Adversarial inputs: each must be handled in (near) linear time. Timings are not asserted; a regression to
// catastrophic backtracking or quadratic rescanning would make this test hang.
const N = 100_000;
const rep = (s: string) => s.repeat(Math.ceil(N / s.length)).slice(0, N);

test('adversarial inputs finish and never throw', () => {
  const bib = [
    '@article{a, title = {' + rep('{'),
    '@article{a, title = "' + rep('x'),
    rep('@'),
    rep('@article{'),
    '@article{a, ' + rep('x = 1 # '),
    '@article{a, title = {' + rep('\\'),
    '@article{a, author = {' + rep('A and ') + '}}',
    '@article{a, author = {' + rep('{') + '}}',
    rep('%@article{a,\n'),
    rep('@article{a,\n year = 1\n'),
  ];
  for (const text of bib) assert.ok(Array.isArray(parseBibtex(text, 'a.bib').entries));
  const json = ['[' + rep('{"id": "a"},'), rep('['), '[' + rep(' '), '"' + rep('\\u00e9'), '[{"id": "' + rep('x')];
  for (const text of json) assert.ok(Array.isArray(parseCslJson(text, 'a.json').entries));
  // The YAML library is the slow part here (about 10 ms per KB); 30 KB keeps the test quick.
  const yaml = [rep('- id: a\n'), rep('['), 'references:\n' + rep('  - id: x\n    title: "y"\n'), rep('a: &a [*a]\n')];
  for (const text of yaml) assert.ok(Array.isArray(parseCslYaml(text.slice(0, 30_000), 'a.yaml').entries));
  // The Markdown parser itself is slow on some of these (e.g. long `_*` runs), so the text-level reader is driven
  // directly with the long inputs and findReferenceSection with a moderately sized list.
  for (const unit of ['PMID ', 'doi: ', '[', 'https://x', 'et al. ', '_*', '10.5555/', 'PMCID PMC1 ', '. ', '](']) {
    assert.ok(parseReferenceText(rep(unit), 0));
  }
  const list = findReferenceSection(parseDocument('# References\n\n' + rep('[1] A. B.\n').slice(0, 20_000)));
  assert.ok(list && list.entries.length > 1000);
});
