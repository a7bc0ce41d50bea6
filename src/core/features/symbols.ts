/**
 * Document symbols (headings with the reference entries under their section, then an "Entities" group) and workspace
 * symbols (reference entries and entities).
 */
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
  const entities = entitySymbols(ctx);
  if (entities.length) {
    const first = entities[0]!.range;
    const last = entities.reduce((a, b) => (doc.lines.offsetAt(b.range.end) > doc.lines.offsetAt(a.range.end) ? b : a)).range;
    roots.push({ name: 'Entities', kind: SymbolKind.Namespace, range: { start: first.start, end: last.end }, selectionRange: first, children: entities });
  }
  return roots;
}

/** One symbol per entity of the draft, at its first mention, with its type and mention count as detail. */
function entitySymbols(ctx: FeatureContext): DocumentSymbol[] {
  const byId = new Map<string, { symbol: DocumentSymbol; count: number }>();
  const lines = ctx.analysis.doc.lines;
  for (const m of ctx.analysis.mentions ?? []) {
    const e = m.entity;
    if (!e) continue;
    const known = byId.get(e.id);
    if (known) {
      known.count++;
      continue;
    }
    const range = lines.rangeOf(m.span);
    byId.set(e.id, { symbol: { name: e.symbol ?? e.name, detail: e.type, kind: SymbolKind.Key, range, selectionRange: range }, count: 1 });
  }
  return [...byId.values()].map(({ symbol, count }) => ({ ...symbol, detail: `${symbol.detail} · ${count} mention${count === 1 ? '' : 's'}` }));
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

/** Reference entries (the draft's list and its bibliography files) and entities whose name contains `query` (case-insensitive). */
export function workspaceSymbols(ctx: FeatureContext, query: string, token?: CancellationToken): SymbolInformation[] {
  if (cancelled(token)) return [];
  const q = query.trim().toLowerCase();
  const out: SymbolInformation[] = [];
  for (const e of ctx.analysis.entries) {
    const name = entrySymbolName(e);
    if (q && !name.toLowerCase().includes(q)) continue;
    out.push({ name, kind: SymbolKind.Key, location: { uri: e.path ?? ctx.uri, range: e.range }, containerName: e.path === undefined ? 'References' : 'Bibliography' });
  }
  for (const symbol of entitySymbols(ctx)) {
    if (q && !symbol.name.toLowerCase().includes(q)) continue;
    out.push({ name: symbol.name, kind: symbol.kind, location: { uri: ctx.uri, range: symbol.range }, containerName: 'Entities' });
  }
  return out;
}
