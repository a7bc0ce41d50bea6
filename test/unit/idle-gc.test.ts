/** The analysis worker's idle collection: only after enough text was analysed, and then the collector really runs. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COLLECT_AFTER_CHARS, IdleCollector } from '../../src/server/idle-gc';

test('an idle worker collects only after analysing COLLECT_AFTER_CHARS characters, then counts again from zero', () => {
  const c = new IdleCollector();
  c.analysed(COLLECT_AFTER_CHARS - 1);
  assert.equal(c.idle(), false);
  c.analysed(1);
  assert.equal(c.idle(), true, 'the garbage collector is reachable');
  assert.equal(c.idle(), false);
});

test('a collection frees garbage', () => {
  const c = new IdleCollector();
  let garbage: unknown[] | undefined = Array.from({ length: 200_000 }, (_, i) => ({ i, s: `x${i}` }));
  const before = process.memoryUsage().heapUsed;
  assert.equal(garbage.length, 200_000);
  garbage = undefined;
  c.analysed(COLLECT_AFTER_CHARS);
  assert.equal(c.idle(), true);
  assert.ok(process.memoryUsage().heapUsed < before, 'heap shrank');
});
