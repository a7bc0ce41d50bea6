/**
 * Recognition after the errors left on the earlier blind sets, before the first runs of the three-hundred-and-first
 * to three-hundred-and-eighth sets. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { metaboliteAbbreviations } from '../../src/core/recognise/metabolite-abbreviations';
import { brief } from './recognise-helpers';

describe('cofactor abbreviations', () => {
  test('PLP is the vitamin B6 cofactor, not a gene alias, where the draft names pyridoxal 5′-phosphate', () => {
    assert.deepEqual(
      brief('Pyridoxal 5′-phosphate is the active vitamer (1).\n\nMore than 140 enzymes use PLP, among them GAD1 (2).'),
      ['GAD1→GAD1'],
    );
  });

  test('without the long form, PLP stays an ambiguous gene mention', () => {
    assert.deepEqual(brief('Myelin PLP and GAD1 were measured (3).'), ['PLP→PRDX5?', 'GAD1→GAD1']);
  });

  test('a definition of PLP as a gene elsewhere in the draft wins', () => {
    assert.deepEqual(
      brief('Pyridoxal phosphate was low (4).\n\nProteolipid protein (PLP) is the main myelin protein, and PLP duplications cause disease (5).'),
      ['Proteolipid protein→PLP1', 'PLP→PLP1', 'PLP→PLP1'],
    );
  });

  test('long forms are recognised in their written variants, and only those', () => {
    assert.deepEqual(metaboliteAbbreviations('pyridoxal-5-phosphate and inosine 5′-monophosphate'), ['PLP', 'IMP']);
    assert.deepEqual(metaboliteAbbreviations("pyridoxal 5'-phosphate"), ['PLP']);
    assert.deepEqual(metaboliteAbbreviations('pyridoxal kinase and inosine triphosphatase'), []);
  });
});
