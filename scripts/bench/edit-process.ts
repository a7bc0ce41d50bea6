// Fresh-process measurement of re-analysis after one-character edits of the draft given as argument (see edits.ts):
// prints the result of `measureEdits` as JSON. A second argument sets the number of warm-up edits.
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { createIncrementalAnalyzer } from '../../src/core/incremental';
import { createRecogniser } from '../../src/core/recognise';
import { loadBundledOntology } from '../../src/node/ontology';
import { WARM_UP_EDITS, measureEdits } from './edits';

const file = process.argv[2];
if (!file) throw new Error('usage: edit-process FILE');
const text = readFileSync(file, 'utf8');
const model = loadBundledOntology();
const recogniser = createRecogniser(model);
const remark = unified().use(remarkParse);
const result = measureEdits(text, () => createIncrementalAnalyzer({ entities: { recogniser, model }, uri: file }), () => remark.parse(text), Number(process.argv[3] ?? WARM_UP_EDITS));
process.stdout.write(JSON.stringify(result));
