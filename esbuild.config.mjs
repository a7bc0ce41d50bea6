// Bundles the command-line tool, the language server with its analysis worker, and the VS Code extension.
// `node esbuild.config.mjs` builds once; `--watch` rebuilds on change; `--production` minifies; `--bench` builds only
// the benchmark (`npm run bench`), so that it times the core as the tool ships it: one bundle, made with these options.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  sourcesContent: false,
  minify: production,
  logLevel: process.argv.includes('--verbose') ? 'info' : 'warning',
  legalComments: 'none',
  // One copy of zod: the lazy `require('zod')` calls would otherwise bundle its CommonJS build beside the ES module
  // build that `import` takes (1 MB more script for every process to compile at start-up).
  alias: { zod: './node_modules/zod/index.js' },
};

const products = [
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/server/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['src/server/analysis-worker.ts'], outfile: 'dist/analysis-worker.js' },
  { entryPoints: ['src/client/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
];
// bench/bin/run.js sits two folders below the project, as scripts/bench/run.ts does (it finds the root that way).
const benchmark = [{ entryPoints: ['scripts/bench/run.ts'], outfile: 'bench/bin/run.js', external: ['esbuild'] }];
const entries = (process.argv.includes('--bench') ? benchmark : products).filter((e) => existsSync(e.entryPoints[0]));

if (watch) {
  for (const e of entries) await (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
}
