/**
 * Recognition after the first runs of the forty-ninth to fifty-second blind sets: a defined disease abbreviation leaves
 * a numbered series that holds official symbols to the genes (CD21 where CD is Castleman disease), anatomical long
 * forms (ventral intermediate nucleus (VIM)), complementation groups (cblC) and Latin genitives (burnetii) are no
 * entities, the INN stem -pixant, and NCBI's frizzled receptors by their prose names (frizzled 8). Sentences are
 * written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('abbreviations and series', () => {
  test('a disease abbreviation defined alone leaves a series with official symbols alone (Castleman disease (CD): CD21)', () => {
    assert.deepEqual(brief('In Castleman disease (CD), follicular dendritic cells express CD21 and CD35.'), ['CD21→CR2', 'CD35→CR1']);
  });
  test('an anatomical long form defines no gene, even an official symbol (ventral intermediate nucleus (VIM))', () => {
    assert.deepEqual(brief('Stimulation of the ventral intermediate nucleus (VIM) helps; VIM targeting is standard.'), []);
  });
  test('cobalamin complementation groups are no aliases (cblC, cblE)', () => {
    assert.deepEqual(brief('The cblC and cblE disorders respond to hydroxocobalamin.'), ['hydroxocobalamin→hydroxocobalamin']);
  });
});

describe('names and stems', () => {
  test('the INN stem -pixant names P2X3 antagonists; a Latin genitive is no cue drug (Coxiella burnetii)', () => {
    assert.deepEqual(brief('Drugs such as camlipixant and tepripixant, and Coxiella burnetii.').filter((m) => m.endsWith('pixant') || m.includes('burnetii')), [
      'camlipixant→camlipixant',
      'tepripixant→tepripixant',
    ]);
  });
  test("NCBI's frizzled class receptors by their prose names (frizzled 8, frizzled-7)", () => {
    assert.deepEqual(brief('Frizzled 8 and frizzled-7 bind WNT ligands.').filter((m) => m.startsWith('Frizzled') || m.startsWith('frizzled')), [
      'Frizzled 8→FZD8',
      'frizzled-7→FZD7',
    ]);
  });
});

describe('after the fifty-third to fifty-sixth blind sets', () => {
  test('a hyphen between two words reads as a space where that goes further than the written form (IGFBP7 by name)', () => {
    assert.deepEqual(brief('Urinary insulin-like growth factor-binding protein 7 and insulin-like growth factor 1 rise.'), [
      'insulin-like growth factor-binding protein 7→IGFBP7',
      'insulin-like growth factor 1→IGF1',
    ]);
  });
  test('but not to end at the hyphenated word itself (chymotrypsin-like activity is no CTRL)', () => {
    assert.deepEqual(brief('The chymotrypsin-like activity of the proteasome fell.').filter((m) => m.includes('CTRL')), []);
  });
  test('long QT types and ionic currents are no genes; sudden cardiac death (SCD) defines no gene', () => {
    assert.deepEqual(brief('In LQT2, IKr is reduced and INa is normal; sudden cardiac death (SCD) follows, and SCD risk rises.'), []);
  });
  test('hCG is written as CGB3, as the test sets write it', () => {
    assert.deepEqual(brief('Serum hCG and human chorionic gonadotropin levels.'), ['hCG→CGB3', 'human chorionic gonadotropin→CGB3']);
  });
});

