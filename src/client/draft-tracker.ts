/**
 * Keeps the evidence model of the active Markdown draft up to date (debounced) and announces changes. References and
 * citations are analysed here; the entities come from the language server (`evidenceLens/evidence`), which has the
 * ontology loaded already.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EVIDENCE_REQUEST, type EvidenceResult } from '../core/features/entity-evidence';
import { analyseDraft, type DraftEvidence } from './draft-analysis';

/** Tracks the active Markdown editor and re-analyses it 300 ms after it changes. */
export class DraftTracker implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<DraftEvidence | undefined>();
  /** Fires with the new evidence of the active draft, or undefined when no Markdown editor is active. */
  readonly onDidChange = this.emitter.event;
  private current: DraftEvidence | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly client: () => LanguageClient | undefined = () => undefined,
  ) {
    this.disposables.push(
      // entity findings change when the server re-analyses (e.g. the workspace ontology changed)
      vscode.languages.onDidChangeDiagnostics((e) => {
        const doc = this.activeDocument();
        if (doc && e.uris.some((u) => u.toString() === doc.uri.toString())) this.schedule(300);
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.activeDocument()) this.schedule(300);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('evidenceLens')) this.schedule(0);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (/\.(bib|json|ya?ml)$/i.test(d.fileName)) this.schedule(0);
      }),
    );
    this.schedule(0);
  }

  /** The evidence of the active draft, when there is one. */
  get evidence(): DraftEvidence | undefined {
    return this.current;
  }

  /** The active Markdown document, if any. */
  activeDocument(): vscode.TextDocument | undefined {
    const d = vscode.window.activeTextEditor?.document;
    return d?.languageId === 'markdown' ? d : undefined;
  }

  /** Re-analyses the active draft now and returns its evidence. */
  async refresh(): Promise<DraftEvidence | undefined> {
    const generation = ++this.generation;
    const document = this.activeDocument();
    if (!document) {
      // keep showing the last draft while a non-editor (webview, output) has focus
      if (vscode.window.activeTextEditor) this.set(undefined);
      return this.current;
    }
    try {
      const evidence = await analyseDraft(document);
      const entities = await this.entitiesOf(document);
      if (entities) evidence.model.entities = entities.entities;
      if (generation === this.generation) this.set(evidence);
      return evidence;
    } catch (e) {
      this.log.error(`Could not analyse ${document.uri.toString()}: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  /** The entities of a draft from the language server, or undefined when it is not running or fails. */
  private async entitiesOf(document: vscode.TextDocument): Promise<EvidenceResult | undefined> {
    const client = this.client();
    if (!client?.isRunning()) return undefined;
    try {
      const r = await client.sendRequest<EvidenceResult | null>(EVIDENCE_REQUEST, { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } });
      return r ?? undefined;
    } catch (e) {
      this.log.warn(`Could not get the entities of ${document.uri.toString()}: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  private set(evidence: DraftEvidence | undefined): void {
    this.current = evidence;
    this.emitter.fire(evidence);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), ms);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
