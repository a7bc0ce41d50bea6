/**
 * Recognition after the first runs of the ninety-third to ninety-sixth blind sets: a ligand's receptor written with
 * its number after the word (VEGF receptor 2), a domain named after a protein by "-homology" (pleckstrin-homology
 * domain), and curated names of the neurodevelopmental, cardiac and hepatology drafts. Sentences are written for
 * these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('receptors and domains', () => {
  test("a ligand's name, 'receptor' and a number name the numbered receptor (VEGFR2 is KDR, VEGFR1 FLT1)", () => {
    assert.deepEqual(brief('Bevacizumab spares VEGF receptor 2 but not VEGF receptor-1 signalling.').filter((m) => m.startsWith('VEGF')), [
      'VEGF receptor 2→KDR',
      'VEGF receptor-1→FLT1',
    ]);
  });
  test('without a number the ligand stays the ligand (VEGF receptor)', () => {
    assert.deepEqual(brief('The VEGF receptor was blocked.'), ['VEGF→VEGFA']);
  });
  test('a "-homology domain" is a domain, not the protein it is named after (pleckstrin-homology domain)', () => {
    assert.deepEqual(brief('Duplications in the pleckstrin-homology domain of AKT1 were found; pleckstrin itself is a platelet protein.'), ['AKT1→AKT1', 'pleckstrin→PLEK']);
  });
});

describe('curated names of these fields', () => {
  test('complexes and families of mTOR and snoRNA prose', () => {
    assert.deepEqual(brief('GATOR2 and KICSTOR relay amino-acid signals, while SNORD116 is lost in Prader–Willi syndrome.'), [
      'GATOR2→GATOR2',
      'KICSTOR→KICSTOR',
      'SNORD116→SNORD116',
    ]);
  });
  test('c-fos in lower case is FOS; vasoinhibin is a fragment of prolactin', () => {
    assert.deepEqual(brief('Stress induced c-fos, and cathepsin D cleaves prolactin into vasoinhibin.').filter((m) => !m.startsWith('cathepsin')), [
      'c-fos→FOS',
      'prolactin→PRL',
      'vasoinhibin→vasoinhibin',
    ]);
  });
});
