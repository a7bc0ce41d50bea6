/**
 * Prints every mention found in the benchmark draft, the examples and the development drafts as JSON lines, so that
 * a change meant to keep recognition output identical can be checked byte for byte (dev tool).
 *
 * usage: npx tsx scripts/bench/dump-mentions.ts > /tmp/mentions.jsonl
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../src/core/parse/document';
import { createRecogniser } from '../../src/core/recognise';
import { loadBundledOntology } from '../../src/node/ontology';
import { generateDraft } from './generate';

const ROOT = path.resolve(__dirname, '../..');
const draft = path.join(ROOT, 'bench/drafts/draft-1MB.md');
if (!existsSync(draft)) {
  mkdirSync(path.dirname(draft), { recursive: true });
  writeFileSync(draft, generateDraft(1024 * 1024));
}
const recogniser = createRecogniser(loadBundledOntology());
const files = [
  draft,
  ...readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, 'examples', f)),
  ...['test/fixtures/drafts', 'test/fixtures/dev'].flatMap((d) => readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(ROOT, d, f))),
];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const name = path.relative(ROOT, file);
  process.stdout.write(`${JSON.stringify({ file: name, mode: 'text', mentions: recogniser.recogniseText(text) })}\n`);
  process.stdout.write(`${JSON.stringify({ file: name, mode: 'document', mentions: recogniser.recognise(parseDocument(text, file)) })}\n`);
}
