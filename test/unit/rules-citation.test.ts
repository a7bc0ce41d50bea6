import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, entry, findings, references } from './helpers';

const refs = (n: number) => references(Array.from({ length: n }, (_, i) => entry(i + 1)));
const CITATION_RULES = ['citation.unresolved', 'citation.unused-reference', 'citation.out-of-order', 'citation.malformed-group', 'citation.collapsible-group', 'citation.no-reference-list'];

test('a clean numbered draft has no citation findings', () => {
  const md = `# Review\n\nHER2 is amplified (1). Trastuzumab helps (2, 3). Resistance arises (4–6).\n\nSee also (7).\n\n${refs(7)}`;
  assert.deepEqual(findings(md, CITATION_RULES), []);
});

test('citation.unresolved: numbers beyond the list, in a group and in a range', () => {
  const md = `Text (1). More (2, 9). Range (3–4).\n\n${refs(3)}`;
  const d = diagnose(md).filter((x) => x.code === 'citation.unresolved');
  assert.equal(d.length, 2);
  assert.match(d[0]!.message, /Citation 9 has no entry in References/);
  assert.match(d[1]!.message, /Citation 4 has no entry/);
  assert.equal(d[0]!.severity, 'error');
  assert.equal(md.split('\n')[d[0]!.range.start.line]!.slice(d[0]!.range.start.character, d[0]!.range.end.character), '(2, 9)');
});

test('citation.unresolved: Pandoc keys missing from the bibliography', () => {
  const bib = '@article{known2020, title={Known}, author={Example, A}, year={2020}, doi={10.5555/k}}\n';
  const md = 'Known [@known2020]. Unknown [@missing2021; @known2020].\n';
  const d = diagnose(md, { bibliographies: [{ path: 'refs.bib', text: bib }] }).filter((x) => x.code === 'citation.unresolved');
  assert.deepEqual(d.map((x) => x.message), ["Citation key '@missing2021' has no entry in the bibliography."]);
});

test('in-text @handles are not checked in a draft that has no bibliography and no bracketed citations', () => {
  assert.deepEqual(findings('Ask @someone on the team.\n', ['citation.unresolved']), []);
});

test('citation.no-reference-list: numbered citations with no list are reported once', () => {
  assert.deepEqual(findings('One (1). Two (2). Three (3).\n', CITATION_RULES), ['citation.no-reference-list@1']);
});

test('citation.unused-reference: reported on the entry label; cited ranges count as citations', () => {
  const md = `A (1). B (3–5).\n\n${refs(6)}`;
  const lines = md.split('\n');
  const got = findings(md, ['citation.unused-reference']);
  assert.deepEqual(got, [`citation.unused-reference@${lines.findIndex((l) => l.startsWith('2. ')) + 1}`, `citation.unused-reference@${lines.findIndex((l) => l.startsWith('6. ')) + 1}`]);
});

test('citation.unused-reference: a bibliography entry never cited is reported in the .bib file', () => {
  const bib = '@article{a, title={A}, doi={10.5555/a}}\n\n@article{b, title={B}, doi={10.5555/b}}\n';
  const d = diagnose('Cite [@a].\n', { bibliographies: [{ path: 'refs.bib', text: bib }] }).filter((x) => x.code === 'citation.unused-reference');
  assert.equal(d.length, 1);
  assert.equal(d[0]!.path, 'refs.bib');
  assert.equal(d[0]!.range.start.line, 2);
});

test('citation.out-of-order: names both references, once per jump', () => {
  const md = `First (1). Jump (3). Then (2). Later (4, 5).\n\n${refs(5)}`;
  const d = diagnose(md).filter((x) => x.code === 'citation.out-of-order');
  assert.equal(d.length, 1);
  assert.match(d[0]!.message, /Reference 3 is first cited before reference 2/);
  assert.equal(d[0]!.related?.[0]?.range.start.character, md.indexOf('(2)'));
});

test('citation.out-of-order: numbers first cited together are simultaneous; later repeats are fine', () => {
  const md = `First (2, 1). Again (1). Next (3–5). Back to (2).\n\n${refs(5)}`;
  assert.deepEqual(findings(md, ['citation.out-of-order']), []);
});

test('citation.out-of-order: an uncited lower number does not make later ones out of order', () => {
  const md = `First (1). Then (3).\n\n${refs(3)}`;
  assert.deepEqual(findings(md, ['citation.out-of-order']), []);
});

test('citation.malformed-group: descending range, repeated number and empty element, with fixes', () => {
  const md = `Desc (5–3). Twice (1, 1). Overlap (2, 1–3). Empty (1,,2).\n\n${refs(5)}`;
  const d = diagnose(md).filter((x) => x.code === 'citation.malformed-group');
  assert.equal(d.length, 4);
  assert.deepEqual(d.map((x) => x.fix?.edits[0]?.newText), ['(3–5)', '(1)', '(1–3)', '(1,2)']);
  assert.match(d[0]!.message, /descending range '5–3'/);
});

test('citation.collapsible-group: three consecutive numbers, keeping the draft dash and separator', () => {
  const md = `A (1, 2, 3). B (4,5,6). C (7, 8). D (9, 10-12).\n\n${refs(12)}`;
  const d = diagnose(md).filter((x) => x.code === 'citation.collapsible-group');
  assert.deepEqual(d.map((x) => x.fix?.edits[0]?.newText), ['(1-3)', '(4-6)', '(9-12)']);
  assert.equal(d[0]!.severity, 'hint');
});

test('rule levels: off drops a rule, another level changes the severity', () => {
  const md = `A (1). B (9).\n\n${refs(1)}`;
  assert.deepEqual(findings(md, ['citation.unresolved'], { rules: { 'citation.unresolved': 'off' } }), []);
  assert.equal(diagnose(md, { rules: { 'citation.unresolved': 'warning' } }).find((x) => x.code === 'citation.unresolved')?.severity, 'warning');
});

test('suppression comments: next line, own line, and disable/enable regions', () => {
  const md = [
    '<!-- evidence-lens-disable-next-line citation.unresolved -->',
    'Hidden (9).',
    'Shown (8).',
    'Own line (7). <!-- evidence-lens-disable-line -->',
    '<!-- evidence-lens-disable citation.unresolved -->',
    'Region (6).',
    '<!-- evidence-lens-enable citation.unresolved -->',
    'After (5). First (1).',
    '',
    refs(1),
  ].join('\n');
  assert.deepEqual(findings(md, ['citation.unresolved']), ['citation.unresolved@3', 'citation.unresolved@8']);
});

test('citation style: forcing pandoc ignores numbers; forcing numeric ignores keys', () => {
  const md = `Number (4). Key [@nokey].\n\n${refs(1)}`;
  assert.deepEqual(findings(md, ['citation.unresolved'], { citationStyle: 'pandoc' }), ['citation.unresolved@1']);
  assert.match(diagnose(md, { citationStyle: 'pandoc' }).find((d) => d.code === 'citation.unresolved')!.message, /nokey/);
  assert.match(diagnose(md, { citationStyle: 'numeric' }).find((d) => d.code === 'citation.unresolved')!.message, /Citation 4/);
});

test('Manubot identifier keys resolve against the DOI, PMID or PMCID of an entry, which then counts as cited', () => {
  const bib = '@article{a, title={A}, doi={10.5555/Abc.1}}\n\n@article{b, title={B}, pmid={1234567}}\n';
  const md = 'By DOI [@doi:10.5555/abc.1]. By PMID [@pmid:1234567]. Unknown [@doi:10.5555/none].\n';
  const d = diagnose(md, { bibliographies: [{ path: 'refs.bib', text: bib }] });
  assert.deepEqual(d.filter((x) => x.code === 'citation.unresolved').map((x) => x.message), ["Citation key '@doi:10.5555/none' has no entry in the bibliography."]);
  assert.deepEqual(d.filter((x) => x.code === 'citation.unused-reference'), []);
});
