import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseBibtex } from '../../src/core/bibliography';
import type { BibEntry } from '../../src/core/bibliography/types';
import { decodeTex, parseNames } from '../../src/core/bibliography/bibtex-tex';
import { LineIndex } from '../../src/core/parse/line-index';
import type { Range } from '../../src/core/types';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/bibliography', name), 'utf8');
const at = (text: string, range: Range) => {
  const lines = new LineIndex(text);
  const s = lines.spanOf(range);
  return text.slice(s.start, s.end);
};
const byId = (entries: BibEntry[], id: string) => entries.find((e) => e.id === id)!;

test('valid.bib: entry types, fields, macros, names, identifiers', () => {
  const text = fixture('valid.bib');
  const { entries, problems } = parseBibtex(text, 'refs/valid.bib');
  assert.deepEqual(problems, []);
  assert.deepEqual(entries.map((e) => e.id), ['example2020', 'sample2019', 'demo2018', 'test2021']);
  for (const e of entries) {
    assert.equal(e.format, 'bibtex');
    assert.equal(e.path, 'refs/valid.bib');
    assert.equal(at(text, e.labelRange), e.id);
    assert.equal(at(text, e.range).startsWith('@'), true);
    assert.equal(at(text, e.range).endsWith('}'), true);
  }

  const a = byId(entries, 'example2020');
  assert.deepEqual(a.range, { start: { line: 3, character: 0 }, end: { line: 14, character: 1 } });
  assert.deepEqual(a.labelRange, { start: { line: 3, character: 9 }, end: { line: 3, character: 20 } });
  assert.deepEqual(a.authors, ['Example, Alice', 'Sample, Bob', 'Example Consortium']);
  assert.equal(a.title, 'An Illustrative Study of HER2 Signalling in β-cells');
  assert.equal(a.container, 'J Example Res');
  assert.equal(a.year, '2020');
  assert.equal(a.doi, '10.5555/example.2020');
  assert.equal(a.pmid, '12345678');
  assert.deepEqual(a.keywords, ['HER2', 'resistance', 'signalling']);
  assert.equal(a.abstract, 'An abstract of an illustrative study.');
  assert.equal(at(text, a.identifierRanges!.doi!), 'https://doi.org/10.5555/Example.2020');
  assert.equal(at(text, a.identifierRanges!.pmid!), '12345678');

  const b = byId(entries, 'sample2019');
  assert.deepEqual(b.authors, ['Demo, Carla', 'de la Test, Dan']);
  assert.equal(b.etAl, true);
  assert.equal(b.title, 'A Sample Book about Müller Cells');
  assert.equal(b.year, '2019');
  assert.equal(b.url, 'https://example.org/sample_book');
  assert.equal(b.container, undefined);

  const c = byId(entries, 'demo2018');
  assert.equal(c.container, 'Proceedings of the Example Workshop');
  assert.equal(c.pmid, '23456789');
  assert.equal(c.pmcid, 'PMC7654321');
  assert.equal(at(text, c.identifierRanges!.pmid!), '23456789');

  const d = byId(entries, 'test2021');
  assert.equal(d.container, 'Example Online');
  assert.equal(d.year, '2021');
  assert.equal(d.doi, undefined);
  assert.deepEqual(d.rawIdentifiers, { doi: '10.12/short', pmid: '12a45', pmcid: '12345' });
  assert.equal(at(text, d.identifierRanges!.pmid!), '12a45');
});

test('malformed.bib: errors on the right lines, good entries survive', () => {
  const text = fixture('malformed.bib');
  const { entries, problems } = parseBibtex(text, 'malformed.bib');
  assert.deepEqual(
    problems.map((p) => [p.code, p.severity, p.path, p.range.start.line]),
    [
      ['bibliography.invalid', 'error', 'malformed.bib', 6],
      ['bibliography.invalid', 'error', 'malformed.bib', 13],
      ['bibliography.invalid', 'warning', 'malformed.bib', 22],
    ],
  );
  // The unclosed entry is reported on its header; the stray token exactly.
  assert.equal(at(text, problems[0]!.range), '@article{unclosed');
  assert.match(problems[0]!.message, /`unclosed` is not closed/);
  assert.equal(at(text, problems[1]!.range), 'stray');
  assert.match(problems[1]!.message, /Unexpected `stray` after field `note` in entry `badfield`/);
  assert.match(problems[2]!.message, /Duplicate key `good1` \(first defined on line 1\)/);
  assert.deepEqual(problems[2]!.related?.[0]?.range.start, { line: 0, character: 9 });

  assert.deepEqual(entries.map((e) => e.id), ['good1', 'unclosed', 'badfield', 'good2', 'good1']);
  assert.equal(byId(entries, 'unclosed').title, 'Missing the closing brace');
  assert.equal(byId(entries, 'badfield').year, '2018');
  assert.equal(byId(entries, 'good2').doi, '10.5555/example.good2');
  // The unclosed entry ends after its last field.
  assert.deepEqual(byId(entries, "unclosed").range.end, { line: 9, character: 17 });
});

test('unbalanced braces in a value stop at the next entry', () => {
  const text = '@article{a,\n  title = {Unbalanced {brace},\n  year = 2020\n}\n@article{b, title = {Fine}}\n';
  const { entries, problems } = parseBibtex(text, 'x.bib');
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.range.start.line, 1);
  assert.match(problems[0]!.message, /Entry `a` is not closed .*: the braces in field `title` look unbalanced/);
  assert.deepEqual(entries.map((e) => [e.id, e.title]), [['a', 'Unbalanced brace, year = 2020'], ['b', 'Fine']]);
});

test('other syntax errors: no key, missing =, missing value, missing comma after key, unterminated quote, EOF', () => {
  const text = [
    '@article{, title = {No key}}', // 0
    '@article{k1, title {x}, year = 2020}', // 1
    '@article{k2, title = , year = 2021}', // 2
    '@article{k3 title = {Comma missing}}', // 3
    '@article{k4, title = "Unterminated}', // 4
    '@article{k5, title = {Last}', // 5
  ].join('\n');
  const { entries, problems } = parseBibtex(text, 'x.bib');
  assert.deepEqual(
    problems.map((p) => [p.range.start.line, p.severity]),
    [[0, 'error'], [1, 'error'], [2, 'error'], [3, 'error'], [4, 'error'], [5, 'error']],
  );
  assert.match(problems[0]!.message, /has no key/);
  assert.match(problems[1]!.message, /Expected `=` after field `title` in entry `k1`/);
  assert.match(problems[2]!.message, /Missing value for field `title` in entry `k2`/);
  assert.match(problems[3]!.message, /Expected `,` after the key of entry `k3`/);
  assert.match(problems[4]!.message, /Unterminated quoted value in field `title` of entry `k4`/);
  assert.match(problems[5]!.message, /`k5` is not closed: expected `}` before the end of the file/);
  assert.deepEqual(entries.map((e) => e.id), ['k1', 'k2', 'k3', 'k4', 'k5']);
  assert.equal(byId(entries, 'k1').year, '2020');
  assert.equal(byId(entries, 'k2').year, '2021');
  assert.equal(byId(entries, 'k3').title, 'Comma missing');
  assert.equal(byId(entries, 'k5').title, 'Last');
});

test('parenthesised entries, @string concatenation, months, comments, preamble, undefined strings', () => {
  const text = [
    '@preamble{"\\newcommand{\\x}{x}"}',
    '@comment{ignored @article{nope, title={no}} }',
    '% @article{commented, title = {no}}',
    '@string(pre = "J ")',
    '@article(p1, journal = pre # "Example" # { Res}, month = jan, year = 2022, note = undefinedmacro)',
  ].join('\n');
  const { entries, problems } = parseBibtex(text, 'x.bib');
  assert.deepEqual(entries.map((e) => e.id), ['p1']);
  assert.equal(entries[0]!.container, 'J Example Res');
  assert.equal(entries[0]!.year, '2022');
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.severity, 'warning');
  assert.match(problems[0]!.message, /Undefined string `undefinedmacro`/);
});

test('CRLF and BOM: positions match the BOM-less text', () => {
  const lf = fixture('valid.bib').replace(/\r\n/g, '\n');
  const crlf = '\ufeff' + lf.replace(/\n/g, '\r\n');
  const a = parseBibtex(lf, 'a.bib');
  const b = parseBibtex(crlf, 'a.bib');
  assert.deepEqual(
    b.entries.map((e) => [e.id, e.range, e.labelRange, e.identifierRanges, e.title, e.authors]),
    a.entries.map((e) => [e.id, e.range, e.labelRange, e.identifierRanges, e.title, e.authors]),
  );
  const malformed = parseBibtex(fixture('malformed.bib').replace(/\r?\n/g, '\r\n'), 'm.bib');
  assert.deepEqual(malformed.problems.map((p) => p.range.start.line), [6, 13, 22]);
});

test('decodeTex: accents, symbols, formatting, math, dashes', () => {
  assert.equal(decodeTex('M{\\"u}ller'), 'Müller');
  assert.equal(decodeTex('M\\"uller'), 'Müller');
  assert.equal(decodeTex("Jos\\'{e} and \\c{c}a and \\v s"), 'José and ça and š');
  assert.equal(decodeTex('Stra\\ss e \\o{} \\AE'), 'Straße ø Æ');
  assert.equal(decodeTex('\\emph{An} \\textit{Example} of {HER2}'), 'An Example of HER2');
  assert.equal(decodeTex('$\\alpha$-helix and TNF-$\\beta$ and Ca$^{2+}$'), 'α-helix and TNF-β and Ca2+');
  assert.equal(decodeTex('1--10 --- R\\&D 5\\% a~b'), '1–10 — R&D 5% a b');
  assert.equal(decodeTex('\\unknowncommand{kept}'), 'kept');
  assert.equal(decodeTex('trailing \\'), 'trailing');
});

test('parseNames: name forms', () => {
  assert.deepEqual(parseNames('Example, Alice and Bob Sample and {Example Consortium} and Jean de la Test and van Demo, Carl and Test, Jr., Dan and others'), {
    names: ['Example, Alice', 'Sample, Bob', 'Example Consortium', 'de la Test, Jean', 'van Demo, Carl', 'Test Jr., Dan'],
    others: true,
  });
  assert.deepEqual(parseNames('{Sample and Example Group}'), { names: ['Sample and Example Group'], others: false });
  assert.deepEqual(parseNames('Single'), { names: ['Single'], others: false });
  assert.deepEqual(parseNames(''), { names: [], others: false });
});

test('never throws on junk', () => {
  for (const junk of ['', '@', '@@@', '@article', '@article{', '@article{a,', '@article{a, title = {', '@article{a, title = "', '}}}{{{', '@string{x = }', '@comment{', 'plain text only', '@article{a, = {x}}', '@article{a, title = {x} # }']) {
    const r = parseBibtex(junk, 'junk.bib');
    assert.ok(Array.isArray(r.entries), junk);
    for (const p of r.problems) assert.equal(p.code, 'bibliography.invalid');
  }
});
