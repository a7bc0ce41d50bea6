import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/core/parse/document';
import { guardMarkdown, scanLimits, DEFAULT_PARSE_LIMITS } from '../../src/core/parse/guard';
import fc from 'fast-check';
import { analyzeDocument } from '../../src/core/analysis';
import { extractCitations } from '../../src/core/citations';

// The parse guard: pathological Markdown is confined, reported as `document.limit`, and parsed in linear time.
// Timings use medians and generous ratios so a loaded 2-core machine does not make them flake.

const example = readFileSync(path.join(__dirname, '../../examples/her2-resistance-review.md'), 'utf8');

/** Pathological shapes, each a function of a target size in characters. */
const PATHOLOGICAL: Record<string, (n: number) => string> = {
  'underscore-star runs': (n) => '_*'.repeat(n / 2),
  'star-letter runs': (n) => '*a'.repeat(n / 2),
  'nested emphasis': (n) => '*_'.repeat(n / 4) + 'a' + '_*'.repeat(n / 4),
  'unclosed openers': (n) => '*a '.repeat(n / 3),
  'closers without openers': (n) => 'a* '.repeat(n / 3),
  'strikethrough runs': (n) => '~a'.repeat(n / 2),
  'deep block quote, one line': (n) => '>'.repeat(n) + ' x\n',
  'deep block quote, spaced': (n) => '> '.repeat(n / 2) + 'x (1)\n',
  'deep block quote, growing lines': (n) => growing(n, (i) => '>'.repeat(i + 1) + ' x'),
  'deep bullet list, one line': (n) => '- '.repeat(n / 2) + 'x\n',
  'deep ordered list, one line': (n) => '1. '.repeat(n / 3) + 'x\n',
  'deep indented list': (n) => growing(n, (i) => '  '.repeat(i) + '- x'),
  'nested images': (n) => '!['.repeat(n / 6) + 'a' + '](b)'.repeat(n / 6),
  'nested links': (n) => '['.repeat(n / 2) + 'a' + ']'.repeat(n / 2) + '(b)',
  'open brackets': (n) => '['.repeat(n),
  'link openers': (n) => '[a]('.repeat(n / 4),
  'link openers on many lines': (n) => ('[a]('.repeat(10) + '\n').repeat(n / 41),
  'unclosed link titles in parentheses': (n) => '[a](x ('.repeat(n / 7),
  'setext headings': (n) => 'a\n=\n'.repeat(n / 4),
  'setext headings between blank lines': (n) => 'a\n-\n\n'.repeat(n / 5),
  'unclosed angle links': (n) => '[a](<b'.repeat(n / 6),
  'backtick runs': (n) => growing(n, (i) => '`'.repeat((i % 40) + 1) + 'x', ''),
  'unclosed HTML comment and CDATA': (n) => '<!--'.repeat(n / 8) + '<![CDATA['.repeat(n / 18),
  'many-column table': (n) => '|a|b|\n|-|-|\n' + '|x'.repeat(n / 2) + '\n',
  'table rows': (n) => '|a|b|\n|-|-|\n' + '|x|y|\n'.repeat(n / 6),
  'autolinks after brackets': (n) => '[www.a.com '.repeat(n / 11),
  'escaped autolinks after brackets': (n) => '[\\&www.a.com '.repeat(n / 13),
  'reference definitions and uses': (n) => '[a]: b\n'.repeat(n / 14) + '[a] '.repeat(n / 8),
  'citations in one line': (n) => 'word (1, 2) [3] <sup>4</sup> [@k] '.repeat(n / 34),
  'unterminated fence': (n) => '```\n' + 'a * b _ c\n'.repeat(n / 10),
  'control characters': (n) => '\0\x01\x1b\x7f'.repeat(n / 4),
  'carriage returns': (n) => 'a (1)\r'.repeat(n / 6),
};

function growing(n: number, line: (i: number) => string, sep = '\n'): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const l = line(i);
    out.push(l);
    length += l.length + sep.length;
  }
  return out.join(sep);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Median wall time of parse + analysis over `runs` runs. */
function timeOf(text: string, runs = 3): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    analyzeDocument(parseDocument(text));
    times.push(performance.now() - t0);
  }
  return median(times);
}

test('the example draft hits no limit and keeps its findings', () => {
  const doc = parseDocument(example);
  assert.deepEqual(doc.notices, []);
  const codes = analyzeDocument(doc).diagnostics.map((d) => d.code);
  assert.ok(!codes.includes('document.limit'));
  assert.equal(guardMarkdown(example).parseText, example);
});

for (const [name, make] of Object.entries(PATHOLOGICAL)) {
  test(`pathological input parses in linear time: ${name}`, () => {
    timeOf(make(2_000), 1); // warm up
    const small = make(8_000);
    const large = make(16_000);
    let a = timeOf(small);
    let b = timeOf(large);
    if (b > 3 * a + 30) {
      // One retry with more runs before failing: a busy machine can stall a single measurement.
      a = timeOf(small, 5);
      b = timeOf(large, 5);
    }
    assert.ok(b <= 3 * a + 30, `${name}: 8 KB took ${a.toFixed(0)} ms, 16 KB ${b.toFixed(0)} ms`);
    // A per-KB budget with a wide margin (parse + analysis run at about 1–50 ms per KB on this machine).
    assert.ok(b < 16 * 250, `${name}: 16 KB took ${b.toFixed(0)} ms`);
  });
}

test('a 5,000-deep block quote and list neither hang nor overflow, and are reported', () => {
  for (const text of ['>'.repeat(5000) + ' deep (1)\n', '- '.repeat(5000) + 'deep (1)\n', growing(200_000, (i) => '  '.repeat(i) + '- x (1)')]) {
    const t0 = performance.now();
    const analysis = analyzeDocument(parseDocument(text));
    assert.ok(performance.now() - t0 < 10_000);
    const limits = analysis.diagnostics.filter((d) => d.code === 'document.limit');
    assert.ok(limits.length >= 1);
    assert.equal(limits[0]!.severity, 'info');
    assert.match(limits[0]!.message, /nests? block quotes or lists \d+ levels deep \(limit 32\)/);
    // The region is still read as plain text: its citation is found.
    assert.ok(analysis.citations.some((c) => c.kind === 'numeric'));
  }
});

test('a paragraph with too many emphasis delimiters is read as plain text, with a notice on its first line', () => {
  const text = 'Intro (1).\n\n' + '_*'.repeat(5000) + ' see (2) and `(3)` and <sup>4</sup>\n\nAfter (5).\n\n## References\n\n1. A.\n2. B.\n3. C.\n4. D.\n5. E.\n';
  const doc = parseDocument(text);
  assert.equal(doc.notices?.length, 1);
  assert.equal(doc.notices![0]!.kind, 'delimiters');
  assert.equal(doc.lines.positionAt(doc.notices![0]!.span.start).line, 2);
  const analysis = analyzeDocument(doc);
  const limit = analysis.diagnostics.find((d) => d.code === 'document.limit');
  assert.ok(limit);
  assert.equal(limit.range.start.line, 2);
  assert.match(limit.message, /^Line 3 holds 10000 runs of emphasis delimiters/);
  const cited = analysis.citations.flatMap((c) => (c.kind === 'numeric' ? c.numbers : []));
  assert.deepEqual(cited, [1, 2, 4, 5]); // (3) is inline code; <sup> is a tag, its number prose
  assert.equal(analysis.section?.entries.length, 5);
});

test('the limit notice can be silenced like a rule', () => {
  const text = '<!-- evidence-lens-disable-next-line document.limit -->\n' + '>'.repeat(100) + ' x\n';
  assert.ok(!analyzeDocument(parseDocument(text)).diagnostics.some((d) => d.code === 'document.limit'));
  assert.ok(!analyzeDocument(parseDocument('>'.repeat(100) + ' x\n'), { rules: { 'document.limit': 'off' } }).diagnostics.length);
});

test('fenced code, front matter and moderate nesting stay under the limits', () => {
  const fenced = '```\n' + '_*'.repeat(5000) + '\n' + '>'.repeat(100) + '\n```\n';
  assert.deepEqual(guardMarkdown(fenced).regions.length, 1); // depth is checked everywhere; delimiters not in code
  assert.equal(guardMarkdown(fenced).notices[0]!.kind, 'nesting');
  const front = '---\ntitle: ' + 'a_b '.repeat(2000) + '\n---\nText (1).\n';
  assert.deepEqual(guardMarkdown(front).regions, []);
  const nested = Array.from({ length: 10 }, (_, i) => '  '.repeat(i) + '- item *a* _b_ [c](d)').join('\n');
  assert.deepEqual(guardMarkdown(nested).regions, []);
  assert.ok(DEFAULT_PARSE_LIMITS.maxNesting >= 16);
});

test('a region read as plain text keeps fences, inline code and comments out of prose', () => {
  const region = '>'.repeat(40) + ' a `(1)` b (2) <!-- c (3) --> d\n' + '>'.repeat(40) + ' ```\n' + '>'.repeat(40) + ' (4)\n' + '>'.repeat(40) + ' ```\n';
  const doc = parseDocument(region);
  const nums = extractCitations(doc).flatMap((c) => (c.kind === 'numeric' ? c.numbers : []));
  assert.deepEqual(nums, [2]);
  assert.equal(doc.comments.length, 1);
  assert.equal(doc.comments[0]!.body, 'c (3)');
});

test('a 2 MB line is read as plain text in linear time, with a notice', () => {
  const unit = 'HER2 amplification (12) predicts *response* [3, 4]; see <sup>5</sup> and @smith2020. ';
  const line = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n) + '\n';
  const a = timeOf(line(500_000), 1);
  const t0 = performance.now();
  const doc = parseDocument(line(2_000_000));
  const analysis = analyzeDocument(doc);
  const b = performance.now() - t0;
  assert.ok(b < 30_000 && b < 8 * a + 500, `0.5 MB: ${a.toFixed(0)} ms, 2 MB: ${b.toFixed(0)} ms`);
  assert.equal(doc.notices?.[0]?.kind, 'size');
  assert.ok(analysis.citations.filter((c) => c.kind === 'numeric').length >= 2 * 23_000);
  assert.ok(analysis.citations.some((c) => c.kind === 'key'));
});

test('a long reference list with emphasis stays parsed: list items are blocks of their own', () => {
  const refs = Array.from({ length: 1500 }, (_, i) => `${i + 1}. Author A. *Title ${i}*. _J Ex_. 2020;1:1-10. doi:10.5555/x.${i}`).join('\n');
  const doc = parseDocument(`Text (1).\n\n## References\n\n${refs}\n`);
  assert.deepEqual(doc.notices, []);
  const analysis = analyzeDocument(doc);
  assert.equal(analysis.section?.entries.length, 1500);
});

// The guard's per-block counts (delimiter runs, link openers, bracket depth), read by jumping between the characters
// that matter, equal a plain character-by-character count (the reference below) on random Markdown-ish text.
test('property: the guard counts delimiter runs, link openers and bracket depth as a character-by-character count', () => {
  /** Reference: counts per block as one pass over each line's content would (no container prefixes in these texts). */
  const reference = (text: string) => {
    const blocks: Array<{ runs: number; openers: number; maxDepth: number }> = [];
    let cur: { runs: number; openers: number; maxDepth: number; depth: number } | undefined;
    for (const line of text.split('\n')) {
      if (line.trim() === '') {
        if (cur) blocks.push({ runs: cur.runs, openers: cur.openers, maxDepth: cur.maxDepth });
        cur = undefined;
        continue;
      }
      cur ??= { runs: 0, openers: 0, maxDepth: 0, depth: 0 };
      let last = '';
      for (let i = 0; i < line.length; i++) {
        const c = line[i]!;
        if (c === '\\') {
          i++;
          last = '';
          continue;
        }
        if (c === '*' || c === '_' || c === '~') {
          if (c !== last) cur.runs++;
        } else if (c === '[') cur.depth++;
        else if (c === ']') {
          if (line[i + 1] === '(') cur.openers++;
          if (cur.depth > 0) {
            cur.maxDepth = Math.max(cur.maxDepth, cur.depth);
            cur.depth--;
          }
        }
        last = c;
      }
    }
    if (cur) blocks.push({ runs: cur.runs, openers: cur.openers, maxDepth: cur.maxDepth });
    return blocks;
  };
  const huge = { ...DEFAULT_PARSE_LIMITS, maxBlockChars: 1e9, maxDelimiterRuns: 1e9, maxLinkOpeners: 1e9, maxBracketDepth: 1e9 };
  const found = (text: string, kind: 'delimiters' | 'links' | 'brackets', limits: typeof huge) => scanLimits(text, limits).hits.filter((h) => h.kind === kind).map((h) => h.found);
  const line = fc.array(fc.constantFrom('a', 'b ', '*', '**', '_', '~', '\\', '\\*', '[', ']', '](', '(', 'x'), { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
  const text = fc.array(fc.oneof(line, fc.constant('')), { maxLength: 8 }).map((ls) => ls.join('\n'));
  fc.assert(
    fc.property(text, (t) => {
      // Lines opening a fence, a list item or a heading change the blocks; keep to paragraphs of inline text.
      fc.pre(!/^\s*(?:[-+*]|\d|#|```|~~~|\||>|_{3}|\*{3})/m.test(t));
      const ref = reference(t);
      assert.deepEqual(found(t, 'delimiters', { ...huge, maxDelimiterRuns: 0 }), ref.filter((b) => b.runs > 0).map((b) => b.runs));
      assert.deepEqual(found(t, 'links', { ...huge, maxLinkOpeners: 0 }), ref.filter((b) => b.openers > 0).map((b) => b.openers));
      assert.deepEqual(found(t, 'brackets', { ...huge, maxBracketDepth: 0 }), ref.filter((b) => b.maxDepth > 0).map((b) => b.maxDepth));
    }),
    { numRuns: 3000 },
  );
});
