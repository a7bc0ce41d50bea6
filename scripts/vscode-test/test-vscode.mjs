// npm run test:vscode [-- --electron] [-- --timeout S]
// Runs the mocha suite of test/vscode inside a real VS Code extension host.
//  default:    offline. Installs code-server 4.100.3 (VS Code 1.100.3) from npm into a cache folder outside the repo
//              ($EVIDENCE_LENS_VSCODE_TEST_CACHE, default ~/.cache/evidence-lens-vscode-test) with install-code-server.sh
//              and drives its web workbench with headless Debian chromium (run-tests.js). Needs apt (chromium,
//              libkrb5-dev, ripgrep, g++, make) and the npm registry, nothing else.
//  --electron: @vscode/test-electron downloads VS Code from update.code.visualstudio.com (needs internet).
// The fixture workspace is copied to a temporary folder, so tests may edit and write files freely.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSuite } from './build-suite.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const electron = args.includes('--electron');
const timeoutArg = args.indexOf('--timeout');
const timeout = timeoutArg >= 0 ? args[timeoutArg + 1] : '420';
const cache = process.env.EVIDENCE_LENS_VSCODE_TEST_CACHE || join(homedir(), '.cache/evidence-lens-vscode-test');

const t0 = Date.now();
const suite = await buildSuite(root);
const workspace = mkdtempSync(join(tmpdir(), 'evidence-lens-ws-'));
cpSync(join(root, 'test/vscode/fixtures/workspace'), workspace, { recursive: true });
let code = 1;
try {
  if (electron) {
    const { runTests } = await import('@vscode/test-electron');
    code = await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: suite,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    }).then(() => 0, (e) => (console.error(e), 1));
  } else {
    const t1 = Date.now();
    const install = spawnSync('bash', [join(here, 'install-code-server.sh'), cache], { stdio: 'inherit' });
    if (install.status !== 0) throw new Error('installing code-server failed');
    console.log(`[test:vscode] code-server ready in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
    const run = spawnSync(process.execPath, [join(here, 'run-tests.js'), '--codeServer', join(cache, 'code-server'),
      '--extensionDevelopmentPath', root, '--extensionTestsPath', suite, '--folder', workspace, '--timeout', timeout], { stdio: 'inherit' });
    code = run.status ?? 1;
  }
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
console.log(`[test:vscode] finished in ${((Date.now() - t0) / 1000).toFixed(1)} s, exit ${code}`);
process.exit(code);
