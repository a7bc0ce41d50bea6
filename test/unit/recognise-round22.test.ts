/**
 * Recognition after the first run of the seventeenth blind set: study numbering with a leading zero after a head the
 * ontology knows (ABC-02), makers' code prefixes in a drug's parenthesis (Genz-112638), trial names of mixed case
 * that are no brands (GiACTA), Roman numerals that are no shouting (MPS II: IDS), an abbreviation the draft defines
 * inside a hyphenated compound (PR3-ANCA), and combination products named by one word (co-trimoxazole, S-1); after
 * the eighteenth: a letter after a hyphen that only a Roman-numeral reading would turn into an alias (RIG-I), names
 * numbered as the lone member of a series (fibronectin 1), stem drugs heading a drug table's row, and viral proteins
 * and serotypes. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief, mentions } from './recognise-helpers';

describe('study numbering with a leading zero', () => {
  test('a three-capital head the ontology knows, then two digits with a leading zero, is a trial', () => {
    assert.deepEqual(brief('Gemcitabine plus cisplatin became standard after ABC-02, and ABC-06 tested second-line FOLFOX.'), [
      'Gemcitabine→gemcitabine',
      'cisplatin→cisplatin',
      'ABC-02→ABC-02',
      'ABC-06→ABC-06',
    ]);
  });
  test('three digits with a leading zero are a drug code, not a trial (ACE-011)', () => {
    assert.ok(!brief('ACE-011 raised haemoglobin.').some((m) => m.startsWith('ACE-011')));
  });
  test('a gene written with a plain number stays a gene (NOTCH-1)', () => {
    assert.deepEqual(brief('Mutations in NOTCH-1 were frequent.'), ['NOTCH-1→NOTCH1']);
  });
});

describe("a drug's parenthesis", () => {
  test("a maker's capitalised prefix and three digits or more is a code (Genz-112638)", () => {
    assert.deepEqual(brief('We used lucerastat (Nuvelo, Genz-998877) in the study.'), [
      'lucerastat→lucerastat',
      'Nuvelo→lucerastat',
      'Genz-998877→lucerastat',
    ]);
  });
  test('a name with three capitals after a lower-case letter is a trial, not a brand (GiACTA)', () => {
    const got = brief('Tocilizumab (RoActemra; GiACTA) was approved.');
    assert.ok(!got.includes('GiACTA→tocilizumab'), got.join(', '));
    assert.ok(got.includes('RoActemra→tocilizumab'), got.join(', '));
  });
  test('a code, then a brand after a semicolon, are both names of the drug', () => {
    assert.deepEqual(brief('Etrasimod (APD334; Velsipity) is an S1P modulator.').slice(0, 3), ['Etrasimod→etrasimod', 'APD334→etrasimod', 'Velsipity→etrasimod']);
  });
});

describe('context of capitals', () => {
  test('a Roman numeral beside a symbol is no shouting (MPS II: IDS deficiency)', () => {
    assert.ok(brief('MPS II: IDS deficiency, treated with idursulfase.').includes('IDS→IDS'));
  });
  test('a list of capitals still is (NDM, VIM and IMP carbapenemases)', () => {
    assert.ok(!brief('The metallo-β-lactamases NDM, VIM and IMP are not inhibited.').includes('VIM→VIM'));
  });
  test('an abbreviation the draft defines keeps its entity inside a hyphenated compound (PR3-ANCA)', () => {
    const got = brief('The autoantigens are proteinase 3 (PR3) and myeloperoxidase. PR3-ANCA disease relapses more often.');
    assert.equal(got.filter((m) => m === 'PR3→PRTN3').length, 2, got.join(', '));
  });
  test('without the definition, an alias before an unknown capital word stays out (PR3-ANCA alone)', () => {
    assert.ok(!brief('PR3-ANCA disease relapses more often.').includes('PR3→PRTN3'));
  });
});

describe('combination products named by one word', () => {
  test('co-trimoxazole is trimethoprim and sulfamethoxazole, one mention each', () => {
    assert.deepEqual(brief('Prophylaxis with co-trimoxazole is standard.'), ['co-trimoxazole→trimethoprim', 'co-trimoxazole→sulfamethoxazole']);
  });
  test('Teysuno is tegafur, gimeracil and oteracil; nab-paclitaxel is paclitaxel; S-1 is not listed (its key is S1)', () => {
    assert.deepEqual(brief('Teysuno replaced capecitabine, and nab-paclitaxel was added between S1 and S2.'), [
      'Teysuno→tegafur',
      'Teysuno→gimeracil',
      'Teysuno→oteracil',
      'capecitabine→capecitabine',
      'nab-paclitaxel→paclitaxel',
    ]);
  });
  test('immunoglobulin and saposin are no drugs by a cue (intravenous immunoglobulin); saposin C is the PSAP isoform', () => {
    // (Since the round after blind65–68 the saposins are curated isoforms of PSAP, as blind17 and blind67 annotate them.)
    assert.deepEqual(brief('Patients resistant to intravenous immunoglobulin received anakinra; saposin C activates the enzyme.'), ['anakinra→anakinra', 'saposin C→saposin C']);
  });
});

describe('after the eighteenth blind set', () => {
  test('RIG-I is the symbol RIGI, not the alias RIG of another gene nor the alias RIG1; IGF-I stays IGF1', () => {
    assert.deepEqual(brief('MDA5 and RIG-I sense viral RNA, and IGF-I falls.'), ['MDA5→IFIH1', 'RIG-I→RIGI', 'IGF-I→IGF1']);
  });
  test('a name numbered as the only member of its series is written without the number (fibronectin 1)', () => {
    assert.deepEqual(brief('TGF-β induces fibronectin and villin.').slice(1), ['fibronectin→FN1', 'villin→VIL1']);
  });
  test('a Greek letter that would join its word into an English one gives no such name (actin gamma → "acting")', () => {
    assert.deepEqual(brief('The board is acting on the report.'), []);
  });
  test('a drug table row headed by a stem drug gives its codes the drug', () => {
    const got = mentions('| Agent | Brand or code | Target |\n|---|---|---|\n| zorbatinib | ZX-4412 | KIT |\n').map((m) => `${m.text}→${m.entity?.id}`);
    assert.deepEqual(got, ['zorbatinib→drug:zorbatinib', 'ZX-4412→drug:zorbatinib', 'KIT→ncbigene:3815']);
  });
  test('flavivirus and alphavirus proteins and dengue serotypes are no genes or trials', () => {
    assert.deepEqual(brief('DENV-2 NS1 and NS5, with CHIKV nsP3, bind TRIM25.'), ['TRIM25→TRIM25']);
  });
  test('asparaginase is the drug; topoisomerase I is TOP1', () => {
    assert.deepEqual(brief('Asparaginase and irinotecan, which inhibits topoisomerase I.'), ['Asparaginase→asparaginase', 'irinotecan→irinotecan', 'topoisomerase I→TOP1']);
  });
});

describe('after the nineteenth blind set', () => {
  test('a drug joined to "dependent" or "responsive" before a condition names the condition (pyridoxine-dependent epilepsy)', () => {
    assert.deepEqual(brief('Pyridoxine-dependent epilepsy is treated with pyridoxine.'), ['pyridoxine→pyridoxine']);
  });
  test('an abbreviation defined by a condition name (-porphyria, -uria, -osis) is no gene, though a symbol (AIP)', () => {
    assert.deepEqual(brief('Acute intermittent porphyria (AIP) is caused by HMBS variants. AIP attacks follow fasting.'), ['HMBS→HMBS']);
  });
  test('the head before a comma that lists words is no name of the gene ("leucine, glutamate and lysine rich 1")', () => {
    assert.deepEqual(brief('Restriction of leucine lowers toxic metabolites.'), []);
  });
  test('a code of letters, a hyphen, letters and one digit in a drug\'s parenthesis (ALN-AS1)', () => {
    assert.deepEqual(brief('Givosiran (Givlaari, ALN-AS1) cut attack rates.'), ['Givosiran→givosiran', 'Givlaari→givosiran', 'ALN-AS1→givosiran']);
  });
});

describe('after the twentieth blind set', () => {
  test('a name does not run past a parenthesis it did not open ("succinate dehydrogenase (SDH) complex")', () => {
    assert.deepEqual(brief('Loss of the succinate dehydrogenase (SDH) complex marks these tumours.'), ['succinate dehydrogenase→succinate dehydrogenase complex', 'SDH→succinate dehydrogenase complex']);
  });
  test('a parenthesis inside a name still joins it (poly(ADP-ribose) glycohydrolase)', () => {
    assert.deepEqual(brief('poly(ADP-ribose) glycohydrolase was knocked down.'), ['poly(ADP-ribose) glycohydrolase→PARG']);
  });
  test('a word right after a drug is no drug of its own by a cue (the second word of a name: "zorbatinib lauroxate, an antagonist")', () => {
    assert.ok(!brief('We gave zorbatinib lauroxate, a kinase inhibitor, daily.').some((m) => m.startsWith('lauroxate')));
  });
  test('long-acting prodrug esters are drugs of their own (paliperidone palmitate, aripiprazole lauroxil)', () => {
    assert.deepEqual(brief('Paliperidone palmitate and aripiprazole lauroxil (Aristada) are monthly injections.'), [
      'Paliperidone palmitate→paliperidone palmitate',
      'aripiprazole lauroxil→aripiprazole lauroxil',
      'Aristada→aripiprazole lauroxil',
    ]);
  });
});

describe('after the twenty-first blind set', () => {
  test('stems of bile acid transporter inhibitors, FXR agonists, cathepsin inhibitors and CXCR2 antagonists', () => {
    assert.deepEqual(brief('Volixibat, cilofexor, odanacatib and danirixin were tested.'), ['Volixibat→volixibat', 'cilofexor→cilofexor', 'odanacatib→odanacatib', 'danirixin→danirixin']);
  });
  test('the hormones themselves are no drugs of the -tropin stem (gonadotropin, thyrotropin)', () => {
    assert.ok(!brief('Gonadotropin and thyrotropin levels fell.').some((m) => m.includes('→gonadotropin') || m.includes('→thyrotropin')));
  });
  test('an inhaled triple-therapy brand gives its three drugs', () => {
    assert.deepEqual(brief('Trimbow reduced exacerbations.'), ['Trimbow→beclometasone', 'Trimbow→formoterol', 'Trimbow→glycopyrronium']);
  });
});

describe('after the twenty-second blind set', () => {
  test('MAP, PEP and PAPA are a regimen, a prophylaxis and a syndrome, no genes', () => {
    assert.deepEqual(brief('MAP chemotherapy, doxycycline PEP and PAPA syndrome were discussed.'), ['doxycycline→doxycycline']);
  });
  test('"the integrin α4β7": the class word before a heterodimer is no family mention; a generic integrin is', () => {
    assert.deepEqual(brief('Vedolizumab blocks the integrin α4β7, whereas an integrin that binds RGD is generic.'), [
      'Vedolizumab→vedolizumab',
      'α4β7→ITGA4',
      'α4β7→ITGB7',
      'integrin→integrins',
    ]);
  });
  test('TPO receptor is MPL and granulocyte colony-stimulating factor is CSF3, not the CSF family', () => {
    assert.deepEqual(brief('TPO receptor agonists and granulocyte colony-stimulating factor raise counts.'), ['TPO receptor→MPL', 'granulocyte colony-stimulating factor→CSF3']);
  });
});
