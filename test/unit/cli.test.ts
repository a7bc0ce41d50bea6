import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const REFS = '## References\n\n1. Alpha A. HER2 amplification study. J Ex. 2001. doi:10.5555/one\n2. Beta B. Targeting HER2 study. J Ex. 2002. doi:10.5555/two\n';
const CLEAN = `# Draft\n\nHER2 is amplified (1) and targeted (2).\n\n${REFS}`;
const BROKEN = `# Draft\n\nHER2 is amplified (1) and targeted (2). Unknown (7).\n\n${REFS}`;
const WARN_ONLY = `# Draft\n\nJump (2). Then (1).\n\n${REFS}`;

let dir: string;
before(() => {
  assert.ok(existsSync(CLI), 'dist/cli.js is built by `npm run build` (npm test builds first)');
  dir = mkdtempSync(path.join(tmpdir(), 'evl-cli-'));
  writeFileSync(path.join(dir, 'clean.md'), CLEAN);
  writeFileSync(path.join(dir, 'broken.md'), BROKEN);
  writeFileSync(path.join(dir, 'warn.md'), WARN_ONLY);
  mkdirSync(path.join(dir, 'sub', 'node_modules'), { recursive: true });
  mkdirSync(path.join(dir, 'sub', '.hidden'), { recursive: true });
  writeFileSync(path.join(dir, 'sub', 'nested.md'), BROKEN);
  writeFileSync(path.join(dir, 'sub', 'node_modules', 'skip.md'), BROKEN);
  writeFileSync(path.join(dir, 'sub', '.hidden', 'skip.md'), BROKEN);
  writeFileSync(path.join(dir, 'sub', 'notes.txt'), BROKEN);
  writeFileSync(path.join(dir, 'latin1.md'), Buffer.concat([Buffer.from('Line one (1).\nCaf'), Buffer.from([0xe9]), Buffer.from(' (2).\n')]));
});

test('text format: path:line:col severity rule-id message, then a summary; exit 1 on an error', () => {
  const r = run(['validate', 'broken.md'], dir);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^broken\.md:3:49 error citation\.unresolved Citation 7 has no entry in References\.$/m);
  assert.match(r.stdout, /^1 file checked: 1 error, 0 warnings, 0 infos, 0 hints\.$/m);
});

test('exit 0 on a clean draft, and --fail-on decides which severities fail', () => {
  assert.equal(run(['validate', 'clean.md'], dir).code, 0);
  assert.equal(run(['validate', 'warn.md'], dir).code, 0);
  assert.equal(run(['validate', 'warn.md', '--fail-on', 'warning'], dir).code, 1);
  assert.equal(run(['validate', 'broken.md', '--fail-on', 'never'], dir).code, 0);
});

test('JSON format has the documented shape with 0-based positions', () => {
  const r = run(['validate', 'broken.md', 'clean.md', '--format', 'json'], dir);
  const json = JSON.parse(r.stdout);
  assert.equal(json.tool.name, 'evidence-lens');
  assert.match(json.tool.version, /^\d+\.\d+\.\d+/);
  assert.deepEqual(json.files.map((f: { path: string }) => f.path), ['broken.md', 'clean.md']);
  const d = json.files[0].diagnostics[0];
  assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'range']);
  assert.deepEqual(d.range, { start: { line: 2, character: 48 }, end: { line: 2, character: 51 } });
  assert.deepEqual(json.summary, { files: 2, errors: 1, warnings: 0, infos: 0, hints: 0 });
});

test('SARIF 2.1.0 output names the rule and a 1-based region', () => {
  const r = run(['validate', 'broken.md', '--format', 'sarif'], dir);
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  const result = sarif.runs[0].results[0];
  assert.equal(result.ruleId, 'citation.unresolved');
  assert.equal(result.level, 'error');
  assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 3, startColumn: 49, endLine: 3, endColumn: 52 });
  assert.ok(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'reference.duplicate'));
});

test('directories recurse into *.md, skipping node_modules and dot-folders', () => {
  const r = run(['validate', 'sub', '--format', 'json'], dir);
  assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['sub/nested.md']);
  // An explicit file of another extension is taken as given.
  assert.equal(run(['validate', 'sub/notes.txt'], dir).code, 1);
});

test('a missing file and a non-UTF-8 file give exit 2 with clear messages, and the rest is still reported', () => {
  const r = run(['validate', 'nope.md', 'latin1.md', 'broken.md'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /nope\.md not found/);
  assert.match(r.stderr, /latin1\.md is not valid UTF-8 \(invalid byte 0xe9 at line 2/);
  assert.match(r.stdout, /broken\.md:3:49 error citation\.unresolved/);
});

test('--rule sets levels; bad values are usage errors (exit 2)', () => {
  assert.equal(run(['validate', 'broken.md', '--rule', 'citation.unresolved=warning'], dir).code, 0);
  const bad = run(['validate', 'broken.md', '--rule', 'citation.nope=error'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown rule id 'citation\.nope'/);
  assert.equal(run(['validate', '--format', 'xml', 'broken.md'], dir).code, 2);
  assert.equal(run(['validate', '--no-such-flag'], dir).code, 2);
});

test('--config: a found .evidence-lens.json applies; an invalid one names the key', () => {
  const cfgDir = mkdtempSync(path.join(tmpdir(), 'evl-cfg-'));
  writeFileSync(path.join(cfgDir, 'broken.md'), BROKEN);
  writeFileSync(path.join(cfgDir, '.evidence-lens.json'), JSON.stringify({ rules: { 'citation.unresolved': 'off' } }));
  assert.equal(run(['validate', 'broken.md'], cfgDir).code, 0);
  writeFileSync(path.join(cfgDir, 'bad.yaml'), 'rules:\n  citation.unresolved: loud\nbibliograpy: x.bib\n');
  const r = run(['validate', 'broken.md', '--config', 'bad.yaml'], cfgDir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /bad\.yaml/);
  assert.match(r.stderr, /rules\.citation\.unresolved/);
  assert.match(r.stderr, /bibliograpy/);
});

test('--bibliography and front matter bibliographies are read; a missing one is reported on the draft', () => {
  const d = mkdtempSync(path.join(tmpdir(), 'evl-bib-'));
  writeFileSync(path.join(d, 'refs.bib'), '@article{known, title={Known}, author={Example, A}, year={2020}, doi={10.5555/k}}\n');
  writeFileSync(path.join(d, 'a.md'), '---\nbibliography: refs.bib\n---\n\nSee [@known] and [@unknown].\n');
  writeFileSync(path.join(d, 'b.md'), '---\nbibliography: [missing.bib]\n---\n\nSee [@known].\n');
  const a = JSON.parse(run(['validate', 'a.md', '--format', 'json'], d).stdout);
  assert.deepEqual(a.files[0].diagnostics.map((x: { code: string }) => x.code), ['citation.unresolved']);
  const b = JSON.parse(run(['validate', 'b.md', '--format', 'json'], d).stdout);
  const missing = b.files[0].diagnostics.find((x: { code: string }) => x.code === 'bibliography.missing');
  assert.equal(missing.range.start.line, 1);
  assert.match(missing.message, /missing\.bib not found/);
  const withFlag = JSON.parse(run(['validate', 'b.md', '--bibliography', 'refs.bib', '--format', 'json'], d).stdout);
  assert.ok(!withFlag.files[0].diagnostics.some((x: { code: string }) => x.code === 'citation.unresolved'));
});

test('renumber prints a unified diff, --write rewrites atomically, and a second run has nothing to do', () => {
  const d = mkdtempSync(path.join(tmpdir(), 'evl-ren-'));
  const file = path.join(d, 'draft.md');
  writeFileSync(file, WARN_ONLY);
  const diff = run(['renumber', 'draft.md'], d);
  assert.equal(diff.code, 0);
  assert.match(diff.stdout, /^--- a\/draft\.md/m);
  assert.match(diff.stdout, /^-Jump \(2\)\. Then \(1\)\.$/m);
  assert.match(diff.stdout, /^\+Jump \(1\)\. Then \(2\)\.$/m);
  assert.equal(readFileSync(file, 'utf8'), WARN_ONLY, 'without --write the file is untouched');
  assert.equal(run(['renumber', 'draft.md', '--write'], d).code, 0);
  const after = readFileSync(file, 'utf8');
  assert.match(after, /Jump \(1\)\. Then \(2\)\./);
  assert.match(after, /1\. Beta B\. Targeting HER2 study/);
  assert.deepEqual(readdirSync(d), ['draft.md'], 'no temporary file is left behind');
  const again = run(['renumber', 'draft.md'], d);
  assert.equal(again.stdout, '');
  assert.match(again.stderr, /already numbered/);
});

test('--help lists the rules; no command is a usage error', () => {
  const h = run(['--help'], dir);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /citation\.out-of-order\s+warning/);
  assert.equal(run([], dir).code, 2);
  assert.equal(run(['frobnicate'], dir).code, 2);
});
