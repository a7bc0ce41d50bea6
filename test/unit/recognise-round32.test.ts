/**
 * Recognition after the first runs of the sixty-fifth to sixty-eighth blind sets: British -ising spellings of names
 * (luteinising hormone), a drug's short synonym that the draft defines as a disease (gestational trophoblastic
 * neoplasia (GTN)), lipid names with locants in parentheses (PI(4)K), eIF2B the complex beside eIF2β the subunit, and
 * abbreviations of tumour types (ACP, PCP). Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('names and abbreviations', () => {
  test('a British -ising spelling keys as the American -izing (luteinising hormone → LHB)', () => {
    assert.deepEqual(brief('Luteinising hormone rises.'), ['Luteinising hormone→LHB']);
  });
  test("a drug's short synonym that the draft defines as a disease names the disease (GTN)", () => {
    assert.deepEqual(brief('Gestational trophoblastic neoplasia (GTN) is curable; GTN responds to methotrexate.'), ['methotrexate→methotrexate']);
    assert.deepEqual(brief('Topical GTN heals anal fissures.'), ['GTN→glyceryl trinitrate']);
  });
  test('locants in parentheses make a lipid or kinase name, no alias (PI(4)K, PI(4,5)P2)', () => {
    assert.deepEqual(brief('Inhibitors of PI(4)K and PI(4,5)P2 levels.'), []);
  });
  test('tumour subtype abbreviations are no genes (adamantinomatous (ACP) and papillary (PCP) craniopharyngiomas)', () => {
    assert.deepEqual(brief('The adamantinomatous (ACP) and papillary (PCP) craniopharyngiomas differ; ACP carries CTNNB1 mutations.'), ['CTNNB1→CTNNB1']);
  });
});

describe('complexes and subunits', () => {
  test('eIF2B is the exchange factor complex, eIF2β the subunit EIF2S2', () => {
    assert.deepEqual(brief('eIF2B mutations cause vanishing white matter disease, and eIF2β binds it.'), ['eIF2B→eIF2B', 'eIF2β→EIF2S2']);
  });
  test('saposins are isoforms of prosaposin', () => {
    assert.deepEqual(brief('Saposin B presents sulfatide.').map((m) => m.split('→')[0]), ['Saposin B']);
  });
});
