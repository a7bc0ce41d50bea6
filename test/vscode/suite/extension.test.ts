/// <reference types="mocha" />
/**
 * The extension in a real VS Code extension host: activation, language server features through the vscode API,
 * commands, the evidence table and the workspace ontology. Fixtures: test/vscode/fixtures/workspace (a temporary copy).
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { EvidenceLensApi } from '../../../src/client/extension';
import { codeOf, extensionApi, revert, fixtureUri, hoverText, openFixture, positionOf, targetOf, waitFor, waitForDiagnostic } from './helpers';

describe('Evidence Lens in VS Code', function () {
  let api: EvidenceLensApi;

  before(async function () {
    this.timeout(120_000);
    await openFixture('numeric.md'); // activation is by Markdown
    api = await extensionApi();
  });

  it('starts the language server when a Markdown file opens', () => {
    assert.ok(api.client, 'no language client');
    assert.equal(api.client.state, State.Running);
  });

  it('registers every command', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const c of ['validateCitations', 'renumberCitations', 'showEvidenceTable', 'exportEvidenceCsv', 'addToOntology', 'restartServer']) {
      assert.ok(all.has(`evidenceLens.${c}`), `evidenceLens.${c} is not registered`);
    }
  });

  it('reports an unresolved numeric citation with its rule id', async () => {
    const uri = fixtureUri('numeric.md');
    const d = await waitForDiagnostic(uri, 'citation.unresolved');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.range.start.line, 4);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.getText(d.range), '(7)');
  });

  it('contributes the settings with their defaults', () => {
    const config = vscode.workspace.getConfiguration('evidenceLens');
    assert.equal(config.get('maxFileSizeMB'), 5);
    assert.equal(config.get('citationStyle'), 'auto');
    assert.equal(config.get('evidenceScope'), 'sentence');
    assert.deepEqual(config.get('ontology'), []);
    assert.equal(config.get('trace.server'), 'off');
    assert.equal(config.inspect<Record<string, string>>('rules')?.defaultValue?.['citation.unresolved'], 'error');
  });

  it('sends settings changes to the server: a rule turned off disappears', async () => {
    const uri = fixtureUri('numeric.md');
    await openFixture('numeric.md');
    await waitForDiagnostic(uri, 'citation.collapsible-group');
    const config = vscode.workspace.getConfiguration('evidenceLens');
    await config.update('rules', { 'citation.collapsible-group': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('citation.collapsible-group to be gone', vscode.languages.onDidChangeDiagnostics, () => {
        const codes = vscode.languages.getDiagnostics(uri).map(codeOf);
        return !codes.includes('citation.collapsible-group') && codes.includes('citation.unresolved');
      });
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostic(uri, 'citation.collapsible-group');
  });

  it('hovers a numeric citation with the reference title', async () => {
    const editor = await openFixture('numeric.md');
    await waitForDiagnostic(editor.document.uri, 'citation.unresolved');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, '(1)', 1));
    assert.match(hoverText(hovers), /HER2 amplification and PI3K pathway activation in breast tumours/);
  });

  it('hovers a gene with its card: symbol, name and the NCBI Gene id linked', async () => {
    const editor = await openFixture('numeric.md');
    await waitForDiagnostic(editor.document.uri, 'citation.unresolved');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'HER2 amplification', 1));
    const text = hoverText(hovers);
    assert.match(text, /\*\*ERBB2\*\* · erb-b2 receptor tyrosine kinase 2/);
    assert.match(text, /NCBI Gene \[2064\]\(https:\/\/www\.ncbi\.nlm\.nih\.gov\/gene\/2064\)/);
    assert.match(text, /Cited here:\*\* 1/);
  });

  it('hovers a Pandoc citation key with the BibTeX title', async () => {
    const editor = await openFixture('pandoc.md');
    const d = await waitForDiagnostic(editor.document.uri, 'citation.unresolved');
    assert.match(editor.document.getText(d.range), /missing2021/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, '@smith2020', 2));
    assert.match(hoverText(hovers), /Antibody-drug conjugates in HER2-positive breast cancer/);
  });

  it('goes from a citation to its reference entry', async () => {
    const editor = await openFixture('numeric.md');
    const doc = editor.document;
    await waitForDiagnostic(doc.uri, 'citation.unresolved');
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, '(5)', 1));
    assert.ok(locations.length > 0, 'no definition');
    const t = targetOf(locations[0]!);
    assert.equal(t.uri.toString(), doc.uri.toString());
    assert.equal(t.range.start.line, positionOf(doc, '5. Evans T.').line);
  });

  it('goes from a BibTeX citation to the entry in the .bib file', async () => {
    const editor = await openFixture('pandoc.md');
    const doc = editor.document;
    await waitForDiagnostic(doc.uri, 'citation.unresolved');
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, '@doe2019', 2));
    assert.ok(locations.length > 0, 'no definition');
    const t = targetOf(locations[0]!);
    assert.ok(t.uri.path.endsWith('/refs.bib'), `definition in ${t.uri.toString()}`);
    const bib = await vscode.workspace.openTextDocument(t.uri);
    assert.equal(t.range.start.line, positionOf(bib, '@article{doe2019').line);
  });

  it('finds every citation of a reference', async () => {
    const editor = await openFixture('numeric.md');
    const doc = editor.document;
    await waitForDiagnostic(doc.uri, 'citation.unresolved');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, '(1)', 1));
    const lines = new Set(refs.filter((r) => r.uri.toString() === doc.uri.toString()).map((r) => r.range.start.line));
    assert.ok(lines.has(2) && lines.has(3), `references on lines ${[...lines].join(', ')}`);
  });

  it('applies the quick fix that collapses a citation group', async () => {
    const editor = await openFixture('numeric.md');
    const doc = editor.document;
    const d = await waitForDiagnostic(doc.uri, 'citation.collapsible-group');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.edit?.entries().some(([, edits]) => edits.some((e) => e.newText.includes('(2–4)'))));
    assert.ok(fix?.edit, `no collapsing quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(doc.lineAt(3).text, /several routes \(2–4\), among/);
      assert.doesNotMatch(doc.getText(), /\(2, 3, 4\)/);
    } finally {
      await revert(doc);
    }
  });

  it('renumbers citations by first mention with the command', async () => {
    const editor = await openFixture('out-of-order.md');
    const doc = editor.document;
    await waitForDiagnostic(doc.uri, 'citation.out-of-order');
    try {
      assert.equal(await vscode.commands.executeCommand('evidenceLens.renumberCitations'), true);
      assert.match(doc.getText(), /Lapatinib blocks the kinase domain \(1\)\. Trastuzumab binds domain IV of the receptor \(2\)\./);
      assert.match(doc.getText(), /1\. Huang P\.[^\n]*\n2\. Garcia L\./);
    } finally {
      await revert(doc);
    }
  });

  it('validates the whole workspace, with diagnostics for a file that is not open', async () => {
    const uri = fixtureUri('notes/unopened.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the fixture must not be open');
    const result = await vscode.commands.executeCommand<{ summary: { files: number; errors: number } } | undefined>('evidenceLens.validateCitations');
    assert.ok(result, 'the command returned no result');
    assert.ok(result.summary.files >= 4, `summary: ${JSON.stringify(result.summary)}`);
    assert.ok(result.summary.errors >= 3, `summary: ${JSON.stringify(result.summary)}`);
    const d = await waitForDiagnostic(uri, 'citation.unresolved');
    assert.equal(d.range.start.line, 2);
    assert.ok(api.workspaceDiagnostics.has(uri));
  });

  it('shows the evidence table with a strict CSP and escaped text', async () => {
    await openFixture('numeric.md');
    const ev = await vscode.commands.executeCommand<{ model: { citationCount: number } } | undefined>('evidenceLens.showEvidenceTable');
    assert.equal(ev?.model.citationCount, 5);
    const html = api.table.html ?? '';
    assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;; style-src /);
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /HER2 amplification and PI3K pathway activation/);
    assert.match(html, /<td>7<\/td><td>\(no reference entry\)<\/td>/);
  });

  it('exports the evidence table as CSV only where the save dialog points', async () => {
    await openFixture('numeric.md');
    await vscode.commands.executeCommand('evidenceLens.showEvidenceTable');
    const target = fixtureUri('exports/numeric-evidence.csv');
    const window = vscode.window as { showSaveDialog: typeof vscode.window.showSaveDialog };
    const original = window.showSaveDialog;
    let asked: vscode.SaveDialogOptions | undefined;
    window.showSaveDialog = async (options) => ((asked = options), target);
    try {
      await vscode.commands.executeCommand('evidenceLens.exportEvidenceCsv');
    } finally {
      window.showSaveDialog = original;
    }
    assert.ok(asked, 'the save dialog was not shown');
    assert.ok(asked.defaultUri?.path.endsWith('/numeric-evidence.csv'));
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(csv, /^Reference,Entry,Identifiers,Citations,Cited on lines\r\n1,Alvarez RH et al\. · 2019 · HER2 amplification/);
    window.showSaveDialog = async () => undefined; // cancelled: nothing is written
    try {
      await vscode.workspace.fs.delete(target);
      await vscode.commands.executeCommand('evidenceLens.exportEvidenceCsv');
    } finally {
      window.showSaveDialog = original;
    }
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)));
  });

  it('lists the references of the active draft in the Evidence view, with citation counts', async () => {
    const editor = await openFixture('numeric.md');
    const ev = await api.tracker.refresh();
    assert.equal(ev?.uri.toString(), editor.document.uri.toString());
    const groups = api.tree.getChildren();
    assert.deepEqual(groups.slice(0, 2).map((g) => api.tree.getTreeItem(g).label), ['Cited references', 'Unresolved citations']);
    const refs = api.tree.getChildren(groups[0]).map((n) => api.tree.getTreeItem(n));
    assert.deepEqual(refs.map((r) => r.label), ['1', '2', '3', '4', '5']);
    assert.match(String(refs[0]!.description), /^2 citations · Alvarez RH et al\. · 2019 · HER2 amplification/);
    assert.equal(refs[0]!.command?.command, 'vscode.open');
    const sites = api.tree.getChildren(api.tree.getChildren(groups[0])[0]).map((n) => api.tree.getTreeItem(n).description);
    assert.deepEqual(sites, ['line 3', 'line 4']);
  });

  it('lists the entities of the active draft by type in the Evidence view; an entity opens its first mention', async () => {
    const editor = await openFixture('numeric.md');
    const ev = await api.tracker.refresh();
    assert.ok(ev && ev.model.entities.length > 0, 'no entities from the server');
    const groups = api.tree.getChildren();
    const labels = groups.map((g) => String(api.tree.getTreeItem(g).label));
    assert.ok(labels.includes('Genes') && labels.includes('Drugs'), labels.join(', '));
    const genes = api.tree.getChildren(groups[labels.indexOf('Genes')]).map((n) => api.tree.getTreeItem(n));
    const erbb2 = genes.find((g) => g.label === 'ERBB2');
    assert.ok(erbb2, `genes: ${genes.map((g) => g.label).join(', ')}`);
    assert.match(String(erbb2.description), /^2 mentions · 1 citation · erb-b2 receptor tyrosine kinase 2/);
    assert.equal(erbb2.command?.command, 'vscode.open');
    const options = erbb2.command?.arguments?.[1] as { selection: vscode.Range };
    assert.equal(options.selection.start.line, 0, 'the first mention is in the title');
    assert.equal(editor.document.getText(options.selection), 'HER2');
    await vscode.commands.executeCommand('evidenceLens.showEvidenceTable');
    const html = api.table.html ?? '';
    assert.match(html, /<h2>Entities<\/h2>/);
    assert.match(html, /<td>ERBB2<\/td><td>gene<\/td><td>erb-b2 receptor tyrosine kinase 2<\/td><td>2<\/td><td>1, 3<\/td><td>1<\/td><td>Alvarez RH et al\. · 2019 · HER2 amplification/);
  });

  it('adds a word to the workspace ontology file, creating it', async () => {
    await openFixture('numeric.md');
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('evidenceLens.addToOntology', 'p95HER2', 'not-entity');
    assert.ok(uri && uri.path.endsWith('/.evidence-lens/ontology.yaml'), `wrote ${uri?.toString()}`);
    assert.match(await fs.readFile(uri.fsPath, 'utf8'), /notEntities:\n\s*- p95HER2\n/);
    await vscode.commands.executeCommand('evidenceLens.addToOntology', 'T-DXd', 'drug');
    const text = await fs.readFile(uri.fsPath, 'utf8');
    assert.match(text, /id: drug:t-dxd/);
    assert.equal(text.match(/p95HER2/g)?.length, 1);
  });

  it('offers to add an unknown symbol to the workspace ontology; once added, the finding goes', async () => {
    const uri = fixtureUri('entities.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Notes\n\nLoss of ZQX17 was reported in resistant cells.\n'));
    const editor = await openFixture('entities.md');
    const d = await waitForDiagnostic(uri, 'entity.unknown');
    assert.equal(editor.document.getText(d.range), 'ZQX17');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const add = actions.find((a) => a.title === "Add 'ZQX17' to the workspace ontology");
    assert.ok(add, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(add.command?.command, 'evidenceLens.addToOntology');
    assert.deepEqual(add.command?.arguments, ['ZQX17']);
    await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []), 'not-entity');
    await waitFor('entity.unknown to go once the ontology file changed', vscode.languages.onDidChangeDiagnostics, () =>
      !vscode.languages.getDiagnostics(uri).some((x) => codeOf(x) === 'entity.unknown'),
    );
  });

  it('restarts the server after a crash', async function () {
    this.timeout(90_000);
    const client = api.client!;
    const child = (client as unknown as { _serverProcess?: { pid?: number } })._serverProcess;
    assert.ok(child?.pid, 'no server process id');
    const restarted = waitFor('the server to run again', client.onDidChangeState, () => client.state === State.Running && (client as unknown as { _serverProcess?: { pid?: number } })._serverProcess?.pid !== child.pid, 60_000);
    process.kill(child.pid, 'SIGKILL');
    await restarted;
    // the restarted server analyses the open drafts again
    const editor = await openFixture('out-of-order.md');
    await waitForDiagnostic(editor.document.uri, 'citation.out-of-order');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, '(1)', 1));
    assert.match(hoverText(hovers), /Trastuzumab binding to domain IV/);
  });
});
