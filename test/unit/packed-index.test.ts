import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { applyUserOntology, type OntologyModel } from '../../src/core/ontology/bundle';
import type { UserOntology } from '../../src/core/ontology/schema';
import { parseDocument } from '../../src/core/parse/document';
import { createRecogniser } from '../../src/core/recognise';
import { bundledLexicon } from '../../src/core/recognise/lexicon';
import { buildLookupIndex, type GeneStepCounts, type IndexEntry, type LookupIndex, type LookupTables, lookupIndexFor } from '../../src/core/recognise/lookup-index';
import { OverlayLookupIndex } from '../../src/core/recognise/overlay-index';
import { PACKED_INDEX_VERSION, PackedLookupIndex, packLookupIndex, packedIndexHeader } from '../../src/core/recognise/packed-index';
import { bundleFolder, bundledOntologyNotes, bundledSourceDigest, loadBundledOntology } from '../../src/node/ontology';
import { packedIndexPath, readPackedIndex, sourceDigest } from '../../src/node/packed-index-file';
import { buildPackedIndexText } from '../../scripts/build-index';

const ROOT = path.resolve(__dirname, '..', '..');
const FILE = packedIndexPath(bundleFolder());
const REGENERATE = 'the committed data/ontology/lookup-index.tsv is stale: run `npx tsx scripts/build-index.ts`';

describe('the committed packed lookup index', () => {
  const committed = readFileSync(FILE, 'latin1');

  test('was built from the committed bundle and lexicon', () => {
    const header = packedIndexHeader(committed);
    assert.equal(header?.version, PACKED_INDEX_VERSION, REGENERATE);
    assert.equal(header?.digest, bundledSourceDigest(), REGENERATE);
  });

  test('is byte for byte what buildLookupIndex builds from the bundle today', () => {
    assert.ok(committed === buildPackedIndexText(), REGENERATE);
  });

  test('is what the bundled ontology uses, without notes', () => {
    const model = loadBundledOntology();
    assert.deepEqual(bundledOntologyNotes(), []);
    assert.ok(lookupIndexFor(model, bundledLexicon()) instanceof PackedLookupIndex);
  });

  test('answers every lookup as the built tables do', () => {
    const tables = buildLookupIndex(loadBundledOntology(), bundledLexicon());
    const packed = new PackedLookupIndex(committed);
    assert.equal(packed.size, new Set([...tables.map.keys(), ...tables.prefixes, ...tables.codePrefixes]).size);
    assertSameIndex(packed, tables);
  });
});

/** Every key of `tables` (and a few that are none) gets the same answers from `index`. */
function assertSameIndex(index: LookupIndex, tables: LookupTables, more: Iterable<string> = []): void {
  for (const key of new Set([...tables.map.keys(), ...tables.prefixes, ...tables.codePrefixes, ...more, 'NOT A KEY', '', 'ZZZZQX', 'HER2 ', 'α'])) {
    const want = tables.map.get(key);
    assert.deepEqual(index.get(key), want, key);
    assert.equal(index.has(key), want !== undefined, key);
    assert.equal(index.isPrefix(key), tables.prefixes.has(key), `prefix ${key}`);
    assert.equal(index.isCodePrefix(key), tables.codePrefixes.has(key), `code prefix ${key}`);
  }
}

describe('user ontologies over the packed index', () => {
  const lex = bundledLexicon();
  const base = loadBundledOntology();
  const baseKeys = [...new PackedLookupIndex(readFileSync(FILE, 'latin1')).keys()];
  const apply = (model: OntologyModel, user: Partial<UserOntology>) => applyUserOntology(model, { entities: [], synonyms: [], notEntities: [], ...user }, 'ontology.yaml').model;
  const check = (model: OntologyModel) => {
    const index = lookupIndexFor(model, lex);
    assert.ok(index instanceof OverlayLookupIndex, 'an overlay over the packed index, not a build');
    assertSameIndex(index, buildLookupIndex(model, lex), baseKeys);
  };

  test('new entities, not-entity words and changed synonyms of a curated gene answer as a full build', () => {
    check(
      apply(base, {
        entities: [
          { id: 'drug:compound-x', type: 'drug', name: 'compound X', synonyms: ['CPX-1', 'HER2 blocker'] },
          { id: 'gene:my-reporter', type: 'gene', name: 'my reporter', symbol: 'MYREP1', synonyms: [] },
          { id: 'family:my-kinases', type: 'family', name: 'my kinases', synonyms: ['MYK'], members: ['CDK4', 'MAPK1'] },
        ],
        synonyms: [{ id: 'ncbigene:2064', add: ['HER-2 receptor'], drop: ['HER2', 'HER-2'] }],
        notEntities: ['KRAS', 'EGFR inhibitor', { term: 'Cyclin D', caseSensitive: false }],
      }),
    );
  });

  test('bundle genes taken over by a user ontology lose their own entries and prefixes, and chained files add up', () => {
    // Plain bundle genes: a name head (furin), code prefixes (IGF1R, CDK4), name variants (ADRB1, ITGA4), many aliases (MAPK1).
    const first = apply(base, {
      synonyms: [
        { id: 'ncbigene:5045', add: ['proprotein convertase 3'], drop: ['FUR'] },
        { id: 'ncbigene:3480', add: [], drop: ['IGFIR'] },
        { id: 'ncbigene:1019', add: ['cyclin kinase 4'], drop: [] },
        { id: 'ncbigene:153', add: [], drop: [] },
      ],
    });
    check(first);
    check(
      apply(first, {
        entities: [{ id: 'ncbigene:3676', type: 'gene', name: 'integrin subunit alpha 4', symbol: 'ITGA4', synonyms: ['VLA-4 alpha'] }],
        synonyms: [{ id: 'ncbigene:5594', add: ['ERK two'], drop: ['ERK2', 'p42-MAPK'] }],
        notEntities: ['CAT'],
      }),
    );
  });
});

describe('packing', () => {
  const entry = (e: Partial<IndexEntry>): IndexEntry => ({ id: 'x:1', rank: 1, kind: 'symbol', form: 'A', ...e });
  const tables: LookupTables = {
    map: new Map([
      ['NFKB', [entry({ id: 'complex:nf-kb', rank: 0, kind: 'curated', form: 'NF-κB' }), entry({ id: '', rank: -1, kind: 'curated', form: 'NFKB', strict: 'exact', stop: true })]],
      ['ÄB,C\tD\\E', [entry({ id: 'odd:a,b\tc\\d', form: 'äb,c\td\\e', strict: 'short', upperOnly: true, nonEntity: true, ambiguous: true })]],
      ['ER', [entry({ id: 'ncbigene:2099', rank: 3, kind: 'alias', form: 'ER', upperOnly: true })]],
    ]),
    prefixes: new Set(['NF', 'ER']),
    codePrefixes: new Set(['NF', 'IGF']),
  };
  const genes: GeneStepCounts = { entries: new Map([['ER', 1]]), prefixes: new Map([['NF', 2]]), codePrefixes: new Map([['NF', 1]]) };

  test('round-trips entries, flags and escaped characters, in entry order', () => {
    const text = packLookupIndex(tables, genes, 'sha256:test');
    assert.match(text, /^[\x20-\x7e\t\n]*$/, 'the file is printable ASCII');
    const packed = new PackedLookupIndex(text);
    for (const key of ['NFKB', 'ÄB,C\tD\\E', 'ER', 'NF', 'IGF']) {
      assert.deepEqual(packed.get(key), tables.map.get(key), key);
      assert.equal(packed.isPrefix(key), tables.prefixes.has(key), key);
      assert.equal(packed.isCodePrefix(key), tables.codePrefixes.has(key), key);
    }
    assert.equal(packed.has('NF'), false);
    assert.equal(packed.get('IGF'), undefined);
    assert.deepEqual([...packed.keys()], ['ER', 'IGF', 'NF', 'NFKB', 'ÄB,C\tD\\E']);
    assert.equal(packLookupIndex(tables, genes, 'sha256:test'), text, 'deterministic');
    assert.deepEqual(packed.geneEntries('NFKB'), undefined);
    assert.deepEqual(packed.geneEntries('ER'), tables.map.get('ER'));
    assert.deepEqual(packed.geneStepPrefixes('NF'), { prefix: 2, codePrefix: 1 });
    assert.deepEqual(packed.geneStepPrefixes('ER'), { prefix: 0, codePrefix: 0 });
  });

  test('damaged text is refused with a reason', () => {
    const text = packLookupIndex(tables, genes, 'sha256:test');
    assert.throws(() => new PackedLookupIndex('hello\n'), /bad header/);
    assert.throws(() => new PackedLookupIndex(text.slice(0, text.length - 10)), /cut short/);
    assert.throws(() => new PackedLookupIndex(text + 'EXTRA\t-\n'), /found more lines/);
    assert.throws(() => new PackedLookupIndex(text.replace(`\t${PACKED_INDEX_VERSION}\t`, '\t999\t')), /version 999/);
    const bad = new PackedLookupIndex(text.replace('A3u,', 'Q3u,'));
    assert.throws(() => bad.get('ER'), /bad entry/);
  });
});

describe('a missing, stale or damaged index file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'el-index-'));
  const digest = bundledSourceDigest();

  test('gives a note naming the file and the command that regenerates it, not an error', () => {
    const missing = readPackedIndex(path.join(dir, 'none.tsv'), digest);
    assert.ok('note' in missing && /lookup-index\.tsv is missing; the lookup index is built in memory instead/.test(missing.note), JSON.stringify(missing));
    assert.ok('note' in missing && missing.note.includes('npx tsx scripts/build-index.ts'));
    const staleFile = path.join(dir, 'stale.tsv');
    writeFileSync(staleFile, readFileSync(FILE, 'latin1').replace(digest, 'sha256:0000'), 'latin1');
    const stale = readPackedIndex(staleFile, digest);
    assert.ok('note' in stale && /is stale/.test(stale.note), JSON.stringify(stale));
    const damagedFile = path.join(dir, 'damaged.tsv');
    writeFileSync(damagedFile, readFileSync(FILE, 'latin1').slice(0, 100_000), 'latin1');
    const damaged = readPackedIndex(damagedFile, digest);
    assert.ok('note' in damaged && /is damaged \(packed lookup index: line \d+ is cut short\)/.test(damaged.note), JSON.stringify(damaged));
    assert.ok('index' in readPackedIndex(FILE, digest));
  });

  test('line ends converted to CRLF (a Windows checkout) change neither the digest nor the index', () => {
    const crlf = path.join(dir, 'crlf.tsv');
    const text = readFileSync(FILE, 'latin1');
    writeFileSync(crlf, text.replace(/\n/g, '\r\n'), 'latin1');
    const r = readPackedIndex(crlf, digest);
    assert.ok('index' in r, JSON.stringify(r));
    assert.deepEqual(r.index.get('HER2'), new PackedLookupIndex(text).get('HER2'));
    assert.throws(() => new PackedLookupIndex(text.replace(/\n/g, '\r\n')), /carriage returns/);
    const lf = Buffer.from('{\n  "a": 1\n}\n');
    const crlfBytes = Buffer.from('{\r\n  "a": 1\r\n}\r\n');
    assert.equal(sourceDigest([['x.json', crlfBytes]]), sourceDigest([['x.json', lf]]));
    assert.notEqual(sourceDigest([['x.json', lf]]), sourceDigest([['y.json', lf]]));
  });

  test('models without a packed index build theirs, and recognise the same', () => {
    const base = loadBundledOntology();
    const { model } = applyUserOntology(base, { entities: [], synonyms: [], notEntities: [] }, 'ontology.yaml');
    // Another lexicon: neither the packed index nor an overlay over it applies.
    const lex = { ...bundledLexicon() };
    const index = lookupIndexFor(model, lex);
    assert.ok(!(index instanceof PackedLookupIndex) && !(index instanceof OverlayLookupIndex));
    const text = 'HER2, ERK1/2, NF-κB, cyclin D1, IGF-1R and miR-21 in EGFR-mutant tumours; the HR was 0.8.';
    const brief = (m: ReturnType<typeof createRecogniser>) => m.recognise(parseDocument(text)).map((x) => `${x.text}→${x.entity?.id}`);
    assert.deepEqual(brief(createRecogniser(model, { lexicon: lex })), brief(createRecogniser(base)));
  });

  test('the CLI reports a stale index on stderr and still recognises entities', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'el-stale-'));
    mkdirSync(path.join(root, 'dist'));
    copyFileSync(path.join(ROOT, 'dist', 'cli.js'), path.join(root, 'dist', 'cli.js'));
    cpSync(path.join(ROOT, 'data'), path.join(root, 'data'), { recursive: true });
    const staleFile = path.join(root, 'data', 'ontology', 'lookup-index.tsv');
    writeFileSync(staleFile, readFileSync(FILE, 'latin1').replace(digest, 'sha256:0000'), 'latin1');
    writeFileSync(path.join(root, 'draft.md'), '# Draft\n\nHER2 and EGFR signalling.\n');
    const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'mentions', 'draft.md', '--format', 'tsv'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^evidence-lens: the prebuilt data\/ontology\/lookup-index\.tsv is stale .*build-index/m);
    assert.match(r.stdout, /\tHER2\tncbigene:2064\t/);
    assert.match(r.stdout, /\tEGFR\tncbigene:1956\t/);
  });
});
