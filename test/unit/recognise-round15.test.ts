/**
 * Recognition round 15: receptor subtype codes coordinated before one "receptor" head, genes of microbes named in a
 * microbial context, and disease abbreviations that equal gene aliases. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief, mentions } from './recognise-helpers';

const genesOf = (md: string) => brief(md).filter((m) => !/→[a-z]/.test(m));

describe('coordinated receptor subtype codes share the receptor head', () => {
  test('"and" lists: one mention per code, the code its own span', () => {
    assert.deepEqual(genesOf('Pramipexole acts on D2 and D3 receptors.'), ['D2→DRD2', 'D3→DRD3']);
    assert.deepEqual(genesOf('Apomorphine stimulates D1 and D2 receptors.'), ['D1→DRD1', 'D2→DRD2']);
    assert.deepEqual(genesOf('Elinzanetant is a dual NK1 and NK3 receptor antagonist.'), ['NK1→TACR1', 'NK3→TACR3']);
    assert.deepEqual(genesOf('Both CB1 and CB2 receptors bind the ligand.'), ['CB1→CNR1', 'CB2→CNR2']);
    assert.deepEqual(genesOf('PGE2 signals through the EP2 and EP4 receptors.').filter((m) => m.startsWith('EP')), ['EP2→PTGER2', 'EP4→PTGER4']);
  });
  test('slash lists are a coordinated form over the whole "A/B receptor"', () => {
    const ms = mentions('The GIP/GLP-1 receptor agonist tirzepatide lowers weight.').filter((m) => m.entity?.type === 'gene');
    assert.deepEqual(ms.map((m) => `${m.text}→${m.entity?.symbol}`), ['GIP/GLP-1 receptor→GIPR', 'GIP/GLP-1 receptor→GLP1R']);
  });
  test('a single code and the existing ETA/ETB form stay as they were', () => {
    assert.deepEqual(genesOf('The dopamine D2 receptor is the target.'), ['dopamine D2 receptor→DRD2']);
    assert.deepEqual(genesOf('NK1 receptor antagonists prevent emesis.'), ['NK1 receptor→TACR1']);
    assert.deepEqual(genesOf('Bosentan blocks the ETA and ETB receptors.'), ['ETA→EDNRA', 'ETB→EDNRB']);
  });
  test('groups whose codes do not all name a receptor gene are left alone', () => {
    // "VEGF receptor" is a family: nothing is distributed over EGF.
    assert.deepEqual(genesOf('EGF and VEGF receptors were profiled.'), ['EGF→EGF', 'VEGF receptors→VEGFR']);
    assert.deepEqual(genesOf('Samples from 2019 and 2020 receptor studies were pooled.'), []);
  });
});

describe('genes of microbes in a microbial context are not listed', () => {
  test('a sentence that opens on a microbe', () => {
    assert.deepEqual(genesOf('In Candida, azole resistance follows upregulation of the efflux pumps CDR1, CDR2 and MDR1 through TAC1 alleles.'), []);
    assert.deepEqual(genesOf('In C. albicans, MDR1 is upregulated.'), []);
  });
  test('a microbial adjective heading the noun phrase', () => {
    assert.deepEqual(genesOf('Manogepix blocks the fungal inositol acyltransferase Gwt1 and is active against Candida auris.'), []);
  });
  test('microbial gene nomenclature in the same paragraph', () => {
    assert.deepEqual(genesOf('Mutations in hrp2 and hrp3 deletions let parasites escape HRP2-based rapid tests.'), []);
    assert.deepEqual(genesOf('Ethionamide shares the InhA target, so inhA promoter mutations confer cross-resistance.'), []);
  });
  test('the same in a paragraph long enough to be read once for all its microbial words', () => {
    const filler = ' The rapid tests were read by two observers in each clinic.'.repeat(80);
    assert.deepEqual(genesOf(`Mutations in hrp2 and hrp3 deletions let parasites escape HRP2-based rapid tests.${filler} TP53 was not studied.`), ['TP53→TP53']);
    assert.deepEqual(genesOf(`TP53 and MTOR stay.${filler} The mTOR pathway too.`), ['TP53→TP53', 'MTOR→MTOR', 'mTOR→MTOR']);
  });
  test('human genes of an infection draft stay', () => {
    assert.deepEqual(genesOf('Biallelic CARD9 deficiency is different: disease is mild, but Candida invades the brain.'), ['CARD9→CARD9']);
    assert.deepEqual(genesOf('In Candida infections, CARD9 deficiency allows spread to the brain.'), ['CARD9→CARD9']);
    assert.deepEqual(genesOf('Fungal infection in STAT3 deficiency is common. In patients, MDR1 variants alter exposure.'), ['STAT3→STAT3', 'MDR1→ABCB1']);
    assert.deepEqual(genesOf('The fungal β-glucan receptor Dectin-1 signals through CARD9.'), ['Dectin-1→CLEC7A', 'CARD9→CARD9']);
    assert.deepEqual(genesOf('Loss of either gene activates mTOR; variants in MTOR and PIK3CA also occur.'), ['mTOR→MTOR', 'MTOR→MTOR', 'PIK3CA→PIK3CA']);
    assert.deepEqual(genesOf('Pink1-knockout mice lose few neurons.'), ['Pink1→PINK1']);
  });
});

describe('disease abbreviations that NCBI Gene lists as aliases of the disease gene are not genes', () => {
  test('syndromes named by their acronyms', () => {
    assert.deepEqual(genesOf('Patients with AIRE deficiency (APECED) make autoantibodies against IL-22.'), ['AIRE→AIRE', 'IL-22→IL22']);
    assert.deepEqual(genesOf('It is hereditary through germline RET variants at codon 634 in MEN2A and M918T in MEN2B.'), ['RET→RET']);
    assert.deepEqual(genesOf('Chronic granulomatous disease (CGD) follows loss of CYBB.'), ['CYBB→CYBB']);
  });
  test('the subthalamic nucleus is no gene', () => {
    assert.deepEqual(genesOf('Deep brain stimulation (DBS) of the STN remains an option.'), []);
  });
});

describe('aliases that head a numbered study name are not genes', () => {
  test('a Roman numeral or a number with a citation after it', () => {
    assert.deepEqual(genesOf('Triple ACTs were efficacious and well tolerated in TRAC II (31).'), []);
    assert.deepEqual(genesOf('Induction with TPF improved survival over PF in TAX 324 (17–19).'), []);
  });
  test('genes before quantities and class numerals stay', () => {
    assert.deepEqual(genesOf('CD4 counts of 200 (range 100–300) were seen.'), ['CD4→CD4']);
    assert.deepEqual(genesOf('ERBB2 II was not a name; BRAF V600E is a variant.'), ['ERBB2→ERBB2', 'BRAF→BRAF']);
  });
});

describe('clinical abbreviations that NCBI Gene lists as aliases', () => {
  test('procedures, scales, fluids and tests are no genes; the genes spelled alike stay', () => {
    assert.deepEqual(genesOf('Surgery before IVF is reserved for selected women.'), []);
    assert.deepEqual(genesOf('Responses are scored with the MG-ADL scale and the static IGA.'), []);
    assert.deepEqual(genesOf('Xpert MTB/RIF Ultra detects resistance mutations.'), []);
    assert.deepEqual(genesOf('Seed amplification assays in CSF detect Lewy pathology; GM-CSF and CSF-1 act on myeloid cells.'), ['GM-CSF→CSF2', 'CSF-1→CSF1']);
  });
});

describe('protein names that NCBI Gene lacks, and class-noun name heads', () => {
  test('curated common names map to their gene', () => {
    assert.deepEqual(genesOf('Tyrosine hydroxylase and aromatic L-amino acid decarboxylase make dopamine, which vesicular monoamine transporter 2 packs.'), [
      'Tyrosine hydroxylase→TH',
      'aromatic L-amino acid decarboxylase→DDC',
      'vesicular monoamine transporter 2→SLC18A2',
    ]);
    assert.deepEqual(genesOf('Venglustat inhibits glucosylceramide synthase.'), ['glucosylceramide synthase→UGCG']);
    assert.deepEqual(genesOf('The sodium–iodide symporter and pendrin move iodide; Mincle senses fungi.'), ['sodium–iodide symporter→SLC5A5', 'pendrin→SLC26A4', 'Mincle→CLEC4E']);
  });
  test('a class noun with a number is no name of its own', () => {
    // (not TAP1's "transporter 1": the whole name is a curated name of SLC22A6)
    assert.deepEqual(genesOf('Probenecid blocks organic anion transporter 1.'), ['organic anion transporter 1→SLC22A6']);
    assert.deepEqual(genesOf('TAP1 and TAP2 load peptides; protein C and mucin 5B are unaffected.'), ['TAP1→TAP1', 'TAP2→TAP2', 'protein C→PROC', 'mucin 5B→MUC5B']);
  });
});
