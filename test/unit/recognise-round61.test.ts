/**
 * Recognition after the first runs of the two-hundred-and-twenty-ninth to two-hundred-and-thirty-sixth blind sets and
 * the errors left on the earlier sets: the gastric proton pump written by its ions (H+/K+-ATPase, both chains' genes),
 * and abbreviations of diseases named after people or places (ARSACS, ML-DS) that are no trial names. Sentences are
 * written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gastricProtonPumps } from '../../src/core/recognise/gastric-proton-pump';
import { brief } from './recognise-helpers';

describe('the gastric proton pump', () => {
  test('"H+/K+-ATPase" names both chains, ATP4A and ATP4B, over the whole span', () => {
    assert.deepEqual(brief('Omeprazole irreversibly inhibits the gastric H+/K+-ATPase of parietal cells.'), [
      'Omeprazole→omeprazole',
      'H+/K+-ATPase→ATP4A',
      'H+/K+-ATPase→ATP4B',
    ]);
  });

  test('the written variants: superscript charges, a comma, no charges, a space before ATPase', () => {
    const text = 'the H⁺/K⁺ ATPase, the H+,K+-ATPase and the H,K-ATPase';
    assert.deepEqual(
      gastricProtonPumps(text, 0, text.length).map((p) => text.slice(p.span.start, p.span.end)),
      ['H⁺/K⁺ ATPase', 'H+,K+-ATPase', 'H,K-ATPase'],
    );
  });

  test('the sodium pump and other ATPases are not the proton pump', () => {
    const text = 'the Na+/K+-ATPase, a vacuolar H+-ATPase, the SH/K-ATPase';
    assert.deepEqual(gastricProtonPumps(text, 0, text.length), []);
    assert.deepEqual(brief('Digoxin inhibits the Na+/K+-ATPase.'), ['Digoxin→digoxin']);
  });
});

describe('disease abbreviations are no trial names', () => {
  test('a disease named after a place, defined in the draft, is no trial where it stands in a trial slot', () => {
    const defined = 'Autosomal recessive spastic ataxia of Charlevoix–Saguenay (ARSACS) is rare. ';
    assert.deepEqual(brief(`${defined}In ARSACS, patients treated with baclofen improved.`), ['baclofen→baclofen']);
  });

  test('a hyphenated disease abbreviation ("myeloid leukaemia of Down syndrome (ML-DS)") is no trial either', () => {
    const text = 'Myeloid leukaemia of Down syndrome (ML-DS) follows TAM. Patients in ML-DS, treated with cytarabine, survive.';
    assert.deepEqual(brief(text), ['cytarabine→cytarabine']);
  });

  test('a trial whose lower-case long form names a treatment for a disease is still a trial', () => {
    const text = 'Dapagliflozin in chronic kidney disease (DAPA-CKD) enrolled 4304 patients. In DAPA-CKD, patients treated with dapagliflozin lived longer.';
    assert.deepEqual(brief(text).filter((m) => m.startsWith('DAPA-CKD')), ['DAPA-CKD→DAPA-CKD', 'DAPA-CKD→DAPA-CKD']);
  });
});

describe("an abbreviation of a family's name", () => {
  test('"alcohol dehydrogenase (ADH)" makes ADH the family for the draft, not AVP (antidiuretic hormone)', () => {
    assert.deepEqual(brief('Fomepizole inhibits ADH.'), ['Fomepizole→fomepizole', 'ADH→AVP']);
    const text = 'Methanol is oxidised by alcohol dehydrogenase (ADH) in the liver. Fomepizole inhibits ADH.';
    assert.deepEqual(brief(text), ['alcohol dehydrogenase→alcohol dehydrogenases', 'ADH→alcohol dehydrogenases', 'Fomepizole→fomepizole', 'ADH→alcohol dehydrogenases']);
  });

  test('an abbreviation with a number names one member ("inducible nitric oxide synthase (NOS2)")', () => {
    assert.deepEqual(brief('Inducible nitric oxide synthase (NOS2) is induced, and NOS2 rises.').filter((m) => m.startsWith('NOS2')), ['NOS2→NOS2', 'NOS2→NOS2']);
  });
});

describe('a spectrum is a disease', () => {
  test('"PIK3CA-related overgrowth spectrum (PROS)": PROS names the spectrum in the draft, not PROS1', () => {
    assert.deepEqual(brief('About 80% of PROS variants fall at hotspots.'), ['PROS→PROS1']);
    const text = 'The term PIK3CA-related overgrowth spectrum (PROS) was proposed in 2013. About 80% of PROS variants fall at hotspots.';
    assert.deepEqual(brief(text), ['PIK3CA→PIK3CA']);
  });
});

describe('curated in this round', () => {
  test('calprotectin names both of its chains, S100A8 and S100A9', () => {
    assert.deepEqual(brief('Faecal calprotectin was high.'), ['calprotectin→S100A8', 'calprotectin→S100A9']);
  });

  test('the mitochondrial trifunctional protein is a complex, and its abbreviation follows it in the draft (not MT1B or MTTP)', () => {
    assert.deepEqual(brief('The mitochondrial trifunctional protein (MTP) is an octamer; MTP deficiency is severe.'), [
      'mitochondrial trifunctional protein→mitochondrial trifunctional protein',
      'MTP→mitochondrial trifunctional protein',
      'MTP→mitochondrial trifunctional protein',
    ]);
  });
});

describe('curated after blind231', () => {
  test("infliximab's biosimilar code and brands, darvadstrocel, LUBAC, NOD2's UniProt name", () => {
    assert.deepEqual(brief('CT-P13 (Inflectra) and darvadstrocel (Alofisel) were compared.'), [
      'CT-P13→infliximab',
      'Inflectra→infliximab',
      'darvadstrocel→darvadstrocel',
      'Alofisel→darvadstrocel',
    ]);
    assert.deepEqual(brief('The linear ubiquitin chain assembly complex (LUBAC) binds A20.').slice(0, 2), [
      'linear ubiquitin chain assembly complex→linear ubiquitin chain assembly complex',
      'LUBAC→linear ubiquitin chain assembly complex',
    ]);
    assert.deepEqual(brief('nucleotide-binding oligomerization domain-containing protein 2 variants'), ['nucleotide-binding oligomerization domain-containing protein 2→NOD2']);
  });
});

describe('context rules of this round', () => {
  test('S6 is ribosomal protein S6 beside mTOR-pathway words, and nothing otherwise', () => {
    assert.deepEqual(brief('mTORC1 activity is read out as phosphorylated S6.'), ['mTORC1→mTORC1', 'S6→RPS6']);
    assert.deepEqual(brief('The S6 helix lines the pore.'), []);
    assert.deepEqual(brief('Table S6 lists the cases.'), []);
  });

  test('PDK1 is PDPK1 beside PI3K–AKT words, and the official symbol (pyruvate dehydrogenase kinase 1) otherwise', () => {
    assert.deepEqual(brief('PIP3 recruits PDK1 to the membrane.'), ['PDK1→PDPK1']);
    assert.deepEqual(brief('Higher PDK1 and PDK4 expression limits pyruvate entry.'), ['PDK1→PDK1', 'PDK4→PDK4']);
    assert.deepEqual(brief('PDK1 was measured.'), ['PDK1→PDK1']);
  });
});

describe('curated after blind230 and blind234 (laminopathies, dystroglycanopathies, centronuclear myopathies)', () => {
  test("LMNA's products are isoforms; lamin A/C stays the gene; the nuclear lamina is no lamin", () => {
    assert.deepEqual(brief('LMNA is spliced into lamin A and lamin C; lamin A/C lines the nuclear lamina, and prelamin A gives progerin.'), [
      'LMNA→LMNA',
      'lamin A→lamin A',
      'lamin C→lamin C',
      'lamin A/C→LMNA',
      'prelamin A→prelamin A',
      'progerin→progerin',
    ]);
  });

  test('α- and β-dystroglycan, merosin as laminin-211, the LINC complex, nesprins, amphiphysin 2', () => {
    assert.deepEqual(brief('α-Dystroglycan binds merosin (laminin-211); nesprins form the LINC complex; amphiphysin 2 and PI3K-C2β.'), [
      'α-Dystroglycan→α-dystroglycan',
      'merosin→laminin 211',
      'laminin-211→laminin 211',
      'nesprins→nesprins',
      'LINC complex→LINC complex',
      'amphiphysin 2→BIN1',
      'PI3K-C2β→PIK3C2B',
    ]);
  });

  test('omigapil (SNT-317), DYN101 and ARRY-371797 (PF-07265803)', () => {
    assert.deepEqual(brief('Omigapil (SNT-317), DYN101 and PF-07265803 were tested.'), [
      'Omigapil→omigapil',
      'SNT-317→omigapil',
      'DYN101→DYN101',
      'PF-07265803→ARRY-371797',
    ]);
  });
});

describe('a qualified abbreviation defines its last part', () => {
  test('"… pulmonary arterial hypertension (Sch-PAH)" makes PAH the disease in the draft, not phenylalanine hydroxylase', () => {
    assert.deepEqual(brief('PAH is rare.'), ['PAH→PAH']);
    const text = 'Schistosomiasis-associated pulmonary arterial hypertension (Sch-PAH) may be the commonest form of PAH. PAH is treated with sildenafil.';
    assert.deepEqual(brief(text), ['sildenafil→sildenafil']);
  });
});

describe('domains named after a protein', () => {
  test('"pleckstrin homology domain", "Src homology 2" name domains, not the proteins', () => {
    assert.deepEqual(brief('AKT binds PIP3 through its pleckstrin homology domain, and Src homology 2 domains bind phosphotyrosine.'), ['AKT→AKT']);
    assert.deepEqual(brief('Pleckstrin is phosphorylated by PKC in platelets.').slice(0, 1), ['Pleckstrin→PLEK']);
  });
});

describe('after blind233', () => {
  test("official symbols listed after a complex's name stay the genes (Rab geranylgeranyl transferase (RABGGTA and RABGGTB))", () => {
    assert.deepEqual(brief('Rab proteins are presented to Rab geranylgeranyl transferase (RABGGTA and RABGGTB). RABGGTA is mutated.').slice(1), [
      'Rab geranylgeranyl transferase→Rab geranylgeranyltransferase',
      'RABGGTA→RABGGTA',
      'RABGGTB→RABGGTB',
      'RABGGTA→RABGGTA',
    ]);
  });

  test('LC3 is LC3B; neurofilament chains, α-internexin, zileuton; KLHL and myotubularin families; CEDNIK is a syndrome', () => {
    assert.deepEqual(brief('LC3 puncta, NF-H, NF-M and α-internexin; zileuton; Kelch-like proteins (KLHL); the myotubularin family; CEDNIK.'), [
      'LC3→MAP1LC3B',
      'NF-H→NEFH',
      'NF-M→NEFM',
      'α-internexin→INA',
      'zileuton→zileuton',
      'Kelch-like proteins→Kelch-like proteins',
      'KLHL→Kelch-like proteins',
      'myotubularin family→myotubularins',
    ]);
  });
});

describe('after blind229, blind232 and blind236', () => {
  test('Igα and Igβ, razuprotafib (AKB-9778), COPI and its Greek-lettered subunits, PRPP synthetase, β-ureidopropionase', () => {
    assert.deepEqual(brief('Igα and Igβ; razuprotafib (AKB-9778); the COPI coat and δ-COP, with PRPP synthetase and β-ureidopropionase.'), [
      'Igα→CD79A',
      'Igβ→CD79B',
      'razuprotafib→razuprotafib',
      'AKB-9778→razuprotafib',
      'COPI→COPI',
      'δ-COP→ARCN1',
      'PRPP synthetase→PRPS1',
      'β-ureidopropionase→UPB1',
    ]);
  });

  test('"95% CI 49–61" is a confidence interval, not NDUFS2 (CI-49)', () => {
    assert.deepEqual(brief('Five-year survival was 55% (95% CI 49–61) with NDUFS2 loss.'), ['NDUFS2→NDUFS2']);
  });
});
