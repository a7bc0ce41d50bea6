/**
 * "Evidence Lens: Renumber Citations": asks the code action providers (the server) for the renumber action of the
 * active draft and applies it.
 */
import * as vscode from 'vscode';

/** True for the server's renumber action (by kind or title). */
export function isRenumberAction(a: vscode.CodeAction | vscode.Command): boolean {
  const kind = 'kind' in a && a.kind ? a.kind.value : '';
  return /renumber/i.test(kind) || /renumber/i.test(a.title);
}

/** Finds the renumber action of a document, asking for quick fixes and source actions over the whole text. */
export async function findRenumberAction(document: vscode.TextDocument): Promise<vscode.CodeAction | vscode.Command | undefined> {
  const range = new vscode.Range(0, 0, document.lineCount, 0);
  for (const kind of [undefined, vscode.CodeActionKind.Source.value, vscode.CodeActionKind.Refactor.value]) {
    const actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, range, kind)) ?? [];
    const found = actions.find(isRenumberAction);
    if (found) return found;
  }
  return undefined;
}

/** Applies the renumber action to the active Markdown editor; tells the user when there is nothing to do. */
export async function renumberActiveDraft(): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Evidence Lens: open a Markdown draft to renumber its citations.');
    return false;
  }
  const action = await findRenumberAction(editor.document);
  if (!action) {
    void vscode.window.showInformationMessage('Evidence Lens: citations are already numbered by first mention (or cannot be renumbered; see Problems).');
    return false;
  }
  if (typeof action.command === 'string') {
    const c = action as vscode.Command;
    await vscode.commands.executeCommand(c.command, ...(c.arguments ?? []));
    return true;
  }
  const ca = action as vscode.CodeAction;
  if (ca.edit && !(await vscode.workspace.applyEdit(ca.edit))) {
    void vscode.window.showErrorMessage('Evidence Lens: the renumbering edit could not be applied.');
    return false;
  }
  if (ca.command) await vscode.commands.executeCommand(ca.command.command, ...(ca.command.arguments ?? []));
  return true;
}
