import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { applyUserOntology, buildOntologyModel } from '../../src/core/ontology/bundle';
import { type OntologyBundle, validateUserOntology } from '../../src/core/ontology/schema';
import { serializeBundle } from '../../scripts/ontology/serialize';
import { transformOntology } from '../../scripts/ontology/transform';
import { fixtureInput } from '../fixtures/ontology/fixture';

const FILE = '.evidence-lens/ontology.yaml';

/** A model over the small fixture bundle, round-tripped through the JSON files. */
function fixtureModel() {
  const files = serializeBundle(transformOntology(fixtureInput()).bundle);
  const bundle = {
    meta: JSON.parse(files['meta.json']!),
    genes: JSON.parse(files['genes.json']!),
    mirnas: JSON.parse(files['mirnas.json']!),
    entities: JSON.parse(files['entities.json']!),
  } as OntologyBundle;
  return buildOntologyModel(bundle);
}

describe('user ontology validation', () => {
  test('accepts a valid file and fills defaults', () => {
    const r = validateUserOntology(
      {
        entities: [{ id: 'drug:my-compound', type: 'drug', name: 'my compound', synonyms: ['MC-1'], targets: ['ERBB2'] }],
        synonyms: [{ id: 'ncbigene:2064', add: ['HER2 receptor'] }],
        notEntities: ['TAM', { term: 'cat', caseSensitive: false }],
      },
      FILE,
    );
    assert.ok(r.ok);
    assert.deepEqual(r.value.entities[0]?.synonyms, ['MC-1']);
    assert.deepEqual(r.value.synonyms[0]?.drop, []);
  });

  test('an empty file is an empty ontology', () => {
    const r = validateUserOntology(null, FILE);
    assert.ok(r.ok);
    assert.deepEqual(r.value, { entities: [], synonyms: [], notEntities: [] });
  });

  test('reports broken entries with file, entry (index and id) and field', () => {
    const r = validateUserOntology(
      {
        entities: [
          { id: 'family:ok', type: 'family', name: 'OK' },
          { id: 'family:x', type: 'family', name: 'X' },
          { id: 'family:y', type: 'family', name: 'Y' },
          { id: 'drug:foo', type: 'drug', name: 'foo', synonyms: [42] },
          { id: 'no id here', type: 'gene', name: 'bar' },
          { id: 'gene:z', type: 'protein', name: 'z' },
          { id: 'family:w', type: 'family' },
        ],
        synonyms: [{ id: 'ncbigene:2064' }],
        extra: true,
      },
      FILE,
    );
    assert.ok(!r.ok);
    const errors = r.errors;
    assert.ok(errors.includes(`${FILE}: entities[3].synonyms[0] (drug:foo): expected string, received number`), errors.join('\n'));
    assert.ok(errors.some((e) => e.startsWith(`${FILE}: entities[4].id (no id here): expected an entity id`)), errors.join('\n'));
    assert.ok(errors.some((e) => e.startsWith(`${FILE}: entities[5].type (gene:z): expected one of `)), errors.join('\n'));
    assert.ok(errors.some((e) => e.startsWith(`${FILE}: synonyms[0].add (ncbigene:2064): expected at least one synonym`)), errors.join('\n'));
    assert.ok(errors.some((e) => e.startsWith(`${FILE}: (top level): `) && e.includes('extra')), errors.join('\n'));
    assert.ok(errors.includes(`${FILE}: entities[6].name (family:w): required field is missing`), errors.join('\n'));
  });

  test('reports duplicate entity ids', () => {
    const r = validateUserOntology({ entities: [{ id: 'family:a', type: 'family', name: 'A' }, { id: 'family:a', type: 'family', name: 'A2' }] }, FILE);
    assert.ok(!r.ok);
    assert.deepEqual(r.errors, [`${FILE}: entities[1].id (family:a): duplicate of entities[0]`]);
  });

  test('a file that is not a mapping is reported at the top level', () => {
    const r = validateUserOntology(['not', 'a', 'mapping'], FILE);
    assert.ok(!r.ok);
    assert.match(r.errors[0]!, /^\.evidence-lens\/ontology\.yaml: \(top level\): expected object/);
  });
});

describe('ontology model with a user ontology', () => {
  const model = fixtureModel();

  test('the fixture model resolves genes, miRNAs and curated entities', () => {
    assert.equal(model.entities.get('ncbigene:2064')?.symbol, 'ERBB2');
    assert.deepEqual(model.entities.get('ncbigene:332')?.synonyms, ['survivin']);
    assert.equal(model.entities.get('mirbase:MIMAT0000076')?.name, 'hsa-miR-21-5p');
    assert.deepEqual(model.entities.get('ncbigene:406991')?.products, ['mirbase:MIMAT0000076', 'mirbase:MIMAT0004494']);
    assert.equal(model.entities.get('ncbigene:1'), undefined);
    assert.equal(model.entities.get('mirbase:MIMAT9999999'), undefined);
    assert.equal([...model.entities.keys()].length, model.entities.size);
  });

  test('adds entities, edits synonyms and stops words without changing the base model', () => {
    const user = validateUserOntology(
      {
        entities: [{ id: 'drug:my-compound', type: 'drug', name: 'my compound', synonyms: ['MC-1'], targets: ['ERBB2', 'NOSUCH'] }],
        synonyms: [
          { id: 'ncbigene:2064', add: ['HER2 receptor'], drop: ['NEU'] },
          { id: 'family:missing', add: ['x'] },
        ],
        notEntities: ['TAM'],
      },
      FILE,
    );
    assert.ok(user.ok);
    const { model: next, warnings } = applyUserOntology(model, user.value, FILE);
    const drug = next.entities.get('drug:my-compound');
    assert.equal(drug?.source, 'user');
    assert.deepEqual(drug?.targets, ['ncbigene:2064']);
    const erbb2 = next.entities.get('ncbigene:2064')!;
    assert.ok(erbb2.synonyms.includes('HER2 receptor'));
    assert.ok(!erbb2.aliases.includes('NEU'));
    assert.ok(model.entities.get('ncbigene:2064')!.aliases.includes('NEU'), 'base model unchanged');
    assert.ok(next.stoplist.some((s) => s.term === 'TAM'));
    assert.equal(next.entities.size, model.entities.size + 1);
    assert.deepEqual(warnings, [
      `${FILE}: entities[0].targets[1] (drug:my-compound): unknown gene symbol or entity id 'NOSUCH'`,
      `${FILE}: synonyms[1].id (family:missing): no such entity`,
    ]);
  });
});

describe('committed bundle loads through the same path', () => {
  test('buildOntologyModel rejects data of another format', () => {
    const dir = path.resolve(__dirname, '..', '..', 'data', 'ontology', 'bundle');
    const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8'));
    assert.throws(() => buildOntologyModel({ meta: { ...meta, version: 99 }, genes: {}, mirnas: {}, entities: {} } as never), /expected format evidence-lens-ontology version 1/);
  });
});
