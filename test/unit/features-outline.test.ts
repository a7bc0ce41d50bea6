import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentLinks, documentSymbols, fileTooLargeDiagnostic, toLspDiagnostic, trimDoi, workspaceSymbols, diagnosticsByUri } from '../../src/core/features';
import { at, BIB_URI, CANCELLED, contextOf, NUMBERED, pandocContext, URI } from './features-helpers';
import { createRecogniser } from '../../src/core/recognise';
import { loadBundledOntology } from '../../src/node/ontology';

test('document symbols: headings nested, reference entries under the References heading', () => {
  const symbols = documentSymbols(contextOf(NUMBERED));
  assert.deepEqual(symbols.map((s) => s.name), ['Review']);
  const refs = symbols[0]!.children!.find((s) => s.name === 'References')!;
  assert.equal(refs.children!.length, 7);
  assert.equal(refs.children![2]!.name, '3. Third study');
  assert.deepEqual(refs.children![2]!.selectionRange.start, at(NUMBERED, '3. Delta'));
  assert.deepEqual(documentSymbols(contextOf(NUMBERED), CANCELLED), []);
});

test('workspace symbols: entries of the draft and its bibliography files matching the query', () => {
  assert.deepEqual(workspaceSymbols(contextOf(NUMBERED), 'fifth').map((s) => s.name), ['5. Fifth study']);
  const bib = workspaceSymbols(pandocContext(), 'beta');
  assert.deepEqual(bib.map((s) => [s.name, s.location.uri]), [['beta2021: Beta study', BIB_URI]]);
});

test('document links: DOI, PMID, PMCID and NCT ids in prose, trailing punctuation dropped', () => {
  const links = documentLinks(contextOf(NUMBERED));
  const targets = links.map((l) => l.target);
  assert.ok(targets.includes('https://clinicaltrials.gov/study/NCT01234567'));
  assert.ok(targets.includes('https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/'));
  assert.ok(targets.includes('https://doi.org/10.5555/abc.def'), targets.join('\n'));
  assert.ok(targets.includes('https://pubmed.ncbi.nlm.nih.gov/1234567/'));
  assert.ok(targets.includes('https://doi.org/10.5555/one'));
  const trial = links.find((l) => l.target.includes('NCT'))!;
  assert.deepEqual(trial.range, { start: at(NUMBERED, 'NCT0'), end: at(NUMBERED, 'NCT0', 11) });
  const inCode = documentLinks(contextOf('See `doi:10.5555/code` and:\n\n```\nNCT01234567\n```\n'));
  assert.deepEqual(inCode, []);
  assert.equal(trimDoi('10.1000/a(b).'), '10.1000/a(b)');
  assert.equal(trimDoi('10.1000/ab).'), '10.1000/ab');
});

test('LSP diagnostics: severities, code, source, fix data, related URIs, grouping by file', () => {
  const ctx = contextOf(NUMBERED);
  const d = ctx.analysis.diagnostics.find((x) => x.code === 'citation.out-of-order')!;
  const lsp = toLspDiagnostic(d, (p) => p ?? URI);
  assert.equal(lsp.severity, 2);
  assert.equal(lsp.source, 'evidence-lens');
  assert.equal(lsp.relatedInformation![0]!.location.uri, URI);
  const c = ctx.analysis.diagnostics.find((x) => x.code === 'citation.collapsible-group')!;
  assert.equal(toLspDiagnostic(c, () => URI).severity, 4);
  assert.equal(toLspDiagnostic(c, () => URI).data!.fix!.title, 'Rewrite as (2–4)');
  const byUri = diagnosticsByUri(pandocContext('Known [@alpha2020].\n').analysis.diagnostics, URI);
  assert.deepEqual([...byUri.keys()], [URI, BIB_URI]);
  assert.deepEqual(byUri.get(BIB_URI)!.map((x) => x.code), ['citation.unused-reference']);
  const notice = fileTooLargeDiagnostic(6 * 1024 * 1024, 5 * 1024 * 1024);
  assert.equal(notice.range.start.line, 0);
  assert.match(notice.message, /6\.0 MB, over the size limit of 5\.0 MB; it was not analysed/);
});

test('with entities, the outline ends with an Entities group (first mention, type and count) and workspace symbols include them', () => {
  const model = loadBundledOntology();
  const md = '# Review\n\nHER2 and PTEN (1). ERBB2 again (1).\n\n## References\n\n1. Example A. HER2 and PTEN. J Ex. 2020. doi:10.5555/a\n';
  const ctx = contextOf(md, { entities: { model, recogniser: createRecogniser(model) } });
  const group = documentSymbols(ctx).find((s) => s.name === 'Entities')!;
  assert.deepEqual(group.children!.map((c) => [c.name, c.detail]), [['ERBB2', 'gene · 2 mentions'], ['PTEN', 'gene · 1 mention']]);
  assert.deepEqual(group.children![0]!.selectionRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } });
  assert.deepEqual(workspaceSymbols(ctx, 'pte').map((s) => [s.name, s.containerName]), [['1. HER2 and PTEN', 'References'], ['PTEN', 'Entities']]);
});
