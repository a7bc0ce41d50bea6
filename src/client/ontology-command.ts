/**
 * "Evidence Lens: Add to Ontology": adds the selected word to `.evidence-lens/ontology.yaml` of the draft's workspace
 * folder (creating it), as a word that is never an entity or as a new entity; written atomically, only on command.
 */
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { writeFileAtomic } from '../node/atomic-write';
import { addToOntologyText, type OntologyAddition } from './ontology-edit';

export const ONTOLOGY_FILE = '.evidence-lens/ontology.yaml';

/** The selected text, or the word under the cursor, of the active editor. */
export function selectedWord(editor: vscode.TextEditor): string | undefined {
  const sel = editor.selection;
  if (!sel.isEmpty) return editor.document.getText(sel).trim() || undefined;
  const range = editor.document.getWordRangeAtPosition(sel.active, /[\p{L}\p{N}][\p{L}\p{N}\-.]*[\p{L}\p{N}]|[\p{L}\p{N}]/u);
  return range ? editor.document.getText(range) : undefined;
}

/** How to add the word: never an entity, or a new entity of this type. */
export type OntologyChoice = 'not-entity' | 'family' | 'complex' | 'drug' | 'trial';

/** Runs the command; `word` and `choice` may be passed (tests, other commands) to skip the prompts. */
export async function addToOntology(word?: string, choice?: OntologyChoice): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  word ??= editor ? selectedWord(editor) : undefined;
  if (!word) {
    void vscode.window.showInformationMessage('Evidence Lens: select a word to add to the ontology.');
    return undefined;
  }
  const folder = (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') {
    void vscode.window.showErrorMessage('Evidence Lens: open a folder to keep a workspace ontology.');
    return undefined;
  }
  if (!choice) {
    const picks: (vscode.QuickPickItem & { value: OntologyChoice })[] = [
      { label: 'Not an entity', description: 'never report this word as an entity', value: 'not-entity' },
      { label: 'Gene family', description: `family:…`, value: 'family' },
      { label: 'Protein complex', description: 'complex:…', value: 'complex' },
      { label: 'Drug', description: 'drug:…', value: 'drug' },
      { label: 'Clinical trial', description: 'trial:…', value: 'trial' },
    ];
    const pick = await vscode.window.showQuickPick(picks, { title: `Add '${word}' to ${ONTOLOGY_FILE} as…` });
    if (!pick) return undefined;
    choice = pick.value;
  }
  const addition: OntologyAddition = choice === 'not-entity' ? { kind: 'not-entity', word } : { kind: 'entity', word, type: choice };
  const file = path.join(folder.uri.fsPath, ONTOLOGY_FILE);
  let text = '';
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const result = addToOntologyText(text, addition, ONTOLOGY_FILE);
  if (!result.ok) {
    void vscode.window.showErrorMessage(`Evidence Lens: ${result.message}`);
    return undefined;
  }
  const uri = vscode.Uri.file(file);
  if (result.unchanged) {
    void vscode.window.showInformationMessage(`Evidence Lens: '${word}' is already in ${ONTOLOGY_FILE}.`);
    return uri;
  }
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, result.text);
  void vscode.window.showInformationMessage(`Evidence Lens: added '${word}' to ${ONTOLOGY_FILE}.`);
  return uri;
}
