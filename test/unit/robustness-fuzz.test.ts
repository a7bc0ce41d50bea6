import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument, type ParsedDocument } from '../../src/core/parse/document';
import { analyzeDocument } from '../../src/core/analysis';
import { extractCitations } from '../../src/core/citations';
import type { Citation } from '../../src/core/citations/types';
import { findReferenceSection } from '../../src/core/bibliography';
import { renumberCitations, applyEdits } from '../../src/core/renumber/renumber';
import type { Range, Span } from '../../src/core/types';

// Property and fuzz tests of the core. Runs per property: FUZZ_RUNS (default below, sized so the whole file stays well
// under a minute on a loaded 2-core machine); e.g. `FUZZ_RUNS=100000 node --import tsx --test test/unit/robustness-fuzz.test.ts`.
// FUZZ_SEED replays a failure (fast-check prints the seed and path of the smallest counterexample).

const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = (defaultRuns: number): fc.Parameters<unknown> => ({ numRuns: RUNS ?? defaultRuns, includeErrorInReport: true, ...(SEED !== undefined ? { seed: SEED } : {}) });

// ---------------------------------------------------------------------------------------------------------------
// Random Markdown

const num = fc.integer({ min: 1, max: 40 });
const element = fc.oneof(
  num.map(String),
  fc.tuple(num, num, fc.constantFrom('-', '–', '—', '‐')).map(([a, b, d]) => `${a}${d}${b}`),
  fc.constant(''),
);
const numericGroup = fc
  .tuple(fc.array(element, { minLength: 1, maxLength: 4 }), fc.constantFrom(', ', ',', '; ', ' ,'), fc.constantFrom('paren', 'bracket', 'sup', 'caret'))
  .map(([els, sep, form]) => {
    const inner = els.join(form === 'caret' ? sep.trim() || ',' : sep);
    return form === 'paren' ? `(${inner})` : form === 'bracket' ? `[${inner}]` : form === 'sup' ? `<sup>${inner}</sup>` : `^${inner}^`;
  });
const key = fc.constantFrom('smith2020', 'doi:10.1000/x(1)', 'pmid:12345', 'a_b', 'Ünïcödé', '{weird key}', 'x.y-z', '1');
const keyGroup = fc.oneof(
  fc.array(key, { minLength: 1, maxLength: 3 }).map((ks) => `[${ks.map((k) => '@' + k).join('; ')}]`),
  key.map((k) => `@${k}`),
  key.map((k) => `[see -@${k}, p. 3]`),
  key.map((k) => `@${k} [p. 4]`),
);
const word = fc.constantFrom(
  'HER2', 'trastuzumab', 'resistance', 'et al.', 'Fig. 2', 'miR-21', 'hsa-miR-125a-5p', 'e.g.', 'cells,', 'IL(6)', 'p53', 'R<sup>2</sup>',
  '10^6^', '(2019)', '(1)', 'وقد ثبت', 'שלום', '\u202Eevil\u202C', 'e\u0301', 'Z\u0324\u0354\u0367\u0311', '\ud835\udc65', '\ud800', '\udc00',
  '\0', '\x01', '\x1b', '\x7f', '\u2028', '\ufeff', '\t', '\u00a0', 'x'.repeat(300), 'NCT01234567', 'user@example.org',
);
const markup = fc.constantFrom(
  '*', '_', '**', '__', '~~', '`', '``', '```', '~~~', '> ', '>', '- ', '* ', '1. ', '2) ', '# ', '## ', '## References', '### Bibliography',
  '[', ']', '(', ')', '<', '>', '<sup>', '</sup>', '<!--', '-->', '<!-- evidence-lens-disable-next-line -->', '<!-- evidence-lens-disable -->',
  '|', '| a | b |', '|---|---|', '$', '$$', '\\', '^', '[^1]', '[^1]: note', '[a](b)', '![i](x)', 'https://x.org/a(1)', 'www.example.com', '---',
  '    ', '&amp;', '&#0;', '<div>', '</div>', '[1]: https://x.org', '[12](x)', '\\(1\\)', '`(3)`', '$(4)$',
);
const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n');
const referenceEntry = fc
  .tuple(num, fc.constantFrom('. ', ') ', '] '), fc.constantFrom('doi:10.5555/x', 'PMID: 1234567', 'PMID: 12a4', 'PMC123', ''), fc.boolean())
  .map(([n, sep, id, bracket]) => `${bracket ? `[${n}]` : `${n}${sep.trim()}`} Example A, Sample B. A study. J Ex. 2020;1:1-10. ${id}`);
const fragment = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 4, arbitrary: markup },
  { weight: 3, arbitrary: numericGroup },
  { weight: 2, arbitrary: keyGroup },
  { weight: 3, arbitrary: lineBreak },
  { weight: 1, arbitrary: referenceEntry },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
);
const markdown = fc
  .tuple(
    fc.boolean(),
    fc.option(fc.constantFrom('---\ntitle: x\n---\n', '---\nbibliography: [a.bib\n---\n', '---\r\nreferences:\r\n  - id: a\r\n---\r\n')),
    fc.array(fc.tuple(fragment, fc.constantFrom('', ' ', ' ', ' ')), { maxLength: 80 }),
    fc.option(fc.array(referenceEntry, { maxLength: 6 })),
  )
  .map(([bom, front, parts, refs]) => {
    let text = (bom ? '\ufeff' : '') + (front ?? '') + parts.map(([f, s]) => f + s).join('');
    if (refs) text += '\n\n## References\n\n' + refs.join('\n') + '\n';
    return text;
  });

// ---------------------------------------------------------------------------------------------------------------
// Invariants

function assertSpan(doc: ParsedDocument, s: Span, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: non-integer span`);
  assert.ok(0 <= s.start && s.start <= s.end && s.end <= doc.text.length, `${what}: span ${s.start}–${s.end} outside 0–${doc.text.length}`);
}

function assertRange(doc: ParsedDocument, r: Range, what: string): void {
  const { lines } = doc;
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < lines.lineCount, `${what}: line ${p.line} of ${lines.lineCount}`);
    const length = lines.lineContentEnd(p.line) - lines.lineStarts[p.line]!;
    assert.ok(p.character >= 0 && p.character <= length, `${what}: character ${p.character} on a line of ${length}`);
  }
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: reversed range`);
}

/** The citation's identity: kind and numbers, or kind and keys. */
function identity(c: Citation): string {
  return c.kind === 'numeric' ? `numeric:${c.numbers.join(',')}` : `key:${c.items.map((i) => i.key).join(';')}`;
}

const OPEN: Record<string, RegExp> = { paren: /^\(/, bracket: /^\[/, superscript: /^<sup>/i, caret: /^\^/ };
const CLOSE: Record<string, RegExp> = { paren: /\)$/, bracket: /\]$/, superscript: /<\/sup>$/i, caret: /\^$/ };

function checkDocument(raw: string): void {
  const doc = parseDocument(raw);
  const { text } = doc;
  assert.equal(text, raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  let last = -1;
  for (const s of doc.prose) {
    assertSpan(doc, s, 'prose');
    assert.ok(s.start > last && s.end > s.start, 'prose spans sorted, disjoint and non-empty');
    last = s.end;
  }
  for (const b of doc.blocks) {
    assertSpan(doc, b.span, `${b.kind} block`);
    for (const p of b.prose) assert.ok(p.start >= b.span.start && p.end <= b.span.end, 'block prose inside its block');
  }
  for (const s of doc.sections) assertSpan(doc, s.span, 'section');
  for (const c of doc.comments) {
    assertSpan(doc, c.span, 'comment');
    assert.ok(text.startsWith('<!--', c.span.start) && text.endsWith('-->', c.span.end), 'comment span on <!-- … -->');
  }
  for (const n of doc.notices ?? []) assertSpan(doc, n.span, 'notice');

  const analysis = analyzeDocument(doc);
  for (const c of analysis.citations) {
    assertSpan(doc, c.span, 'citation');
    const written = text.slice(c.span.start, c.span.end);
    if (c.kind === 'numeric') {
      assert.match(written, OPEN[c.form]!, `numeric citation starts with its bracket: ${JSON.stringify(written)}`);
      assert.match(written, CLOSE[c.form]!, `numeric citation ends with its bracket: ${JSON.stringify(written)}`);
      for (const p of c.parts) assert.ok(p.span.start > c.span.start && p.span.end < c.span.end, 'part inside its group');
    } else {
      for (const item of c.items) {
        assert.ok(item.span.start >= c.span.start && item.span.end <= c.span.end, 'item inside its citation');
        assert.ok(/^-?@/.test(text.slice(item.span.start, item.span.end)), 'item span starts with @');
      }
    }
    // The span's text, on its own, is the same citation.
    const again = extractCitations(parseDocument(written));
    assert.deepEqual(again.map(identity), [identity(c)], `re-parsing ${JSON.stringify(written)}`);
  }
  for (const d of analysis.diagnostics) {
    if (d.path !== undefined) continue;
    assertRange(doc, d.range, d.code);
    for (const r of d.related ?? []) if (r.path === undefined) assertRange(doc, r.range, `${d.code} related`);
    for (const e of d.fix?.edits ?? []) {
      assertRange(doc, e.range, `${d.code} fix`);
      const span = doc.lines.spanOf(e.range);
      // The edit's range is exactly a citation's span (lossless position round trip, also with CR and CRLF) …
      assert.deepEqual(doc.lines.rangeOf(span), e.range, 'range round trip');
      const cited = analysis.citations.find((c) => c.span.start === span.start && c.span.end === span.end);
      assert.ok(cited && cited.kind === 'numeric', `${d.code}: fix range is a numeric citation`);
      // … and applying it changes only that range, into a group naming the same numbers.
      const fixed = applyEdits(doc, [e]);
      assert.equal(fixed.slice(0, span.start), text.slice(0, span.start));
      assert.equal(fixed.slice(span.start + e.newText.length), text.slice(span.end));
      const alone = extractCitations(parseDocument(e.newText));
      assert.equal(alone.length, 1, `fix text ${JSON.stringify(e.newText)} is one citation`);
      assert.deepEqual([...new Set((alone[0] as typeof cited).numbers)].sort((a, b) => a - b), [...new Set(cited.numbers)].sort((a, b) => a - b));
    }
  }
}

test('fuzz: random Markdown parses and analyses with every span and range inside the text', () => {
  fc.assert(fc.property(markdown, (md) => checkDocument(md)), params(1500));
});

test('fuzz: arbitrary strings (any code unit, lone surrogates, control bytes) never break the core', () => {
  const anyUnit = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }));
  fc.assert(fc.property(anyUnit, (s) => checkDocument(s)), params(1500));
});

test('fuzz: random structure at depth (quotes, lists, fences, emphasis runs) stays inside the text', () => {
  const deep = fc
    .array(fc.tuple(fc.constantFrom('>', '> ', '- ', '  ', '1. ', '```', '_*', '*a', '![', '](b)', '[', ']', '`', '\n', '\r\n', ' (1) ', '[@k]'), fc.integer({ min: 1, max: 60 })), { maxLength: 30 })
    .map((runs) => runs.map(([s, n]) => s.repeat(n)).join(''));
  fc.assert(fc.property(deep, (s) => checkDocument(s)), params(400));
});

// ---------------------------------------------------------------------------------------------------------------
// Renumbering

const draft = fc
  .tuple(
    fc.integer({ min: 1, max: 14 }),
    fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 14 }),
    fc.constantFrom('paren', 'bracket', 'sup'),
    fc.constantFrom('\n', '\r\n'),
    fc.constantFrom(', ', ','),
    fc.constantFrom('–', '-'),
  )
  .map(([n, groups, form, eol, sep, dash]) => {
    const sentences = groups.map((g, i) => {
      const els = g.map(([a, span]) => {
        const from = (a % n) + 1;
        const to = Math.min(n, from + span);
        return span >= 2 && to > from + 1 ? `${from}${dash}${to}` : String(from);
      });
      const inner = els.join(sep);
      const cite = form === 'paren' ? `(${inner})` : form === 'bracket' ? `[${inner}]` : `<sup>${inner}</sup>`;
      return `Finding ${i} on HER2 signalling ${cite}.`;
    });
    const entries = Array.from({ length: n }, (_, i) => `${i + 1}. Author${i + 1} A. Title token T${i + 1}. J Ex. 2020;1:1-10.`);
    return ['# Draft', '', sentences.join(' '), '', '## References', '', ...entries, ''].join(eol);
  });

/** For each citation, the `T<k>` tokens of the entries it cites (k is the entry's original number). */
function citedTokens(doc: ParsedDocument): string[][] {
  const section = findReferenceSection(doc)!;
  const byNumber = new Map(section.entries.map((e) => [e.number!, /T(\d+)\./.exec(doc.text.slice(e.span.start, e.span.end))![1]!]));
  return extractCitations(doc)
    .filter((c) => c.kind === 'numeric')
    .map((c) => [...new Set((c as { numbers: number[] }).numbers.map((n) => byNumber.get(n)!))].sort());
}

test('fuzz: renumbering keeps what each citation cites, puts references in order, and a second run changes nothing', () => {
  fc.assert(
    fc.property(draft, (md) => {
      const doc = parseDocument(md);
      const section = findReferenceSection(doc);
      const citations = extractCitations(doc).filter((c) => c.kind === 'numeric');
      const plan = renumberCitations(doc, section, citations as never);
      assert.equal(plan.error, undefined);
      const once = applyEdits(doc, plan.edits);
      const doc2 = parseDocument(once);
      assert.deepEqual(citedTokens(doc2), citedTokens(doc), 'each citation cites the same entries');
      const section2 = findReferenceSection(doc2);
      assert.deepEqual(section2!.entries.map((e) => e.number), section!.entries.map((_, i) => i + 1), 'list numbered 1..n');
      const plan2 = renumberCitations(doc2, section2, extractCitations(doc2).filter((c) => c.kind === 'numeric') as never);
      assert.deepEqual(plan2.edits, [], 'second run changes nothing');
      const codes = analyzeDocument(doc2).diagnostics.map((d) => d.code);
      assert.ok(!codes.includes('citation.out-of-order'), 'no citation out of order after renumbering');
      // Line ends are kept as written.
      assert.equal(once.includes('\r\n'), md.includes('\r\n'));
    }),
    params(400),
  );
});
