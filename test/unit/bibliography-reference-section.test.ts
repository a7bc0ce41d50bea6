import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { findReferenceSection, isReferenceHeading } from '../../src/core/bibliography';
import type { BibEntry } from '../../src/core/bibliography/types';
import { parseDocument, type ParsedDocument } from '../../src/core/parse/document';
import type { Range } from '../../src/core/types';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/bibliography', name), 'utf8');
const r = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
const slice = (doc: ParsedDocument, range: Range) => {
  const s = doc.lines.spanOf(range);
  return doc.text.slice(s.start, s.end);
};
/** The entry without its positions, for comparing parsed fields. */
const fields = (e: BibEntry) => {
  const { span, range, labelRange, identifierRanges, ...rest } = e;
  void span, void range, void labelRange, void identifierRanges;
  return rest;
};

test('isReferenceHeading accepts the usual names, numbering and a colon', () => {
  for (const ok of ['References', 'REFERENCES', 'Reference list', 'Bibliography:', 'Literature Cited', 'Works cited', 'Cited literature', '7. References', '7 References', '2.3 References', 'VII. References', '  References :  ']) {
    assert.equal(isReferenceHeading(ok), true, ok);
  }
  for (const no of ['Introduction', 'References and notes', 'About the references', 'Further reading', 'Cited']) {
    assert.equal(isReferenceHeading(no), false, no);
  }
});

test('no reference section: undefined', () => {
  assert.equal(findReferenceSection(parseDocument('# Title\n\n1. A list\n2. Not references\n')), undefined);
});

test('ordered list: numbers as written, spans, labels and Vancouver fields', () => {
  const doc = parseDocument(fixture('references-ordered.md'));
  const section = findReferenceSection(doc)!;
  assert.equal(section.title, '7. References');
  assert.equal(section.problems.length, 0);
  assert.deepEqual(section.entries.map((e) => e.id), ['1', '2', '5']);
  assert.deepEqual(section.entries.map((e) => e.number), [1, 2, 5]);
  // The section runs from its heading to the next heading of the same level.
  assert.equal(doc.text.slice(section.span.start).startsWith('## 7. References'), true);
  assert.equal(doc.text.slice(section.span.end).startsWith('## Appendix'), true);
  // The list span covers exactly the three entries.
  const listText = doc.text.slice(section.listSpan.start, section.listSpan.end);
  assert.equal(listText.startsWith('1. Example A'), true);
  assert.equal(listText.endsWith('https://example.org/sample-entry.'), true);

  const [e1, e2, e5] = section.entries as [BibEntry, BibEntry, BibEntry];
  assert.deepEqual(e1.range, r(6, 0, 6, doc.lines.lineText(6).length));
  assert.equal(doc.lines.lineText(6).startsWith('1. Example A'), true);
  assert.deepEqual(e1.labelRange, r(6, 0, 6, 1));
  assert.equal(slice(doc, e5.labelRange), '5');
  assert.equal(e1.path, undefined);
  assert.deepEqual(fields(e1), {
    id: '1',
    number: 1,
    format: 'markdown',
    authors: ['Example A', 'Sample B'],
    etAl: true,
    title: 'An illustrative study of HER2 signalling',
    container: 'J Example Res',
    year: '2020',
    doi: '10.5555/example.1',
    pmid: '12345678',
  });
  assert.equal(slice(doc, e1.identifierRanges!.doi!), '10.5555/example.1');
  assert.equal(slice(doc, e1.identifierRanges!.pmid!), '12345678');

  assert.deepEqual(fields(e2), {
    id: '2',
    number: 2,
    format: 'markdown',
    authors: ['Demo C'],
    title: 'A second example of resistance?',
    container: 'Example Onc Rep',
    year: '2019',
    doi: '10.5555/example.2',
    pmcid: 'PMC1234567',
  });
  assert.equal(slice(doc, e2.identifierRanges!.doi!), '10.5555/EXAMPLE.2');

  assert.deepEqual(e5.rawIdentifiers, { doi: '10.12/x', pmid: '12a45', pmcid: '12345' });
  assert.equal(e5.doi, undefined);
  assert.equal(e5.pmid, undefined);
  assert.equal(e5.pmcid, undefined);
  assert.equal(slice(doc, e5.identifierRanges!.pmid!), '12a45');
  assert.equal(slice(doc, e5.identifierRanges!.pmcid!), '12345');
  assert.equal(e5.url, 'https://example.org/sample-entry');
  assert.deepEqual(e5.authors, ['Test D', 'Trial E']);
});

test('[n] lines: continuation lines, unnumbered paragraphs skipped, labels are the digits', () => {
  const doc = parseDocument(fixture('references-bracketed.md'));
  const section = findReferenceSection(doc)!;
  assert.equal(section.title, 'Bibliography:');
  assert.deepEqual(section.entries.map((e) => e.id), ['1', '2', '10']);
  const [e1, e2, e10] = section.entries as [BibEntry, BibEntry, BibEntry];
  assert.deepEqual(e1.range, r(6, 0, 6, doc.lines.lineText(6).length));
  assert.equal(doc.lines.lineText(6).startsWith('[1] Example A'), true);
  assert.deepEqual(e1.labelRange, r(6, 1, 6, 2));
  assert.deepEqual(e2.range, r(7, 0, 8, doc.lines.lineText(8).length));
  assert.equal(slice(doc, e2.range).endsWith('doi: 10.5555/example.22'), true);
  assert.deepEqual(e10.labelRange, r(12, 1, 12, 3));
  assert.equal(slice(doc, e10.labelRange), '10');
  assert.equal(e1.pmid, '23456789');
  assert.equal(e2.title, 'Another illustrative entry that continues on a second line');
  assert.equal(e2.doi, '10.5555/example.22');
  assert.equal(e10.pmcid, 'PMC7654321');
  assert.equal(slice(doc, e10.identifierRanges!.pmcid!), 'PMC7654321');
  assert.equal(doc.text.slice(section.listSpan.start, section.listSpan.end).startsWith('[1] Example A'), true);
  assert.equal(doc.text.slice(section.listSpan.start, section.listSpan.end).endsWith('PMC7654321'), true);
});

test('CRLF: the same positions an editor shows', () => {
  const lf = fixture('references-ordered.md').replace(/\r\n/g, '\n');
  const doc = parseDocument(lf.replace(/\n/g, '\r\n'));
  const section = findReferenceSection(doc)!;
  const plain = findReferenceSection(parseDocument(lf))!;
  assert.deepEqual(section.entries.map((e) => [e.range, e.labelRange, e.identifierRanges]), plain.entries.map((e) => [e.range, e.labelRange, e.identifierRanges]));
  assert.deepEqual(section.entries.map(fields), plain.entries.map(fields));
  for (const e of section.entries) assert.equal(doc.text.slice(e.span.start, e.span.end).includes('\r'), false);
});

test('CRLF: multi-line entries keep their continuation lines', () => {
  const doc = parseDocument('## References\r\n\r\n[1] Example A. A title\r\n  that wraps. J Ex. 2020.\r\n[2] Sample B. Two. J Ex. 2019.\r\n');
  const section = findReferenceSection(doc)!;
  assert.deepEqual(section.entries.map((e) => e.range), [r(2, 0, 3, 25), r(4, 0, 4, 30)]);
  assert.equal(section.entries[0]!.title, 'A title that wraps');
});

test('non-consecutive and multi-digit numbers are read from the source', () => {
  const doc = parseDocument('## References\n\n3. Example A. One. J Ex. 2020.\n7. Sample B. Two. J Ex. 2021.\n12. Demo C. Three. J Ex. 2022.\n');
  const section = findReferenceSection(doc)!;
  assert.deepEqual(section.entries.map((e) => e.number), [3, 7, 12]);
  assert.equal(slice(doc, section.entries[2]!.labelRange), '12');
});

test('a list item with several lines and a paren delimiter', () => {
  const doc = parseDocument('# References\n\n1) Example A, Sample B.\n   A wrapped *title*.\n   J Ex. 2020;1:2.\n2) Sample C. Short. J Ex. 2020.\n');
  const section = findReferenceSection(doc)!;
  assert.deepEqual(section.entries.map((e) => e.number), [1, 2]);
  assert.equal(section.entries[0]!.title, 'A wrapped title');
  assert.deepEqual(section.entries[0]!.range, r(2, 0, 4, 18));
});

test('the last matching heading wins; entries stop at the next heading', () => {
  const doc = parseDocument('## References\n\nSee below.\n\n# Body\n\n## References\n\n1. Example A. One. J Ex. 2020.\n\n## Notes\n\n2. Not a reference.\n');
  const section = findReferenceSection(doc)!;
  assert.deepEqual(section.entries.map((e) => e.id), ['1']);
});

test('an empty section has no entries and an empty list span after the heading', () => {
  const doc = parseDocument('# References\n\nTo be added.\n');
  const section = findReferenceSection(doc)!;
  assert.deepEqual(section.entries, []);
  assert.equal(section.listSpan.start, section.listSpan.end);
});

test('bulleted [n] entries', () => {
  const doc = parseDocument('# References\n\n- [1] Example A. One. J Ex. 2020.\n- [2] Sample B. Two. J Ex. 2021.\n');
  const section = findReferenceSection(doc)!;
  assert.deepEqual(section.entries.map((e) => slice(doc, e.labelRange)), ['1', '2']);
  assert.deepEqual(section.entries.map((e) => e.range.start.character), [0, 0]);
});

test('entries without fields still get ids; odd text does not throw', () => {
  const doc = parseDocument('# References\n\n1. \n2. Just one sentence without a period\n3. doi: PMID: PMCID:\n4. [link](https://doi.org/10.5555/linked). Title.\n');
  const section = findReferenceSection(doc)!;
  assert.deepEqual(section.entries.map((e) => e.id), ['1', '2', '3', '4']);
  assert.deepEqual(section.entries[1]!.authors, ['Just one sentence without a period']);
  assert.equal(section.entries[3]!.doi, '10.5555/linked');
});
