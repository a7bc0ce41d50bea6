// Builds the extension (npm run build) and compiles the VS Code test suite (test/vscode/**/*.ts) with esbuild into
// out/test/vscode/ (one CommonJS file per source file; vscode and mocha stay external).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Compiles test/vscode into out/test/vscode; returns the path of the suite's index.js. */
export async function buildSuite(root) {
  const build = spawnSync(process.execPath, ['esbuild.config.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  const src = join(root, 'test/vscode/suite');
  const entryPoints = readdirSync(src).filter((f) => f.endsWith('.ts')).map((f) => join(src, f));
  const outdir = join(root, 'out/test/vscode/suite');
  rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints, outdir, bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline',
    external: ['vscode', 'mocha'], logLevel: 'warning',
  });
  return join(outdir, 'index.js');
}
