import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { DocumentParser, type Chunk } from '../../src/core/parse/chunked';
import { createRecogniser } from '../../src/core/recognise';
import { StreamingRecognition } from '../../src/core/recognise/streaming';
import { loadBundledOntology } from '../../src/node/ontology';

// Streaming recognition (chunks recognised as the parser yields them, facts settled at the end) finds exactly what
// recognising the whole parsed document finds.

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || 300;
const ROOT = path.join(__dirname, '../..');
const recogniser = createRecogniser(loadBundledOntology());

/** Mentions of `text` found by streaming its chunks as they are parsed, and by one pass over the parsed document. */
function both(text: string): { streamed: unknown; whole: unknown; chunks: number } {
  const stream = new StreamingRecognition(recogniser, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const { doc, chunks } = new DocumentParser().parse(text, 'x.md', (c: Chunk) => stream.add({ start: c.start, end: c.end, prose: c.data.prose }));
  return { streamed: stream.finish(chunks), whole: recogniser.recognise(doc), chunks: chunks.length };
}

test('streamed recognition equals whole-document recognition on the example and fixture drafts', () => {
  const dirs = ['examples', ...readdirSync(path.join(ROOT, 'test/fixtures')).filter((d) => d !== 'unseen').map((d) => path.join('test/fixtures', d))];
  let files = 0;
  for (const dir of dirs) {
    for (const f of readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      const r = both(readFileSync(path.join(ROOT, dir, f), 'utf8'));
      assert.deepEqual(r.streamed, r.whole, `${dir}/${f}`);
      files++;
    }
  }
  assert.ok(files >= 20, `only ${files} drafts read`);
});

// Blocks whose facts reach other chunks: definitions used before or after they are given, fusion cues, trial cues, an
// ambiguous alias another block names unambiguously; and Markdown whose definition labels make chunks parse again.
const BLOCKS = [
  'Levels of NET fell after the noradrenaline transporter (SLC6A2) was blocked (1).',
  'NET rose in both arms [2].',
  'Neuromedin S (NMS) was infused.',
  'NMS and neuroleptic malignant syndrome (NMS) differ.',
  'The PML-RARA fusion defines the disease.',
  'PML/RARA transcripts and PML-RARA were measured.',
  'In the ORBIT trial, 40 patients responded.',
  'ORBIT enrolled adults.',
  'Cyclin D1 and CCND1 amplification; PRAD1 was also named.',
  'Its target, ERBB2 (HER2), is amplified; HER2 and p185 were stained.',
  '# Results',
  '- NET (3)\n- NMS and miR-21',
  'See [the note][n1] about ESR1 and ER.',
  '[n1]: https://example.org/note',
  '> Quote naming TP53 and p53.',
  '```\nERBB2 in code\n```',
  '| gene | drug |\n|---|---|\n| EGFR | erlotinib |',
];

test('property: random drafts with document-wide facts in any order stream to the same mentions', () => {
  const draft = fc.array(fc.tuple(fc.constantFrom(...BLOCKS), fc.constantFrom('\n\n', '\n\n\n', '\n')), { minLength: 1, maxLength: 16 }).map((parts) => parts.map(([b, s]) => b + s).join(''));
  fc.assert(
    fc.property(draft, (text) => {
      const r = both(text);
      assert.deepEqual(r.streamed, r.whole);
    }),
    { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
  );
});

test('a definition after its first use is applied to the chunk seen before it; a chunk added again replaces the old one', () => {
  const text = 'NMS was reported (1).\n\nNMS rose.\n\nNeuroleptic malignant syndrome (NMS) is rare.\n';
  const r = both(text);
  assert.deepEqual(r.streamed, []);
  assert.deepEqual(r.whole, []);
  assert.ok(r.chunks >= 3, 'the draft parses in several chunks');
  // Alone, the first chunk reads NMS as the gene: only the definition in the last chunk says it is not one.
  assert.equal(recogniser.recogniseText('NMS was reported (1).')[0]?.entity?.id, 'ncbigene:129521');
  const stream = new StreamingRecognition(recogniser, text);
  const { chunks } = new DocumentParser().parse(text, 'x.md');
  for (const c of chunks) stream.add({ start: c.start, end: c.end, prose: [] });
  for (const c of chunks) stream.add({ start: c.start, end: c.end, prose: c.data.prose });
  assert.deepEqual(stream.finish(chunks), r.whole);
  assert.throws(() => new StreamingRecognition(recogniser, text).finish(chunks), /was not added/);
});
