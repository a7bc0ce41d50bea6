import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codeActions, completion, RENUMBER_KIND } from '../../src/core/features';
import { apply, at, CANCELLED, contextOf, NUMBERED, PANDOC, pandocContext, URI } from './features-helpers';

const point = (p: { line: number; character: number }) => ({ start: p, end: p });

describe('code actions', () => {
  const ctx = contextOf(NUMBERED);

  test('quick fix of a collapsible group, preferred, with its diagnostic', () => {
    const actions = codeActions(ctx, point(at(NUMBERED, '(2, 3, 4)', 2)));
    const fix = actions.find((a) => a.title === 'Rewrite as (2–4)')!;
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.diagnostics![0]!.code, 'citation.collapsible-group');
    assert.equal(apply(ctx, fix.edit!.changes[URI]!), NUMBERED.replace('(2, 3, 4)', '(2–4)'));
  });

  test('quick fix of a malformed group', () => {
    const md = NUMBERED.replace('Then (5).', 'Then (5, 5).');
    const c = contextOf(md);
    const fix = codeActions(c, point(at(md, '(5, 5)', 1))).find((a) => a.title === 'Rewrite as (5)')!;
    assert.equal(apply(c, fix.edit!.changes[URI]!), md.replace('(5, 5)', '(5)'));
  });

  test('disable for this line keeps the indentation of the line', () => {
    const actions = codeActions(ctx, point(at(NUMBERED, '(6)', 1)));
    const disable = actions.find((a) => a.title === 'Disable citation.out-of-order for this line')!;
    const out = apply(ctx, disable.edit!.changes[URI]!);
    assert.equal(out, NUMBERED.replace('  Resistance appears', '  <!-- evidence-lens-disable-next-line citation.out-of-order -->\n  Resistance appears'));
    assert.ok(!contextOf(out).analysis.diagnostics.some((d) => d.code === 'citation.out-of-order'), 'the directive silences it');
  });

  test('disable for this line uses the draft\'s CRLF line ends', () => {
    const crlf = NUMBERED.replace(/\n/g, '\r\n');
    const c = contextOf(crlf);
    const disable = codeActions(c, point(at(NUMBERED, '(9)', 1))).find((a) => a.title.startsWith('Disable citation.unresolved'))!;
    assert.equal(disable.edit!.changes[URI]![0]!.newText, '<!-- evidence-lens-disable-next-line citation.unresolved -->\r\n');
  });

  test('remove an unused entry deletes its whole line (also the last line without a newline)', () => {
    const remove = codeActions(ctx, point(at(NUMBERED, '7. Theta'))).find((a) => a.title === 'Remove unused reference 7')!;
    assert.equal(apply(ctx, remove.edit!.changes[URI]!), NUMBERED.replace(/7\. Theta.*\n/, ''));
    const noEol = NUMBERED.trimEnd();
    const c = contextOf(noEol);
    const last = codeActions(c, point(at(noEol, '7. Theta'))).find((a) => a.title === 'Remove unused reference 7')!;
    assert.equal(apply(c, last.edit!.changes[URI]!), noEol.replace(/7\. Theta.*$/, ''));
  });

  test('renumber: an edit when possible, disabled with the reason otherwise; `only` filters', () => {
    const md = '# T\n\nA (1). B (3). C (2).\n\n## References\n\n1. A. One. J. 2001.\n2. B. Two. J. 2002.\n3. C. Three. J. 2003.\n';
    const c = contextOf(md);
    const actions = codeActions(c, point({ line: 0, character: 0 }), { only: ['source'] });
    assert.deepEqual(actions.map((a) => a.kind), [RENUMBER_KIND]);
    assert.equal(apply(c, actions[0]!.edit!.changes[URI]!), '# T\n\nA (1). B (2). C (3).\n\n## References\n\n1. A. One. J. 2001.\n2. C. Three. J. 2003.\n3. B. Two. J. 2002.\n');
    const blocked = codeActions(ctx, point({ line: 0, character: 0 }), { only: [RENUMBER_KIND] })[0]!;
    assert.match(blocked.disabled!.reason, /citation 9 on line 5 has no entry/);
    assert.equal(blocked.edit, undefined);
    const done = codeActions(contextOf(md.replace('B (3). C (2)', 'B (2). C (3)')), point({ line: 0, character: 0 }), { only: [RENUMBER_KIND] })[0]!;
    assert.match(done.disabled!.reason, /already numbered/);
    assert.deepEqual(codeActions(ctx, point(at(NUMBERED, '(6)', 1)), { only: ['quickfix'] }).every((a) => a.kind === 'quickfix'), true);
    assert.deepEqual(codeActions(ctx, point({ line: 0, character: 0 }), {}, CANCELLED), []);
  });
});

describe('completion', () => {
  const ctx = contextOf(NUMBERED + '\nNew (\nMore (2, \nTyped (1, 1\nIL(\n');
  const md = ctx.analysis.doc.text;
  const end = (needle: string) => {
    const p = at(md, needle);
    return { line: p.line, character: md.split('\n')[p.line]!.length };
  };

  test('after ( and after a separator inside a group: numbers with titles, replacing typed digits', () => {
    const items = completion(ctx, end('New ('));
    assert.deepEqual(items.map((i) => i.label), ['1', '2', '3', '4', '5', '6', '7']);
    assert.equal(items[0]!.detail, 'First study of HER2');
    assert.equal(items[0]!.kind, 18);
    assert.equal(completion(ctx, end('More (2, ')).length, 7);
    const typed = completion(ctx, end('Typed (1, 1'))[0]!;
    assert.deepEqual(typed.textEdit!.range.start, { line: end('Typed').line, character: end('Typed').character - 1 });
  });

  test('not after a word such as IL(, nor when cancelled', () => {
    assert.deepEqual(completion(ctx, end('IL(')), []);
    assert.deepEqual(completion(ctx, end('New ('), CANCELLED), []);
  });

  test('after [@ or @: bibliography keys with titles, replacing the typed part; not in e-mail addresses', () => {
    const text = `${PANDOC}See [@al\nmail x@`;
    const c = pandocContext(text);
    const lines = text.split('\n');
    const keys = completion(c, { line: lines.length - 2, character: lines[lines.length - 2]!.length });
    assert.deepEqual(keys.map((k) => k.label), ['alpha2020', 'beta2021']);
    assert.equal(keys[1]!.detail, 'Beta study');
    assert.deepEqual(keys[0]!.textEdit!.range.start, { line: lines.length - 2, character: 6 });
    assert.deepEqual(completion(c, { line: lines.length - 1, character: lines[lines.length - 1]!.length }), []);
  });
});
