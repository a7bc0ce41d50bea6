/**
 * Recognition after the first runs of the twenty-seventh and twenty-eighth blind sets: a receptor series named by its
 * ligand word alone links its subtype codes (muscarinic receptors … the M3 receptor), peptide fragments by residue
 * range (PTH(1-84)), HLA class I serotypes (HLA-A29), an alias inside an abbreviation with a final capital (MIS-C),
 * numbered disease abbreviations (FHH1, FHH2) and long forms ending in a type number, disease nouns are no cue drugs
 * (telangiectasia), and the curation of those sets' names. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('receptor series, fragments and serotypes', () => {
  test('a series named by its ligand word links its codes (muscarinic receptors: M2, M3 receptor)', () => {
    assert.deepEqual(brief('Acetylcholine acts on muscarinic receptors; the M2 subtype is abundant, but the M3 receptor mediates contraction.'), [
      'muscarinic receptors→muscarinic receptors',
      'M2→CHRM2',
      'M3 receptor→CHRM3',
    ]);
    assert.deepEqual(brief('M1 and M2 macrophages differ.'), []);
  });
  test('a residue range glued to a gene names a fragment of its product (PTH(1-84)), an isoform', () => {
    assert.deepEqual(brief('PTH(1-84) and PTH(1–34) are given; PTH falls.'), ['PTH(1-84)→PTH(1-84)', 'PTH(1–34)→PTH(1-34)', 'PTH→PTH']);
  });
  test('an HLA class I serotype is the gene of its locus (HLA-A29, HLA-B51)', () => {
    assert.deepEqual(brief('HLA-A29 and HLA-B51 carriers; HLA-A*29:02 too.'), ['HLA-A29→HLA-A', 'HLA-B51→HLA-B', 'HLA-A→HLA-A']);
  });
});

describe('abbreviations', () => {
  test('an alias before a hyphen and a final capital is part of another abbreviation (MIS-C), but PR-A stays', () => {
    assert.deepEqual(brief('Multisystem inflammatory syndrome in children (MIS-C) follows; MIS-C is rare. PR-A and PR-B differ.'), ['PR-A→PR-A', 'PR-B→PR-B']); // curated isoforms since blind88
  });
  test('a numbered disease abbreviation defines its series (FHH1, then FHH2) and its stem; a long form ending in a type number is read without it', () => {
    assert.deepEqual(brief('CASR in familial hypocalciuric hypercalcaemia type 1 (FHH1), GNA11 in FHH2; symptomatic FHH.'), ['CASR→CASR', 'GNA11→GNA11']);
  });
  test('a stem defined alone says nothing of its numbered genes (RPE, RPE65)', () => {
    assert.deepEqual(brief('The retinal pigment epithelium (RPE) expresses RPE65.'), ['RPE65→RPE65']);
  });
});

describe('drugs and curation', () => {
  test('a disease noun after a treatment verb is no drug (telangiectasia)', () => {
    assert.deepEqual(brief('Lasers treat telangiectasia, and carvedilol lessens flushing.'), ['carvedilol→carvedilol']);
  });
  test('substance P is an isoform of TAC1, a combination brand names its drugs, a prodrug INN is the name (ceftaroline fosamil)', () => {
    assert.deepEqual(brief('Substance P and Epiduo and ceftaroline (Teflaro).'), [
      'Substance P→substance P',
      'Epiduo→adapalene',
      'Epiduo→benzoyl peroxide',
      'ceftaroline→ceftaroline fosamil',
      'Teflaro→ceftaroline fosamil',
    ]);
  });
});

describe('adrenoceptor subtypes', () => {
  test('a draft that names one subtype by code links the others (α1A-adrenoceptor, then α1D, α1B, α1A)', () => {
    assert.deepEqual(brief('Tone is maintained through the α1A-adrenoceptor, with the α1D and α1B subtypes; tamsulosin blocks α1A.'), [
      'α1A-adrenoceptor→ADRA1A',
      'α1D→ADRA1D',
      'α1B→ADRA1B',
      'tamsulosin→tamsulosin',
      'α1A→ADRA1A',
    ]);
  });
  test('a code before "-agonist" names a drug class, not the receptor (β2-agonist)', () => {
    assert.deepEqual(brief('A long-acting β2-agonist acts on the β2-adrenergic receptor.'), ['β2-adrenergic receptor→ADRB2']);
  });
});

describe('numbered members and the twenty-ninth set', () => {
  test("a family's name, a hyphen and a number name that member (matrix metalloproteinase-10 is MMP10); the plural stays the family", () => {
    assert.deepEqual(brief('Matrix metalloproteinase-10 rose while the matrix metalloproteinases fell.'), ['Matrix metalloproteinase-10→MMP10', 'matrix metalloproteinases→matrix metalloproteinases']);
  });
  test('trypsinogen is the trypsin family, cationic trypsinogen PRSS1; LPS is no gene', () => {
    assert.deepEqual(brief('Cationic trypsinogen and trypsinogen activation; LPS-binding protein binds LPS.'), ['Cationic trypsinogen→PRSS1', 'trypsinogen→trypsins', 'LPS-binding protein→LBP']);
  });
});

describe('the thirtieth set', () => {
  test('a complex written with a slash is one name (SWI/SNF), while a family so written splits into its members (CDK4/CDK6)', () => {
    assert.deepEqual(brief('Loss of SWI/SNF subunits; CDK4/CDK6 inhibitors.'), ['SWI/SNF→SWI/SNF', 'CDK4→CDK4', 'CDK6→CDK6']);
  });
  test('myositis autoantigens by their antibodies (anti-Jo-1 is HARS1; anti-SRP the signal recognition particle)', () => {
    assert.deepEqual(brief('Anti-Jo-1 and anti-PL-7 antibodies; Anti-SRP marks necrotising myopathy.'), ['Jo-1→HARS1', 'PL-7→TARS1', 'SRP→signal recognition particle']);
  });
  test('PSA is the prostate-specific antigen; psoriatic arthritis (PsA) is no gene', () => {
    assert.deepEqual(brief('Serum PSA rose in men with PsA.'), ['PSA→KLK3']);
  });
  test('antibody cocktails by brand or code name each antibody (Twinrab, CL184)', () => {
    assert.deepEqual(brief('Twinrab and CL184 neutralise rabies virus.'), ['Twinrab→docaravimab', 'Twinrab→miromavimab', 'CL184→rafivirumab', 'CL184→foravirumab']);
  });
});

describe('the thirty-first and thirty-second sets', () => {
  test('cytochromes P450 and Eph receptors by the names prose builds from their symbols, not a provisional LOC copy', () => {
    assert.deepEqual(brief('Cytochrome P450 2D6 and cytochrome P450 2C9 metabolise it; ephrin receptor A2 binds the virus.'), [
      'Cytochrome P450 2D6→CYP2D6',
      'cytochrome P450 2C9→CYP2C9',
      'ephrin receptor A2→EPHA2',
    ]);
  });
  test('collagen chains by chain and type (α1(I) is COL1A1) and by name without "type" (collagen VIII α2 chain)', () => {
    assert.deepEqual(brief('Type I collagen has two α1(I) chains; the α3(IV) collagen and collagen VIII &alpha;2 chain differ.'), [
      'Type I collagen→COL1A1',
      'Type I collagen→COL1A2',
      'α1(I)→COL1A1',
      'α3(IV) collagen→COL4A3',
      'collagen VIII &alpha;2 chain→COL8A2',
    ]);
  });
  test("a family's name and a list of designators name those members (cathepsins B and G)", () => {
    assert.deepEqual(brief('Cathepsins B and G rose, and the cathepsins fell.'), ['Cathepsins B and G→CTSB', 'Cathepsins B and G→CTSG', 'cathepsins→cathepsins']);
  });
  test('a Roman numeral is no alias (VIII of COX8A)', () => {
    assert.deepEqual(brief('Type VIII and factor VIII differ.'), ['factor VIII→F8']);
  });
});

describe('the thirty-third and thirty-fourth sets', () => {
  test('a numbered table or figure in a parenthesis after a drug is no brand (clofazimine (Table 1))', () => {
    assert.deepEqual(brief('Therapy combines rifampicin, dapsone and clofazimine (Table 1); Table 1 lists doses.'), ['rifampicin→rifampicin', 'dapsone→dapsone', 'clofazimine→clofazimine']);
  });
  test("a regimen's initials after two drugs joined by 'with' name no drug (bendamustine with rituximab (BR))", () => {
    assert.deepEqual(brief('Bendamustine with rituximab (BR) became standard; BR was used.'), ['Bendamustine→bendamustine', 'rituximab→rituximab']);
  });
  test('the name of an HTML entity the decoder leaves as written is no drug (Cura&ccedil;ao)', () => {
    assert.deepEqual(brief('The Cura&ccedil;ao criteria are used.'), []);
  });
});
