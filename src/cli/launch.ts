/**
 * Entry point of `dist/cli.js`. When the command will analyse a long draft, starts the recognition worker first (see
 * `src/node/worker-prestart.ts`), so that it loads the ontology while the tool itself (`dist/cli-main.js`) loads;
 * then runs the tool.
 */
import * as path from 'node:path';
import { prestartRecognitionWorker } from '../node/worker-prestart';
import type { runCli as RunCli } from './main';

const argv = process.argv.slice(2);
const prestartedWorker = prestartRecognitionWorker(argv, __dirname);
// Resolved at run time (not bundled): the tool is its own bundle beside this one.
const { runCli } = require(path.join(__dirname, 'cli-main.js')) as { runCli: typeof RunCli };
runCli(argv, { prestartedWorker });
