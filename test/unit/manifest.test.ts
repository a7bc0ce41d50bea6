import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ALL_RULE_IDS, defaultLevelOf } from '../../src/core/rules/registry';

const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
const sections = [pkg.contributes.configuration].flat() as Array<{ properties: Record<string, any> }>;
const rules = sections.find((s) => s.properties['evidenceLens.rules'])!.properties['evidenceLens.rules'];

test('the evidenceLens.rules setting lists every rule id with its default level, and nothing else', () => {
  assert.deepEqual(Object.keys(rules.properties).sort(), [...ALL_RULE_IDS].sort());
  for (const id of ALL_RULE_IDS) {
    assert.equal(rules.properties[id].default, defaultLevelOf(id), id);
    if (rules.default) assert.equal(rules.default[id], defaultLevelOf(id), `default of ${id}`);
  }
});

test('the README rule table names every rule id', () => {
  const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  for (const id of ALL_RULE_IDS) assert.ok(readme.includes(`| \`${id}\` |`), id);
});
