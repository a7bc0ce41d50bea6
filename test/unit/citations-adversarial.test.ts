import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/parse/line-index';
import { parseDocument, type ParsedDocument } from '../../src/core/parse/document';
import { extractCitations } from '../../src/core/citations';

// Adversarial inputs for the scanners: each must be handled in (near) linear time. Timings are not asserted; a
// regression to catastrophic backtracking or quadratic rescanning would make this file hang.

const N = 100_000;
const rep = (s: string, length = N) => s.repeat(Math.ceil(length / s.length)).slice(0, length);

const INPUTS: Record<string, string> = {
  'unterminated numeric list': '(' + rep('1,'),
  'unterminated bracket list': '[' + rep('1, '),
  'many open parentheses': rep('('),
  'many open brackets': rep('['),
  'many carets': rep('^'),
  'caret runs': rep('^1'),
  'digits then caret': rep('1') + '^1^',
  'letters then caret': 'HER' + rep('2') + '^1^',
  'digits and spaces': rep('1 '),
  'long digit run in a group': '(' + rep('1') + ')',
  'dashes in a group': '(' + rep('1-') + ')',
  'spaces in a group': '(1' + rep(' ') + '2)',
  'repeated lone groups': rep('(1) '),
  'repeated enumerators': rep('(1) x\n'),
  'years': rep('(2019) '),
  'unterminated pandoc group': '[' + rep('@a; '),
  'unterminated suppressed group': '[' + rep('-@a, p. 3; '),
  'many at signs': rep('@'),
  'at-a runs': rep('@a'),
  'key with long punctuation run': '@a' + rep('.') + ' ',
  'key with alternating punctuation': '@' + rep('a.'),
  'unterminated braced keys': rep('@{'),
  'long braced key': '@{' + rep('a'),
  'doi with open parentheses': '@doi:10.1/' + rep('('),
  'doi with nested parentheses': '@doi:10.1/' + rep('(a') + rep(')', 1000),
  'doi with semicolons': '@doi:10.1/' + rep(';a'),
  'unterminated locator': '@x [' + rep('p'),
  'locators': rep('@x [p] '),
  'e-mail lookalikes': rep('a@b'),
  'superscript tags': rep('<sup>'),
  'superscript with spaces': '<sup>1' + rep(' '),
  'bracket close runs': rep(']'),
  'link-like': rep('[1]('),
};

function allProse(text: string): ParsedDocument {
  const span = { start: 0, end: text.length };
  return {
    uri: 'adversarial.md',
    text,
    hadBom: false,
    lines: new LineIndex(text),
    prose: [span],
    blocks: [{ kind: 'paragraph', span, prose: [span] }],
    sections: [],
    comments: [],
    topBlocks: [],
  };
}

for (const [name, text] of Object.entries(INPUTS)) {
  test(`adversarial (all prose): ${name}`, () => {
    const found = extractCitations(allProse(text));
    assert.ok(Array.isArray(found));
  });
}

// Shorter inputs here: the Markdown parser itself needs seconds for some 100k-character paragraphs (e.g. `[@a; @a; …`).
test('adversarial (through the Markdown parser): a sample', () => {
  for (const name of ['unterminated numeric list', 'unterminated pandoc group', 'digits and spaces', 'at-a runs', 'repeated lone groups', 'caret runs']) {
    const doc = parseDocument(INPUTS[name]!.slice(0, 20_000));
    assert.ok(Array.isArray(extractCitations(doc)), name);
  }
});

test('adversarial inputs still give the expected citations', () => {
  assert.equal(extractCitations(allProse(rep('(1) ', 4000))).length, 999); // the first opens the text: an enumerator
  assert.equal(extractCitations(allProse(rep('@a ', 3000))).length, 1000);
  assert.equal(extractCitations(allProse('[' + rep('@a; ', 4000))).length, 1000); // unterminated: in-text keys
  assert.equal(extractCitations(allProse(rep('(2019) ', 7000))).length, 0);
});
