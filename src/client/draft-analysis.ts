/**
 * Client-side analysis of the active draft for the Evidence view, the evidence table and the status bar (diagnostics
 * come from the language server). Reads the draft's bibliographies (front matter and `evidenceLens.bibliography`)
 * inside the workspace folders through `vscode.workspace.fs`; workspace files are only parsed as data.
 */
import * as vscode from 'vscode';
import { analyzeDocument, type BibliographyText, type CitationStyle } from '../core/analysis';
import { bibliographyPathsFromFrontMatter } from '../core/bibliography';
import { parseDocument } from '../core/parse/document';
import type { RuleLevel } from '../core/types';
import { decodeText } from '../node/read-text';
import { buildEvidenceModel, type EvidenceModel } from './evidence-model';

/** The evidence model of one version of a draft. */
export interface DraftEvidence {
  uri: vscode.Uri;
  version: number;
  model: EvidenceModel;
}

/** Analyses a Markdown document as the server would (same settings) and returns its evidence model. */
export async function analyseDraft(document: vscode.TextDocument): Promise<DraftEvidence> {
  const config = vscode.workspace.getConfiguration('evidenceLens', document.uri);
  const maxBytes = Math.max(0, config.get<number>('maxFileSizeMB', 5)) * 1024 * 1024;
  const doc = parseDocument(document.getText(), document.uri.toString());
  const wanted: vscode.Uri[] = [];
  const dir = vscode.Uri.joinPath(document.uri, '..');
  if (document.uri.scheme !== 'untitled') {
    for (const p of bibliographyPathsFromFrontMatter(doc)) wanted.push(resolvePath(dir, p));
  }
  const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
  if (folder) for (const p of config.get<string[]>('bibliography', [])) wanted.push(resolvePath(folder.uri, p));
  const bibliographies: BibliographyText[] = [];
  const seen = new Set<string>();
  for (const uri of wanted) {
    // like the server, read bibliographies only inside the workspace folders
    if (seen.has(uri.toString()) || !vscode.workspace.getWorkspaceFolder(uri)) continue;
    seen.add(uri.toString());
    const text = await readSmallText(uri, maxBytes);
    if (text !== undefined) bibliographies.push({ path: uri.scheme === 'file' ? uri.fsPath : uri.toString(), text });
  }
  const analysis = analyzeDocument(doc, {
    rules: config.get<Record<string, RuleLevel>>('rules', {}),
    citationStyle: config.get<CitationStyle>('citationStyle', 'auto'),
    bibliographies,
  });
  return { uri: document.uri, version: document.version, model: buildEvidenceModel(analysis) };
}

/** The URI of an entry's file: the draft itself when `path` is undefined. */
export function entryUri(draft: vscode.Uri, path: string | undefined): vscode.Uri {
  if (path === undefined) return draft;
  return /^[a-z][a-z0-9+.-]*:/i.test(path) && !/^[a-z]:[\\/]/i.test(path) ? vscode.Uri.parse(path) : vscode.Uri.file(path);
}

function resolvePath(base: vscode.Uri, p: string): vscode.Uri {
  return p.startsWith('/') ? base.with({ path: p }) : vscode.Uri.joinPath(base, p);
}

async function readSmallText(uri: vscode.Uri, maxBytes: number): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type !== vscode.FileType.File || stat.size > maxBytes) return undefined;
    const r = decodeText(await vscode.workspace.fs.readFile(uri));
    return r.ok ? r.text : undefined;
  } catch {
    return undefined;
  }
}
