import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeKey } from '../../src/core/ontology/normalize';
import { OntologyBundleSchema } from '../../src/core/ontology/schema';
import { parseCuratedTexts } from '../../scripts/ontology/curated';
import { nameStem, pluralStem, symbolPrefix } from '../../scripts/ontology/families';
import { mitochondrialSymbol, precursorSymbol, selectAndCleanGenes } from '../../scripts/ontology/genes';
import { parseMirbaseGff } from '../../scripts/ontology/mirbase';
import { renderNoticeSection, replaceNoticeSection, serializeBundle } from '../../scripts/ontology/serialize';
import { CuratedDataError, transformOntology } from '../../scripts/ontology/transform';
import { FIXTURE_CURATED, fixtureInput } from '../fixtures/ontology/fixture';

const bytes = (files: Record<string, string>) => JSON.stringify(Object.entries(files));

describe('ontology transformation (fixture)', () => {
  test('is deterministic: the same input twice gives byte-identical files', () => {
    const a = serializeBundle(transformOntology(fixtureInput()).bundle);
    const b = serializeBundle(transformOntology(fixtureInput()).bundle);
    assert.equal(bytes(a), bytes(b));
  });

  test('does not depend on the order of the source rows', () => {
    const input = fixtureInput();
    const shuffled = fixtureInput();
    shuffled.genes = [...shuffled.genes].reverse().map((g) => ({ ...g, aliases: [...g.aliases].reverse(), uniprot: [...g.uniprot].reverse() }));
    shuffled.mirbase = { ...shuffled.mirbase, precursors: [...shuffled.mirbase.precursors].reverse(), matures: [...shuffled.mirbase.matures].reverse() };
    assert.equal(bytes(serializeBundle(transformOntology(shuffled).bundle)), bytes(serializeBundle(transformOntology(input).bundle)));
  });

  test('produces a bundle that validates against the schema', () => {
    const { bundle } = transformOntology(fixtureInput());
    const r = OntologyBundleSchema.safeParse(bundle);
    assert.ok(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3)));
    assert.ok(JSON.parse(serializeBundle(bundle)['genes.json']!));
  });

  const { bundle, warnings } = transformOntology(fixtureInput());
  const g = bundle.genes;
  const row = (symbol: string) => g.symbol.indexOf(symbol);
  const aliases = (symbol: string) => g.aliases[row(symbol)]!.split('|');

  test('keeps protein-coding and RNA genes, drops placeholders and other types', () => {
    assert.deepEqual(g.id, [...g.id].sort((x, y) => x - y));
    assert.ok(row('ERBB2') >= 0 && row('MIR21') >= 0);
    assert.equal(row('LOC100000001'), -1);
    assert.equal(row('LOC100000002'), -1);
    assert.equal(row('ABCP1'), -1, 'pseudogenes are left out');
    assert.equal(g.types[g.type[row('MIR21')]!], 'miRNA');
    assert.equal(g.types[g.type[row('ERBB2')]!], 'protein-coding');
    assert.equal(g.cytoband[row('MIR21')], '17q23.1');
    assert.equal(g.uniprot[row('ERBB2')], 'P04626|X5DR09');
  });

  test('cleans aliases: symbol, short keys, English words, drop rules', () => {
    assert.ok(aliases('ERBB2').includes('HER2'));
    assert.ok(!aliases('ERBB2').includes('ERBB2'), 'the symbol is not repeated as an alias');
    assert.ok(!aliases('EREG').includes('ER'), 'two-character alias dropped');
    assert.ok(!aliases('ALG3').includes('not'), 'lower-case English word dropped');
    assert.ok(aliases('ALG3').includes('NOT56L'));
    assert.ok(!aliases('HNF4A').includes('TCF'), 'curated drop rule applied');
    assert.ok(aliases('HNF4A').includes('TCF14'));
    assert.ok(!aliases('PIK3CA').includes('PI3K') && !aliases('PIK3CB').includes('PI3K'), "'*' rule removes it everywhere");
  });

  test('links miRBase mature miRNAs to their precursor genes', () => {
    const m = bundle.mirnas;
    const i = m.acc.indexOf('MIMAT0000076');
    assert.equal(m.name[i], 'hsa-miR-21-5p');
    assert.equal(m.genes[i], '406991');
    const j = m.acc.indexOf('MIMAT0000424');
    assert.equal(m.precursors[j], 'MI0000447|MI0000727');
    assert.equal(m.genes[j], '406915|406916', 'one mature miRNA from two loci');
    assert.equal(m.genes[m.acc.indexOf('MIMAT0000062')], '406881', 'let-7a-1 → MIRLET7A1');
    assert.equal(g.mirbase[row('MIR21')], 'MI0000077');
    assert.ok(warnings.some((w) => w.includes('hsa-mir-99999')));
  });

  test('derives a family from a shared name stem and symbol prefix', () => {
    const casp = bundle.entities.entities.find((e) => e.id === 'family:casp');
    assert.ok(casp, 'family:casp derived');
    assert.equal(casp.name, 'caspases');
    assert.ok(casp.synonyms.includes('caspase family') && casp.synonyms.includes('CASPs'));
    assert.deepEqual(casp.members, ['ncbigene:836', 'ncbigene:840', 'ncbigene:842']);
    assert.equal(casp.source, 'derived');
  });

  test('compiles curated entities with symbols resolved to ids', () => {
    const byId = new Map(bundle.entities.entities.map((e) => [e.id, e]));
    assert.deepEqual(byId.get('family:pi3k')?.members, ['ncbigene:5290', 'ncbigene:5291']);
    assert.equal(byId.get('isoform:erbb2-p95')?.parent, 'ncbigene:2064');
    assert.deepEqual(byId.get('drug:trastuzumab-deruxtecan')?.targets, ['ncbigene:2064']);
    assert.equal(byId.get('nct:NCT04208178')?.nct, 'NCT04208178');
    assert.equal(byId.get('trial:example')?.nct, undefined);
    assert.deepEqual(bundle.entities.synonyms, [
      { id: 'ncbigene:2099', synonyms: ['ER'], ambiguous: ['ER'] },
      { id: 'ncbigene:332', synonyms: ['survivin'] },
    ]);
    assert.deepEqual(bundle.entities.stoplist.map((s) => s.term), ['CI', 'OS']);
  });

  test('records sources, versions and dates in the metadata', () => {
    const ids = bundle.meta.sources.map((s) => s.id);
    assert.deepEqual(ids, ['ncbi-gene', 'mirbase', 'english-words', 'curated']);
    const ncbi = bundle.meta.sources[0]!;
    assert.equal(ncbi.packageVersion, '3.16.0-1');
    assert.equal(ncbi.dates['NCBI Gene'], '2022-Sep12');
    assert.equal(bundle.meta.counts.genes, g.id.length);
  });

  test('fails with a message naming file, entry and field when curated data does not resolve', () => {
    const broken = parseCuratedTexts({ ...FIXTURE_CURATED, 'complexes.yaml': 'complexes:\n  - {id: complex:x, name: X, members: [NOSUCHGENE]}\n' }, 'fixture');
    const input = { ...fixtureInput(), curated: broken.data! };
    assert.throws(
      () => transformOntology(input),
      (e: unknown) => e instanceof CuratedDataError && /complexes\.yaml: complexes\[0\]\.members\[0\] \(complex:x\): no bundled gene has the official symbol 'NOSUCHGENE'/.test(e.message),
    );
  });
});

describe('ontology build helpers', () => {
  test('mitochondrial genes take their HGNC symbols (MT-RNR1, MT-CO1) and keep NCBI\'s as an alias; nuclear genes keep theirs', () => {
    const raw = (entrez: number, symbol: string, aliases: string[], chromosome: string) => ({ entrez, symbol, name: symbol, type: 'protein-coding', cytobands: [], aliases, ensembl: [], uniprot: [], chromosomes: [chromosome] });
    const { genes } = selectAndCleanGenes([raw(4549, 'RNR1', ['MTRNR1', 'RNR1'], 'MT'), raw(4512, 'COX1', ['COI', 'MTCO1', 'COX1'], 'MT'), raw(4547, 'MTTP', ['ABL', 'MTP'], '4')], new Set(), []);
    assert.deepEqual(genes.map((g) => [g.symbol, g.aliases.join('|')]), [['MT-CO1', 'COI|COX1|MTCO1'], ['MTTP', 'ABL|MTP'], ['MT-RNR1', 'MTRNR1|RNR1']]);
    assert.equal(mitochondrialSymbol(['ATPase6', 'MTATP6']), 'MT-ATP6');
    assert.equal(mitochondrialSymbol(['ATPase6']), undefined);
  });

  test('numbered disease designations (CMT2A, ALS4, SCA6) are dropped as aliases; PARK aliases and official symbols of that shape stay', () => {
    const raw = (entrez: number, symbol: string, aliases: string[]) => ({ entrez, symbol, name: symbol, type: 'protein-coding', cytobands: [], aliases, ensembl: [], uniprot: [], chromosomes: ['1'] });
    const { genes, stats } = selectAndCleanGenes([raw(9927, 'MFN2', ['CMT2A', 'CMT2A2', 'CPRP1', 'HMSN6A']), raw(23064, 'SETX', ['ALS4', 'SCAR1', 'bA479K20.2']), raw(5071, 'PRKN', ['PARK2', 'AR-JP']), raw(57679, 'ALS2', ['ALSJ', 'IAHSP'])], new Set(), []);
    assert.deepEqual(genes.map((g) => [g.symbol, g.aliases.join('|')]), [['PRKN', 'AR-JP|PARK2'], ['MFN2', 'CPRP1'], ['SETX', 'bA479K20.2'], ['ALS2', 'ALSJ|IAHSP']]);
    assert.equal(stats.aliasesDroppedDiseaseSeries, 5);
  });

  test('immunoglobulin and T-cell receptor segments (type other) are kept with their numbered names; other types and their pseudogenes are not', () => {
    const raw = (entrez: number, symbol: string, type: string, aliases: string[]) => ({ entrez, symbol, name: symbol, type, cytobands: [], aliases, ensembl: [], uniprot: [], chromosomes: ['14'] });
    const { genes } = selectAndCleanGenes(
      [
        raw(28395, 'IGHV4-34', 'other', ['IGHV434', 'VH', 'IGHV4-34']),
        raw(28567, 'TRBV20-1', 'other', ['TCRBV20S1', 'TCRBV2S1', 'TRBV201']),
        raw(28912, 'IGKV3-20', 'other', ['13K18', 'A27', 'IGKV320']),
        raw(3537, 'IGLC1', 'other', ['IGLC']),
        raw(28400, 'IGHV3-30-2', 'pseudo', ['IGHV3302']),
        raw(100, 'RNU1-5P', 'other', ['RNU1P5']),
      ],
      new Set(),
      [],
    );
    assert.deepEqual(genes.map((g) => [g.symbol, g.aliases.join('|')]), [['IGLC1', ''], ['IGHV4-34', 'IGHV434'], ['TRBV20-1', 'TCRBV20S1|TCRBV2S1|TRBV201'], ['IGKV3-20', 'IGKV320']]);
  });

  test('precursorSymbol maps miRBase precursor names to HGNC symbols', () => {
    assert.equal(precursorSymbol('hsa-mir-21'), 'MIR21');
    assert.equal(precursorSymbol('hsa-mir-128-1'), 'MIR128-1');
    assert.equal(precursorSymbol('hsa-mir-199a-1'), 'MIR199A1');
    assert.equal(precursorSymbol('hsa-mir-548aa-2'), 'MIR548AA2');
    assert.equal(precursorSymbol('hsa-let-7a-1'), 'MIRLET7A1');
    assert.equal(precursorSymbol('hsa-let-7i'), 'MIRLET7I');
    assert.equal(precursorSymbol('hsa-mir-12136'), 'MIR12136');
    assert.equal(precursorSymbol('not-a-mirna'), undefined);
  });

  test('family naming: stems, plurals, prefixes', () => {
    assert.deepEqual(nameStem('caspase 3'), { stem: 'caspase', designator: '3' });
    assert.deepEqual(nameStem('SMAD family member 4'), { stem: 'SMAD family', designator: '4' });
    assert.deepEqual(nameStem('TNF receptor superfamily member 10b'), { stem: 'TNF receptor superfamily', designator: '10b' });
    assert.equal(pluralStem('caspase'), 'caspases');
    assert.equal(pluralStem('matrix metallopeptidase'), 'matrix metallopeptidases');
    assert.equal(pluralStem('DEAD-box helicase'), 'DEAD-box helicases');
    assert.equal(pluralStem('homeobox'), 'homeoboxes');
    assert.equal(pluralStem('coiled-coil domain containing'), undefined);
    assert.equal(pluralStem('signal transducer and activator of transcription'), undefined);
    assert.equal(pluralStem('laminin subunit gamma'), undefined);
    assert.equal(pluralStem('SMAD family'), undefined);
    assert.equal(symbolPrefix(['CASP3', 'CASP7', 'CASP10']), 'CASP');
    assert.equal(symbolPrefix(['CCNA2', 'CCNB1', 'CCND1']), undefined);
  });

  test('normalizeKey folds case, punctuation and Greek letters', () => {
    assert.equal(normalizeKey('IL-6'), 'IL6');
    assert.equal(normalizeKey('NF-κB'), 'NFKB');
    assert.equal(normalizeKey('NF-kappaB'), 'NFKB');
    assert.equal(normalizeKey('HIF-1α'), 'HIF1A');
    assert.equal(normalizeKey('TGF-beta1'), 'TGFB1');
    assert.equal(normalizeKey('α-SMA'), 'ASMA');
  });

  test('parseMirbaseGff reads precursors, matures and the header', () => {
    const gff = [
      '##gff-version 3',
      '##date 2018-3-5',
      '# microRNAs:               miRBase v22',
      'chr17\t.\tmiRNA_primary_transcript\t1\t72\t.\t+\t.\tID=MI0000077;Alias=MI0000077;Name=hsa-mir-21',
      'chr17\t.\tmiRNA\t8\t29\t.\t+\t.\tID=MIMAT0000076;Alias=MIMAT0000076;Name=hsa-miR-21-5p;Derives_from=MI0000077',
      'chr2\t.\tmiRNA\t8\t29\t.\t+\t.\tID=MIMAT0000424_1;Alias=MIMAT0000424;Name=hsa-miR-128-3p;Derives_from=MI0000727',
      '',
    ].join('\n');
    const r = parseMirbaseGff(gff);
    assert.deepEqual(r.header, { date: '2018-3-5', release: 'miRBase v22' });
    assert.deepEqual(r.precursors, [{ acc: 'MI0000077', name: 'hsa-mir-21' }]);
    assert.deepEqual(r.matures[1], { acc: 'MIMAT0000424', name: 'hsa-miR-128-3p', precursor: 'MI0000727' });
  });

  test('NOTICE section is replaced in place, or appended', () => {
    const { bundle } = transformOntology(fixtureInput());
    const section = renderNoticeSection(bundle.meta);
    assert.ok(section.includes('r-bioc-org.hs.eg.db') && section.includes('3.16.0-1') && section.includes('2022-Sep12'));
    const appended = replaceNoticeSection('# Notice\n', section);
    assert.equal(replaceNoticeSection(appended, section), appended);
    assert.ok(appended.startsWith('# Notice\n\n<!-- BEGIN'));
  });
});
