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

describe('abbreviations the draft defines as diseases, and names joined by an underscore, are no trials', () => {
  test('"hyperkalaemic periodic paralysis (HyperPP)" is a term: "in HyperPP," after it is no trial slot', () => {
    const text = 'Hyperkalaemic periodic paralysis (HyperPP) is caused by SCN4A variants (2). Avoid fasting in HyperPP, and keep salbutamol at hand (3).';
    assert.deepEqual(brief(text), ['SCN4A→SCN4A', 'salbutamol→salbutamol']);
  });

  test('"chronic inducible urticaria (CIndU)" is a term', () => {
    const text =
      'Chronic inducible urticaria (CIndU) is triggered by cold or pressure (1). The NK1 receptor antagonist aprepitant (Emend) reduced itch in chronic pruritus, but it has not been studied in CIndU [10].';
    assert.ok(!brief(text).some((m) => m.startsWith('CIndU')), brief(text).join(', '));
  });

  test('"the Treat_CCM trial" does not make CCM a trial', () => {
    const text = 'Propranolol was compared with standard care in the open-label Treat_CCM trial (16). In CCM, propranolol shrank lesions (17).';
    assert.deepEqual(brief(text), ['Propranolol→propranolol', 'propranolol→propranolol']);
  });
});

describe('thyroid hormone receptor isoforms, the Arp2/3 complex and K6', () => {
  test('TRα1, TRβ1 and TRβ2 are isoforms (named by themselves); TRα and TRβ stay the genes THRA and THRB', () => {
    assert.deepEqual(brief('TRα1, TR&beta;2 and TRβ1 bind T3, as do TRα and TRβ (1).'), [
      'TRα1→TRα1',
      'TR&beta;2→TRβ2',
      'TRβ1→TRβ1',
      'TRα→THRA',
      'TRβ→THRB',
    ]);
  });

  test('"Arp2/3 complex" is the complex, one mention', () => {
    assert.deepEqual(brief('The Arp2/3 complex nucleates branched actin (3).'), ['Arp2/3 complex→Arp2/3 complex']);
  });

  test('in a draft about keratins, K6 is KRT6A (there is no KRT6), not an alias of KRT72', () => {
    assert.deepEqual(brief('Keratins K6 and K16 are induced in the wound (5).'), ['K6→KRT6A', 'K16→KRT16']);
  });
});

describe('abbreviations of diseases the draft defines', () => {
  test('"post-traumatic headache (PTH)": a headache is a disease, so PTH is no gene in the draft', () => {
    assert.deepEqual(brief('Post-traumatic headache (PTH) follows injury (1). PTH responds to erenumab (2).'), ['erenumab→erenumab']);
  });

  test('"mucous membrane pemphigoid (MMP)": MMP is no family of metalloproteinases in the draft; MMP-9 still is the gene', () => {
    assert.deepEqual(brief('Ocular mucous membrane pemphigoid (MMP) scars the eye (1). In MMP, MMP-9 rises (2).'), ['MMP-9→MMP9']);
  });

  test('"partial AIS (PAIS)" qualifies a defined disease, so PAIS is one too (not GART\'s alias)', () => {
    const text = 'Androgen insensitivity syndrome (AIS) is caused by AR variants (1). It ranges from complete AIS (CAIS) to partial AIS (PAIS) (2). In PAIS, AR is mutated (3).';
    assert.deepEqual(brief(text), ['AR→AR', 'AR→AR']);
  });
});

describe('words no drug is shaped like', () => {
  test('"genotype" and "pemphigoid" next to drugs in a list are no drugs', () => {
    assert.deepEqual(brief('Voriconazole exposure depends on CYP2C19 genotype, and isavuconazole shortens QT (4).'), [
      'Voriconazole→voriconazole',
      'CYP2C19→CYP2C19',
      'isavuconazole→isavuconazole',
    ]);
    assert.deepEqual(brief('Blockade with mepolizumab was not effective in bullous pemphigoid, and omalizumab was used (5).'), ['mepolizumab→mepolizumab', 'omalizumab→omalizumab']);
  });
});
