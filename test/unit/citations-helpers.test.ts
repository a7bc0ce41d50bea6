import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  classifyKey,
  compressNumbers,
  expandNumbers,
  formatNumericGroup,
  MAX_RANGE_EXPANSION,
  parseNumericList,
  scanKey,
} from '../../src/core/citations';

test('formatNumericGroup: each form with its default style', () => {
  const numbers = [19, 3, 4, 5, 6, 7, 8, 1];
  assert.equal(formatNumericGroup(numbers, 'paren'), '(1, 3–8, 19)');
  assert.equal(formatNumericGroup(numbers, 'bracket'), '[1, 3–8, 19]');
  assert.equal(formatNumericGroup(numbers, 'superscript'), '<sup>1,3–8,19</sup>');
  assert.equal(formatNumericGroup(numbers, 'caret'), '^1,3–8,19^');
});

test('formatNumericGroup: explicit style, pairs stay apart, duplicates go', () => {
  assert.equal(formatNumericGroup([36, 35, 37, 40], { form: 'paren', dash: '-', separator: ',' }), '(35-37,40)');
  assert.equal(formatNumericGroup([35, 36], 'paren'), '(35, 36)');
  assert.equal(formatNumericGroup([12, 12, 3], 'bracket'), '[3, 12]');
  assert.equal(formatNumericGroup([], 'paren'), '()');
});

test('compressNumbers', () => {
  assert.equal(compressNumbers([1, 2, 3, 5, 6, 8, 9, 10, 11]), '1–3, 5, 6, 8–11');
  assert.equal(compressNumbers([5], '-', ';'), '5');
  assert.equal(compressNumbers([3, 1, 2], '-', ';'), '1-3');
});

test('expandNumbers: ranges ascending, duplicates kept, expansion capped', () => {
  assert.deepEqual(expandNumbers([{ from: 3, to: 5 }, { from: 4, to: 4 }, { from: undefined, to: undefined }, { from: 9, to: 7 }]), [3, 4, 5, 4, 7, 8, 9]);
  const big = expandNumbers([{ from: 1, to: 9999 }]);
  assert.equal(big.length, MAX_RANGE_EXPANSION);
  assert.equal(big[0], 1);
  assert.equal(big[big.length - 1], MAX_RANGE_EXPANSION);
});

test('parseNumericList: elements, spans and rejections', () => {
  const text = '(1, 3–8 ,19)';
  const parts = parseNumericList(text, 1, text.length - 1)!;
  assert.deepEqual(parts.map((p) => [text.slice(p.span.start, p.span.end), p.from, p.to]), [
    ['1', 1, 1],
    ['3–8', 3, 8],
    ['19', 19, 19],
  ]);
  const reject = (s: string, allowSpace = true) => parseNumericList(s, 0, s.length, allowSpace);
  for (const bad of ['', ' ', ',', '0', '01', '10000', '1.5', '-1', '1-', '1--2', '1 2', '1-2-3', 'a']) assert.equal(reject(bad), undefined, bad);
  assert.equal(reject('1, 2', false), undefined);
  assert.deepEqual(reject('1,2', false)!.map((p) => p.from), [1, 2]);
  assert.deepEqual(reject('3,,4')!.map((p) => p.text), ['3', '', '4']);
});

test('scanKey and classifyKey', () => {
  const key = (s: string) => scanKey(s, 0, s.length)?.key;
  assert.equal(key('@smith2020.'), 'smith2020');
  assert.equal(key('@smith2020:'), 'smith2020');
  assert.equal(key('@a-b_c'), 'a-b_c');
  assert.equal(key('@{Smith 2020}'), 'Smith 2020');
  assert.equal(key('@'), undefined);
  assert.equal(key('@ a'), undefined);
  assert.equal(key('@-a'), undefined);
  assert.equal(key('@{unterminated'), undefined);
  assert.equal(key('@doi:10.1000/a(b)c).'), 'doi:10.1000/a(b)c');
  assert.equal(key('@doi:10.1000/a(b'), 'doi:10.1000/a');
  assert.equal(key('@key(b)'), 'key');
  assert.deepEqual(classifyKey('doi:10.1/x'), { kind: 'doi', identifier: '10.1/x' });
  assert.deepEqual(classifyKey('PubMed:1'), { kind: 'pmid', identifier: '1' });
  assert.deepEqual(classifyKey('tag:smith'), { kind: 'key' });
  assert.deepEqual(classifyKey('constructor:x'), { kind: 'key' });
  assert.deepEqual(classifyKey('smith2020'), { kind: 'key' });
});
