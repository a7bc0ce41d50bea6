/**
 * The "Evidence" tree view: the active draft's references with citation counts, and its entities by type with mention
 * and citation counts, grouped; clicking navigates (an entity: to its first mention).
 */
import * as vscode from 'vscode';
import type { EntityEvidence } from '../core/features/entity-evidence';
import type { Range } from '../core/types';
import { entryUri, type DraftEvidence } from './draft-analysis';
import { describeEntry, ENTITY_GROUPS, entityCounts, type CitationSite, type ReferenceRow, type UnresolvedRow } from './evidence-model';

type Node =
  | { kind: 'group'; label: string; rows: (ReferenceRow | UnresolvedRow)[] }
  | { kind: 'entityGroup'; label: string; type: string; rows: EntityEvidence[] }
  | { kind: 'entity'; row: EntityEvidence }
  | { kind: 'mention'; row: EntityEvidence; index: number }
  | { kind: 'reference'; row: ReferenceRow }
  | { kind: 'unresolved'; row: UnresolvedRow }
  | { kind: 'site'; site: CitationSite };

/** Tree data for the Evidence view, fed by the draft tracker. */
export class EvidenceTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private evidence: DraftEvidence | undefined;

  /** Shows the evidence of another draft (or none). */
  update(evidence: DraftEvidence | undefined): void {
    this.evidence = evidence;
    this.emitter.fire();
  }

  getChildren(node?: Node): Node[] {
    const ev = this.evidence;
    if (!ev) return [];
    if (!node) {
      const cited = ev.model.references.filter((r) => r.sites.length > 0);
      const uncited = ev.model.references.filter((r) => r.sites.length === 0);
      const groups: Node[] = [
        { kind: 'group', label: 'Cited references', rows: cited },
        { kind: 'group', label: 'Uncited references', rows: uncited },
        { kind: 'group', label: 'Unresolved citations', rows: ev.model.unresolved },
      ];
      const entityGroups: Node[] = ENTITY_GROUPS.map(({ type, title }) => ({
        kind: 'entityGroup' as const,
        label: title,
        type,
        rows: ev.model.entities.filter((e) => e.type === type),
      }));
      return [...groups, ...entityGroups].filter((g) => (g.kind === 'group' || g.kind === 'entityGroup') && g.rows.length > 0);
    }
    if (node.kind === 'entityGroup') return node.rows.map((row) => ({ kind: 'entity', row }));
    if (node.kind === 'entity') return node.row.mentions.map((_m, index) => ({ kind: 'mention', row: node.row, index }));
    if (node.kind === 'group') return node.rows.map((row) => ('entry' in row ? { kind: 'reference', row } : { kind: 'unresolved', row }));
    if (node.kind === 'reference' || node.kind === 'unresolved') return node.row.sites.map((site) => ({ kind: 'site', site }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const draft = this.evidence!.uri;
    const count = (n: number) => `${n} citation${n === 1 ? '' : 's'}`;
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.rows.length);
        return item;
      }
      case 'reference': {
        const { row } = node;
        const item = new vscode.TreeItem(`${row.label}`, row.sites.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.description = `${count(row.sites.length)} · ${describeEntry(row.entry)}`;
        item.tooltip = describeEntry(row.entry);
        item.iconPath = new vscode.ThemeIcon(row.sites.length ? 'book' : 'circle-slash');
        item.command = openCommand(entryUri(draft, row.entry.path), row.entry.labelRange, 'Go to Reference Entry');
        item.contextValue = 'evidenceLens.reference';
        return item;
      }
      case 'unresolved': {
        const item = new vscode.TreeItem(node.row.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${count(node.row.sites.length)} · no reference entry`;
        item.iconPath = new vscode.ThemeIcon('warning');
        if (node.row.sites[0]) item.command = openCommand(draft, node.row.sites[0].range, 'Go to Citation');
        return item;
      }
      case 'entityGroup': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.rows.length);
        item.id = `entity-group:${node.type}`;
        return item;
      }
      case 'entity': {
        const { row } = node;
        const item = new vscode.TreeItem(row.label, row.mentions.length > 1 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.description = `${entityCounts(row)}${row.name !== row.label ? ` · ${row.name}` : ''}`;
        const tip = new vscode.MarkdownString();
        tip.appendText(`${row.label}${row.name !== row.label ? ` (${row.name})` : ''}\n\n${row.id} · ${entityCounts(row)}`);
        if (row.citations.length) tip.appendText(`\n\nCited: ${row.citations.join(', ')}`);
        item.tooltip = tip;
        item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[row.type] ?? 'symbol-misc');
        if (row.mentions[0]) item.command = openCommand(draft, row.mentions[0].range, 'Go to First Mention');
        item.contextValue = 'evidenceLens.entity';
        return item;
      }
      case 'mention': {
        const m = node.row.mentions[node.index]!;
        const item = new vscode.TreeItem(m.text, vscode.TreeItemCollapsibleState.None);
        item.description = `line ${m.range.start.line + 1}`;
        item.iconPath = new vscode.ThemeIcon('location');
        item.command = openCommand(draft, m.range, 'Go to Mention');
        return item;
      }
      case 'site': {
        const item = new vscode.TreeItem(node.site.text, vscode.TreeItemCollapsibleState.None);
        item.description = `line ${node.site.range.start.line + 1}`;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = openCommand(draft, node.site.range, 'Go to Citation');
        return item;
      }
    }
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

const ENTITY_ICONS: Record<string, string> = {
  gene: 'symbol-class',
  mirna: 'symbol-string',
  family: 'symbol-namespace',
  complex: 'symbol-structure',
  isoform: 'symbol-variable',
  drug: 'beaker',
  trial: 'checklist',
};

function openCommand(uri: vscode.Uri, r: Range, title: string): vscode.Command {
  const selection = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  return { command: 'vscode.open', title, arguments: [uri, { selection } satisfies vscode.TextDocumentShowOptions] };
}
