import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { citationsOf, definition, entryAt, hover, references } from '../../src/core/features';
import { at, BIB, BIB_URI, CANCELLED, contextOf, NUMBERED, PANDOC, pandocContext, URI } from './features-helpers';

describe('hover', () => {
  const ctx = contextOf(NUMBERED);

  test('on a numeric citation: the entry, with identifier links, over the element range', () => {
    const h = hover(ctx, at(NUMBERED, '(1)', 1))!;
    assert.match(h.contents.value, /\*\*1\.\*\* Alpha A; Beta B \(2001\)/);
    assert.match(h.contents.value, /\*First study of HER2\*/);
    assert.match(h.contents.value, /DOI \[10\\\.5555\/one\]\(https:\/\/doi\.org\/10\.5555\/one\)/);
    assert.deepEqual(h.range, { start: at(NUMBERED, '(1)', 1), end: at(NUMBERED, '(1)', 2) });
    const pmid = hover(ctx, at(NUMBERED, '(2, 3', 1))!;
    assert.match(pmid.contents.value, /PMID \[1234567\]\(https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/1234567\/\)/);
  });

  test('inside a range: the number under the cursor at either end, every number in the middle', () => {
    assert.match(hover(ctx, at(NUMBERED, '(3–5)', 1))!.contents.value, /^\*\*3\.\*\*/);
    assert.doesNotMatch(hover(ctx, at(NUMBERED, '(3–5)', 1))!.contents.value, /\*\*4\.\*\*/);
    assert.match(hover(ctx, at(NUMBERED, '(3–5)', 3))!.contents.value, /^\*\*5\.\*\*/);
    const all = hover(ctx, at(NUMBERED, '(3–5)', 0))!.contents.value;
    assert.deepEqual(all.match(/\*\*\d\.\*\*/g), ['**3.**', '**4.**', '**5.**']);
  });

  test('on an unresolved number or key it says there is no entry', () => {
    assert.match(hover(ctx, at(NUMBERED, '(9)', 1))!.contents.value, /\*\*9\*\*: no entry in the reference list/);
    assert.match(hover(pandocContext(), at(PANDOC, '@missing2000', 2))!.contents.value, /@missing2000\*\*: no entry in the bibliography/);
  });

  test('on a key: the bibliography entry, escaped', () => {
    const value = hover(pandocContext(), at(PANDOC, '@alpha2020', 3))!.contents.value;
    assert.match(value, /Alpha, Ann; Beta, Bob \(2020\)/);
    assert.ok(!value.includes('<img'), value);
    assert.ok(!value.includes('](command:'), value);
  });

  test('on a reference entry: how often and on which lines it is cited', () => {
    assert.match(hover(ctx, at(NUMBERED, '3. Delta', 5))!.contents.value, /Reference 3\*\* is cited 2 times \(lines 3, 4\)/);
    assert.match(hover(ctx, at(NUMBERED, '7. Theta'))!.contents.value, /never cited/);
  });

  test('nothing elsewhere, and nothing when cancelled', () => {
    assert.equal(hover(ctx, at(NUMBERED, 'HER2 is')), undefined);
    assert.equal(hover(ctx, at(NUMBERED, '(1)', 1), CANCELLED), undefined);
  });

  test('entity mentions and details plug in without changing the signature', () => {
    const text = NUMBERED;
    const start = text.indexOf('HER2');
    const withEntities = {
      ...ctx,
      mentions: [{ text: 'HER2', span: { start, end: start + 4 }, entity: { id: 'ncbigene:2064', symbol: 'ERBB2', name: 'erb-b2 receptor tyrosine kinase 2', type: 'gene' as const }, status: 'resolved' as const, kind: 'alias' as const }],
      entityDetails: (e: { symbol?: string }) => `**${e.symbol}**`,
    };
    assert.equal(hover(withEntities, at(text, 'HER2', 1))!.contents.value, '**ERBB2**');
  });
});

describe('definition and references', () => {
  const ctx = contextOf(NUMBERED);

  test('definition of a number in a group is its entry in the list', () => {
    const defs = definition(ctx, at(NUMBERED, '3, 4)'));
    assert.deepEqual(defs.map((d) => [d.uri, d.range.start.line]), [[URI, at(NUMBERED, '3. Delta').line]]);
    assert.deepEqual(definition(ctx, at(NUMBERED, '(9)', 1)), []);
    assert.deepEqual(definition(ctx, at(NUMBERED, '(1)', 1), CANCELLED), []);
  });

  test('definition of a key is the entry in the bibliography file, at its line', () => {
    const defs = definition(pandocContext(), at(PANDOC, '@beta2021', 1));
    assert.equal(defs[0]!.uri, BIB_URI);
    assert.equal(defs[0]!.range.start.line, at(BIB, '@article{beta2021').line);
  });

  test('references of a list entry: every element that names it, ranges included', () => {
    const refs = references(ctx, at(NUMBERED, '4. Epsilon'), false);
    assert.deepEqual(refs.map((r) => r.range.start), [at(NUMBERED, '4)'), at(NUMBERED, '3–5)')]);
    const withDecl = references(ctx, at(NUMBERED, '4. Epsilon'), true);
    assert.deepEqual(withDecl[0]!.range.start, at(NUMBERED, '4. Epsilon'));
    assert.equal(withDecl.length, 3);
  });

  test('references from a citation key: every citation of that entry, including in-text ones', () => {
    const ctx2 = pandocContext();
    const refs = references(ctx2, at(PANDOC, '@beta2021', 1), false);
    assert.deepEqual(refs.map((r) => r.range.start), [at(PANDOC, '@beta2021'), at(PANDOC, '@beta2021', 0, 2)]);
    const entry = entryAt(ctx2.analysis, ctx2.analysis.doc.lines.offsetAt(at(PANDOC, '@beta2021', 1)))!;
    assert.equal(citationsOf(ctx2.analysis, entry).length, 2);
  });

  test('an e-mail address is not a citation', () => {
    assert.equal(hover(pandocContext(), at(PANDOC, 'me@example', 3)), undefined);
  });
});
