import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { CuratedFileSchemas } from '../../src/core/ontology/schema';
import { CURATED_FILES, parseCuratedTexts, readCuratedTexts } from '../../scripts/ontology/curated';

const DIR = path.resolve(__dirname, '..', '..', 'data', 'ontology', 'curated');
const texts = readCuratedTexts(DIR);
const parsed = parseCuratedTexts(texts);

describe('curated ontology YAML', () => {
  test('every curated file exists and validates', () => {
    assert.deepEqual(Object.keys(texts).sort(), [...CURATED_FILES].sort());
    assert.deepEqual(parsed.errors, []);
  });

  const data = parsed.data!;
  const all = [...data.families, ...data.complexes, ...data.isoforms, ...data.drugs, ...data.trials, ...data.nonEntities];
  const byId = new Map(all.map((e) => [e.id, e]));

  test('ids are unique across files', () => {
    assert.equal(byId.size, all.length);
  });

  test('has the families, complexes and isoforms of HER2-resistance reviews', () => {
    for (const id of ['pi3k', 'akt', 'ras', 'raf', 'mek', 'erk', 'jak', 'stat', 'notch', 'wnt', 'tead', 'tcf-lef', 'pkc', 'erbb', 'ampk']) {
      assert.ok(byId.has(`family:${id}`), `family:${id}`);
    }
    assert.deepEqual(data.complexes.find((c) => c.id === 'complex:crl7')?.members, ['CUL7', 'RBX1', 'SKP1', 'FBXW8']);
    assert.ok(byId.has('complex:nf-kb') && byId.has('complex:mtorc1') && byId.has('complex:mtorc2'));
    assert.ok(byId.has('isoform:erbb2-p95') && byId.has('isoform:erbb2-d16'));
  });

  test('has the anti-HER2 drugs with their codes', () => {
    const drug = (id: string) => data.drugs.find((d) => d.id === id);
    assert.deepEqual(drug('drug:trastuzumab-deruxtecan')?.codes, ['DS-8201', 'DS-8201a']);
    assert.ok(drug('drug:trastuzumab-deruxtecan')?.synonyms.includes('T-DXd'));
    assert.deepEqual(drug('drug:trastuzumab-duocarmazine')?.codes, ['SYD985']);
    assert.ok(drug('drug:trastuzumab-emtansine')?.synonyms.includes('T-DM1'));
    for (const inn of ['trastuzumab', 'pertuzumab', 'margetuximab', 'zanidatamab', 'lapatinib', 'neratinib', 'tucatinib', 'pyrotinib', 'poziotinib', 'epertinib', 'alpelisib']) {
      assert.ok(drug(`drug:${inn}`), inn);
    }
    assert.ok(data.drugs.length >= 200, `${data.drugs.length} drugs`);
    assert.ok(data.drugs.every((d) => d.class.length > 0));
  });

  test('drop rules cover the known wrong readings', () => {
    const rule = (alias: string, gene: string) => data.dropRules.some((r) => r.alias === alias && r.genes.includes(gene));
    for (const [alias, gene] of [['ER', 'EREG'], ['PR', 'TMEM37'], ['TAK1', 'NR2C2'], ['p65', 'WNK1'], ['ROC1', 'RIT1'], ['RAF', 'ZHX2'], ['HGF', 'IL6'], ['TCF', 'HNF4A'], ['ASMA', 'ACTA1']] as const) {
      assert.ok(rule(alias, gene), `${alias} → ${gene}`);
    }
  });

  test('common-protein-name synonyms are there', () => {
    const syn = (gene: string) => data.synonyms.filter((s) => s.gene === gene).flatMap((s) => s.synonyms);
    assert.ok(syn('BIRC5').includes('survivin'));
    assert.ok(syn('CTNNB1').includes('β-catenin'));
    assert.ok(syn('JAG1').includes('Jagged 1'));
    assert.ok(['Ki-67', 'Ki67', 'MIB-1'].every((s) => syn('MKI67').includes(s)));
    assert.ok(syn('ACTA2').includes('α-SMA'));
  });

  test('trials carry NCT ids only in the nct: form, acronyms otherwise', () => {
    for (const t of data.trials) {
      if (t.id.startsWith('nct:')) assert.match(t.id, /^nct:NCT\d{8}$/);
      else assert.match(t.id, /^trial:[a-z0-9-]+$/);
    }
    assert.equal(data.trials.find((t) => t.id === 'nct:NCT04208178')?.name, 'EPIK-B2');
  });

  test('non-entity classes cover organisms, cell lines, methods and statistics', () => {
    const cats = new Set(data.nonEntities.map((n) => n.category));
    for (const c of ['organism', 'cell-line', 'method', 'statistic']) assert.ok(cats.has(c as never), c);
    for (const id of ['organism:hiv-1', 'organism:ebv', 'organism:hpv', 'organism:sars-cov-2', 'cell-line:mcf-7', 'cell-line:hela', 'cell-line:hek293', 'cell-line:sk-br-3', 'cell-line:bt-474']) {
      assert.ok(byId.has(id), id);
    }
  });

  test('a broken file is reported with file, entry and field', () => {
    const broken = parseCuratedTexts({ ...texts, 'drugs.yaml': 'drugs:\n  - {id: drug:x, name: x, class: test}\n  - {id: drug:y, name: 7, class: test, codez: [Y1]}\n' });
    assert.equal(broken.data, undefined);
    assert.ok(broken.errors.some((e) => e === 'data/ontology/curated/drugs.yaml: drugs[1].name (drug:y): expected string, received number'), broken.errors.join('\n'));
    assert.ok(broken.errors.some((e) => e.startsWith('data/ontology/curated/drugs.yaml: drugs[1] (drug:y): ') && e.includes('codez')));
    const yamlError = parseCuratedTexts({ ...texts, 'trials.yaml': 'trials: [\n' });
    assert.ok(yamlError.errors.some((e) => e.startsWith('data/ontology/curated/trials.yaml: ')));
  });

  test('every curated file has a schema', () => {
    assert.deepEqual(Object.keys(CuratedFileSchemas).sort(), [...CURATED_FILES].sort());
  });
});
