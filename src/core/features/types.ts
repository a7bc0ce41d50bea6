/**
 * Plain, LSP-shaped data that the feature functions take and return. Structurally compatible with the Language Server
 * Protocol types, so a server can pass them straight through; no `vscode` or protocol package is imported here.
 */
import type { Analysis } from '../analysis';
import type { EntityRef, Mention } from '../recognise/types';
import type { CancellationToken, Position, Range, TextEdit } from '../types';

export type { CancellationToken, Position, Range, TextEdit };

/** A range in a file named by URI (or by the path the host used for a bibliography). */
export interface Location {
  uri: string;
  range: Range;
}

/** Markdown content for hovers and documentation. */
export interface MarkupContent {
  kind: 'markdown' | 'plaintext';
  value: string;
}

export interface Hover {
  contents: MarkupContent;
  range?: Range;
}

/** Edits per document URI. */
export interface WorkspaceEdit {
  changes: Record<string, TextEdit[]>;
}

/** LSP diagnostic severities: error 1, warning 2, information 3, hint 4. */
export type LspSeverity = 1 | 2 | 3 | 4;

export interface LspRelatedInformation {
  location: Location;
  message: string;
}

/** A diagnostic as published to an LSP client. `data` carries the fix, when the finding has one. */
export interface LspDiagnostic {
  range: Range;
  severity: LspSeverity;
  code: string;
  source: string;
  message: string;
  relatedInformation?: LspRelatedInformation[];
  data?: { fix?: { title: string; edits: TextEdit[] } };
}

/** Code action kinds used here. */
export const CodeActionKind = {
  QuickFix: 'quickfix',
  Refactor: 'refactor',
  RefactorRewrite: 'refactor.rewrite',
  Source: 'source',
  SourceRenumber: 'source.renumberCitations',
} as const;

export interface CodeAction {
  title: string;
  kind: string;
  diagnostics?: LspDiagnostic[];
  isPreferred?: boolean;
  edit?: WorkspaceEdit;
  /** Set (and `edit` left out) when the action cannot be applied, with the reason. */
  disabled?: { reason: string };
  /** A client command run when the action is chosen (after `edit`, if any). */
  command?: Command;
}

/** An LSP command: run by the client (e.g. `evidenceLens.addToOntology`). */
export interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}

/** LSP `CompletionItemKind` values used here. */
export const CompletionItemKind = { Reference: 18, Value: 12, Class: 7, Constant: 21 } as const;
export type CompletionItemKindValue = (typeof CompletionItemKind)[keyof typeof CompletionItemKind];

export interface CompletionItem {
  label: string;
  kind: CompletionItemKindValue;
  detail?: string;
  documentation?: MarkupContent;
  sortText?: string;
  filterText?: string;
  textEdit?: TextEdit;
}

/** LSP `SymbolKind` values used here. */
export const SymbolKind = { Namespace: 3, String: 15, Key: 20 } as const;
export type SymbolKindValue = (typeof SymbolKind)[keyof typeof SymbolKind];

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKindValue;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

export interface SymbolInformation {
  name: string;
  kind: SymbolKindValue;
  location: Location;
  containerName?: string;
}

export interface DocumentLink {
  range: Range;
  target: string;
  tooltip?: string;
}

/**
 * What every feature function works on: the document's URI and its analysis. Entity features use the optional fields
 * (the server sets them when an ontology is loaded); without them they fall back to the analysis or do nothing.
 */
export interface FeatureContext {
  /** URI of the analysed draft (entries and diagnostics without `path` are in it). */
  uri: string;
  analysis: Analysis;
  /** Entity mentions found in the draft, when recognition has run. */
  mentions?: readonly Mention[];
  /** Markdown (already escaped) describing an entity, for hovers; undefined when nothing is known. */
  entityDetails?: (entity: EntityRef, mention: Mention) => string | undefined;
  /** Entity names for completion (built once per ontology), when recognition has run. */
  entityNames?: EntityNameSearch;
}

/** A name an entity can be written by, for completion. */
export interface EntityName {
  /** The surface form offered (symbol, miRNA name, curated name or synonym). */
  label: string;
  /** The canonical form (symbol or name). */
  canonical: string;
  /** Full name, when different from the canonical form. */
  name?: string;
  type: string;
  id: string;
}

/** Prefix search over entity names (case-insensitive); at most `limit` results. */
export interface EntityNameSearch {
  search(prefix: string, limit: number): EntityName[];
}

/** The URI of the file an entry or diagnostic is in: its `path` (bibliography files), else the draft. */
export function uriOf(ctx: FeatureContext, path: string | undefined): string {
  return path ?? ctx.uri;
}

/** True when the token has been cancelled. */
export function cancelled(token: CancellationToken | undefined): boolean {
  return token?.isCancellationRequested === true;
}
