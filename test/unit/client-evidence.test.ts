/** The extension's pure helpers: evidence model, HTML/CSV rendering and ontology file edits (no VS Code needed). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { analyzeDocument } from '../../src/core/analysis';
import { parseDocument } from '../../src/core/parse/document';
import { csvField, escapeHtml, evidenceCsv, evidenceTableHtml } from '../../src/client/evidence-html';
import { buildEvidenceModel } from '../../src/client/evidence-model';
import { addToOntologyText, slugOf } from '../../src/client/ontology-edit';

const DRAFT = `# Draft

HER2 rises (1) and falls (2, 3); see also (1) and (9).

## References

1. Smith A. <script>alert(1)</script> & "quotes". J Test. 2020;1:1-2. doi:10.1000/abc.
2. Doe B. Second title. J Test. 2019;2:3-4.
3. Roe C. =HYPERLINK("x") title. J Test. 2018;3:5-6.
`;

const model = () => buildEvidenceModel(analyzeDocument(parseDocument(DRAFT, 'draft.md')));

describe('evidence model', () => {
  test('counts citation sites per reference and lists unresolved numbers', () => {
    const m = model();
    assert.equal(m.citationCount, 4);
    assert.deepEqual(m.references.map((r) => [r.label, r.sites.length]), [['1', 2], ['2', 1], ['3', 1]]);
    assert.deepEqual(m.unresolved.map((u) => [u.label, u.sites.map((s) => s.text)]), [['9', ['(9)']]]);
    assert.equal(m.references[0]!.sites[0]!.range.start.line, 2);
  });
});

describe('evidence table rendering', () => {
  test('escapes every document string and allows no script', () => {
    const html = evidenceTableHtml(model(), { title: 'Evidence: <b>x</b>.md', nonce: 'abc123', cspSource: 'https://webview' });
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<b>x<\/b>/);
    assert.match(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62; &#38; &#34;quotes&#34;/);
    assert.match(html, /content="default-src &#39;none&#39;; style-src https:\/\/webview &#39;nonce-abc123&#39;;/);
    assert.match(html, /<style nonce="abc123">/);
    assert.equal(escapeHtml(`<>&"'\``), '&#60;&#62;&#38;&#34;&#39;&#96;');
  });

  test('CSV quotes fields and defuses formulas', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, "b"'), '"a, ""b"""');
    assert.equal(csvField('=1+1'), `"'=1+1"`);
    const csv = evidenceCsv(model());
    assert.ok(csv.startsWith('Reference,Entry,Identifiers,Citations,Cited on lines\r\n'));
    assert.match(csv, /\r\n1,"Smith A · 2020 · <script>alert\(1\)<\/script> & ""quotes""",doi:10.1000\/abc,2,3\r\n/);
    assert.match(csv, /\r\n9,\(no reference entry\),,1,3\r\n$/);
  });
});

describe('workspace ontology edits', () => {
  test('creates a file with a word that is never an entity, then leaves it unchanged', () => {
    const r = addToOntologyText('', { kind: 'not-entity', word: 'TAM' }, 'o.yaml');
    assert.ok(r.ok && !r.unchanged);
    assert.deepEqual(parse(r.text), { version: 1, notEntities: ['TAM'] });
    const again = addToOntologyText(r.text, { kind: 'not-entity', word: 'TAM' }, 'o.yaml');
    assert.ok(again.ok && again.unchanged);
  });

  test('adds an entity with a slug id and keeps comments', () => {
    const r = addToOntologyText('# mine\nentities: []\n', { kind: 'entity', word: 'T-DXd', type: 'drug' }, 'o.yaml');
    assert.ok(r.ok);
    assert.match(r.text, /^# mine\n/);
    assert.deepEqual(parse(r.text).entities, [{ id: 'drug:t-dxd', type: 'drug', name: 'T-DXd' }]);
    assert.equal(slugOf('  Foo β 2 '), 'foo-2');
  });

  test('refuses invalid files and words', () => {
    assert.equal(addToOntologyText('entities: [\n', { kind: 'not-entity', word: 'x' }, 'o.yaml').ok, false);
    const bad = addToOntologyText('entities: 3\n', { kind: 'not-entity', word: 'x' }, 'o.yaml');
    assert.ok(!bad.ok && /o\.yaml: entities/.test(bad.message));
    assert.equal(addToOntologyText('', { kind: 'not-entity', word: 'a|b' }, 'o.yaml').ok, false);
  });
});
