/**
 * Mocha entry point loaded by the VS Code extension host (`extensionTestsPath`). Runs every compiled `*.test.js`
 * beside it and writes `{passes, failures, pending}` to $VSCODE_TEST_RESULTS for the runner's closing line.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Runs the suite; rejects when a test failed. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const f of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats;
      const results = { passes: stats?.passes ?? 0, failures: stats?.failures ?? failures, pending: stats?.pending ?? 0 };
      // run-tests.js prints the closing line from this file; without it (--electron) the suite prints it itself
      if (process.env.VSCODE_TEST_RESULTS) writeFileSync(process.env.VSCODE_TEST_RESULTS, JSON.stringify(results));
      else console.log(`${results.passes} passed, ${results.failures} failed`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
  });
}
