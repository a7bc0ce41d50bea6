import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { AtomMemo } from '../../src/core/recognise/atom-memo';

/** Words of every kind the memo packs or compares as strings: short, long, Latin-1, Greek, astral. */
const word = fc.oneof(
  fc.stringMatching(/^[a-z]{1,6}$/),
  fc.stringMatching(/^[A-Za-z0-9]{7,20}$/),
  fc.array(fc.constantFrom('a', 'Z', '9', 'é', 'ÿ', 'α', 'Ω', '\u{1d400}'), { minLength: 1, maxLength: 18 }).map((a) => a.join('')),
);

test('AtomMemo finds exactly what was stored, by position in any text, as the table grows and clears', () => {
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 400 }), fc.integer({ min: 5, max: 9 }), (words, maxBits) => {
      const memo = new AtomMemo<number>(maxBits, 4);
      const stored = new Map<string, number>();
      let text = '';
      for (const [i, w] of words.entries()) {
        const s = text.length + 1;
        text += ` ${w}`;
        const got = memo.get(text, s, s + w.length);
        // A cleared table forgets; it never answers with another word's value.
        if (got !== undefined) assert.equal(got, stored.get(w), w);
        else {
          memo.set(text, s, s + w.length, i);
          stored.set(w, i);
          assert.equal(memo.get(`<${w}>`, 1, 1 + w.length), i, w);
        }
      }
    }),
    { numRuns: 200 },
  );
});

test('AtomMemo keeps words that differ only past the packed characters, or only in length, apart', () => {
  const memo = new AtomMemo<string>();
  const words = ['abcdefghijklmnop', 'abcdefghijklmnoq', 'abcdefghijklmnopq', 'abcdefghijklmnopr', 'a', 'a\u0000', '\u0000a', 'αβ', 'ab'];
  for (const w of words) memo.set(w, 0, w.length, w);
  for (const w of words) assert.equal(memo.get(w, 0, w.length), w);
  assert.equal(memo.get('abcdefghijklmno', 0, 15), undefined);
});
