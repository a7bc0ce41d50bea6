import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEntry, doiUrl, encodeUrlPath, escapeMarkdown, markdownLink, pmcUrl, pubmedUrl, trialUrl } from '../../src/core/features';
import type { BibEntry } from '../../src/core/bibliography/types';

/** What a Markdown renderer would see as live syntax: unescaped `<`, `[`, `](` or a line break starting a block. */
function hasLiveMarkup(md: string): boolean {
  const unescaped = md.replace(/\\./g, '');
  return /[<>[\]()]|\n/.test(unescaped);
}

test('escapeMarkdown makes HTML, links and command URIs inert', () => {
  for (const evil of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](command:workbench.action.quit)', '![i](https://x/y.png)', '**bold** _it_ `code`', 'line\n# heading', 'a\u2028b', '&lt;already&gt;']) {
    const out = escapeMarkdown(evil);
    assert.equal(hasLiveMarkup(out), false, `${JSON.stringify(evil)} → ${out}`);
    assert.ok(!out.includes('<'), out);
  }
  assert.equal(escapeMarkdown('<img src=x onerror=alert(1)>'), '&lt;img src\\=x onerror\\=alert\\(1\\)&gt;');
  assert.equal(escapeMarkdown('&amp;'), '&amp;amp;');
  assert.equal(escapeMarkdown('HER2 in 5 (of 10) cases'), 'HER2 in 5 \\(of 10\\) cases');
});

test('markdownLink accepts only plain https URLs; identifier URLs are encoded', () => {
  assert.equal(markdownLink('x', 'command:evil'), 'x');
  assert.equal(markdownLink('x', 'https://a/b) [y](command:z'), 'x');
  assert.equal(markdownLink('[t]', 'https://doi.org/10.1/a'), '[\\[t\\]](https://doi.org/10.1/a)');
  assert.equal(encodeUrlPath('10.5555/a(1) b'), '10.5555/a%281%29%20b');
  assert.equal(doiUrl('doi:10.5555/ABC'), 'https://doi.org/10.5555/ABC');
  assert.equal(doiUrl('https://doi.org/10.5555/x'), 'https://doi.org/10.5555/x');
  assert.equal(pubmedUrl('1234567'), 'https://pubmed.ncbi.nlm.nih.gov/1234567/');
  assert.equal(pmcUrl('pmc99'), 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC99/');
  assert.equal(trialUrl('NCT01234567'), 'https://clinicaltrials.gov/study/NCT01234567');
});

test('describeEntry escapes every field taken from a bibliography', () => {
  const entry: BibEntry = {
    id: 'k](command:x)',
    format: 'bibtex',
    span: { start: 0, end: 0 },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    labelRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    authors: ['<b>Evil</b>, A'],
    year: '2020<script>',
    title: 'Title <img src=x onerror=alert(1)> [x](command:workbench.action.quit)',
    container: 'J <iframe>',
    doi: '10.5555/a)(command:x',
    pmid: '123',
  };
  const md = describeEntry(entry);
  assert.ok(!/<(?!\/)/.test(md.replace(/&lt;/g, '')), md);
  assert.ok(!md.includes('](command:'), md);
  assert.match(md, /\]\(https:\/\/doi\.org\/10\.5555\/a%29%28command%3Ax\)/);
  assert.match(md, /\[123\]\(https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/123\/\)/);
});
