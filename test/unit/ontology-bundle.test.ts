import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { buildOntologyModel, resolveRef } from '../../src/core/ontology/bundle';
import { BUNDLE_FILES, type OntologyBundle, OntologyBundleSchema } from '../../src/core/ontology/schema';
import { curatedDigest, readCuratedTexts } from '../../scripts/ontology/curated';
import { NOTICE_BEGIN, NOTICE_END, renderNoticeSection } from '../../scripts/ontology/serialize';

const ROOT = path.resolve(__dirname, '..', '..');
const BUNDLE_DIR = path.join(ROOT, 'data', 'ontology', 'bundle');
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(BUNDLE_DIR, file), 'utf8'));
const raw = {
  meta: read(BUNDLE_FILES.meta),
  genes: read(BUNDLE_FILES.genes),
  mirnas: read(BUNDLE_FILES.mirnas),
  entities: read(BUNDLE_FILES.entities),
};

describe('committed ontology bundle', () => {
  test('validates against the bundle schema', () => {
    const r = OntologyBundleSchema.safeParse(raw);
    assert.ok(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 5)));
  });

  const bundle = raw as OntologyBundle;
  const model = buildOntologyModel(bundle);
  const get = (id: string) => {
    const e = model.entities.get(id);
    assert.ok(e, `${id} exists`);
    return e;
  };

  test('was built from the committed curated YAML (run npm run build:ontology after editing it)', () => {
    const digest = curatedDigest(readCuratedTexts(path.join(ROOT, 'data', 'ontology', 'curated')));
    assert.equal(bundle.meta.curatedDigest, digest);
  });

  test('data/NOTICE.md carries the generated sources section of this bundle', () => {
    const notice = readFileSync(path.join(ROOT, 'data', 'NOTICE.md'), 'utf8');
    const a = notice.indexOf(NOTICE_BEGIN);
    const b = notice.indexOf(NOTICE_END);
    assert.ok(a >= 0 && b > a);
    assert.equal(notice.slice(a, b + NOTICE_END.length), renderNoticeSection(bundle.meta));
  });

  test('records sources, package versions, dates and licences', () => {
    const ncbi = bundle.meta.sources.find((s) => s.id === 'ncbi-gene');
    assert.equal(ncbi?.debianPackage, 'r-bioc-org.hs.eg.db');
    assert.match(ncbi?.packageVersion ?? '', /^\d+\.\d+\.\d+-\d+$/);
    assert.match(ncbi?.dates['NCBI Gene'] ?? '', /^\d{4}-[A-Z][a-z]{2}\d{2}$/);
    assert.equal(ncbi?.licence, 'Artistic-2.0');
    const mirbase = bundle.meta.sources.find((s) => s.id === 'mirbase');
    assert.equal(mirbase?.debianPackage, 'optimir');
    assert.ok(bundle.meta.sources.some((s) => s.id === 'curated' && s.licence.startsWith('MIT')));
  });

  test('holds a gene set of the expected size, without LOC placeholders', () => {
    const c = bundle.meta.counts;
    assert.ok(c.genes! > 25000 && c.genes! < 35000, `genes ${c.genes}`);
    assert.ok(c.genesProteinCoding! > 19000);
    assert.ok(c.mirnas! > 2500);
    assert.equal(bundle.genes.name.filter((n) => n.startsWith('uncharacterized LOC')).length, 0);
    assert.equal(model.entities.size, bundle.genes.id.length + bundle.mirnas.acc.length + bundle.entities.entities.length);
  });

  test('ERBB2 is ncbigene:2064 with alias HER2, cytoband and cross-references', () => {
    const e = get('ncbigene:2064');
    assert.equal(e.type, 'gene');
    assert.equal(e.symbol, 'ERBB2');
    assert.equal(e.name, 'erb-b2 receptor tyrosine kinase 2');
    assert.equal(e.geneType, 'protein-coding');
    assert.ok(e.aliases.includes('HER2'));
    assert.ok(e.synonyms.includes('HER2/neu'));
    assert.equal(e.cytoband, '17q12');
    assert.ok(e.xrefs.ensembl?.includes('ENSG00000141736'));
    assert.ok(e.xrefs.uniprot?.includes('P04626'));
    assert.deepEqual(model.genesBySymbol('ERBB2'), ['ncbigene:2064']);
    assert.equal(resolveRef(model, 'ERBB2'), 'ncbigene:2064');
  });

  test('MIR21 is a miRNA gene linked to hsa-miR-21-5p = MIMAT0000076', () => {
    const gene = get('ncbigene:406991');
    assert.equal(gene.symbol, 'MIR21');
    assert.equal(gene.geneType, 'miRNA');
    assert.equal(gene.cytoband, '17q23.1');
    assert.deepEqual(gene.xrefs.mirbase, ['MI0000077']);
    assert.ok(gene.products?.includes('mirbase:MIMAT0000076'));
    const mature = get('mirbase:MIMAT0000076');
    assert.equal(mature.type, 'mirna');
    assert.equal(mature.name, 'hsa-miR-21-5p');
    assert.deepEqual(mature.precursorGenes, ['ncbigene:406991']);
    const m128 = model.entities.get('mirbase:MIMAT0000424');
    assert.equal(m128?.name, 'hsa-miR-128-3p');
    assert.deepEqual(m128?.precursorGenes?.map((id) => get(id).symbol), ['MIR128-1', 'MIR128-2']);
  });

  test('family:pi3k has the class I PI3K subunits as members', () => {
    const e = get('family:pi3k');
    assert.equal(e.type, 'family');
    assert.equal(e.name, 'PI3K');
    const symbols = e.members?.map((id) => get(id).symbol);
    for (const s of ['PIK3CA', 'PIK3CB', 'PIK3CD', 'PIK3R1', 'PIK3R2']) assert.ok(symbols?.includes(s), s);
    assert.ok(!get('ncbigene:5290').aliases.includes('PI3K'), 'PI3K no longer collapses onto PIK3CA');
  });

  test('drug:trastuzumab-deruxtecan has T-DXd, DS-8201a, Enhertu and targets ERBB2', () => {
    const e = get('drug:trastuzumab-deruxtecan');
    assert.equal(e.type, 'drug');
    assert.equal(e.name, 'trastuzumab deruxtecan');
    assert.ok(e.synonyms.includes('T-DXd'));
    assert.ok(e.codes?.includes('DS-8201a') && e.codes.includes('DS-8201'));
    assert.deepEqual(e.brands, ['Enhertu']);
    assert.deepEqual(e.targets, ['ncbigene:2064']);
    assert.ok(get('drug:trastuzumab-duocarmazine').codes?.includes('SYD985'));
    assert.ok(get('drug:trastuzumab-emtansine').synonyms.includes('T-DM1'));
  });

  test('complexes, isoforms, trials and non-entities are present', () => {
    const crl7 = get('complex:crl7');
    assert.deepEqual(crl7.members?.map((id) => get(id).symbol), ['CUL7', 'RBX1', 'SKP1', 'FBXW8']);
    assert.deepEqual(crl7.xrefs.go, ['GO:0031467']);
    assert.ok(get('complex:nf-kb').synonyms.includes('NF-kB'));
    assert.equal(get('isoform:erbb2-p95').parent, 'ncbigene:2064');
    assert.ok(get('isoform:erbb2-d16').synonyms.includes('d16-HER2'));
    const epik = get('nct:NCT04208178');
    assert.equal(epik.type, 'trial');
    assert.equal(epik.nct, 'NCT04208178');
    assert.ok(epik.drugs?.includes('drug:alpelisib'));
    assert.equal(get('cell-line:mcf-7').type, 'nonentity-class');
    assert.equal(get('organism:hiv-1').category, 'organism');
  });

  test('derived families resolve prose names such as caspases and matrix metalloproteinases', () => {
    const casp = get('family:casp');
    assert.equal(casp.name, 'caspases');
    assert.ok(casp.members?.map((id) => get(id).symbol).includes('CASP3'));
    const mmp = get('family:mmp');
    assert.equal(mmp.name, 'matrix metalloproteinases');
    assert.ok(mmp.synonyms.includes('MMPs'));
    assert.ok(get('family:cyclin').name === 'cyclins');
    assert.ok([...model.entities.values()].filter((e) => e.source === 'derived').length > 500);
  });

  test('curated synonyms and drop rules are applied', () => {
    const byName = (symbol: string) => get(model.genesBySymbol(symbol)[0]!);
    assert.ok(byName('BIRC5').synonyms.includes('survivin'));
    assert.ok(byName('CTNNB1').synonyms.includes('β-catenin'));
    assert.ok(byName('MKI67').synonyms.includes('Ki-67'));
    assert.ok(byName('ACTA2').synonyms.includes('α-SMA'));
    const esr1 = byName('ESR1');
    assert.ok(esr1.synonyms.includes('ER') && esr1.ambiguous?.includes('ER'));
    const mki67 = byName('MKI67');
    assert.ok(mki67.ambiguous?.includes('MIB-1') && !mki67.ambiguous.includes('Ki-67'), 'MIB-1 also reads as the MIB1 gene');
    assert.ok(!byName('EREG').aliases.includes('ER'));
    assert.ok(!byName('HNF4A').aliases.includes('TCF'));
    assert.ok(!byName('ACTA1').aliases.includes('ASMA'));
    assert.ok(!byName('RIT1').aliases.includes('ROC1'));
    assert.ok(byName('RBX1').aliases.includes('ROC1'));
    assert.ok(!byName('NR2C2').aliases.includes('TAK1'));
    assert.ok(byName('MAP3K7').aliases.includes('TAK1'));
    assert.ok(!byName('IL6').aliases.includes('HGF'));
  });

  test('the stoplist holds prose abbreviations', () => {
    const terms = new Set(model.stoplist.map((s) => s.term));
    for (const t of ['CI', 'OS', 'CT', 'HR', 'SD', 'PCR', 'EMT', 'ALL']) assert.ok(terms.has(t), t);
    assert.ok(model.stoplist.find((s) => s.term === 'HR')?.overridesSymbol);
  });
});
