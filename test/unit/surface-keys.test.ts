import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isAlnumBefore, keyOf, surfaceKey } from '../../src/core/recognise/keys';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** Phrases of the kinds recognition keys: words, numbers, Greek letters and names, hyphens, slashes, spaces, diacritics. */
const phrase = fc
  .array(
    fc.oneof(
      fc.constantFrom('caspase', 'Caspase', 'IL', '6', 'TNF', 'alpha', 'α', 'β', 'kappa', 'B', 'tumour', 'oestrogen', 'luteinising', 'haem', 'Müllerian', 'e\u0301', '𝛂', 'receptor', '2', '3β', 'D1', 'a', 'is'),
      fc.stringMatching(/^[A-Za-z0-9]{1,8}$/),
    ),
    { minLength: 0, maxLength: 6 },
  )
  .chain((words) =>
    fc.array(fc.constantFrom(' ', '-', '/', '.', '  ', ', ', '\u00a0', ''), { minLength: words.length, maxLength: words.length }).map((gaps) =>
      words.map((w, i) => (i ? gaps[i]! : '') + w).join(''),
    ),
  );

test('keyOf gives the key surfaceKey gives, for any phrase', () => {
  fc.assert(
    fc.property(phrase, (s) => {
      assert.equal(keyOf(s), surfaceKey(s)?.key, JSON.stringify(s));
    }),
    { numRuns: 3000, seed: SEED },
  );
  for (const s of ['caspase 3', 'TNF-alpha', 'is a', 'Müllerian inhibiting substance', 'tumour necrosis factor', '', ' - ', 'haem oxygenase 1']) {
    assert.equal(keyOf(s), surfaceKey(s)?.key, s);
  }
  assert.equal(keyOf('TNF-alpha'), keyOf('TNFα'));
  assert.notEqual(keyOf('is a'), keyOf('ISA'));
});

test('isAlnumBefore agrees with a lookbehind for a letter or digit, surrogate pairs included', () => {
  const lookbehind = /(?<=[\p{L}\p{N}])$/u;
  const chars = fc.constantFrom('a', 'Z', '7', ' ', '-', '(', 'α', 'µ', '𝛂', '𝟙', '😀', '\ud835', '\udec2', 'é', '²', '٣');
  fc.assert(
    fc.property(fc.array(chars, { minLength: 1, maxLength: 5 }), (parts) => {
      const s = parts.join('');
      for (let i = 1; i <= s.length; i++) {
        // The lookbehind reads the code point before i; a lone half of a pair is no letter.
        assert.equal(isAlnumBefore(s, i), lookbehind.test(s.slice(0, i)), `${JSON.stringify(s)} at ${i}`);
      }
    }),
    { numRuns: 2000, seed: SEED },
  );
});
