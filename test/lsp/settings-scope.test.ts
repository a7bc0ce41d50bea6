/**
 * Resource-scoped settings over the real protocol: with two workspace folders whose settings differ, each draft is
 * checked with its own folder's settings (asked for with that folder's `scopeUri`), in open drafts and in
 * `evidenceLens/validateWorkspace` alike.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { TestClient, uriOf } from './client';
import { NUMERIC } from './fixtures';

let client: TestClient;
let strict: string;
let relaxed: string;

before(async () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'evl-scope-'));
  strict = path.join(parent, 'strict');
  relaxed = path.join(parent, 'relaxed');
  for (const f of [strict, relaxed]) {
    mkdirSync(f);
    writeFileSync(path.join(f, 'draft.md'), NUMERIC);
  }
  client = new TestClient({ rules: { 'citation.unresolved': 'error' } });
  client.folderSettings.set(uriOf(relaxed), { rules: { 'citation.unresolved': 'off', 'citation.collapsible-group': 'info' } });
  await client.initialize(strict, relaxed);
});

after(async () => {
  assert.equal(await client.stop(), 0, client.logs.join('\n'));
});

const codes = (ds: Array<{ code?: string | number }>): Array<string | number | undefined> => ds.map((d) => d.code);

test('each open draft is checked with the settings of its own workspace folder', async () => {
  const strictUri = uriOf(path.join(strict, 'draft.md'));
  const relaxedUri = uriOf(path.join(relaxed, 'draft.md'));
  await client.open(strictUri, NUMERIC);
  await client.open(relaxedUri, NUMERIC);
  const a = await client.diagnostics(strictUri, (p) => p.diagnostics.length > 0);
  const b = await client.diagnostics(relaxedUri, (p) => p.diagnostics.length > 0);
  assert.ok(codes(a.diagnostics).includes('citation.unresolved'), 'the strict folder reports (9)');
  assert.ok(!codes(b.diagnostics).includes('citation.unresolved'), 'the relaxed folder turned the rule off');
  assert.equal(b.diagnostics.find((d) => d.code === 'citation.collapsible-group')?.severity, 3, 'and set collapsible-group to info');
  assert.ok(client.configurationScopes.includes(uriOf(relaxed)), 'settings were asked for with the folder as scopeUri');
});

test('validateWorkspace uses each folder its own settings', async () => {
  const r = await client.request<{ files: Array<{ uri: string; diagnostics: Array<{ code?: string }> }> }>('evidenceLens/validateWorkspace', {});
  const of = (folder: string) => r.files.find((f) => f.uri === uriOf(path.join(folder, 'draft.md')))!;
  assert.ok(codes(of(strict).diagnostics).includes('citation.unresolved'));
  assert.ok(!codes(of(relaxed).diagnostics).includes('citation.unresolved'));
});
