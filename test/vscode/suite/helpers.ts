/** Helpers for the VS Code suite: the extension's API, fixture documents, and waiting on events (no fixed sleeps). */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EvidenceLensApi } from '../../../src/client/extension';

export const EXTENSION_ID = 'evidence-lens.evidence-lens';

/** Activates the extension and waits until its language server has started. */
export async function extensionApi(): Promise<EvidenceLensApi> {
  const ext = vscode.extensions.getExtension<EvidenceLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const api = await ext.activate();
  await api.ready;
  return api;
}

/** The URI of a file of the fixture workspace (the folder VS Code was opened on). */
export function fixtureUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Opens a fixture file in an editor. */
export async function openFixture(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relative));
  return vscode.window.showTextDocument(doc);
}

/**
 * Resolves with `check()`'s first truthy value, checking now and after each firing of `event`; rejects after `ms`
 * with `what` (the timeout only bounds a failure, it is not a delay).
 */
export function waitFor<T>(what: string, event: vscode.Event<unknown>, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (f: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sub.dispose();
      f();
    };
    const attempt = async () => {
      try {
        const v = await check();
        if (v) finish(() => resolve(v));
      } catch (e) {
        finish(() => reject(e));
      }
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`))), ms);
    const sub = event(() => void attempt());
    void attempt();
  });
}

/** Waits until a document has a diagnostic with the given rule id (`code`) and returns it. */
export async function waitForDiagnostic(uri: vscode.Uri, code: string, ms = 30_000): Promise<vscode.Diagnostic> {
  try {
    return await waitFor(`a ${code} diagnostic on ${vscode.workspace.asRelativePath(uri)}`, vscode.languages.onDidChangeDiagnostics, () =>
      vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === code),
    ms);
  } catch (e) {
    const now = vscode.languages.getDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line}`);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    throw new Error(`${(e as Error).message}; diagnostics now: [${now.join(', ')}]; open: ${!!doc}, dirty: ${doc?.isDirty}`);
  }
}

/** Reverts a document to its saved text (tests that edit call this in a finally block). */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/** The rule id of a diagnostic (its `code`, plain or `{value, target}`). */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return c === undefined ? undefined : typeof c === 'object' ? String(c.value) : String(c);
}

/** The position of the `occurrence`-th (0-based) `needle` in a document, plus `offset` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0, occurrence = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `'${needle}' (occurrence ${occurrence}) not found in ${doc.uri.toString()}`);
  }
  return doc.positionAt(at + offset);
}

/** Text of hover contents, with Markdown backslash escapes removed. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/** The URI and range of a Location or LocationLink. */
export function targetOf(l: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange ?? l.targetRange } : { uri: l.uri, range: l.range };
}
