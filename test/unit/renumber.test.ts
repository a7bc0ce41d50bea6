import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, detectRangeDash } from '../../src/core/analysis';
import type { NumericCitation } from '../../src/core/citations/types';
import { parseDocument } from '../../src/core/parse/document';
import { applyEdits, renumberCitations } from '../../src/core/renumber/renumber';

function renumber(md: string) {
  const doc = parseDocument(md, 'draft.md');
  const a = analyzeDocument(doc);
  const numeric = a.citations.filter((c): c is NumericCitation => c.kind === 'numeric');
  const plan = renumberCitations(doc, a.section, numeric, detectRangeDash(numeric));
  return { plan, text: applyEdits(doc, plan.edits) };
}

const draft = [
  '# Review',
  '',
  'HER2 is amplified (3). Trastuzumab was approved (1, 4). Resistance (2).',
  '',
  'Later work (5–7) and again (3).',
  '',
  '## References',
  '',
  '1. Alpha A. One. J Ex. 2001.',
  '2. Beta B. Two. J Ex. 2002.',
  '3. Gamma C. Three. J Ex. 2003.',
  '4. Delta D. Four. J Ex. 2004.',
  '5. Eps E. Five. J Ex. 2005.',
  '6. Zeta Z. Six. J Ex. 2006.',
  '7. Eta H. Seven. J Ex. 2007.',
  '8. Theta T. Never cited. J Ex. 2008.',
  '',
].join('\n');

test('renumbers by first mention and reorders the list; uncited entries go last', () => {
  const { plan, text } = renumber(draft);
  assert.equal(plan.error, undefined);
  assert.deepEqual(Object.fromEntries(plan.mapping), { 3: 1, 1: 2, 4: 3, 2: 4, 5: 5, 6: 6, 7: 7, 8: 8 });
  assert.equal(
    text,
    draft
      .replace('amplified (3)', 'amplified (1)')
      .replace('approved (1, 4)', 'approved (2, 3)')
      .replace('Resistance (2)', 'Resistance (4)')
      .replace('again (3)', 'again (1)')
      .replace(
        '1. Alpha A. One. J Ex. 2001.\n2. Beta B. Two. J Ex. 2002.\n3. Gamma C. Three. J Ex. 2003.\n4. Delta D. Four. J Ex. 2004.',
        '1. Gamma C. Three. J Ex. 2003.\n2. Alpha A. One. J Ex. 2001.\n3. Delta D. Four. J Ex. 2004.\n4. Beta B. Two. J Ex. 2002.',
      ),
  );
});

test('renumbering twice changes nothing the second time', () => {
  const once = renumber(draft).text;
  const twice = renumber(once);
  assert.equal(twice.plan.edits.length, 0);
  assert.equal(twice.text, once);
});

test('a draft already in order gets no edits', () => {
  const md = 'A (1). B (2, 3).\n\n## References\n\n1. A. x. 2001.\n2. B. y. 2002.\n3. C. z. 2003.\n';
  assert.equal(renumber(md).plan.edits.length, 0);
});

test('CRLF line ends and text outside citations and entries are kept byte for byte', () => {
  const crlf = draft.replace(/\n/g, '\r\n');
  const { text } = renumber(crlf);
  assert.equal(text, renumber(draft).text.replace(/\n/g, '\r\n'));
});

test('refuses, with a reason, when a citation has no entry or a number repeats', () => {
  assert.match(renumber('A (1). B (9).\n\n## References\n\n1. A. x. 2001.\n').plan.error!, /citation 9 on line 1 has no entry/);
  assert.match(renumber('A (1).\n\n## References\n\n1. A. x. 2001.\n1. B. y. 2002.\n').plan.error!, /appears twice/);
  assert.match(renumber('A (1).\n').plan.error!, /no numbered References/);
});
