import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, type AnalysisOptions } from '../../src/core/analysis';
import { parseDocument } from '../../src/core/parse/document';
import { createRecogniser } from '../../src/core/recognise';
import { loadBundledOntology } from '../../src/node/ontology';

const model = loadBundledOntology();
const recogniser = createRecogniser(model);
const entities = { recogniser, model };

function analyse(md: string, options: AnalysisOptions = {}) {
  return analyzeDocument(parseDocument(md, 'draft.md'), { entities, ...options });
}
const found = (md: string, code: string, options: AnalysisOptions = {}) =>
  analyse(md, options).diagnostics.filter((d) => d.code === code);
const textAt = (md: string, d: { range: { start: { line: number; character: number }; end: { character: number } } }) =>
  md.split('\n')[d.range.start.line]!.slice(d.range.start.character, d.range.end.character);

test('entity.mirna-nomenclature: informal miRNA-/microRNA-, mir with an arm, has- typo, star names', () => {
  const md = 'Levels of miRNA-221 and microRNA-21 rose, mir-125a-5p fell, has-miR-155 was typed, miR-21* too. miR-21 and mir-21 are fine.\n';
  const d = found(md, 'entity.mirna-nomenclature');
  assert.deepEqual(d.map((x) => textAt(md, x)), ['miRNA-221', 'microRNA-21', 'mir-125a-5p', 'has-miR-155', 'miR-21*']);
  assert.deepEqual(d.map((x) => x.fix?.edits[0]?.newText), ['miR-221', 'miR-21', 'miR-125a-5p', 'hsa-miR-155', undefined]);
  assert.equal(d[0]!.severity, 'warning');
});

test('entity.mirna-nomenclature: nothing inside code', () => {
  assert.deepEqual(found('Use `miRNA-221` in code.\n', 'entity.mirna-nomenclature'), []);
});

test('trial.malformed-id: 7 or 9 digits, lower case, inner space; a good id is fine', () => {
  const md = 'Trials NCT0420817, NCT042081789, nct04208178, NCT 04208178 and NCT04208178 ran.\n';
  const d = found(md, 'trial.malformed-id');
  assert.deepEqual(d.map((x) => textAt(md, x)), ['NCT0420817', 'NCT042081789', 'nct04208178', 'NCT 04208178']);
  assert.deepEqual(d.map((x) => x.fix?.edits[0]?.newText), [undefined, undefined, 'NCT04208178', 'NCT04208178']);
});

test('drug.code-without-inn: a code before the INN is reported once, with the INN inserted; after the INN it is fine', () => {
  const md = 'DS-8201a was active (1). Later DS-8201a again (1).\n\nTrastuzumab deruxtecan (T-DXd) came next, and trastuzumab duocarmazine before SYD985 (1).\n\n## References\n\n1. Example A. A study. J Ex. 2020. doi:10.5555/x\n';
  const d = found(md, 'drug.code-without-inn');
  assert.equal(d.length, 1);
  assert.equal(textAt(md, d[0]!), 'DS-8201a');
  assert.equal(d[0]!.fix?.edits[0]?.newText, 'trastuzumab deruxtecan (DS-8201a)');
});

test('entity.alias (off by default): when on, an alias gets the official symbol as a fix', () => {
  const md = 'HER3 binds HER2 and ERBB2 (1).\n\n## References\n\n1. Example A. HER3 and ERBB2. J Ex. 2020. doi:10.5555/x\n';
  assert.deepEqual(found(md, 'entity.alias'), []);
  const d = found(md, 'entity.alias', { rules: { 'entity.alias': 'hint' } });
  assert.deepEqual(d.map((x) => [textAt(md, x), x.fix?.edits[0]?.newText]), [['HER3', 'ERBB3'], ['HER2', 'ERBB2']]);
});

test('entity.ambiguous lists the candidates and offers no automatic fix', () => {
  const md = 'Mib-1 was measured (1).\n\n## References\n\n1. Example A. Proliferation markers. J Ex. 2020. doi:10.5555/x\n';
  const d = found(md, 'entity.ambiguous');
  assert.equal(d.length, 1);
  assert.match(d[0]!.message, /MKI67/);
  assert.match(d[0]!.message, /MIB1/);
  assert.equal(d[0]!.fix, undefined);
});

test('entity.unknown: gene-shaped tokens not in the ontology; known symbols, variants, formulas, stages are not', () => {
  const md = 'Loss of ZQX17 and NCAPG with E545K, CO2, T2N0M0 and HEK293 cells; ERBB2 and PIK3CA too.\n';
  assert.deepEqual(found(md, 'entity.unknown').map((x) => textAt(md, x)), ['ZQX17']);
});

test('evidence linking: a mention gets the citations of its sentence and their entries', () => {
  const md = 'HER2 is amplified in breast cancer (1). PTEN loss follows (2, 3).\n\n## References\n\n1. Example A. HER2 amplification. J Ex. 2020. doi:10.5555/a\n2. Example B. PTEN. J Ex. 2020. doi:10.5555/b\n3. Example C. PTEN loss. J Ex. 2021. doi:10.5555/c\n';
  const a = analyse(md);
  const her2 = a.evidence.find((e) => e.mention.text === 'HER2')!;
  assert.deepEqual(her2.citationIds, ['1']);
  assert.deepEqual(her2.entries.map((e) => e.number), [1]);
  const pten = a.evidence.find((e) => e.mention.text === 'PTEN')!;
  assert.deepEqual(pten.citationIds, ['2', '3']);
  const para = analyse(md, { evidenceScope: 'paragraph' }).evidence.find((e) => e.mention.text === 'HER2')!;
  assert.deepEqual(para.citationIds, ['1', '2', '3']);
  assert.ok(!a.mentions.some((m) => m.span.start > md.indexOf('## References')), 'no mentions from the References section');
});

test('evidence.uncited: a claim naming entities with no citation; cited sentences and plain statements are fine', () => {
  const md = '# PTEN\n\nLoss of PTEN activates AKT signalling.\n\nPTEN loss activates AKT (1).\n\nPTEN is a phosphatase.\n\nThis review summarises how PTEN loss activates AKT.\n\n## References\n\n1. Example A. PTEN and AKT. J Ex. 2020. doi:10.5555/a\n';
  const d = found(md, 'evidence.uncited');
  assert.deepEqual(d.map((x) => x.range.start.line + 1), [3]);
});

test('evidence.unsupported: the cited titles never name the entity; a title that does is support', () => {
  const md = 'MUC4 masks the epitope (1). PTEN loss matters (2).\n\n## References\n\n1. Example A. Statin use and cardiac outcomes. J Ex. 2020. doi:10.5555/a\n2. Example B. Phosphatase and tensin homolog loss in tumours. J Ex. 2020. doi:10.5555/b\n';
  const d = found(md, 'evidence.unsupported');
  assert.deepEqual(d.map((x) => textAt(md, x)), ['MUC4']);
});

test('without an ontology no entity rules fire', () => {
  const md = 'Levels of miRNA-221 rose; ZQX17 fell.\n';
  const d = analyzeDocument(parseDocument(md)).diagnostics.map((x) => x.code);
  assert.ok(!d.includes('entity.unknown'));
});

test('evidence.unsupported: a family is supported by a paper naming one of its members', () => {
  const md = 'PI3K signalling rises (1). AKT signalling rises (2).\n\n## References\n\n1. Example A. PIK3CA mutations in tumours. J Ex. 2020. doi:10.5555/a\n2. Example B. Statin use and cardiac outcomes. J Ex. 2020. doi:10.5555/b\n';
  assert.deepEqual(found(md, 'evidence.unsupported').map((x) => textAt(md, x)), ['AKT']);
});
