/** The status bar item: citation, entity and problem counts of the active draft; clicking opens the Evidence table. */
import * as vscode from 'vscode';
import type { DraftEvidence } from './draft-analysis';

/** Shows "$(book) N citations $(symbol-class) E entities $(warning) M" for the active Markdown draft; hidden otherwise. */
export class EvidenceStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('evidenceLens.status', vscode.StatusBarAlignment.Right, 100);
  private evidence: DraftEvidence | undefined;
  private readonly disposables: vscode.Disposable[] = [this.item];

  /** `problems(uri)` returns the Evidence Lens diagnostics currently shown for a file. */
  constructor(private readonly problems: (uri: vscode.Uri) => readonly vscode.Diagnostic[]) {
    this.item.name = 'Evidence Lens';
    this.item.command = 'evidenceLens.showEvidenceTable';
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.evidence && e.uris.some((u) => u.toString() === this.evidence!.uri.toString())) this.render();
      }),
    );
  }

  /** Shows the counts of another draft (or hides the item). */
  update(evidence: DraftEvidence | undefined): void {
    this.evidence = evidence;
    this.render();
  }

  private render(): void {
    const ev = this.evidence;
    if (!ev) {
      this.item.hide();
      return;
    }
    const n = ev.model.citationCount;
    const problems = this.problems(ev.uri).length;
    const e = ev.model.entities.length;
    const entities = `${e} entit${e === 1 ? 'y' : 'ies'}`;
    this.item.text = `$(book) ${n} citation${n === 1 ? '' : 's'}  $(symbol-class) ${entities}  $(${problems ? 'warning' : 'check'}) ${problems}`;
    this.item.tooltip = `Evidence Lens: ${n} citation${n === 1 ? '' : 's'}, ${ev.model.references.length} reference entries, ${entities}, ${problems} problem${problems === 1 ? '' : 's'}. Click to show the evidence table.`;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
