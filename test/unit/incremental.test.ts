import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { analyzeDocument, type Analysis, type AnalysisOptions } from '../../src/core/analysis';
import { analysisData, analysisFromData } from '../../src/core/analysis-data';
import { createIncrementalAnalyzer } from '../../src/core/incremental';
import { parseDocument, parseDocumentWhole, type ParseLimits, type ParsedDocument } from '../../src/core/parse/document';
import { createRecogniser } from '../../src/core/recognise';
import { loadBundledOntology } from '../../src/node/ontology';

// Chunked and incremental analysis give what one parse of the whole text gives. Runs per property: FUZZ_RUNS (default
// below); FUZZ_SEED replays a failure, e.g. `FUZZ_RUNS=2000 node --import tsx --test test/unit/incremental.test.ts`.

const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;
// A random seed by default, as the other fuzz tests (fast-check prints it with a failure; FUZZ_SEED replays it).
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = (defaultRuns: number): fc.Parameters<unknown> => ({ numRuns: RUNS ?? defaultRuns, includeErrorInReport: true, ...(SEED !== undefined ? { seed: SEED } : {}) });

const ROOT = path.join(__dirname, '../..');
const DRAFTS = [
  ...['her2-resistance-review.md', 'pandoc-draft.md'].map((f) => path.join(ROOT, 'examples', f)),
  ...readdirSync(path.join(ROOT, 'test/fixtures/drafts'))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => path.join(ROOT, 'test/fixtures/drafts', f)),
  // A drug table with brand and code columns (drug-table.ts reads a cell's row).
  path.join(ROOT, 'test/fixtures/blind16/heart-failure-pharmacology.md'),
].map((file) => ({ name: path.basename(file), text: readFileSync(file, 'utf8') }));

const model = loadBundledOntology();
const options: AnalysisOptions = { entities: { recogniser: createRecogniser(model), model } };

/** What a parse gives, as plain data. */
function parsed(doc: ParsedDocument) {
  const { prose, blocks, sections, comments, topBlocks, notices, frontMatter, hadBom, text } = doc;
  return { text, hadBom, prose, blocks, sections, comments, topBlocks, notices, frontMatter, lines: doc.lines.lineStarts };
}

/** What an analysis gives, as plain data. */
function analysed(a: Analysis) {
  return {
    parsed: parsed(a.doc),
    citations: a.citations,
    mentions: a.mentions,
    diagnostics: a.diagnostics,
    entries: a.entries.map((e) => ({ ...e })),
    evidence: a.evidence.map((e) => ({ mention: e.mention.span, scope: e.scope, ids: e.citationIds, citations: e.citations.map((c) => c.span), entries: e.entries.map((x) => x.id) })),
  };
}

/** The evidence points at the analysis's own mention, citation and entry objects (as `analysisData` needs them). */
function assertLinked(a: Analysis): void {
  const mentions = new Set(a.mentions);
  const citations = new Set(a.citations);
  const entries = new Set(a.entries);
  for (const ev of a.evidence) {
    assert.ok(mentions.has(ev.mention), 'evidence names a mention of the analysis');
    for (const c of ev.citations) assert.ok(citations.has(c), 'evidence names a citation of the analysis');
    for (const e of ev.entries) assert.ok(entries.has(e), 'evidence names an entry of the analysis');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Cold: chunks against one parse

test('the example and fixture drafts parse in chunks exactly as in one piece, and analyse the same', () => {
  for (const { name, text } of DRAFTS) {
    const whole = parseDocumentWhole(text, name);
    const chunked = parseDocument(text, name);
    assert.deepEqual(parsed(chunked), parsed(whole), name);
    assert.deepEqual(analysed(analyzeDocument(chunked, options)), analysed(analyzeDocument(whole, options)), name);
    assert.deepEqual(analysed(createIncrementalAnalyzer({ ...options, uri: name }).analyze(text)), analysed(analyzeDocument(whole, options)), name);
  }
});

test('a draft is cut into many chunks (the parse is not one piece)', () => {
  const text = DRAFTS.find((d) => d.name === 'her2-resistance-review.md')!.text;
  const doc = parseDocument(text);
  // Every paragraph is a chunk of its own: the text has as many blank-line cuts as it has blank lines before column 0.
  assert.ok(doc.blocks.length > 20);
});

// ---------------------------------------------------------------------------------------------------------------
// Edits

/** Strings that change Markdown structure when inserted: fences, math, list markers, headings, quotes, definitions. */
const SIGNIFICANT = [
  '```', '~~~', '$$', '- ', '* ', '1. ', '2) ', '#', '## ', '> ', '\n', '\n\n', '\r\n', '    ', '[1]: https://x.org', '[^1]',
  '[^1]: note', '<!--', '-->', '<div>', '</div>', '---', '+++', '|', '| a | b |\n|---|---|', '*', '_', '`', '[', ']', '(', ')',
  '(12)', '[3, 4]', '@smith2020', '[@a; @b]', 'HER2', 'https://x.org/a', 'www.example.com', 'a@b.org', '## References',
  '\n\n## References\n\n1. A. A study. J. 2020. doi:10.5555/x\n', '<sup>2</sup>', '\\', '===', '&amp;',
];

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 })),
  insert: fc.oneof(fc.constantFrom(...SIGNIFICANT), fc.string({ maxLength: 3 }), fc.constantFrom('', 'a', ' ', '.')),
});

/** Applies an edit (its position taken modulo the text's length, kept off the middle of a CRLF). */
function apply(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** Runs `edits` one after the other through one incremental analyser, comparing each result with a fresh analysis. */
function checkEdits(start: string, edits: readonly Edit[], limits?: ParseLimits): void {
  const analyzer = createIncrementalAnalyzer({ ...options, limits });
  let text = start;
  assert.deepEqual(analysed(analyzer.analyze(text)), analysed(analyzeDocument(parseDocument(text, undefined, limits), options)));
  for (const e of edits) {
    text = apply(text, e);
    const fresh = analyzeDocument(parseDocument(text, undefined, limits), options);
    const result = analyzer.analyze(text);
    assertLinked(result);
    assert.deepEqual(analysed(result), analysed(fresh));
  }
  // And the fresh, chunked parse of the last text is the one-piece parse.
  assert.deepEqual(parsed(parseDocument(text, undefined, limits)), parsed(parseDocumentWhole(text, undefined, limits)));
}

test('property: after random edits of the example and fixture drafts, incremental analysis equals a fresh one', () => {
  const draft = fc.constantFrom(...DRAFTS.map((d) => d.text));
  fc.assert(fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => checkEdits(text, edits)), params(100));
});

/** Random Markdown made of blocks that hold blank lines, lists (tight and loose), definitions and a References list. */
const block = fc.oneof(
  fc.constantFrom(
    'HER2 amplification confers resistance to trastuzumab (1).',
    'Loss of PTEN activates PI3K signalling [2, 3] and see https://example.org/a_(b) or www.x.org.',
    'Smith et al. showed it [@smith2020]. Then miR-21 rose <sup>4</sup>.',
    'A paragraph\nwith a lazy line\nand NCT01234567.',
    '# Introduction',
    '## References',
    '1. Example A. A study. J Ex. 2020;1:1-10. doi:10.5555/a\n2. Example B. Another. J Ex. 2021. PMID: 1234567',
    '- item one (5)\n- item two\n\n- item three',
    '1. first\n\n   continued (6)\n2. second',
    '```\ncode (7)\n\nstill code\n```',
    '```\nunclosed fence',
    '$$\nx_(8)\n\n$$',
    '<!--\nhidden (9)\n\nstill hidden\n-->',
    '<div>\nblock (10)\n</div>',
    '> quote (11)\n> more',
    '| a | b |\n|---|---|\n| (12) | x |',
    '| Drug | Brand | Code |\n|---|---|---|\n| lapatinib | Kovarzo | GW-572016 |\n| (15) | Tablet | none |',
    '[1]: https://example.org/def',
    '[^1]: A footnote (13).',
    'Text with a note[^1] and a [link][1] and [1].',
    '    indented code (14)',
    'Setext heading\n===',
    '<!-- evidence-lens-disable-next-line -->',
    '---\ntitle: x\n---',
  ),
  fc.string({ maxLength: 20 }),
);
const markdown = fc.array(fc.tuple(block, fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n\r\n')), { maxLength: 14 }).map((parts) => parts.map(([b, s]) => b + s).join(''));

test('property: random Markdown parses in chunks as in one piece, and edits analyse incrementally as afresh', () => {
  fc.assert(fc.property(markdown, fc.array(edit, { maxLength: 5 }), (text, edits) => checkEdits(text, edits)), params(500));
});

test('property: with tiny parse limits (regions read as plain text, notices), edits analyse incrementally as afresh', () => {
  const limits: ParseLimits = { maxNesting: 2, maxDelimiterRuns: 4, maxBracketDepth: 2, maxBlockChars: 120, maxLinkOpeners: 2, maxSetextHeadings: 1 };
  const deep = fc.constantFrom('> > > deep (1)', '- - - deep [2]', '*a* _b_ *c* _d_ ~e~ (3)', '[[[x]]] (4)', 'x'.repeat(150), '[a](b) [c](d) [e](f)', 'T\n===', 'U\n---');
  const md = fc.array(fc.tuple(fc.oneof(block, deep), fc.constantFrom('\n', '\n\n')), { maxLength: 12 }).map((parts) => parts.map(([b, s]) => b + s).join(''));
  fc.assert(fc.property(md, fc.array(edit, { maxLength: 4 }), (text, edits) => checkEdits(text, edits, limits)), params(200));
});

test('a cancelled analysis throws, and the next one is still right; options can change between analyses', () => {
  const text = DRAFTS[0]!.text;
  const analyzer = createIncrementalAnalyzer(options);
  analyzer.analyze(text);
  const edited = text.replace('## ', '## Intro (99)\n\n## ');
  // Cancelled at the start, and part-way through (after some of the checks the analysis makes).
  assert.throws(() => analyzer.analyze(edited, { isCancellationRequested: true }), /cancelled/);
  for (const after of [1, 5, 20, 60]) {
    let checks = 0;
    const token = { get isCancellationRequested() { return ++checks > after; } };
    assert.throws(() => analyzer.analyze(after % 2 ? edited : text, token), /cancelled/);
  }
  assert.deepEqual(analysed(analyzer.analyze(edited)), analysed(analyzeDocument(parseDocument(edited), options)));
  const quiet: AnalysisOptions = { ...options, rules: { 'citation.unresolved': 'off' }, evidenceScope: 'paragraph' };
  analyzer.setOptions(quiet);
  assert.deepEqual(analysed(analyzer.analyze(edited)), analysed(analyzeDocument(parseDocument(edited), quiet)));
  analyzer.setOptions({});
  assert.deepEqual(analysed(analyzer.analyze(text)), analysed(analyzeDocument(parseDocument(text))));
});

// ---------------------------------------------------------------------------------------------------------------
// Document-wide facts of recognition across chunks: a fusion cue in one paragraph makes a pair (and pairs sharing a
// partner) fusions in others; an abbreviation defined in one paragraph is (or is not) a gene in others; a trial name
// with a cue; an ambiguous alias resolved to the gene another paragraph names unambiguously.

const FACT_BLOCKS = [
  'The EWSR1-FLI1 fusion drives Ewing sarcoma.',
  'Tumours carry EWSR1-WT1 here.',
  'The BCR/ABL fusion was found.',
  'BCR-ABL was measured (3).',
  'The noradrenaline transporter (SLC6A2) was studied.',
  'Levels of NET rose [2].',
  'OAT3 carries urate (4).',
  'OAT1 was cloned first.',
  'Neuroleptic malignant syndrome (NMS) is rare.',
  'Neuromedin S (NMS) is a peptide.',
  'NMS was reported.',
  'Maturity-onset diabetes of the young (MODY) is rare.',
  'MODY patients were seen.',
  'The SAPS trial enrolled 100.',
  'In SAPS, mortality fell.',
];

test('property: document-wide recognition facts across chunks (fusions, definitions, trials, aliases) hold after edits', () => {
  const facts = fc.array(fc.tuple(fc.constantFrom(...FACT_BLOCKS), fc.constantFrom('\n\n', '\n\n\n', ' ')), { minLength: 1, maxLength: 10 }).map((parts) => parts.map(([b, s]) => b + s).join(''));
  const factEdit: fc.Arbitrary<Edit> = fc.record({
    at: fc.nat(),
    remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 60 })),
    insert: fc.oneof(fc.constantFrom(...FACT_BLOCKS.map((b) => `\n\n${b}\n\n`)), fc.constantFrom('', ' fusion', ' trial', '-', '::', '\n\n', 'x')),
  });
  fc.assert(fc.property(facts, fc.array(factEdit, { minLength: 1, maxLength: 6 }), (text, edits) => checkEdits(text, edits)), params(200));
});

test('a link definition added above an unchanged chunk that was parsed with no labels re-parses it (found by the property test)', () => {
  const before = '\n\nText with a note[^1] and a [link][1] and ```.\n';
  const after = `[1]: https://x.org${before}`;
  const inc = createIncrementalAnalyzer({});
  inc.analyze(before);
  const fresh = createIncrementalAnalyzer({}).analyze(after);
  assert.deepEqual(inc.analyze(after).doc.prose, fresh.doc.prose);
  assert.ok(fresh.doc.prose.length > 1, '[link][1] is a link once [1] is defined: its label is not prose');
});

test('`$$` opened inside a list item keeps the list open over the blank line before the next list (found by the property test)', () => {
  const list = '1. Example A. A study. J Ex. 2020;1:1-10. doi:10.5555/a\n2. Example B. Another. J Ex. 2021. PMID: 1234567\n\n';
  const before = '```\ncode (7)\n\nstill code\n```\n\n' + list + list + '\n          \n\n\n> quote (11)\n> more\n\n       \r\n\r\n      \r\n\r\n';
  const after = before.replace('2. Example B', () => '2. $$Example B');
  const inc = createIncrementalAnalyzer(options);
  inc.analyze(before);
  const fresh = analyzeDocument(parseDocument(after), options);
  assert.deepEqual(inc.analyze(after).doc.topBlocks, fresh.doc.topBlocks);
  assert.deepEqual(parsed(parseDocument(after)), parsed(parseDocumentWhole(after)));
});

test('no cut after an indented code block: micromark keeps it open over the blank lines, so an empty list item after it is text (found by the property test)', () => {
  const before = '    indented code (14)\n\n+\n';
  const after = '!' + before;
  const inc = createIncrementalAnalyzer(options);
  inc.analyze(before);
  const fresh = analyzeDocument(parseDocument(after), options);
  assert.deepEqual(inc.analyze(after).doc.topBlocks, fresh.doc.topBlocks);
  assert.deepEqual(parsed(parseDocument(before)), parsed(parseDocumentWhole(before)));
  assert.deepEqual(parsed(parseDocument(after)), parsed(parseDocumentWhole(after)));
});

test('a cut at the first line of a region read as plain text is not used: the list item before runs on over it (found by the property test)', () => {
  const limits: ParseLimits = { maxNesting: 2, maxDelimiterRuns: 4, maxBracketDepth: 2, maxBlockChars: 120, maxLinkOpeners: 2, maxSetextHeadings: 1 };
  const before = '- eferences\n> > > deep (1)\n\n1. first\n\n   continued (6)\n2. second\nHER2 amplification confers resistance to trastuzumab (1).\n';
  const after = before.replace('1. first', '* 1. first');
  const inc = createIncrementalAnalyzer({ limits });
  inc.analyze(before);
  const fresh = analyzeDocument(parseDocument(after, undefined, limits));
  const got = inc.analyze(after);
  assert.deepEqual(got.doc.topBlocks, fresh.doc.topBlocks);
  assert.deepEqual(got.doc.prose, fresh.doc.prose);
});

test('results are moved in place by the next analysis; data cloned before it stays that of its own text (the server worker\'s pattern)', () => {
  const text = DRAFTS[0]!.text;
  const analyzer = createIncrementalAnalyzer(options);
  analyzer.analyze(text);
  const edited = 'Intro (1).\n\n' + text; // everything moves
  const first = analyzer.analyze(text.replace('the', 'teh')); // a version, then its data, as the worker posts it
  const cloned = structuredClone(analysisData(first));
  const firstMention = first.mentions.at(-1)!;
  const before = { ...firstMention.span };
  const second = analyzer.analyze(edited);
  assert.deepEqual(analysed(second), analysed(analyzeDocument(parseDocument(edited), options)));
  // The clone is still the first version's analysis…
  const restored = analysisFromData(cloned, text.replace('the', 'teh'));
  assert.deepEqual(analysed(restored), analysed(analyzeDocument(parseDocument(text.replace('the', 'teh')), options)));
  // …while the first result itself was moved along with its chunks (documented: valid until the next call).
  assert.notDeepEqual(firstMention.span, before);
});

test('a delimiter row without pipes (`:-`) under a line of text makes a one-column table, as remark reads it (found by the property test)', () => {
  const text = 'HER2 amplification confers resistance to trastuzumab (1).\n:-\n';
  assert.deepEqual(parsed(parseDocument(text)), parsed(parseDocumentWhole(text)));
  assert.equal(parseDocument(text).blocks[0]?.kind, 'tableCell');
});

test('an HTML comment opened right after a list marker (`1. <!--`) allows no cut before the next item, as micromark keeps it open (found by the property test)', () => {
  const text = '       \r\n\r\n1. <!--Example A. A study. J Ex. 2020;1:1-10. doi:10.5555/a\n2. Example B. Another. J Ex. 2021. PMID: 1234567\n';
  assert.deepEqual(parsed(parseDocument(text)), parsed(parseDocumentWhole(text)));
});

test('a paragraph turned into a heading after the reference list ends the References section there, before unchanged entries', () => {
  const start = '# T\n\nHER2 (1) and EGFR (2).\n\n## References\n\n1. A. A study. J. 2020.\n\n2. B. Another study. J. 2021.\n\nText.\n\n[3] C. A third study. J. 2022.\n';
  // Same length and lines: the chunk of entry 3 neither changes nor moves, but is no longer in the section.
  checkEdits(start, [{ at: start.indexOf('Text.'), remove: 5, insert: '## A.' }]);
});
