/**
 * An analysis sent to another thread as plain data (`analysisData` → structured clone → `analysisFromData`), with
 * entity details described up front and the completion names as data, serves every editor feature exactly as the
 * original analysis with the ontology at hand does.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyzeDocument, type Analysis } from '../../src/core/analysis';
import { analysisData, analysisFromData } from '../../src/core/analysis-data';
import {
  buildEntityNameIndex,
  codeActions,
  completion,
  definition,
  describedEntityIds,
  diagnosticsByUri,
  documentLinks,
  documentSymbols,
  entityCompletion,
  entityDetailsProvider,
  entityEvidence,
  entityNameIndex,
  entityNamesOf,
  hover,
  references,
  workspaceSymbols,
  type DescribeEntity,
  type EntityName,
  type FeatureContext,
  type Position,
} from '../../src/core/features';
import { parseDocument } from '../../src/core/parse/document';
import { createRecogniser, describeEntity } from '../../src/core/recognise';
import { loadBundledOntology } from '../../src/node/ontology';

const URI = 'file:///ws/review.md';
const model = loadBundledOntology();
const recogniser = createRecogniser(model);
const REVIEW = readFileSync(path.resolve(__dirname, '../../examples/her2-resistance-review.md'), 'utf8');

function analyse(text: string): Analysis {
  return analyzeDocument(parseDocument(text, URI), { entities: { recogniser, model }, rules: { 'entity.alias': 'info' } });
}

/** The context the server built before: the analysis itself and the ontology. */
function inProcess(analysis: Analysis): FeatureContext {
  const describe: DescribeEntity = (id) => describeEntity(model, id);
  return { uri: URI, analysis, mentions: analysis.mentions, entityDetails: entityDetailsProvider(analysis, describe), entityNames: buildEntityNameIndex(model) };
}

/** The context built from what crosses the thread boundary: data, details of the mentioned ids, the name list. */
function fromWorker(analysis: Analysis, text: string): { ctx: FeatureContext; describe: DescribeEntity } {
  const sent = structuredClone({
    analysis: analysisData(analysis),
    details: describedEntityIds(analysis.mentions).map((id) => [id, describeEntity(model, id)] as const),
    namesJson: JSON.stringify(entityNamesOf(model)),
  });
  const back = analysisFromData(sent.analysis, text);
  const details = new Map(sent.details);
  const describe: DescribeEntity = (id) => details.get(id);
  return { ctx: { uri: URI, analysis: back, mentions: back.mentions, entityDetails: entityDetailsProvider(back, describe), entityNames: entityNameIndex(JSON.parse(sent.namesJson) as EntityName[]) }, describe };
}

/** Positions one character inside every mention, citation and entry, plus the end of every line. */
function probes(analysis: Analysis): Position[] {
  const { lines } = analysis.doc;
  const offsets = [...analysis.mentions.map((m) => m.span.start + 1), ...analysis.citations.map((c) => c.span.start + 1), ...analysis.entries.map((e) => e.span.start + 1)];
  const out = offsets.map((o) => lines.positionAt(o));
  for (let line = 0; line < lines.lineCount; line++) out.push(lines.positionAt(lines.lineContentEnd(line)));
  return out;
}

function assertSameFeatures(text: string): void {
  const original = analyse(text);
  const a = inProcess(original);
  const { ctx: b, describe } = fromWorker(original, text);
  assert.ok(original.mentions.length > 20 && original.citations.length > 20, 'the draft exercises entities and citations');
  assert.deepEqual(b.analysis.doc.text, a.analysis.doc.text);
  assert.deepEqual(b.analysis.doc.lines.lineStarts, a.analysis.doc.lines.lineStarts);
  assert.deepEqual(diagnosticsByUri(b.analysis.diagnostics, URI), diagnosticsByUri(a.analysis.diagnostics, URI));
  assert.deepEqual(documentSymbols(b), documentSymbols(a));
  assert.deepEqual(workspaceSymbols(b, 'her'), workspaceSymbols(a, 'her'));
  assert.deepEqual(documentLinks(b), documentLinks(a));
  assert.deepEqual(entityEvidence(b.analysis, describe), entityEvidence(a.analysis, (id) => describeEntity(model, id)));
  const whole = { start: { line: 0, character: 0 }, end: { line: a.analysis.doc.lines.lineCount, character: 0 } };
  assert.deepEqual(codeActions(b, whole), codeActions(a, whole));
  let hovers = 0;
  for (const p of probes(original)) {
    const h = hover(b, p);
    assert.deepEqual(h, hover(a, p), `hover at ${p.line}:${p.character}`);
    if (h) hovers++;
    assert.deepEqual(definition(b, p), definition(a, p));
    assert.deepEqual(references(b, p, true), references(a, p, true));
    assert.deepEqual(completion(b, p), completion(a, p));
    assert.deepEqual(entityCompletion(b, p), entityCompletion(a, p));
    const range = { start: p, end: p };
    assert.deepEqual(codeActions(b, range), codeActions(a, range));
  }
  assert.ok(hovers > 20, `hovers with content: ${hovers}`);
}

test('the tree, the text and the line index do not cross; evidence comes back with the same objects shared', () => {
  const original = analyse(REVIEW);
  const data = analysisData(original);
  assert.equal('tree' in data.doc, false);
  assert.equal('text' in data.doc, false);
  assert.equal('lines' in data.doc, false);
  const back = analysisFromData(structuredClone(data), REVIEW);
  assert.deepEqual(back.evidence, original.evidence);
  assert.deepEqual(back.mentions, original.mentions);
  assert.deepEqual(back.entries, original.entries);
  assert.ok(back.evidence.some((ev) => ev.entries.length > 0 && ev.citations.length > 0));
  for (const ev of back.evidence) {
    assert.ok(back.mentions.includes(ev.mention));
    assert.ok(ev.citations.every((c) => back.citations.includes(c)));
    assert.ok(ev.entries.every((e) => back.entries.includes(e)));
  }
  assert.ok(back.section!.entries.every((e) => back.entries.includes(e)), 'the References entries are the same objects');
  // Mentions of one sentence share its lists, as in the original.
  const sameScope = back.evidence.slice(1).filter((ev, i) => ev.scope.start === back.evidence[i]!.scope.start);
  assert.ok(sameScope.length > 0, 'some sentence names two entities');
  back.evidence.slice(1).forEach((ev, i) => {
    const before = back.evidence[i]!;
    if (ev.scope.start !== before.scope.start) return;
    assert.ok(ev.citations === before.citations && ev.entries === before.entries && ev.citationIds === before.citationIds, 'one sentence, one set of lists');
  });
});

test('every feature answers the same on the rehydrated analysis (example review)', () => {
  assertSameFeatures(REVIEW);
});

test('every feature answers the same with a byte-order mark and CRLF line ends', () => {
  assertSameFeatures(`\uFEFF${REVIEW.replace(/\n/g, '\r\n')}`);
});

test('entity completion finds the same names through the name list', () => {
  const text = 'Resistance to trastuzumab involves PIK and ERBB.\n';
  const a = inProcess(analyse(text));
  const { ctx: b } = fromWorker(analyse(text), text);
  for (const needle of ['PIK', 'ERBB', 'trastuz']) {
    const p = { line: 0, character: text.indexOf(needle) + needle.length };
    const items = entityCompletion(b, p);
    assert.ok((items?.items.length ?? 0) > 0, needle);
    assert.deepEqual(items, entityCompletion(a, p));
  }
});
