/**
 * Leave-curation-out drug scores (dev tool): each set is scored with the drugs of its own gold removed from the curated
 * list (their names, codes, brands and synonyms), so that only the mechanisms — INN stems, drug cues, codes and brands in
 * parentheses — can find them. A measure of how the drug recognition generalises to drugs nobody curated.
 *
 * usage: npx tsx scripts/score-uncurated.ts test/fixtures/dev test/fixtures/blind … [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRecogniser } from '../src/core/recognise';
import { scoreDraft } from '../src/core/recognise/scoring';
import { parseDocument } from '../src/core/parse/document';
import { buildOntologyModel } from '../src/core/ontology/bundle';
import { normalizeKey } from '../src/core/ontology/normalize';
const ROOT = path.resolve(__dirname, '..');
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
const B = path.join(ROOT, 'data/ontology/bundle');
const read = (f: string) => JSON.parse(readFileSync(path.join(B, f), 'utf8'));
const meta = read('meta.json'), genes = read('genes.json'), mirnas = read('mirnas.json');
const grand = new Map<string, { tp: number; gold: number; pred: number; predOk: number }>();
for (const dir of dirs) {
  const D = path.resolve(dir);
  const files = readdirSync(D).filter((x) => x.endsWith('.mentions.tsv')).sort();
  const goldDrugs = new Set<string>();
  for (const f of files) for (const l of readFileSync(path.join(D, f), 'utf8').split('\n').slice(1)) {
    const [, , type, exp] = l.split('\t');
    if (type === 'drug' && exp) goldDrugs.add(normalizeKey(exp));
  }
  const ent = read('entities.json');
  const removed = new Set<string>();
  ent.entities = ent.entities.filter((e: { type: string; name: string; id: string }) => {
    if (e.type === 'drug' && goldDrugs.has(normalizeKey(e.name))) { removed.add(e.id); return false; }
    return true;
  });
  for (const e of ent.entities) {
    if (e.components) e.components = e.components.filter((c: string) => !removed.has(c));
    if (e.drugs) e.drugs = e.drugs.filter((c: string) => !removed.has(c));
  }
  ent.synonyms = ent.synonyms.filter((s: { id: string }) => !removed.has(s.id));
  const model = buildOntologyModel({ meta, genes, mirnas, entities: ent } as any);
  const rec = createRecogniser(model);
  const totals = new Map<string, { tp: number; gold: number; pred: number; predOk: number }>();
  for (const f of files) {
    const name = f.replace(/\.mentions\.tsv$/, '');
    const doc = parseDocument(readFileSync(path.join(D, `${name}.md`), 'utf8'), `${name}.md`);
    const s = scoreDraft(model, doc, rec.recognise(doc), readFileSync(path.join(D, f), 'utf8'));
    for (const [t, v] of s.byType) for (const m of [totals, grand]) {
      const a = m.get(t) ?? { tp: 0, gold: 0, pred: 0, predOk: 0 };
      a.tp += v.tp; a.gold += v.gold; a.pred += v.pred; a.predOk += v.predOk; m.set(t, a);
    }
    if (verbose) for (const x of [...s.missed.map((m) => 'missed ' + m), ...s.wrong.map((m) => 'wrong  ' + m), ...s.spurious.map((m) => 'extra  ' + m)]) if (/drug/.test(x)) console.log(`  ${name.slice(0, 14)} ${x}`);
  }
  const d = totals.get('drug')!;
  console.log(`${path.basename(D).padEnd(8)} drugs removed ${removed.size}: P ${(d.predOk / d.pred).toFixed(3)} (${d.predOk}/${d.pred}) R ${(d.tp / d.gold).toFixed(3)} (${d.tp}/${d.gold})`);
}
const d = grand.get('drug')!;
console.log(`ALL      P ${(d.predOk / d.pred).toFixed(3)} (${d.predOk}/${d.pred}) R ${(d.tp / d.gold).toFixed(3)} (${d.tp}/${d.gold})`);
