import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectRegexes, isBounded } from './regex-inventory';
import { isReferenceHeading } from '../../src/core/bibliography/reference-section';
import { parseNames } from '../../src/core/bibliography/bibtex-tex';
import { parseReferenceText } from '../../src/core/bibliography/reference-text';

// Catastrophic backtracking: every regular expression in src/core (literals and `new RegExp` with literal arguments,
// found with the TypeScript parser) is run against pumped adversarial strings: long runs of characters each of its
// atoms accepts, after its literal words, followed by a failing suffix. Sticky regexes are run at offset 0, as their
// users run them at one position each. A regex whose time grows faster than ~linearly
// fails the test, unless it is listed in BOUNDED with the reason its input is short. Dynamic patterns are tested below
// through the functions that use them.

const PUMP = 5_000;

/** Characters tried against each atom of a pattern. */
const POOL = [...' \t\n\r\u00a0\u2028aAzZ059._-,;:/()[]{}<>@#!?*+=&%$^~|`\'"\\\u0301\u05d0\u0627\u2013\u2212\u00e9\u03b1\u0000\ud800'];

/** Atoms of a pattern source: character classes, escapes, `.` and literal characters. */
function atoms(source: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out.push(source.slice(i, j + 1));
      i = j + 1;
    } else if (c === '\\') {
      const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/s.exec(source.slice(i, i + 16));
      out.push(m ? m[0] : c);
      i += m ? m[0].length : 1;
    } else if ('()|?*+{}^$'.includes(c)) {
      i++;
    } else {
      out.push(c === '.' ? '.' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
      i++;
    }
  }
  return [...new Set(out)];
}

/** Adversarial strings for a regex: runs of accepted characters (singly and in pairs), after literal words, then a failing suffix. */
function attacks(re: RegExp, length: number): string[] {
  const flags = re.flags.replace(/[gy]/g, '');
  const reps: string[] = [];
  for (const a of atoms(re.source)) {
    let atom: RegExp;
    try {
      atom = new RegExp(`^(?:${a})$`, flags);
    } catch {
      continue;
    }
    reps.push(...POOL.filter((ch) => atom.test(ch)).slice(0, 3));
  }
  const units = [...new Set(reps)];
  const words = [...new Set(re.source.match(/[A-Za-z0-9]{2,}|10\\?\./g) ?? [])].map((w) => w.replace(/\\/g, '')).slice(0, 6);
  const pumps = new Set<string>(units);
  for (let i = 0; i < units.length && i < 8; i++) for (let j = i + 1; j < units.length && j < 8; j++) pumps.add(units[i]! + units[j]!);
  for (const w of words) for (const u of units.slice(0, 4)) pumps.add(u + w + u);
  const out: string[] = [];
  for (const p of pumps) {
    const body = p.repeat(Math.ceil(length / p.length)).slice(0, length);
    for (const prefix of ['', ...words.slice(0, 1)]) for (const suffix of ['\u0000', '\n']) out.push(prefix + body + suffix);
  }
  return out;
}

function timeExec(re: RegExp, inputs: readonly string[]): { ms: number; worst: string } {
  let total = 0;
  let worst = '';
  let worstMs = -1;
  for (const s of inputs) {
    const t0 = performance.now();
    re.lastIndex = 0;
    re.exec(s);
    const dt = performance.now() - t0;
    total += dt;
    if (dt > worstMs) [worstMs, worst] = [dt, s];
  }
  return { ms: total, worst };
}

const { found, dynamic } = collectRegexes();

test('the collector finds the regexes of src/core', () => {
  assert.ok(found.length > 100, `only ${found.length} regexes found`);
  assert.ok(found.some((f) => f.where.startsWith('src/core/citations/')));
  assert.ok(found.some((f) => f.where.startsWith('src/core/bibliography/reference-text.ts')));
});

/** A description of the regex's superlinear behaviour on pumped input, or undefined when it stays linear. */
function superlinear(re: RegExp): string | undefined {
  const inputs = attacks(re, PUMP);
  const { worst } = timeExec(re, inputs);
  if (timeExec(re, [worst]).ms < 3) return undefined; // clearly linear: the worst 5 KB input runs in under 3 ms
  // Suspicious: compare the worst input at four times its pumped length, median of three. Linear grows ~4×,
  // quadratic ~16×; the threshold of 8× leaves room for noise on a loaded machine either way.
  const unit = worst.slice(0, -1);
  const pump = unit.slice(-PUMP);
  const quadrupled = unit + pump + pump + pump + worst.slice(-1);
  const t1 = [0, 1, 2].map(() => timeExec(re, [worst]).ms).sort((a, b) => a - b)[1]!;
  const t4 = [0, 1, 2].map(() => timeExec(re, [quadrupled]).ms).sort((a, b) => a - b)[1]!;
  if (t4 > 8 * t1 + 5 || t4 > 800) return `${t1.toFixed(1)} ms → ${t4.toFixed(1)} ms at 4× length on ${JSON.stringify(worst.slice(0, 24))}…`;
  return undefined;
}

test('the check catches a quadratic regex', () => {
  // Timings on a shared machine can hide one attempt's growth (a pause inflates the short run): one of three must show it.
  assert.ok([0, 1, 2].some(() => superlinear(/[,;]?\s*\bet al\.?$/i) !== undefined));
  assert.equal(superlinear(/[,;]?\s?\bet al\.?$/i), undefined);
});

test('no regex in src/core backtracks catastrophically on pumped input', () => {
  const slow: string[] = [];
  for (const { where, re } of found) {
    if (isBounded(where, re)) continue;
    const why = superlinear(re);
    if (why) slow.push(`${where} /${re.source}/${re.flags}: ${why}`);
  }
  assert.deepEqual(slow, []);
});

test('dynamic patterns are listed and covered through their users', (t) => {
  t.diagnostic(`new RegExp with computed patterns: ${dynamic.join(', ')}`);
  // reference-section.ts: the References heading pattern.
  for (const title of ['1.'.repeat(20_000) + ' x', '1' + '.1'.repeat(20_000) + ' References x', 'i'.repeat(40_000) + ' x', '1 ' + ' '.repeat(40_000) + 'x']) {
    const t0 = performance.now();
    isReferenceHeading(title);
    assert.ok(performance.now() - t0 < 200, title.slice(0, 10));
  }
});

test('bibliography text readers stay linear on long runs', () => {
  const cases = [
    'A' + ' '.repeat(40_000) + 'x',
    ' \t'.repeat(20_000) + 'and',
    '['.repeat(4000) + '](',
    '[a]('.repeat(1000),
    '_'.repeat(4000) + 'a',
    'A. T. J. ' + '\t2099\tA'.repeat(500) + '\u2028',
  ];
  for (const c of cases) {
    const t0 = performance.now();
    parseNames(c);
    parseReferenceText(c, 0);
    parseReferenceText(`A. B. C ${c}. 2020.`, 0);
    assert.ok(performance.now() - t0 < 500, JSON.stringify(c.slice(0, 12)));
  }
});
