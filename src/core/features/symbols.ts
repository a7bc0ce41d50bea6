/** Document symbols (headings with the reference entries under their section) and workspace symbols (entries). */
import type { BibEntry } from '../bibliography/types';
import { SymbolKind, cancelled, type CancellationToken, type DocumentSymbol, type FeatureContext, type SymbolInformation } from './types';

/** The outline of a draft: headings nested by level, each draft reference entry under the heading of its section. */
export function documentSymbols(ctx: FeatureContext, token?: CancellationToken): DocumentSymbol[] {
  if (cancelled(token)) return [];
  const { doc, entries } = ctx.analysis;
  const roots: DocumentSymbol[] = [];
  const stack: Array<{ depth: number; symbol: DocumentSymbol; end: number }> = [];
  for (const s of doc.sections) {
    while (stack.length && stack[stack.length - 1]!.depth >= s.depth) stack.pop();
    const symbol: DocumentSymbol = {
      name: s.title || '(untitled)',
      kind: SymbolKind.String,
      range: doc.lines.rangeOf(s.span),
      selectionRange: doc.lines.rangeOf(s.headingSpan),
      children: [],
    };
    (stack.length ? stack[stack.length - 1]!.symbol.children! : roots).push(symbol);
    stack.push({ depth: s.depth, symbol, end: s.span.end });
  }
  for (const e of entries) {
    if (e.path !== undefined) continue;
    const parent = deepestSectionSymbol(ctx, roots, e);
    (parent ? parent.children! : roots).push(entrySymbol(e));
  }
  return roots;
}

function deepestSectionSymbol(ctx: FeatureContext, symbols: DocumentSymbol[], e: BibEntry): DocumentSymbol | undefined {
  const lines = ctx.analysis.doc.lines;
  const inside = (s: DocumentSymbol) => lines.offsetAt(s.range.start) <= e.span.start && e.span.end <= lines.offsetAt(s.range.end);
  const hit = symbols.find(inside);
  if (!hit) return undefined;
  return deepestSectionSymbol(ctx, hit.children ?? [], e) ?? hit;
}

/** The symbol name of an entry: `12. Title` or `key: Title`. */
export function entrySymbolName(e: BibEntry): string {
  const label = e.number !== undefined ? `${e.number}.` : `${e.id}:`;
  return `${label} ${e.title ?? e.authors[0] ?? ''}`.trim();
}

function entrySymbol(e: BibEntry): DocumentSymbol {
  const s: DocumentSymbol = { name: entrySymbolName(e), kind: SymbolKind.Key, range: e.range, selectionRange: e.labelRange };
  if (e.year) s.detail = e.year;
  return s;
}

/** Reference entries of a draft (its list and its bibliography files) whose name contains `query` (case-insensitive). */
export function workspaceSymbols(ctx: FeatureContext, query: string, token?: CancellationToken): SymbolInformation[] {
  if (cancelled(token)) return [];
  const q = query.trim().toLowerCase();
  const out: SymbolInformation[] = [];
  for (const e of ctx.analysis.entries) {
    const name = entrySymbolName(e);
    if (q && !name.toLowerCase().includes(q)) continue;
    out.push({ name, kind: SymbolKind.Key, location: { uri: e.path ?? ctx.uri, range: e.range }, containerName: e.path === undefined ? 'References' : 'Bibliography' });
  }
  return out;
}
