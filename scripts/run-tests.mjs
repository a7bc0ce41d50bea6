// Runs the plain-Node test suites (no VS Code) with node's test runner and tsx.
// usage: node scripts/run-tests.mjs [folder…]   (default: test/unit test/lsp)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const folders = process.argv.slice(2).length ? process.argv.slice(2) : ['test/unit', 'test/lsp'];
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.test\.ts$/.test(e.name)) files.push(p);
  }
};
for (const f of folders) if (existsSync(f)) walk(f);
if (files.length === 0) {
  console.error('run-tests: no test files found in', folders.join(', '));
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
