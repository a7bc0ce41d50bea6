/**
 * Recognition after the first runs of the two-hundred-and-forty-fifth to two-hundred-and-fifty-second blind sets and
 * the errors left on the earlier sets. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('curated gene names', () => {
  test('"cardiac myosin" (the target of the myosin inhibitors) is MYH7; the binding protein keeps its own gene', () => {
    assert.deepEqual(brief('Mavacamten, an allosteric inhibitor of cardiac myosin ATPase, is tethered by cardiac myosin-binding protein C (4).'), [
      'Mavacamten→mavacamten',
      'cardiac myosin→MYH7',
      'cardiac myosin-binding protein C→MYBPC3',
    ]);
  });
});
