import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, inSpans } from '../../src/core/parse/document';
import { LineIndex } from '../../src/core/parse/line-index';
import { splitSentences } from '../../src/core/parse/sentences';

const proseOf = (md: string) => {
  const d = parseDocument(md);
  return d.prose.map((s) => d.text.slice(s.start, s.end));
};

test('LineIndex: LF, CRLF and lone CR give the same positions', () => {
  for (const nl of ['\n', '\r\n', '\r']) {
    const text = ['alpha', 'beta', '', 'gamma'].join(nl);
    const idx = new LineIndex(text);
    assert.equal(idx.lineCount, 4);
    const at = text.indexOf('gamma');
    assert.deepEqual(idx.positionAt(at + 2), { line: 3, character: 2 });
    assert.equal(idx.offsetAt({ line: 3, character: 2 }), at + 2);
    assert.equal(idx.lineText(1), 'beta');
    // A character past the end of a line clamps to the line's end, before the break.
    assert.equal(idx.offsetAt({ line: 0, character: 99 }), 5);
  }
});

test('LineIndex: characters are UTF-16 code units (astral characters count two)', () => {
  const idx = new LineIndex('𝛽-catenin and HER2');
  assert.deepEqual(idx.positionAt('𝛽-catenin and '.length), { line: 0, character: 15 });
});

test('a BOM is stripped and does not shift positions', () => {
  const d = parseDocument('\uFEFFHER2 (16)\n');
  assert.equal(d.hadBom, true);
  assert.equal(d.text, 'HER2 (16)\n');
  assert.deepEqual(d.lines.positionAt(d.text.indexOf('(16)')), { line: 0, character: 5 });
});

test('prose excludes front matter, code, inline code, HTML, math, URLs, link destinations and footnote references', () => {
  const md = [
    '---',
    'title: "Draft (3)"',
    '---',
    '# Intro (1)',
    '',
    'Text `code (2)` and [a link](https://example.org/(4)) then <https://x.org/5> and www.example.com/6 <b>(7)</b> $x_(8)$ note[^9].',
    '',
    '```',
    '(10)',
    '```',
    '',
    '    indented (11)',
    '',
    '[ref]: https://example.org/(12)',
    '',
    '[^9]: A footnote (13).',
  ].join('\n');
  const prose = proseOf(md).join('|');
  for (const hidden of ['(2)', '(3)', '(4)', '/5', '/6', '(8)', '(10)', '(11)', '(12)', '[^9]']) {
    assert.ok(!prose.includes(hidden), `${hidden} must not be prose: ${prose}`);
  }
  for (const shown of ['Intro (1)', 'a link', '(7)', 'A footnote (13).']) assert.ok(prose.includes(shown), `${shown} is prose`);
});

test('front matter is parsed, and invalid YAML is reported at its line', () => {
  const ok = parseDocument('---\nbibliography: [a.bib, b.json]\n---\nText.\n');
  assert.deepEqual(ok.frontMatter?.data, { bibliography: ['a.bib', 'b.json'] });
  const bad = parseDocument('---\ntitle: ok\nbibliography: [a.bib\n---\nText.\n');
  assert.ok(bad.frontMatter?.error);
  assert.ok(bad.lines.positionAt(bad.frontMatter!.error!.span.start).line >= 1);
});

test('sections span from their heading to the next heading of the same or a higher level', () => {
  const d = parseDocument('# A\n\n## B\n\ntext\n\n### C\n\n## References\n\n1. x\n');
  const refs = d.sections.find((s) => s.title === 'References')!;
  assert.equal(d.text.slice(refs.span.start, refs.span.end), '## References\n\n1. x\n');
  const b = d.sections.find((s) => s.title === 'B')!;
  assert.ok(d.text.slice(b.span.start, b.span.end).includes('### C'));
});

test('HTML comments are collected (for suppression directives)', () => {
  const d = parseDocument('Text <!-- evidence-lens-disable-line citation.unresolved --> here.\n\n<!-- block -->\n');
  assert.deepEqual(d.comments.map((c) => c.body), ['evidence-lens-disable-line citation.unresolved', 'block']);
});

test('inSpans finds offsets in sorted spans', () => {
  const spans = [{ start: 2, end: 4 }, { start: 10, end: 12 }];
  assert.deepEqual([1, 2, 3, 4, 10, 11, 12].map((o) => inSpans(spans, o)), [false, true, true, false, true, true, false]);
});

test('sentences do not break after et al., e.g., Fig., vs. or inside decimals', () => {
  const text = 'Smith et al. showed loss of PTEN (3). Levels rose 2.5-fold (Fig. 2) vs. controls, e.g. in MCF-7 cells. HER2 fell.';
  const parts = splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(parts, [
    'Smith et al. showed loss of PTEN (3).',
    'Levels rose 2.5-fold (Fig. 2) vs. controls, e.g. in MCF-7 cells.',
    'HER2 fell.',
  ]);
});
