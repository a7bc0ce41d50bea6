/** memoizeString does not keep the long strings its keys were cut from. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { memoizeString } from '../../src/core/memo';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

test('a memoized key cut from a long text does not keep the text alive', () => {
  const f = memoizeString((s: string) => s.length);
  const before = (gc(), process.memoryUsage().heapUsed);
  for (let i = 0; i < 20; i++) {
    // A 2 MB two-byte text per round, of which only a 40-character slice becomes a key.
    const text = `α${String(i).padStart(4, '0')}`.repeat(200_000) + 'x';
    assert.equal(f(text.slice(1000, 1040)), 40);
  }
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 1048576;
  assert.ok(grown < 10, `heap grew by ${grown.toFixed(1)} MB after 20 texts of 2 MB`);
});
