/**
 * Evidence Lens VS Code extension: starts the language server, registers the commands, the Evidence view, the
 * evidence table and the status bar item. Activated by Markdown files.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DraftTracker } from './draft-tracker';
import { EvidenceStatusBar } from './status-bar';
import { EvidenceTable } from './evidence-table';
import { EvidenceTreeProvider } from './evidence-tree';
import { createLanguageClient } from './language-client';
import { addToOntology, type OntologyChoice } from './ontology-command';
import { renumberActiveDraft } from './renumber';
import { WorkspaceValidation } from './validate-workspace';

/** What the extension exposes to tests and other extensions. */
export interface EvidenceLensApi {
  /** The running language client (undefined while it is restarting). */
  readonly client: LanguageClient | undefined;
  readonly tracker: DraftTracker;
  readonly tree: EvidenceTreeProvider;
  readonly table: EvidenceTable;
  readonly workspaceDiagnostics: vscode.DiagnosticCollection;
  /** Resolves once the language server has started (or failed to). */
  readonly ready: Promise<void>;
}

let client: LanguageClient | undefined;

/** Activates the extension (called by VS Code on the first Markdown file). */
export function activate(context: vscode.ExtensionContext): EvidenceLensApi {
  const log = vscode.window.createOutputChannel('Evidence Lens', { log: true });
  context.subscriptions.push(log);

  const startClient = async (): Promise<void> => {
    client = createLanguageClient(context, log);
    try {
      await client.start();
      log.info('Language server started.');
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      log.error(`Could not start the language server: ${message}`);
      void vscode.window.showErrorMessage(`Evidence Lens: the language server could not start: ${message}`, 'Show Log').then((p) => p && log.show(true));
    }
  };
  const ready = startClient();

  const tracker = new DraftTracker(log, () => client);
  const tree = new EvidenceTreeProvider();
  const table = new EvidenceTable();
  const status = new EvidenceStatusBar((uri) => client?.diagnostics?.get(uri) ?? []);
  const validation = new WorkspaceValidation(() => client, log);
  context.subscriptions.push(tracker, tree, table, status, validation);
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('evidenceLens.evidence', tree),
    tracker.onDidChange((ev) => {
      tree.update(ev);
      status.update(ev);
      table.update(ev);
    }),
  );

  const command = (id: string, run: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  command('evidenceLens.validateCitations', () => validation.run());
  command('evidenceLens.renumberCitations', () => renumberActiveDraft());
  command('evidenceLens.showEvidenceTable', async () => {
    const ev = (await tracker.refresh()) ?? tracker.evidence;
    if (!ev) {
      void vscode.window.showInformationMessage('Evidence Lens: open a Markdown draft to see its evidence table.');
      return undefined;
    }
    table.show(ev);
    return ev;
  });
  command('evidenceLens.exportEvidenceCsv', () => table.exportCsv());
  command('evidenceLens.addToOntology', (word?: string, choice?: OntologyChoice) => addToOntology(typeof word === 'string' ? word : undefined, choice));
  command('evidenceLens.refreshEvidence', () => tracker.refresh());
  command('evidenceLens.restartServer', async () => {
    log.info('Restarting the language server.');
    if (client?.isRunning()) await client.restart();
    else {
      await client?.dispose().catch(() => undefined);
      await startClient();
    }
  });

  return {
    get client() {
      return client;
    },
    tracker,
    tree,
    table,
    workspaceDiagnostics: validation.collection,
    ready,
  };
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop().catch(() => undefined);
  client = undefined;
}
