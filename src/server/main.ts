/** Entry point of `dist/server.js`: `node dist/server.js --stdio` (the transport is read from the command line). */
// First: the heap setting applies from the start, before loading the rest makes the young generation grow.
import './heap-init';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
process.on('unhandledRejection', (e) => {
  try {
    connection.console.error(`evidence-lens: unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  } catch {
    // the connection is gone; nothing left to report to
  }
});
startServer(connection);
