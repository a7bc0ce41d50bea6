import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { collect } from '../../src/core/parse/collect';
import { parseMarkdown } from '../../src/core/parse/markdown';
import { parsePlainMarkdown } from '../../src/core/parse/plain-markdown';
import { parseDocument, parseDocumentWhole, type ParsedDocument } from '../../src/core/parse/document';

// The plain-Markdown fast path answers only for texts it reads exactly as remark does. Runs: FUZZ_RUNS; FUZZ_SEED replays.
const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = (defaultRuns: number): fc.Parameters<unknown> => ({ numRuns: RUNS ?? defaultRuns, includeErrorInReport: true, ...(SEED !== undefined ? { seed: SEED } : {}) });

/** What `collect` reads from the tree of `text`. */
function read(tree: ReturnType<typeof parseMarkdown>, text: string) {
  return collect(tree, { source: text, offset: 0 });
}

/** Pieces of drafts and of the Markdown the fast path must hand back to remark. */
const PIECES = [
  'HER2', 'trastuzumab', 'resistance', 'cells', 'The', 'was', '(16)', '(35, 36)', '(38–41)', 'α', 'TGF-&beta;1', '&amp;', '&', '&#945;',
  ' ', ' ', ' ', '  ', '\n', '\n', '\n\n', '\n\n', '1. ', '2. ', '12) ', '1.5', '0. ', '- ', '+ ', '-', '+', '# ', '## ', '###### ', '####### ', '#',
  '[@smith2020]', '[', ']', '](x)', '[^1]', '![', '(', ')', '<', '< ', '<0.05', '<b>', '<!--', '>', '> ', '=', '==', '---', '***', '_', '*', '**', '__', '*x*', '_y_', '**HER2**', '*et al.*', '(*in vitro*)', '*a*,', 'b*', '*c', '_', '*', '`', '`', '`x`', '``', '<sub>', '</sub>', '<sup>2</sup>', 'C<sub>max</sub>', '<sup>',
  '~', '$', '|', '| ', ' |', '|---|', '|:--|---:|', '| a | b |\n|---|---|\n', '| x | y |\n', '\\', '\t', '\r', 'https://example.org/x', 'www.example.com', 'a@b.org', ':', '!', '.', ',', 'n =', '5%', '\u00a0',
];

const plainish = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

/**
 * Checks that wherever the fast path answers for a generated text (that `counts`), `collect` reads the same from its
 * tree as from remark's; and that it answered for more than `minShare` of the runs, so the check is not vacuous.
 */
function holdsToRemark(texts: fc.Arbitrary<string>, defaultRuns: number, minShare: number, counts: (text: string) => boolean = () => true): void {
  let answered = 0;
  fc.assert(
    fc.property(texts, (text) => {
      const fast = parsePlainMarkdown(text, { brackets: true });
      if (!fast || !counts(text)) return;
      answered++;
      assert.deepEqual(read(fast, text), read(parseMarkdown(text, false), text));
    }),
    params(defaultRuns),
  );
  assert.ok(answered > minShare * (RUNS ?? defaultRuns), `the fast path answered for only ${answered} texts`);
}

test('wherever the fast path answers, it reads what remark reads (no definition labels)', () => {
  // About a fifth of the generated texts are plain.
  holdsToRemark(plainish, 4000, 0.05);
});

/** Emphasis: delimiter runs next to letters, punctuation, spaces and line breaks. */
const EMPHASIS_PIECES = ['HER2', 'the', ' ', ' ', '\n', '\n\n', '*', '_', '**', '__', '*x*', '_y_', '**HER2**', '*et al.*', '(*in vitro*)', '*a*,', 'b*', '*c', ',', '.', '(', ')', '1. ', '- ', '`', 'é', 'α*', '*α', '–'];

test('emphasis: wherever the fast path answers, it reads what remark reads', () => {
  const texts = fc.array(fc.constantFrom(...EMPHASIS_PIECES), { maxLength: 30 }).map((p) => p.join(''));
  holdsToRemark(texts, 10000, 0.02, (text) => /[*_]/.test(text));
});

/** Tables: rows of random cells (some malformed), a delimiter row, what follows. */
const cell = fc.array(fc.constantFrom('HER2', 'ADC', ' ', '  ', '-', ':', '&amp;', '(16)', '[@k]', '<0.05', 'a|b', '#', '1.'), { maxLength: 4 }).map((p) => p.join(''));
const row = (n: number) => fc.array(cell, { minLength: n, maxLength: n }).map((cells) => `|${cells.join('|')}|`);
const tableText = fc
  .integer({ min: 1, max: 4 })
  .chain((n) =>
    fc.tuple(
      row(n),
      fc.oneof(
        { arbitrary: fc.array(fc.constantFrom('---', ':--', '--:', ':-:', ' - '), { minLength: n, maxLength: n }), weight: 5 },
        { arbitrary: fc.array(fc.constantFrom('---', ':--', ' - ', ''), { minLength: n, maxLength: n + 1 }), weight: 1 },
        // Not delimiter cells: a space or a colon inside the dashes.
        { arbitrary: fc.array(fc.constantFrom('---', '- --', '-- -', '-:-', ': --'), { minLength: n, maxLength: n }), weight: 2 },
      ).map((d) => `|${d.join('|')}|`),
      fc.array(fc.oneof({ arbitrary: row(n), weight: 5 }, { arbitrary: row(n + 1), weight: 1 }), { maxLength: 4 }),
      fc.constantFrom('', '\n', '\nAfter.\n', 'Lazy line\n', '# Heading\n', '| x |\n'),
    ),
  )
  .map(([head, delimiter, body, after]) => [head, delimiter, ...body].join('\n') + '\n' + after);

test('tables: wherever the fast path answers, it reads what remark reads', () => {
  holdsToRemark(tableText, 3000, 0.03);
});

test('with definition labels in the document, brackets are left to remark', () => {
  assert.equal(parsePlainMarkdown('See [@smith2020] for more.\n', { brackets: false }), undefined);
  assert.ok(parsePlainMarkdown('See [@smith2020] for more.\n', { brackets: true }));
});

test('drafts’ commonest blocks take the fast path; everything else goes to remark', () => {
  const accepted = [
    '## Introduction\n\nHER2 is amplified in one tumour in five (1). Trastuzumab changed that (2, 3).\nIt binds domain IV.\n',
    '1. Smith A, Jones B. HER2 in breast cancer. J Onc. 2020;12:34-56.\n2. Lee C. T-DXd. N Engl J Med. 2022;386:1143.\n',
    '- first point\n- second point\n\n- after a blank\n',
    'P < 0.05 and TGF-&beta;1 rose; see www.example.org.\n',
    '| Agent | Class |\n|---|:--|\n| T-DM1 | ADC |\n| x |  |\n\nAfter the table.\n',
    'We counted with `count(x)` in R; C<sub>max</sub> rose\n`y` and <sup>2</sup> too.\n',
    'Some *emphasis* here, **strong** (*in vitro*), *et al.* and _ERBB2_; `*not* emphasis`.\n',
  ];
  for (const text of accepted) {
    const fast = parsePlainMarkdown(text, { brackets: true });
    assert.ok(fast, JSON.stringify(text));
    assert.deepEqual(read(fast, text), read(parseMarkdown(text, false), text));
  }
  const refused = [
    'Intra*word*emphasis.\n',
    '***Strong and emphasised***\n',
    'An emphasis *that runs\nover a line*.\n',
    '# A *heading*\n',
    'Mixed *a_b* runs.\n',
    'snake_case names\n',
    'A ``double`` code span.\n',
    'An odd ` backtick.\n',
    'A code span `that runs\nover a line`.\n',
    '# A heading with `code`\n',
    '<sub>at a line start</sub>\n',
    'A [link](https://example.org).\n',
    'Title\n=====\n',
    'Para\n---\n',
    '> quoted\n',
    '    indented code\n',
    'Para text\n2. not an item here\n',
    '# Heading #\n',
    '# A &amp; B\n',
    'Line with a hard break  \nnext\n',
    '<div>html</div>\n',
    '| a | b |\n|---|---|\nnot a row\n',
    '| a | b |\n\n',
    '| a | b |\n|---|\n',
    '| a | b |\n|---|---|\n| 1 | 2 | 3 |\n',
    '$$\nx\n$$\n',
    '1. item\n- other list\n',
    '- item\n  indented continuation\n',
  ];
  for (const text of refused) assert.equal(parsePlainMarkdown(text, { brackets: true }), undefined, JSON.stringify(text));
});

/** What a parse gives, as plain data. */
function parsed(doc: ParsedDocument) {
  const { prose, blocks, sections, comments, topBlocks, notices, frontMatter, hadBom, text } = doc;
  return { text, hadBom, prose, blocks, sections, comments, topBlocks, notices, frontMatter, lines: doc.lines.lineStarts };
}

test('a document of plain and other blocks parses in chunks as in one piece', () => {
  const block = fc.constantFrom(
    'HER2 is amplified (1). It binds domain IV (2, 3).',
    '## Mechanisms',
    '1. Smith A. Title one. J X. 2020;1:2.\n2. Lee B. Title two. J Y. 2021;3:4.',
    '- a point\n- another point',
    'Some *emphasis* and `code`.',
    '```\ncode\n\nmore code\n```',
    '> a quote\n> more',
    'See [@smith2020] and [the site](https://example.org).',
    '[@smith2020]: https://example.org',
    'Para\n2) lazy or not',
    '| a | b |\n|---|---|\n| 1 | 2 |',
    '<!-- evidence-lens-disable -->',
    'P < 0.05 and TGF-&beta;1.',
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n', '\n\n\n')), { minLength: 1, maxLength: 30 }), (blocks) => {
      const text = blocks.map(([b, sep]) => b + sep).join('');
      assert.deepEqual(parsed(parseDocument(text)), parsed(parseDocumentWhole(text)));
    }),
    params(400),
  );
});
