/** The server's inputs without a server: settings validation, workspace confinement, bibliography loading. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseDocument } from '../../src/core/parse/document';
import { bibliographyRequests, cachedFileReader, loadBibliographies } from '../../src/node/bibliography-inputs';
import { isInsideFolders, pathToUri, uriToPath } from '../../src/node/workspace-paths';
import { readSettings } from '../../src/server/settings';

test('settings: defaults, valid values kept, each invalid value dropped with a message', () => {
  const defaults = { rules: {}, citationStyle: 'auto', bibliography: [], maxFileSizeMB: 5, ontology: [], evidenceScope: 'sentence' };
  assert.deepEqual(readSettings(undefined).settings, defaults);
  const ok = readSettings({
    rules: { 'citation.unresolved': 'warning', 'entity.unknown': 'off', 'evidence.uncited': 'info' },
    citationStyle: 'numeric',
    bibliography: 'refs.bib',
    maxFileSizeMB: 2,
    ontology: ['terms/extra.yaml'],
    evidenceScope: 'paragraph',
  });
  assert.deepEqual(ok, {
    settings: {
      rules: { 'citation.unresolved': 'warning', 'entity.unknown': 'off', 'evidence.uncited': 'info' },
      citationStyle: 'numeric',
      bibliography: ['refs.bib'],
      maxFileSizeMB: 2,
      ontology: ['terms/extra.yaml'],
      evidenceScope: 'paragraph',
    },
    problems: [],
  }, 'entity rule ids are known');
  const bad = readSettings({ rules: { 'x.y': 'error', 'citation.unresolved': 'loud' }, citationStyle: 'apa', bibliography: [3], maxFileSizeMB: -1, ontology: 7, evidenceScope: 'page' });
  assert.deepEqual(bad.settings, defaults);
  assert.equal(bad.problems.length, 7);
  assert.match(bad.problems[0]!, /unknown rule id 'x\.y'/);
});

test('workspace confinement: inside, outside, .. escapes and symbolic links that point outside', async () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'evl-paths-'));
  const ws = path.join(parent, 'ws');
  mkdirSync(ws);
  writeFileSync(path.join(parent, 'secret.bib'), '@misc{s, title={s}}');
  writeFileSync(path.join(ws, 'refs.bib'), '@misc{r, title={r}}');
  symlinkSync(path.join(parent, 'secret.bib'), path.join(ws, 'link.bib'));
  assert.equal(await isInsideFolders(path.join(ws, 'refs.bib'), [ws]), true);
  assert.equal(await isInsideFolders(path.join(ws, 'missing.bib'), [ws]), true);
  assert.equal(await isInsideFolders(path.join(ws, '..', 'secret.bib'), [ws]), false);
  assert.equal(await isInsideFolders(path.join(ws, 'link.bib'), [ws]), false);
  assert.equal(await isInsideFolders(path.join(ws, 'refs.bib'), []), false);
  assert.equal(uriToPath(pathToUri(path.join(ws, 'a b.bib'))), path.join(ws, 'a b.bib'));
  assert.equal(uriToPath('untitled:Untitled-1'), undefined);
});

test('bibliography loading: front matter and shared paths, deduplicated; unreadable ones become bibliography.missing', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'evl-bibs-'));
  writeFileSync(path.join(dir, 'a.bib'), '@misc{a, title={A}}');
  const doc = parseDocument('---\nbibliography: [a.bib, gone.bib]\n---\n\nText [@a].\n');
  const requests = bibliographyRequests(doc, dir, [path.join(dir, 'a.bib')]);
  assert.deepEqual(requests.map((r) => path.basename(r.abs)), ['a.bib', 'gone.bib']);
  const loaded = await loadBibliographies(requests, cachedFileReader(1024 * 1024), (abs) => `uri:${path.basename(abs)}`);
  assert.deepEqual(loaded.bibliographies.map((b) => b.path), ['uri:a.bib']);
  assert.equal(loaded.inputDiagnostics.length, 1);
  assert.equal(loaded.inputDiagnostics[0]!.code, 'bibliography.missing');
  assert.match(loaded.inputDiagnostics[0]!.message, /uri:gone\.bib not found/);
  assert.deepEqual(loaded.inputDiagnostics[0]!.range.start, { line: 1, character: 22 });
  assert.deepEqual(bibliographyRequests(doc, undefined, []), [], 'an unsaved draft has no folder to resolve front matter paths against');
});
