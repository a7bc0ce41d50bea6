/**
 * "Evidence Lens: Validate Citations": asks the server to check every Markdown file of the workspace, shows the
 * findings of files that are not open in the Problems panel (open files get the server's live diagnostics), logs
 * the details and summarises the counts.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageclient';

export const VALIDATE_WORKSPACE_REQUEST = 'evidenceLens/validateWorkspace';

/** The server's answer to `evidenceLens/validateWorkspace`. */
export interface ValidateWorkspaceResult {
  files: { uri: string; diagnostics: LspDiagnostic[] }[];
  summary: { files: number; errors: number; warnings: number; infos: number; hints: number };
}

/** Formats a summary as "3 files checked: 1 error, 2 warnings, 0 infos, 1 hint." */
export function formatSummary(s: ValidateWorkspaceResult['summary']): string {
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `${n(s.files, 'file')} checked: ${n(s.errors, 'error')}, ${n(s.warnings, 'warning')}, ${n(s.infos, 'info')}, ${n(s.hints, 'hint')}.`;
}

/** Owns the diagnostics of unopened files found by the last workspace validation. */
export class WorkspaceValidation implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('evidence-lens-workspace');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    private readonly getClient: () => LanguageClient | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {
    // once a file is open the server's live diagnostics replace the workspace run's
    this.disposables.push(vscode.workspace.onDidOpenTextDocument((d) => this.collection.delete(d.uri)));
  }

  /** Runs the validation with a progress notification; returns the result, or undefined when cancelled or failed. */
  async run(): Promise<ValidateWorkspaceResult | undefined> {
    const client = this.getClient();
    if (!client || !client.isRunning()) {
      void vscode.window.showErrorMessage('Evidence Lens: the language server is not running. Run "Evidence Lens: Restart Server".');
      return undefined;
    }
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
    const t0 = Date.now();
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Evidence Lens: validating citations', cancellable: true },
        (progress, token) => {
          progress.report({ message: `${folders.length} folder${folders.length === 1 ? '' : 's'}…` });
          return client.sendRequest<ValidateWorkspaceResult>(VALIDATE_WORKSPACE_REQUEST, { folders }, token);
        },
      );
      await this.show(client, result);
      const summary = formatSummary(result.summary);
      this.log.info(`Validate Citations: ${summary} (${Date.now() - t0} ms)`);
      const show = result.summary.errors + result.summary.warnings > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
      void show(`Evidence Lens: ${summary}`, 'Show Problems', 'Show Log').then((pick) => {
        if (pick === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
        else if (pick === 'Show Log') this.log.show(true);
      });
      return result;
    } catch (e) {
      if (e instanceof vscode.CancellationError || (e as { code?: number }).code === -32800) {
        this.log.info('Validate Citations: cancelled');
        return undefined;
      }
      const message = e instanceof Error ? e.message : String(e);
      this.log.error(`Validate Citations failed: ${message}`);
      void vscode.window.showErrorMessage(`Evidence Lens: validating citations failed: ${message}`);
      return undefined;
    }
  }

  private async show(client: LanguageClient, result: ValidateWorkspaceResult): Promise<void> {
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    this.collection.clear();
    for (const file of result.files) {
      const uri = client.protocol2CodeConverter.asUri(file.uri);
      const diagnostics = await client.protocol2CodeConverter.asDiagnostics(file.diagnostics);
      for (const d of diagnostics) {
        const code = typeof d.code === 'object' ? d.code.value : d.code;
        this.log.info(`${vscode.workspace.asRelativePath(uri)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${severityName(d.severity)} ${code ?? ''} ${d.message}`);
      }
      if (!open.has(uri.toString())) this.collection.set(uri, diagnostics);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function severityName(s: vscode.DiagnosticSeverity): string {
  return ['error', 'warning', 'info', 'hint'][s] ?? 'info';
}
