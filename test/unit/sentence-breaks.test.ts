import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sentenceEnds } from '../../src/core/parse/sentence-breaks';

// The fast sentence reading gives Intl.Segmenter's boundaries wherever it answers. FUZZ_RUNS; FUZZ_SEED replays.
const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = (defaultRuns: number): fc.Parameters<unknown> => ({ numRuns: RUNS ?? defaultRuns, includeErrorInReport: true, ...(SEED !== undefined ? { seed: SEED } : {}) });

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuEnds = (text: string) => [...segmenter.segment(text)].map((s) => s.index + s.segment.length);

const PIECES = [
  'a', 'x', 'and', 'the', 'A', 'HER2', 'It', 'ß', 'é', 'É', 'α', 'β', 'Δ', 'µ', 'ª', '0', '5', '16', '.', '.', '!', '?', ' ', ' ', '\t', '\u00a0',
  '\u2009', '\u202f', '\n', '(', ')', '[', ']', '{', '}', '"', "'", '‘', '’', '“', '”', '«', '»', ',', '-', ':', ';', '–', '—', '‐', '…', '%', '/',
  '=', '+', '<', '>', '±', '×', '°', '·', '§', '@', '#', '&', '*', '_', '~', '^', '|', '\\', '`', '$', '≥', '≤', '−', '≈', '‰', '′',
  'e.g.', 'i.e.', 'U.S.', 'et al.', 'Fig. 2', '(16).', '...', '?!', '.)', '."', '.’', '. (5) ', 'vs.', '3.5',
];
const draftish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

test('sentence ends equal Intl.Segmenter’s wherever the fast reading answers', () => {
  let answered = 0;
  fc.assert(
    fc.property(draftish, (text) => {
      const ends = sentenceEnds(text);
      if (!ends) return;
      answered++;
      assert.deepEqual(ends, icuEnds(text));
    }),
    params(20000),
  );
  // Most generated texts keep to the covered repertoire: the comparison must not be vacuous.
  assert.ok(answered > 0.75 * (RUNS ?? 20000), `only ${answered} texts were read`);
});

test('characters outside the covered repertoire are left to Intl.Segmenter', () => {
  for (const text of ['中文。好', 'x\ry', 'a\u2028b', 'soft\u00adhyphen', '𝛂 rose. Then', 'ا. ب']) assert.equal(sentenceEnds(text), undefined, JSON.stringify(text));
  assert.deepEqual(sentenceEnds('It rose. Then it fell.'), [9, 22]);
  assert.deepEqual(sentenceEnds('Smith et al. showed it (3). Then HER2 rose.'), icuEnds('Smith et al. showed it (3). Then HER2 rose.'));
});
