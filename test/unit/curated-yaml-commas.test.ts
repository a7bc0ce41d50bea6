/**
 * The curated YAML writes its lists in flow style (`synonyms: [a, b]`), where a comma separates items: a name with a
 * comma inside ("indoleamine 2,3-dioxygenase", "Cu,Zn superoxide dismutase") must be quoted, or YAML splits it into
 * pieces that then match prose on their own ("3-dioxygenase", "Cu"). Items are separated by a comma and a space, so a
 * comma followed by anything else outside quotes is such a name left unquoted.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const DIR = path.join(__dirname, '../../data/ontology/curated');

/** The places (file:line) where a flow list holds a comma not followed by a space, outside quotes. */
function unquotedCommaNames(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, k) => {
    if (line.trimStart().startsWith('#')) return;
    let depth = 0;
    let quote = '';
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quote) {
        if (c === quote) quote = '';
        continue;
      }
      if ((c === "'" || c === '"') && (i === 0 || /[[\s,{]/.test(line[i - 1]!))) quote = c;
      else if (c === '[') depth++;
      else if (c === ']') depth--;
      else if (c === ',' && depth > 0 && line[i + 1] !== ' ') out.push(`${file}:${k + 1}`);
    }
  });
  return out;
}

test('no curated name with a comma inside is left unquoted in a flow list', () => {
  const found: string[] = [];
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.yaml'))) found.push(...unquotedCommaNames(f, readFileSync(path.join(DIR, f), 'utf8')));
  assert.deepEqual(found, []);
});

test('the check finds a name split by an unquoted comma', () => {
  assert.deepEqual(unquotedCommaNames('x.yaml', '  - gene: IDO1\n    synonyms: [indoleamine 2,3-dioxygenase]\n'), ['x.yaml:2']);
  assert.deepEqual(unquotedCommaNames('x.yaml', "    synonyms: ['indoleamine 2,3-dioxygenase', IDO]\n"), []);
});
