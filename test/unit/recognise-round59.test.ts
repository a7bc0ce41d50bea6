/**
 * Recognition after the first runs of the two-hundred-and-thirteenth to two-hundred-and-twentieth blind sets, and of
 * the family conventions counted over all earlier sets: a family's class noun before one of its members ("the
 * chemokine CXCL13"), "family" after a family's name kept outside the span, sodium-pump subunits written by their
 * Greek letter, care-setting abbreviations that are no trials, procedures that are no drugs, chromosome bands in
 * karyotype notation, and names curated from those sets (HSP70 as HSPA1A, bare p38 as the p38 MAPK group, IGHV,
 * relaxin). Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dropClassNounsBeforeMembers } from '../../src/core/recognise/class-noun-apposition';
import { sodiumPumpSubunits } from '../../src/core/recognise/sodium-pump-subunits';
import type { Mention } from '../../src/core/recognise/types';
import { brief } from './recognise-helpers';

describe("a family's class noun before one of its members", () => {
  test('"the chemokine CXCL13" names CXCL13 only; "chemokines such as CCL2" keeps both', () => {
    assert.deepEqual(brief('The chemokine CXCL13 recruits B cells, and chemokines such as CCL2 recruit monocytes.'), ['CXCL13→CXCL13', 'chemokines→chemokines', 'CCL2→CCL2']);
    assert.deepEqual(brief('Neutrophils use the chemokine receptor CXCR2; the kinesins KIF2A and KIF5C move cargo.'), ['CXCR2→CXCR2', 'KIF2A→KIF2A', 'KIF5C→KIF5C']);
  });

  test('only a member counts, and only right after one space', () => {
    const m = (start: number, end: number, id: string, type: 'family' | 'gene'): Mention =>
      ({ text: '', span: { start, end }, entity: { id, type, name: id }, status: 'resolved', kind: 'curated' }) as unknown as Mention;
    // (Not right after a member either: "CXCL13 chemokine" would make the class noun CXCL13's head noun; round67.)
    const source = 'chemokine CXCL13 and chemokine TP53 chemokine, CCL2';
    const out = [m(0, 9, 'family:chemokine', 'family'), m(10, 16, 'g:cxcl13', 'gene'), m(21, 30, 'family:chemokine', 'family'), m(31, 35, 'g:tp53', 'gene'), m(36, 45, 'family:chemokine', 'family'), m(47, 51, 'g:ccl2', 'gene')];
    dropClassNounsBeforeMembers(source, out, 0, (f, e) => f === 'family:chemokine' && (e === 'g:cxcl13' || e === 'g:ccl2'));
    assert.deepEqual(out.map((x) => x.span.start), [10, 21, 31, 36, 47]);
  });
});

describe('"family" after a family name stays outside the span', () => {
  test('the ErbB family, the FGFR family, the STAT family', () => {
    assert.deepEqual(brief('The ErbB family and the FGFR family signal through the STAT family.'), ['ErbB→ErbB family', 'FGFR→FGFR', 'STAT→STAT']);
  });

  test('a name whose shorter form names another entity stays whole (HSP70 is HSPA1A, the HSP70 family is the group)', () => {
    assert.deepEqual(brief('HSP70 is induced by heat, and the HSP70 family is large.'), ['HSP70→HSPA1A', 'HSP70 family→HSP70 family']);
  });
});

describe('sodium-pump subunits by their Greek letter', () => {
  test('a paragraph naming the pump links α1–α4 to the ATP1A genes (β1 and β2 stay the adrenergic receptors\' codes)', () => {
    assert.deepEqual(sodiumPumpSubunits('the sodium pump (Na+/K+-ATPase)').map(([w, s]) => `${w}=${s}`).slice(0, 3), ['α1=ATP1A1', 'α2=ATP1A2', 'α3=ATP1A3']);
    assert.deepEqual(sodiumPumpSubunits('GABA-A receptors with the α3 subunit'), []);
    assert.deepEqual(brief('ATP1A3 encodes the α3 subunit of the sodium pump (Na+/K+-ATPase), and the α1 subunit (ATP1A1) is ubiquitous.'), ['ATP1A3→ATP1A3', 'α3 subunit→ATP1A3', 'α1 subunit→ATP1A1', 'ATP1A1→ATP1A1']);
    assert.deepEqual(brief('Digoxin binds the sodium pump (Na+/K+-ATPase) through α2 and α3.'), ['Digoxin→digoxin', 'α2→ATP1A2', 'α3→ATP1A3']);
  });

  test('a Greek code before "receptors" is no pump subunit', () => {
    assert.deepEqual(brief('The sodium pump (Na+/K+-ATPase) has an α1 subunit. Carvedilol also blocks α1 receptors.'), ['α1 subunit→ATP1A1', 'Carvedilol→carvedilol']);
  });

  test('a subunit labelled by its own symbol names the gene once, by the symbol', () => {
    assert.deepEqual(brief('The sodium pump (Na+/K+-ATPase) has the β2 subunit ATP1B2, and its α1 subunit is encoded by ATP1A1.'), ['ATP1B2→ATP1B2', 'ATP1A1→ATP1A1']);
  });
});

describe('care settings, procedures and tissues are no trials or drugs', () => {
  test('"the Leuven surgical ICU study" makes no trial of ICU', () => {
    assert.deepEqual(brief('In the Leuven surgical ICU study, weakness fell in ICU patients.'), []);
  });

  test('a comparison with a procedure or a tissue names no drug', () => {
    assert.deepEqual(brief('Matrix-applied ACI was superior to microfracture, outcomes were non-inferior to autograft reconstruction, and the repair was inferior to hyaline cartilage.'), []);
  });
});

describe('chromosome bands in karyotype notation', () => {
  test('"inv(16)(p13.1q22)" names no protein, while p13 in prose still does; CBF is core binding factor', () => {
    assert.deepEqual(brief('AML with t(8;21)(q22;q22.1) or inv(16)(p13.1q22) is core binding factor (CBF) AML; p13 binds.'), ['p13→EXOSC1']);
  });
});

describe('names curated from the new sets', () => {
  test('bare p38 is the p38 MAPK group, p38α is MAPK14; IGHV is the segment group', () => {
    assert.deepEqual(brief('Stress activates p38, and p38α is its main isoform; unmutated IGHV predicts relapse.'), ['p38→p38 MAPK', 'p38α→MAPK14', 'IGHV→IGHV']);
  });

  test('relaxin, cytochrome c and CK1δ are genes; AICAR and combination brands are drugs', () => {
    assert.deepEqual(brief('Relaxin and cytochrome c and CK1δ; AICAR activates AMPK; Septocaine was injected.'), [
      'Relaxin→RLN2', 'cytochrome c→CYCS', 'CK1δ→CSNK1D', 'AICAR→acadesine', 'AMPK→AMPK', 'Septocaine→articaine', 'Septocaine→epinephrine',
    ]);
  });

  test('disease acronyms NCBI lists as aliases are no genes (PKD, PED, CAPOS); PP1 is the phosphatase group', () => {
    assert.deepEqual(brief('Attacks in PKD and PED differ from CAPOS; PP1 dephosphorylates the pump.'), ['PP1→PP1']);
  });
});
