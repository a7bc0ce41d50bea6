import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, entry, findings, references } from './helpers';

const cite = (n: number) => `Cited ${Array.from({ length: n }, (_, i) => `(${i + 1})`).join(' ')}.\n\n`;
const lineOf = (md: string, prefix: string) => md.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;

test('reference.duplicate: same DOI in a different case, reported on the later entry', () => {
  const md = cite(3) + references([entry(1), entry(2), 'Other C. Another title entirely. J Ex. 2019;2:3-4. doi:10.5555/EXAMPLE.1']);
  const d = diagnose(md).filter((x) => x.code === 'reference.duplicate');
  assert.equal(d.length, 1);
  assert.equal(d[0]!.range.start.line + 1, lineOf(md, '3. '));
  assert.match(d[0]!.message, /Reference 3 duplicates Reference 1 \(same DOI\)/);
});

test('reference.duplicate: same PMID, same PMCID, or same title, year and first author', () => {
  const md =
    cite(6) +
    references([
      'Alpha A. First work. J Ex. 2020. PMID: 1234567.',
      'Beta B. Second work. J Ex. 2021. PMID: 1234567.',
      'Gamma C. Third work. J Ex. 2021. PMCID: PMC765432.',
      'Delta D. Fourth work. J Ex. 2022. PMCID: PMC765432.',
      'Epsilon E, Zeta Z. Resistance to HER2 blockade in breast cancer. J Ex. 2018;1:2-3.',
      'Epsilon E. Resistance to HER2-blockade in breast cancer! J Ex. 2018;1:2-3.',
    ]);
  assert.deepEqual(findings(md, ['reference.duplicate']), [
    `reference.duplicate@${lineOf(md, '2. ')}`,
    `reference.duplicate@${lineOf(md, '4. ')}`,
    `reference.duplicate@${lineOf(md, '6. ')}`,
  ]);
});

test('reference.duplicate: different works are not duplicates', () => {
  const md = cite(3) + references([entry(1), entry(2), entry(3)]);
  assert.deepEqual(findings(md, ['reference.duplicate']), []);
});

test('reference.duplicate: across the draft list and a bibliography file', () => {
  const bib = '@article{dup, title={Something else}, author={Other, A}, year={2001}, doi={10.5555/Example.1}}\n';
  const md = 'Text (1) and [@dup].\n\n' + references([entry(1)]);
  const d = diagnose(md, { bibliographies: [{ path: 'refs.bib', text: bib }] }).filter((x) => x.code === 'reference.duplicate');
  assert.equal(d.length, 1);
  assert.equal(d[0]!.path, 'refs.bib');
});

test('reference.missing-identifier: entries without DOI, PMID or PMCID (info)', () => {
  const md = cite(3) + references([entry(1), 'No Ident A. A book chapter. Example Press; 2017.', 'Pm Only B. Work. J Ex. 2019. PMID: 7654321.']);
  const d = diagnose(md).filter((x) => x.code === 'reference.missing-identifier');
  assert.deepEqual(d.map((x) => x.range.start.line + 1), [lineOf(md, '2. ')]);
  assert.equal(d[0]!.severity, 'info');
});

test('reference.malformed-identifier: bad PMID, bad DOI prefix and bad PMCID, not also missing-identifier', () => {
  const md = cite(4) + references([
    entry(1),
    'Bad Pmid A. Work. J Ex. 2019. PMID: 12a4567.',
    'Bad Doi B. Work. J Ex. 2019. doi:10.12/abc',
    'Bad Pmc C. Work. J Ex. 2019. PMCID: 998877.',
  ]);
  assert.deepEqual(findings(md, ['reference.malformed-identifier', 'reference.missing-identifier']), [
    `reference.malformed-identifier@${lineOf(md, '2. ')}`,
    `reference.malformed-identifier@${lineOf(md, '3. ')}`,
    `reference.malformed-identifier@${lineOf(md, '4. ')}`,
  ]);
});

test('reference.malformed-identifier: in a BibTeX file, on that file', () => {
  const bib = '@article{k, title={T}, pmid={0123}, doi={10.5555/ok}}\n';
  const d = diagnose('See [@k].\n', { bibliographies: [{ path: 'refs.bib', text: bib }] }).filter((x) => x.code === 'reference.malformed-identifier');
  assert.equal(d.length, 1);
  assert.equal(d[0]!.path, 'refs.bib');
  assert.match(d[0]!.message, /PMID '0123'/);
});
