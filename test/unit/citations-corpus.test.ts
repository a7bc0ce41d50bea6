import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/core/parse/document';
import { extractCitations } from '../../src/core/citations';
import type { NumericCitation } from '../../src/core/citations/types';

// A published review kept outside the repository (third-party text, not redistributed). The expected figures were
// established by reading every parenthesis and bracket that contains a digit. Skipped when the file is absent.
const CORPUS = path.resolve(__dirname, '../../../shared/corpus/trastuzumab-resistance-review.txt');

/** The numbers of each citation group, in reading order (the review cites 12–21 after 22–37). */
const EXPECTED_GROUPS = [
  [1], [2], [3], [4], [5], [6], [7, 8], [9], [10, 11], [22], [23, 24], [25], [26, 27], [28], [29], [30, 31], [32], [33],
  [34], [35, 36], [21, 35, 36], [37], [12], [13], [14], [15], [16], [17], [18], [19], [20], [21], [38, 39], [40, 41],
  [42], [43], [44], [45], [46, 47], [48], [49], [50], [51], [52], [53], [54], [55, 56], [57], [48], [58], [59], [60],
];

test('corpus: every numbered citation of a published review, and nothing else', (t) => {
  if (!existsSync(CORPUS)) {
    t.skip(`corpus not present: ${CORPUS}`);
    return;
  }
  const doc = parseDocument(readFileSync(CORPUS, 'utf8'), CORPUS);
  const citations = extractCitations(doc);

  assert.equal(citations.length, 52);
  assert.ok(citations.every((c) => c.kind === 'numeric' && c.form === 'paren'));
  const numeric = citations as NumericCitation[];
  assert.deepEqual(numeric.map((c) => c.numbers), EXPECTED_GROUPS);
  const cited = [...new Set(numeric.flatMap((c) => c.numbers))].sort((a, b) => a - b);
  assert.deepEqual(cited, Array.from({ length: 60 }, (_, i) => i + 1));

  // Every parenthetical with a digit is either a citation (digits, commas and spaces only) or left alone.
  const withDigits = [...doc.text.matchAll(/\([^()]*\)/g)].filter((m) => /\d/.test(m[0]));
  const citationLike = withDigits.filter((m) => /^\(\d+(?:, \d+)*\)$/.test(m[0]));
  const others = withDigits.filter((m) => !/^\(\d+(?:, \d+)*\)$/.test(m[0]));
  assert.equal(citationLike.length, 52);
  assert.equal(others.length, 37);
  assert.deepEqual(
    numeric.map((c) => c.span.start),
    citationLike.map((m) => m.index),
  );
  for (const m of others) {
    const start = m.index;
    const end = start + m[0].length;
    assert.ok(!citations.some((c) => c.span.start < end && start < c.span.end), `not a citation: ${m[0]}`);
  }
  // A few of the statistics, identifiers and cross-references by name.
  for (const s of ['(n=5151)', '(p = 0.002)', '(Figure\u00a01)', '(Table 1)', '(6%)', '(N = 32)', '(NCT04208178)', '(95% CI 13.8-16.9)']) {
    assert.ok(doc.text.includes(s), s);
  }
  // No bracket group and no Pandoc key is taken.
  assert.ok(!doc.text.includes('[1') && !doc.text.includes('@'));
});
