import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { applyUserOntology } from '../../src/core/ontology/bundle';
import { parseDocument } from '../../src/core/parse/document';
import { createRecogniser, describeEntity } from '../../src/core/recognise';
import { findUserOntology, loadBundledOntology, loadOntologyWithUser, loadUserOntology } from '../../src/node/ontology';
import { noCancellation } from '../../src/core/types';

describe('ontology loading', () => {
  test('the bundled ontology loads from the repository', () => {
    const model = loadBundledOntology();
    assert.ok(model.entities.has('ncbigene:2064'));
    assert.equal(model.entities.get('ncbigene:2064')?.symbol, 'ERBB2');
  });

  test('a user ontology adds entities and not-entity words; the recogniser uses them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'el-onto-'));
    const file = path.join(dir, '.evidence-lens', 'ontology.yaml');
    mkdirSync(path.dirname(file));
    writeFileSync(
      file,
      ['entities:', '  - {id: "drug:compound-x", type: drug, name: compound X, synonyms: [CPX-1]}', 'notEntities: [KRAS]', ''].join('\n'),
    );
    assert.equal(findUserOntology(dir), file);
    const { model, errors, warnings } = loadOntologyWithUser(file, '.evidence-lens/ontology.yaml');
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
    const got = createRecogniser(model).recognise(parseDocument('CPX-1 and KRAS and EGFR.'), noCancellation);
    assert.deepEqual(got.map((m) => `${m.text}→${m.entity?.id}`), ['CPX-1→drug:compound-x', 'EGFR→ncbigene:1956']);
  });

  test('an invalid user ontology gives messages naming file, entry and field, and the bundled data keeps working', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'el-onto-'));
    const file = path.join(dir, 'ontology.json');
    writeFileSync(file, JSON.stringify({ entities: [{ id: 'drug:bad', type: 'drug', name: 'bad', synonyms: [42] }] }));
    const r = loadUserOntology(file, 'ontology.json');
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.errors.some((e) => e.startsWith('ontology.json: entities[0].synonyms[0] (drug:bad):')), JSON.stringify(r));
    const { model, errors } = loadOntologyWithUser(file, 'ontology.json');
    assert.equal(errors.length, 1);
    assert.ok(model.entities.has('ncbigene:2064'));
    const broken = path.join(dir, 'broken.yaml');
    writeFileSync(broken, 'entities: [\n');
    const b = loadUserOntology(broken, 'broken.yaml');
    assert.ok(!b.ok && /^broken\.yaml: not valid YAML/.test(b.errors[0]!));
  });
});

describe('describeEntity', () => {
  const model = loadBundledOntology();
  test('an isoform named by its gene and a suffix in the draft (claudin 18.2) is described through its parent gene', () => {
    const mention = createRecogniser(model).recognise(parseDocument('Zolbetuximab binds claudin 18.2 on gastric cancer cells.')).find((m) => m.text === 'claudin 18.2')!;
    assert.equal(mention.entity?.type, 'isoform');
    const d = describeEntity(model, mention.entity!.id)!;
    assert.equal(d.type, 'isoform');
    assert.equal(d.parent?.symbol, 'CLDN18');
    assert.equal(d.symbol, 'CLDN18.2');
    assert.equal(describeEntity(model, 'isoform:ncbigene:999999999@1.2'), undefined, 'an unknown parent gives no details');
  });
  test('a gene: symbol, name, NCBI link, aliases, cytoband', () => {
    const d = describeEntity(model, 'ncbigene:2064')!;
    assert.equal(d.symbol, 'ERBB2');
    assert.equal(d.url, 'https://www.ncbi.nlm.nih.gov/gene/2064');
    assert.equal(d.cytoband, '17q12');
    assert.ok(d.aliases.includes('HER2') || d.synonyms.includes('HER2'));
  });
  test('a mature miRNA links to miRBase and names its precursor genes', () => {
    const d = describeEntity(model, 'mirbase:MIMAT0000076')!;
    assert.equal(d.url, 'https://www.mirbase.org/mature/MIMAT0000076');
    assert.deepEqual(d.precursors?.map((p) => p.symbol), ['MIR21']);
  });
  test('a family lists its members; a drug its class, targets, codes and brands', () => {
    const fam = describeEntity(model, 'family:casp')!;
    assert.ok(fam.members!.some((m) => m.symbol === 'CASP3'));
    const drug = describeEntity(model, 'drug:trastuzumab-deruxtecan')!;
    assert.equal(drug.inn, 'trastuzumab deruxtecan');
    assert.deepEqual(drug.targets?.map((t) => t.symbol), ['ERBB2']);
    assert.ok(drug.codes?.includes('DS-8201a'));
    assert.ok(drug.brands?.includes('Enhertu'));
  });
  test('trials link to ClinicalTrials.gov, also when not in the bundle; stem drugs are described', () => {
    assert.equal(describeEntity(model, 'nct:NCT04208178')?.url, 'https://clinicaltrials.gov/study/NCT04208178');
    assert.equal(describeEntity(model, 'nct:NCT01234567')?.url, 'https://clinicaltrials.gov/study/NCT01234567');
    assert.match(describeEntity(model, 'drug:zelvacamten')?.drugClass ?? '', /-camten/);
    assert.equal(describeEntity(model, 'drug:not-a-drug-word'), undefined);
    assert.equal(describeEntity(model, 'organism:hiv-1'), undefined);
  });
});

describe('cancellation', () => {
  test('a cancelled token stops recognition', () => {
    const r = createRecogniser(loadBundledOntology());
    assert.throws(() => r.recognise(parseDocument('HER2 and EGFR.'), { isCancellationRequested: true }), /cancelled/);
  });
});

describe('user ontology edits reach the recogniser', () => {
  test('a user gene with a symbol, a dropped alias and an added synonym', () => {
    const { model } = applyUserOntology(
      loadBundledOntology(),
      {
        entities: [{ id: 'gene:my-reporter', type: 'gene', name: 'my reporter', symbol: 'MYREP1', synonyms: [] }],
        synonyms: [{ id: 'ncbigene:2064', add: ['HER-2 receptor'], drop: ['HER2', 'HER-2'] }],
        notEntities: [],
      },
      'ontology.yaml',
    );
    const got = createRecogniser(model).recognise(parseDocument('MYREP1 and HER-2 receptor; HER2 is dropped.'));
    assert.deepEqual(got.map((m) => `${m.text}→${m.entity?.id}`), ['MYREP1→gene:my-reporter', 'HER-2 receptor→ncbigene:2064']);
  });
});
