// Fresh-process measurement: time until the bundled ontology and the recogniser are ready (the packed lookup index
// read, or the index built when the file is missing or stale), and memory after that and after analysing the draft
// given as argument (with `--incremental`: by an incremental analyser, kept alive as a language server keeps one per
// open draft).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../../src/core/analysis';
import { createIncrementalAnalyzer } from '../../src/core/incremental';
import { parseDocument } from '../../src/core/parse/document';
import { createRecogniser } from '../../src/core/recognise';
import { bundledOntologyNotes, loadBundledOntology } from '../../src/node/ontology';

const t0 = performance.now();
const model = loadBundledOntology();
const modelMs = performance.now() - t0;
const recogniser = createRecogniser(model);
recogniser.recogniseText('HER2');
const readyMs = performance.now() - t0;
const rssAfterOntologyMB = process.memoryUsage().rss / 1024 / 1024;
const heapAfterOntologyMB = process.memoryUsage().heapUsed / 1024 / 1024;
const file = process.argv[2];
let rssAfterDraftMB = rssAfterOntologyMB;
if (file && process.argv.includes('--incremental')) {
  const analyzer = createIncrementalAnalyzer({ entities: { recogniser, model }, uri: file });
  analyzer.analyze(readFileSync(file, 'utf8'));
  rssAfterDraftMB = process.memoryUsage().rss / 1024 / 1024;
  analyzer.analyze(''); // keeps the analyser alive until here
} else if (file) {
  const doc = parseDocument(readFileSync(file, 'utf8'), file);
  analyzeDocument(doc, { entities: { recogniser, model } });
  rssAfterDraftMB = process.memoryUsage().rss / 1024 / 1024;
}
process.stdout.write(JSON.stringify({ readyMs, modelMs, rssAfterOntologyMB, heapAfterOntologyMB, rssAfterDraftMB, prebuiltIndex: bundledOntologyNotes().length === 0 }));
