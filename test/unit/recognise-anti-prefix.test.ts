import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief, mentions } from './recognise-helpers';

describe('the anti- prefix of a target stays in the span (anti-prefix.ts)', () => {
  test('genes, families and complexes named as the target of an antibody class', () => {
    assert.deepEqual(brief('Anti-CD20 antibodies deplete B cells before anti-CD38 therapy.'), ['Anti-CD20→MS4A1', 'anti-CD38→CD38']);
    assert.deepEqual(brief('Infliximab and other anti-TNF agents raise the risk of reactivation.'), ['Infliximab→infliximab', 'anti-TNF→TNF']);
    assert.deepEqual(brief('Anti-integrin therapy was second line.'), ['Anti-integrin→integrins']);
  });
  test('every mention over a coordinated span takes the prefix alike', () => {
    const m = mentions('Patients received anti-IL-12/23 antibodies.').filter((x) => x.entity?.type === 'gene');
    assert.ok(m.length >= 2);
    for (const x of m) assert.equal(x.text, 'anti-IL-12/23');
  });
  test('no prefix: a word ending in "anti", a drug, a miRNA, a plain hyphenated word', () => {
    assert.deepEqual(brief('The anti-miR-21 oligonucleotide lowered fibrosis.').map((x) => x.split('→')[0]), ['miR-21']);
    assert.deepEqual(brief('Xanti-CD20 is a typo; CD20 is expressed on B cells.').map((x) => x.split('→')[0]), ['CD20', 'CD20']);
    assert.deepEqual(brief('Anti-inflammatory effects of TNF blockade were seen.'), ['TNF→TNF']);
  });
});
