import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseDocument } from '../../src/core/parse/document';
import { matchesExpected, sameSpanText, scoreDraft, type TypeScore } from '../../src/core/recognise/scoring';
import { loadBundledOntology } from '../../src/node/ontology';
import { recogniser } from './recognise-helpers';

// The held-out drafts' gold mentions (written by someone else; see test/fixtures/drafts/README.md).
const DIR = path.resolve(__dirname, '../fixtures/drafts');

test('unseen drafts: precision ≥ 0.95 and recall ≥ 0.90 for genes, families and drugs, in every draft and overall', () => {
  const model = loadBundledOntology();
  const total = new Map<string, TypeScore>();
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.mentions.tsv'))) {
    const name = f.replace(/\.mentions\.tsv$/, '');
    const doc = parseDocument(readFileSync(path.join(DIR, `${name}.md`), 'utf8'), `${name}.md`);
    const s = scoreDraft(model, doc, recogniser().recognise(doc), readFileSync(path.join(DIR, f), 'utf8'));
    for (const [type, v] of s.byType) {
      const t = total.get(type) ?? { tp: 0, gold: 0, pred: 0, predOk: 0 };
      for (const k of ['tp', 'gold', 'pred', 'predOk'] as const) t[k] += v[k];
      total.set(type, t);
      if (!['gene', 'family', 'drug'].includes(type)) continue;
      if (v.pred) assert.ok(v.predOk / v.pred >= 0.95, `${name} ${type} precision ${v.predOk}/${v.pred}: ${s.spurious.join('; ')}`);
      if (v.gold) assert.ok(v.tp / v.gold >= 0.9, `${name} ${type} recall ${v.tp}/${v.gold}: ${s.missed.join('; ')}`);
    }
  }
  for (const type of ['gene', 'family', 'drug']) {
    const t = total.get(type)!;
    assert.ok(t.predOk / t.pred >= 0.95 && t.tp / t.gold >= 0.9, `${type}: P ${t.predOk}/${t.pred} R ${t.tp}/${t.gold}`);
  }
});

test('the scorer accepts either span convention for an anti- prefix, and nothing else that differs', () => {
  assert.equal(sameSpanText('CD20', 'anti-CD20'), true);
  assert.equal(sameSpanText('Anti-TNF', 'TNF'), true);
  assert.equal(sameSpanText('CD20', 'CD20'), true);
  assert.equal(sameSpanText('CD20', 'pre-CD20'), false);
  assert.equal(sameSpanText('CD2', 'anti-CD20'), false);
  assert.equal(sameSpanText('TNF-α', 'TNF'), false);
  assert.equal(sameSpanText('TRK', 'pan-TRK'), true);
  assert.equal(sameSpanText('Pan-PPAR', 'PPAR'), true);
  assert.equal(sameSpanText('TRK', 'span-TRK'), false);
  assert.equal(sameSpanText('TRK', 'pro-TRK'), false);
});

test('the scorer accepts a gold span that keeps a compound modifier\'s suffix ("CD68-positive"), not any hyphenated word', () => {
  assert.equal(sameSpanText('CD68', 'CD68-positive'), true);
  assert.equal(sameSpanText('G6PD', 'G6PD-deficient'), true);
  assert.equal(sameSpanText('Gpc3', 'Gpc3-null'), true);
  assert.equal(sameSpanText('CD68-positive', 'CD68'), false);
  assert.equal(sameSpanText('CD6', 'CD68-positive'), false);
  assert.equal(sameSpanText('MYB', 'MYB-binding'), false);
  assert.equal(sameSpanText('CD68', 'CD68-positive-like'), false);
});

test('the scorer accepts a pair joined by "::", an en dash or a slash as one span or one span per partner, not a hyphen or a triple', () => {
  assert.equal(sameSpanText('Sacubitril', 'Sacubitril/valsartan'), true);
  assert.equal(sameSpanText('IL-4/IL-13', 'IL-13'), true);
  assert.equal(sameSpanText('a/b/c', 'a'), false);
  assert.equal(sameSpanText('FGFR2::BICC1', 'FGFR2'), true);
  assert.equal(sameSpanText('FGFR2::BICC1', 'BICC1'), true);
  assert.equal(sameSpanText('RET', 'CCDC6::RET'), true);
  assert.equal(sameSpanText('FGF19\u2013FGFR4', 'FGFR4'), true);
  assert.equal(sameSpanText('FGF19\u2013FGFR4', 'FGF19'), true);
  assert.equal(sameSpanText('FGF19\u2013FGFR4', 'FGF1'), false);
  assert.equal(sameSpanText('HBS1L-MYB', 'MYB'), false);
  assert.equal(sameSpanText('A::B::C', 'A'), false);
});

test('a gold miRNA without an arm matches the mature miRNA of either arm, let-7b its gene; an arm in the gold must match', () => {
  const model = loadBundledOntology();
  const mature = (acc: string) => ({ id: `mirbase:${acc}`, symbol: model.entities.get(`mirbase:${acc}`)!.name, name: model.entities.get(`mirbase:${acc}`)!.name, type: 'mirna' as const });
  const m218 = mature('MIMAT0000275'); // hsa-miR-218-5p
  assert.equal(matchesExpected(model, m218, 'hsa-miR-218'), true);
  assert.equal(matchesExpected(model, m218, 'hsa-miR-218-5p'), true);
  assert.equal(matchesExpected(model, m218, 'hsa-miR-218-3p'), false);
  assert.equal(matchesExpected(model, m218, 'hsa-miR-21'), false);
  const let7b = model.entities.get('ncbigene:406884')!;
  assert.equal(let7b.symbol, 'MIRLET7B');
  assert.equal(matchesExpected(model, { id: let7b.id, symbol: let7b.symbol, name: let7b.name, type: 'mirna' }, 'hsa-let-7b'), true);
  assert.equal(matchesExpected(model, { id: let7b.id, symbol: let7b.symbol, name: let7b.name, type: 'mirna' }, 'hsa-let-7c'), false);
});

test('a gold miRNA under its name from before miRBase added a letter (hsa-miR-203) matches the gene that keeps it as an alias', () => {
  const model = loadBundledOntology();
  const gene = (id: string) => {
    const e = model.entities.get(id)!;
    return { id: e.id, symbol: e.symbol, name: e.name, type: 'mirna' as const };
  };
  const mir203a = gene('ncbigene:406986');
  assert.equal(mir203a.symbol, 'MIR203A');
  assert.equal(matchesExpected(model, mir203a, 'hsa-miR-203'), true);
  assert.equal(matchesExpected(model, mir203a, 'hsa-miR-203a'), true);
  assert.equal(matchesExpected(model, mir203a, 'hsa-miR-203b'), false);
  assert.equal(matchesExpected(model, mir203a, 'hsa-miR-20'), false);
});

test('a gold miRNA family written as a miRNA of the species (hsa-let-7) matches the family, not another series', () => {
  const model = loadBundledOntology();
  const let7 = { id: 'family:let-7', name: model.entities.get('family:let-7')!.name, type: 'family' as const };
  assert.equal(matchesExpected(model, let7, 'hsa-let-7'), true);
  assert.equal(matchesExpected(model, let7, 'let-7'), true);
  assert.equal(matchesExpected(model, let7, 'hsa-miR-200'), false);
  const mir200 = { id: 'family:mir-200', name: model.entities.get('family:mir-200')!.name, type: 'family' as const };
  assert.equal(matchesExpected(model, mir200, 'hsa-miR-200'), true);
});

test('the scorer accepts a gold span that keeps a salt word after the drug ("prednisolone acetate"), not another word', () => {
  assert.equal(sameSpanText('prednisolone', 'prednisolone acetate'), true);
  assert.equal(sameSpanText('levothyroxine', 'levothyroxine sodium'), true);
  assert.equal(sameSpanText('prednisolone', 'prednisolone drops'), false);
  assert.equal(sameSpanText('prednisolone', 'prednisoloneacetate'), false);
  assert.equal(sameSpanText('prednisolone acetate', 'prednisolone'), false);
  assert.equal(sameSpanText('predniso', 'prednisolone acetate'), false);
});
