import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../src/core/parse/document';
import { extractCitations } from '../../src/core/citations';
import type { Citation, KeyCitation, NumericCitation } from '../../src/core/citations/types';
import { CancelledError } from '../../src/core/types';

function extract(md: string): { text: string; citations: Citation[] } {
  const doc = parseDocument(md);
  return { text: doc.text, citations: extractCitations(doc) };
}

/** The text of each citation found, in order. */
function found(md: string): string[] {
  const { text, citations } = extract(md);
  return citations.map((c) => text.slice(c.span.start, c.span.end));
}

function numeric(md: string): NumericCitation[] {
  return extract(md).citations.filter((c): c is NumericCitation => c.kind === 'numeric');
}

function keyed(md: string): KeyCitation[] {
  return extract(md).citations.filter((c): c is KeyCitation => c.kind === 'key');
}

function only<T>(list: T[]): T {
  assert.equal(list.length, 1, `expected one citation, got ${list.length}`);
  return list[0]!;
}

// ---------------------------------------------------------------- numeric groups

test('numeric: single numbers in parentheses and brackets', () => {
  const md = 'HER2 is amplified (16). Trastuzumab binds it [7].';
  const { text, citations } = extract(md);
  assert.equal(citations.length, 2);
  const [a, b] = citations as NumericCitation[];
  assert.equal(text.slice(a!.span.start, a!.span.end), '(16)');
  assert.equal(a!.form, 'paren');
  assert.deepEqual(a!.numbers, [16]);
  assert.equal(a!.parts.length, 1);
  assert.equal(text.slice(a!.parts[0]!.span.start, a!.parts[0]!.span.end), '16');
  assert.deepEqual([a!.parts[0]!.from, a!.parts[0]!.to, a!.parts[0]!.text], [16, 16, '16']);
  assert.equal(text.slice(b!.span.start, b!.span.end), '[7]');
  assert.equal(b!.form, 'bracket');
  assert.deepEqual(b!.numbers, [7]);
});

test('numeric: lists with commas and semicolons, with and without spaces', () => {
  assert.deepEqual(found('a (35, 36) b (35,36) c (3; 5) d [1,2 , 3]'), ['(35, 36)', '(35,36)', '(3; 5)', '[1,2 , 3]']);
  const c = only(numeric('Shown before (35, 36).'));
  assert.deepEqual(c.numbers, [35, 36]);
  assert.deepEqual(c.parts.map((p) => p.text), ['35', '36']);
  const md = 'Shown before (3; 5).';
  const parts = only(numeric(md)).parts;
  assert.deepEqual(parts.map((p) => md.slice(p.span.start, p.span.end)), ['3', '5']);
});

test('numeric: ranges with every accepted dash', () => {
  for (const dash of ['-', '\u2013', '\u2014', '\u2212', '\u2011', '\u2010']) {
    const md = `Several trials (38${dash}41).`;
    const c = only(numeric(md));
    assert.equal(md.slice(c.span.start, c.span.end), `(38${dash}41)`, `dash U+${dash.charCodeAt(0).toString(16)}`);
    assert.deepEqual(c.numbers, [38, 39, 40, 41]);
    assert.deepEqual([c.parts[0]!.from, c.parts[0]!.to, c.parts[0]!.text], [38, 41, `38${dash}41`]);
  }
  assert.deepEqual(only(numeric('See (7 - 9).')).numbers, [7, 8, 9]);
});

test('numeric: mixed lists and ranges', () => {
  const md = 'Reviewed elsewhere (1,3-8,19) and [1–3].';
  const [a, b] = numeric(md);
  assert.equal(md.slice(a!.span.start, a!.span.end), '(1,3-8,19)');
  assert.deepEqual(a!.numbers, [1, 3, 4, 5, 6, 7, 8, 19]);
  assert.deepEqual(a!.parts.map((p) => md.slice(p.span.start, p.span.end)), ['1', '3-8', '19']);
  assert.equal(md.slice(b!.span.start, b!.span.end), '[1–3]');
  assert.deepEqual(b!.numbers, [1, 2, 3]);
});

test('numeric: descending ranges, repeats and empty elements are kept for the rules to report', () => {
  const desc = only(numeric('As shown (41–38).'));
  assert.deepEqual([desc.parts[0]!.from, desc.parts[0]!.to], [41, 38]);
  assert.deepEqual(desc.numbers, [38, 39, 40, 41]);
  const md = 'As shown (3,,4) and (12, 12).';
  const [empty, twice] = numeric(md);
  assert.deepEqual(empty!.parts.map((p) => p.text), ['3', '', '4']);
  assert.equal(empty!.parts[1]!.from, undefined);
  assert.equal(empty!.parts[1]!.span.start, md.indexOf(',,') + 1);
  assert.deepEqual(empty!.numbers, [3, 4]);
  assert.deepEqual(twice!.numbers, [12, 12]);
});

test('numeric: HTML superscripts cover the tags', () => {
  const md = 'HER2 is amplified<sup>12</sup> and resistant<sup>1,3-5</sup>. Also <SUP> 7 </SUP>.';
  const cs = numeric(md);
  assert.deepEqual(cs.map((c) => md.slice(c.span.start, c.span.end)), ['<sup>12</sup>', '<sup>1,3-5</sup>', '<SUP> 7 </SUP>']);
  assert.ok(cs.every((c) => c.form === 'superscript'));
  assert.deepEqual(cs[1]!.numbers, [1, 3, 4, 5]);
  assert.deepEqual(cs[1]!.parts.map((p) => md.slice(p.span.start, p.span.end)), ['1', '3-5']);
});

test('numeric: Pandoc caret superscripts', () => {
  const md = 'HER2 is amplified^12^ and resistant^1,3^; HER2^4^ and IL-6^5^ too.';
  const cs = numeric(md);
  assert.deepEqual(cs.map((c) => md.slice(c.span.start, c.span.end)), ['^12^', '^1,3^', '^4^', '^5^']);
  assert.ok(cs.every((c) => c.form === 'caret'));
  assert.deepEqual(cs[1]!.numbers, [1, 3]);
});

test('numeric: superscripts that are powers or statistics are not citations', () => {
  assert.deepEqual(found('About 10^6^ cells, 1.5^2^, R<sup>2</sup> = 0.9, I<sup>2</sup> = 40%, 25 kg/m<sup>2</sup>, 3 cm^2^, 5x10^6^.'), []);
  assert.deepEqual(found('Pandoc needs no spaces: text^1, 2^ and ^^ and <sup></sup> and <sup>a</sup> and <sup>2+</sup>.'), []);
});

test('numeric: a group after punctuation counts, one glued to a word does not', () => {
  assert.deepEqual(found('resistance.(16) cells,(3) end;[4]'), ['(16)', '(3)', '[4]']);
  assert.deepEqual(found('IL(6) and f(2) and HER2(3) and x[4] and αβ(5)'), []);
});

test('numeric: statistics, years, figures and quantities are not citations', () => {
  const negatives = [
    '(n = 5151)',
    '(n=5151)',
    '(95% CI 12.7–16.9)',
    '(p = 0.002)',
    '(2019)',
    '[2019]',
    '(1800)',
    '(2099)',
    '(2019, 2020)',
    '(2010–2015)',
    '(5151)',
    '(1000-1500)',
    '(10000)',
    '(Figure 1)',
    '(Fig. 2)',
    '(Table 2)',
    '(Supplementary Table S1)',
    '(1.5)',
    '(12%)',
    '(5 mg)',
    '(-5)',
    '(\u22125)',
    '(3–)',
    '(i)',
    '(iv)',
    '(01)',
    '(0)',
    '(1, 0)',
    '()',
    '( )',
    '(,)',
    '(12]',
    '(1 2)',
  ];
  for (const n of negatives) assert.deepEqual(found(`The cohort ${n} was large.`), [], n);
  // A lone number of 1000 or more reads as a count; in a group with others it stays a citation.
  assert.deepEqual(found('See (12, 1500) and (999) and (1799) and (2100) and (1799, 1800).'), ['(12, 1500)', '(999)', '(1799, 1800)']);
});

test('numeric: a lone number opening a line or block and followed by a space is an enumerator', () => {
  const md = [
    '(1) first, (2) second and (3) third.',
    '',
    '[1] Smith J. An example entry.',
    '',
    '- (4) a list item (5)',
    '',
    '> (6) quoted (7)',
    '',
    '# (8) Heading (9)',
    '',
    'The steps were:',
    '(10) collect,',
    '(11) sequence and',
    '(12) compare; then a hard break  ',
    '(13) and a backslash break\\',
    '(14) end.',
    '',
    '(15)',
    '',
    '(16, 17) at the start.',
  ].join('\n');
  assert.deepEqual(found(md), ['(2)', '(3)', '(5)', '(7)', '(9)', '(12)', '(15)', '(16, 17)']);
});

test('numeric: a group opening a soft-wrapped line after a word is a citation', () => {
  const md = 'Resistance was reported in breast cancer\n(10) and in gastric cancer\r\n(11) alike.';
  assert.deepEqual(found(md), ['(10)', '(11)']);
});

test('numeric: links, footnotes and references are not citations', () => {
  const md = [
    'A link [12](http://example.org/x) and [13][ref] and [14] alone.',
    'A footnote[^1] and an undefined one [^2] and an inline note ^[15].',
    'Broken [16](',
    '',
    '[^1]: The note cites (17).',
    '',
    '[ref]: http://example.org/y',
  ].join('\n');
  assert.deepEqual(found(md), ['[14]', '(17)']);
});

test('numeric: code, inline code, math, HTML, URLs and front matter are not prose', () => {
  const md = [
    '---',
    'title: Review (1)',
    'note: "[2]"',
    '---',
    '',
    'Inline `(3)` code, math $f(4)$ and $x^5^$, <abbr title="(6)">x</abbr>, https://example.org/a(7) and <https://example.org/(8)>.',
    '',
    '```',
    'code (9) [10]',
    '```',
    '',
    '    indented (11)',
    '',
    '<div>',
    'html block (12)',
    '</div>',
    '',
    '$$',
    'f(13)',
    '$$',
    '',
    'Only this one (14). ![image (15)](x.png)',
  ].join('\n');
  assert.deepEqual(found(md), ['(14)']);
});

test('numeric: citations in headings, lists, tables and emphasis', () => {
  const md = ['# Background (1)', '', '- item [2]', '', '| a | b |', '|---|---|', '| cell (3) | *emphasised (4)* |', '', '**bold (5)**'].join('\n');
  assert.deepEqual(found(md), ['(1)', '[2]', '(3)', '(4)', '(5)']);
});

test('numeric: a group may wrap onto the next line of its paragraph', () => {
  const md = 'Shown before (35,\n36) in vitro.';
  const c = only(numeric(md));
  assert.deepEqual(c.numbers, [35, 36]);
  assert.equal(md.slice(c.span.start, c.span.end), '(35,\n36)');
});

// ---------------------------------------------------------------- Pandoc citations

test('pandoc: a bracketed key', () => {
  const md = 'Resistance is common [@smith2020].';
  const c = only(keyed(md));
  assert.equal(md.slice(c.span.start, c.span.end), '[@smith2020]');
  assert.equal(c.bracketed, true);
  const item = only(c.items);
  assert.deepEqual({ ...item, span: md.slice(item.span.start, item.span.end) }, {
    key: 'smith2020',
    span: '@smith2020',
    kind: 'key',
    suppressAuthor: false,
  });
});

test('pandoc: several items with prefixes, locators and suffixes', () => {
  const md = 'As reviewed [@a; @b] and [see @key, p. 3] and [@key, pp. 33-35; also @other, chap. 1].';
  const cs = keyed(md);
  assert.deepEqual(cs.map((c) => md.slice(c.span.start, c.span.end)), ['[@a; @b]', '[see @key, p. 3]', '[@key, pp. 33-35; also @other, chap. 1]']);
  assert.deepEqual(cs[0]!.items.map((i) => md.slice(i.span.start, i.span.end)), ['@a', '@b']);
  assert.deepEqual(cs[1]!.items.map((i) => [i.key, i.prefix, i.suffix]), [['key', 'see', 'p. 3']]);
  assert.deepEqual(cs[2]!.items.map((i) => [i.key, i.prefix, i.suffix]), [
    ['key', undefined, 'pp. 33-35'],
    ['other', 'also', 'chap. 1'],
  ]);
});

test('pandoc: suppressed author', () => {
  const md = 'Smith says [-@smith2020; @jones2019].';
  const c = only(keyed(md));
  assert.deepEqual(c.items.map((i) => [md.slice(i.span.start, i.span.end), i.suppressAuthor]), [
    ['-@smith2020', true],
    ['@jones2019', false],
  ]);
});

test('pandoc: in-text keys, with a locator, in parentheses, at the end of a sentence', () => {
  const md = '@smith2020 showed it. Then @jones [p. 3] agreed (@lee2021). Later work by @park2022.';
  const cs = keyed(md);
  assert.deepEqual(cs.map((c) => md.slice(c.span.start, c.span.end)), ['@smith2020', '@jones [p. 3]', '@lee2021', '@park2022']);
  assert.ok(cs.every((c) => !c.bracketed));
  assert.equal(cs[1]!.items[0]!.suffix, 'p. 3');
  assert.equal(md.slice(cs[1]!.items[0]!.span.start, cs[1]!.items[0]!.span.end), '@jones');
  assert.equal(cs[3]!.items[0]!.key, 'park2022');
});

test('pandoc: key syntax — internal punctuation, trailing punctuation, braces, Unicode', () => {
  const keys = (md: string) => keyed(md).flatMap((c) => c.items.map((i) => i.key));
  assert.deepEqual(keys('@a:b.c#d$e%f&g-h+i?j<1>l~m/n.'), ['a:b.c#d$e%f&g-h+i?j<1>l~m/n']);
  assert.deepEqual(keys('@smith2020, @jones2019; @lee_2018: @müller2017!'), ['smith2020', 'jones2019', 'lee_2018', 'müller2017']);
  assert.deepEqual(keys('@_private and @2020report and @{weird key} and [@{another, one}]'), ['_private', '2020report', 'weird key', 'another, one']);
  const md = 'Braced @{weird key}.';
  const c = only(keyed(md));
  assert.equal(md.slice(c.span.start, c.span.end), '@{weird key}');
});

test('pandoc: Manubot identifiers', () => {
  const md =
    'Cited [@doi:10.1000/xyz123; @pmid:12345678; @pubmed:23456789; @pmcid:PMC123; @pmc:PMC456; @arxiv:2101.00001; @isbn:9780262035613; @wikidata:Q56458321; @clinicaltrials:NCT04208178; @DOI:10.1000/UPPER].';
  const items = only(keyed(md)).items;
  assert.deepEqual(
    items.map((i) => [i.kind, i.identifier]),
    [
      ['doi', '10.1000/xyz123'],
      ['pmid', '12345678'],
      ['pmid', '23456789'],
      ['pmcid', 'PMC123'],
      ['pmcid', 'PMC456'],
      ['arxiv', '2101.00001'],
      ['isbn', '9780262035613'],
      ['wikidata', 'Q56458321'],
      ['key', undefined],
      ['doi', '10.1000/UPPER'],
    ],
  );
  assert.equal(items[8]!.key, 'clinicaltrials:NCT04208178');
});

test('pandoc: url keys whose URL GFM turns into a link', () => {
  const md = 'See @url:https://example.org/page?x here.';
  const c = only(keyed(md));
  assert.equal(md.slice(c.span.start, c.span.end), '@url:https://example.org/page?x');
  assert.deepEqual([c.items[0]!.kind, c.items[0]!.identifier], ['url', 'https://example.org/page?x']);
});

// mdast-util-gfm-autolink-literal builds the link of a URL right after `[` with find-and-replace, whose nodes have no
// positions; the parse layer recovers them (fillMissingPositions), so the keys around the URL are prose.
test('pandoc: url keys inside brackets', () => {
  const md = 'See [@url:https://example.org/b; @pmid:1].';
  const c = only(keyed(md));
  assert.equal(md.slice(c.span.start, c.span.end), '[@url:https://example.org/b; @pmid:1]');
  assert.deepEqual(c.items.map((i) => i.identifier), ['https://example.org/b', '1']);
});

test('pandoc: DOIs with parentheses and semicolons', () => {
  const md = 'Cited [@doi:10.1000/abc(1); @pmid:123] and @doi:10.1002/(SICI)1097-4636(199706)35:4<433::AID-JBM3>3.0.CO;2-J here (@doi:10.1000/x).';
  const cs = keyed(md);
  assert.deepEqual(cs[0]!.items.map((i) => [i.kind, i.identifier]), [
    ['doi', '10.1000/abc(1)'],
    ['pmid', '123'],
  ]);
  assert.equal(cs[1]!.items[0]!.identifier, '10.1002/(SICI)1097-4636(199706)35:4<433::AID-JBM3>3.0.CO;2-J');
  assert.equal(cs[2]!.items[0]!.identifier, '10.1000/x');
  assert.equal(md.slice(cs[2]!.span.start, cs[2]!.span.end), '@doi:10.1000/x');
});

test('pandoc: not citations — e-mail addresses, escapes, bare @, empty brackets, footnotes', () => {
  const md = 'Write to name@example.org or user@host, not \\@escaped, [@], @ alone, [@ x], [^1], @. and @- and @{} here.\n\n[^1]: A note.';
  assert.deepEqual(found(md), []);
});

test('pandoc: a bracket whose item has no key is text; its keys are read in text', () => {
  const md = 'Compare [see @a; and more] and [@b @c].';
  assert.deepEqual(found(md), ['@a', '@b', '@c']);
  assert.ok(keyed(md).every((c) => !c.bracketed));
});

test('pandoc: keys in code, links destinations and front matter are not found; link text is prose', () => {
  const md = ['---', 'author: "@someone"', '---', '', '`[@a]` and [text](https://example.org/@b) and <https://example.org/@c> and [@d](https://x.org).', '', '```', '@e [@f]', '```'].join('\n');
  assert.deepEqual(found(md), ['@d']);
});

test('pandoc: a bracketed citation may contain emphasis; markup after an in-text key ends it', () => {
  const md = 'As reviewed [see *especially* @a, *passim*] and *@b* and @c<sup>x</sup>.';
  const cs = keyed(md);
  assert.deepEqual(cs.map((c) => md.slice(c.span.start, c.span.end)), ['[see *especially* @a, *passim*]', '@b', '@c']);
  assert.equal(cs[0]!.items[0]!.suffix, '*passim*');
});

test('pandoc: a numeric-looking locator belongs to the key, not to a numeric group', () => {
  const md = 'As @smith2020 [12] showed, and (13).';
  const cs = extract(md).citations;
  assert.deepEqual(cs.map((c) => [c.kind, md.slice(c.span.start, c.span.end)]), [
    ['key', '@smith2020 [12]'],
    ['numeric', '(13)'],
  ]);
});

// ---------------------------------------------------------------- documents

test('results are sorted by position and mix both styles', () => {
  const md = 'First [@a] then (2) then ^3^ then @b then <sup>4</sup> then [5].';
  assert.deepEqual(found(md), ['[@a]', '(2)', '^3^', '@b', '<sup>4</sup>', '[5]']);
});

test('CRLF and BOM documents give editor positions', () => {
  const raw = '\uFEFF---\r\ntitle: x (1)\r\n---\r\n\r\n# Title\r\n\r\nFirst line (16).\r\nSecond [@key] and (35,\r\n36).\r\n';
  const doc = parseDocument(raw);
  assert.equal(doc.hadBom, true);
  const cs = extractCitations(doc);
  assert.deepEqual(cs.map((c) => doc.text.slice(c.span.start, c.span.end)), ['(16)', '[@key]', '(35,\r\n36)']);
  assert.deepEqual(cs.map((c) => doc.lines.rangeOf(c.span)), [
    { start: { line: 6, character: 11 }, end: { line: 6, character: 15 } },
    { start: { line: 7, character: 7 }, end: { line: 7, character: 13 } },
    { start: { line: 7, character: 18 }, end: { line: 8, character: 3 } },
  ]);
});

test('CR-only line endings and enumerators', () => {
  const md = 'Intro (1).\r(2) enumerated\r\rMore (3).';
  assert.deepEqual(found(md), ['(1)', '(3)']);
});

test('a cancelled token stops extraction', () => {
  const doc = parseDocument('Text (1).');
  assert.throws(() => extractCitations(doc, { isCancellationRequested: true }), CancelledError);
  assert.equal(extractCitations(doc, { isCancellationRequested: false }).length, 1);
});

test('an empty document has no citations', () => {
  assert.deepEqual(found(''), []);
  assert.deepEqual(found('\uFEFF'), []);
});

test('numeric: <sup> and </sup> with a blank line between them are in two paragraphs, no group (found by the incremental property test)', () => {
  for (const gap of ['\n\n', '\r\n\r\n', '\n  \n']) {
    const text = `Then it rose <sup>${gap}4</sup> again.`;
    assert.deepEqual(extractCitations(parseDocument(text)), [], JSON.stringify(gap));
  }
  const soft = extractCitations(parseDocument('Then it rose <sup>4,\n5</sup> again.'));
  assert.equal(soft.length, 1, 'a soft line break stays in the paragraph');
});
