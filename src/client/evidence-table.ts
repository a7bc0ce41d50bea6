/**
 * "Evidence Lens: Show Evidence Table": a webview (no scripts, strict CSP) listing the active draft's citations and
 * reference entries, and "Export CSV", which writes only where the user picks in a save dialog.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { DraftEvidence } from './draft-analysis';
import { evidenceCsv, evidenceTableHtml } from './evidence-html';

export const EVIDENCE_TABLE_VIEW_TYPE = 'evidenceLens.evidenceTable';

/** Owns the single evidence table panel. */
export class EvidenceTable implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private evidence: DraftEvidence | undefined;

  /** Opens (or reveals) the panel showing `evidence`. */
  show(evidence: DraftEvidence): void {
    this.evidence = evidence;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(EVIDENCE_TABLE_VIEW_TYPE, 'Evidence', vscode.ViewColumn.Beside, {
        enableScripts: false,
        enableCommandUris: ['evidenceLens.exportEvidenceCsv'],
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else {
      this.panel.reveal(undefined, true);
    }
    this.render();
  }

  /** Updates an open panel when the active draft changes. */
  update(evidence: DraftEvidence | undefined): void {
    if (!evidence || !this.panel) return;
    this.evidence = evidence;
    this.render();
  }

  /** The HTML currently shown (for tests), or undefined when no panel is open. */
  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  /** Asks where to save and writes the table as CSV there; returns the file written, if any. */
  async exportCsv(evidence: DraftEvidence | undefined = this.evidence): Promise<vscode.Uri | undefined> {
    if (!evidence) {
      void vscode.window.showInformationMessage('Evidence Lens: open a Markdown draft first.');
      return undefined;
    }
    const base = evidence.uri.path.replace(/\.[^./]*$/, '').split('/').pop() || 'draft';
    const defaultUri = evidence.uri.scheme === 'file' ? vscode.Uri.joinPath(evidence.uri, '..', `${base}-evidence.csv`) : undefined;
    const target = await vscode.window.showSaveDialog({ defaultUri, filters: { CSV: ['csv'] }, saveLabel: 'Export', title: 'Export Evidence Table as CSV' });
    if (!target) return undefined;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(evidenceCsv(evidence.model)));
    void vscode.window.showInformationMessage(`Evidence Lens: evidence table exported to ${vscode.workspace.asRelativePath(target)}.`);
    return target;
  }

  private render(): void {
    if (!this.panel || !this.evidence) return;
    const name = this.evidence.uri.path.split('/').pop() ?? '';
    this.panel.title = `Evidence: ${name}`;
    this.panel.webview.html = evidenceTableHtml(this.evidence.model, {
      title: `Evidence: ${name}`,
      nonce: randomBytes(16).toString('base64'),
      cspSource: this.panel.webview.cspSource,
    });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
