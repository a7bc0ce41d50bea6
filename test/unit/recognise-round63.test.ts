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

  test('long names of FGF2, AMBP, SLC10A2 and EIF4G1', () => {
    assert.deepEqual(brief('Basic fibroblast growth factor, eIF4G, &alpha;1-microglobulin (bikunin) and the ileal bile acid transporter (4).'), [
      'Basic fibroblast growth factor→FGF2',
      'eIF4G→EIF4G1',
      '&alpha;1-microglobulin→AMBP',
      'bikunin→AMBP',
      'ileal bile acid transporter→SLC10A2',
    ]);
  });
});

describe('a family name with a number that no member carries', () => {
  test('"fibulin-4" is the gene (curated), not the fibulin family', () => {
    assert.deepEqual(brief('Loss of fibulin-4 and fibulin-5 causes cutis laxa (2).'), ['fibulin-4→EFEMP2', 'fibulin-5→FBLN5']);
  });

  test('"nephrocystin-5" (IQCB1, a number no member symbol carries) names no family; the numbered member still resolves', () => {
    assert.deepEqual(brief('It is due to IQCB1 (nephrocystin-5), while NPHP1 encodes nephrocystin-1 (3).'), [
      'IQCB1→IQCB1',
      'NPHP1→NPHP1',
      'nephrocystin-1→NPHP1',
    ]);
  });
});
