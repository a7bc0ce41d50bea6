// npm run package: production build, then `vsce package --no-dependencies` → evidence-lens-<version>.vsix, then checks
// the archive: it must hold the bundles, data, grammar, snippets, icon and docs, and no src/ or node_modules/.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = `${name}-${version}.vsix`;
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, ['esbuild.config.mjs', '--production']);
run(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', vsix]);

const listing = execFileSync('unzip', ['-Z1', vsix], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
const files = listing.filter((f) => f.startsWith('extension/')).map((f) => f.slice('extension/'.length));
const problems = [];
for (const need of ['package.json', 'dist/extension.js', 'dist/server.js', 'dist/analysis-worker.js', 'dist/cli.js', 'syntaxes/evidence-lens.injection.tmLanguage.json', 'snippets/markdown.json', 'images/icon.png', 'README.md', 'CHANGELOG.md', 'LICENSE.txt']) {
  if (!files.some((f) => f.toLowerCase() === need.toLowerCase())) problems.push(`missing ${need}`);
}
if (!files.some((f) => f.startsWith('data/ontology/bundle/'))) problems.push('missing data/ontology/bundle/');
for (const f of files) if (/^(src|test|node_modules|scripts|out)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts')) problems.push(`should not contain ${f}`);
const byTop = new Map();
for (const f of files) byTop.set(f.split('/')[0], (byTop.get(f.split('/')[0]) ?? 0) + 1);
console.log(`${vsix}: ${files.length} files (${[...byTop].map(([k, n]) => `${k} ${n}`).join(', ')})`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
