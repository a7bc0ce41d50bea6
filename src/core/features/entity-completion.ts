/**
 * Completion of entity names: at a word prefix of two or more letters (not after `(`, `[` or `@`), the official
 * symbols, miRNA names and curated names that start with it, plus the names the open drafts already use, each with
 * its canonical form as detail. The name index is built once per ontology (`buildEntityNameIndex`).
 */
import type { OntologyModel } from '../ontology/bundle';
import type { Mention } from '../recognise/types';
import {
  CompletionItemKind,
  cancelled,
  type CancellationToken,
  type CompletionItem,
  type EntityName,
  type EntityNameSearch,
  type FeatureContext,
  type Position,
} from './types';

/** Most items returned; the list is marked incomplete so that the client asks again as the user types. */
export const ENTITY_COMPLETION_LIMIT = 50;

/** A word prefix at the end of the line text: a letter, then letters, digits or `-`, not glued to `(`, `[`, `@` or a word. */
const WORD_PREFIX = /(?:^|[^\p{L}\p{N}_([@\-])(\p{L}[\p{L}\p{N}-]*)$/u;

/** A prefix index over sorted lower-cased names. */
class NameIndex implements EntityNameSearch {
  private readonly keys: string[];
  private readonly names: EntityName[];

  constructor(names: EntityName[]) {
    const rows = names.map((n) => ({ key: n.label.toLowerCase(), n }));
    rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.n.label.length - b.n.label.length));
    this.keys = rows.map((r) => r.key);
    this.names = rows.map((r) => r.n);
  }

  search(prefix: string, limit: number): EntityName[] {
    const p = prefix.toLowerCase();
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    const out: EntityName[] = [];
    for (let i = lo; i < this.keys.length && out.length < limit && this.keys[i]!.startsWith(p); i++) out.push(this.names[i]!);
    return out;
  }
}

/** Builds the completion index of an ontology (see `entityNamesOf`). */
export function buildEntityNameIndex(model: OntologyModel): EntityNameSearch {
  return new NameIndex(entityNamesOf(model));
}

/** The completion index over `names` (e.g. the result of `entityNamesOf` received from another thread). */
export function entityNameIndex(names: EntityName[]): EntityNameSearch {
  return new NameIndex(names);
}

/**
 * The names of an ontology offered by completion, as plain data: gene symbols and mature miRNA names (from the bundle's
 * columns, without materialising entities), and the names and synonyms of curated, derived and user entities.
 */
export function entityNamesOf(model: OntologyModel): EntityName[] {
  const names: EntityName[] = [];
  const overlay = new Set(model.entities.overlayKeys ? model.entities.overlayKeys() : []);
  const { genes, mirnas } = model.columns;
  for (let i = 0; i < genes.id.length; i++) {
    const id = `ncbigene:${genes.id[i]}`;
    if (overlay.has(id)) continue;
    names.push({ label: genes.symbol[i]!, canonical: genes.symbol[i]!, name: genes.name[i]!, type: 'gene', id });
  }
  for (let i = 0; i < mirnas.acc.length; i++) {
    const id = `mirbase:${mirnas.acc[i]}`;
    if (overlay.has(id)) continue;
    names.push({ label: mirnas.name[i]!, canonical: mirnas.name[i]!, type: 'mirna', id });
  }
  for (const id of overlay) {
    const e = model.entities.get(id);
    if (!e || e.type === 'nonentity-class') continue;
    const canonical = e.symbol ?? e.name;
    const base = { canonical, type: e.type as string, id, ...(e.symbol && e.symbol !== e.name ? { name: e.name } : {}) };
    const labels = new Set([canonical, e.name, ...e.synonyms, ...(e.codes ?? []), ...(e.brands ?? [])]);
    for (const label of labels) if (label) names.push({ label, ...base });
  }
  return names;
}

/** The typed word prefix at `position` (two or more characters, starting with a letter), or undefined. */
export function wordPrefixAt(lineText: string, character: number): string | undefined {
  const m = WORD_PREFIX.exec(lineText.slice(0, character));
  const word = m?.[1];
  return word && word.length >= 2 && /^\p{L}{2}/u.test(word) ? word : undefined;
}

/**
 * Entity name completions at `position`, or undefined when the cursor is not after a word prefix. `openDrafts` add
 * the names written in other open drafts (e.g. aliases such as HER2) with their canonical forms.
 */
export function entityCompletion(
  ctx: FeatureContext,
  position: Position,
  openDrafts: readonly FeatureContext[] = [],
  token?: CancellationToken,
): { isIncomplete: boolean; items: CompletionItem[] } | undefined {
  if (cancelled(token)) return undefined;
  const { doc } = ctx.analysis;
  const line = doc.lines.lineText(position.line);
  const prefix = wordPrefixAt(line, position.character);
  if (!prefix) return undefined;
  const lower = prefix.toLowerCase();
  const range = { start: { line: position.line, character: position.character - prefix.length }, end: position };
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (n: EntityName, sort: string) => {
    const key = `${n.label}\u0000${n.id}`;
    if (seen.has(key) || n.label === prefix || items.length >= ENTITY_COMPLETION_LIMIT) return;
    seen.add(key);
    const detail = n.label === n.canonical ? (n.name ?? n.type) : n.name ? `${n.canonical} · ${n.name}` : n.canonical;
    items.push({
      label: n.label,
      kind: n.type === 'drug' || n.type === 'trial' ? CompletionItemKind.Constant : CompletionItemKind.Class,
      detail: `${detail} (${n.type})`,
      sortText: `${sort}${n.label.toLowerCase()}`,
      filterText: n.label,
      textEdit: { range, newText: n.label },
    });
  };
  // names the drafts already use first: they are what this author writes
  const cursor = doc.lines.offsetAt(position);
  for (const d of [ctx, ...openDrafts]) {
    for (const m of d.mentions ?? d.analysis.mentions) {
      if (d === ctx && m.span.start <= cursor && cursor <= m.span.end) continue;
      const e = m.entity;
      if (!e || /[\r\n]/.test(m.text) || !m.text.toLowerCase().startsWith(lower)) continue;
      add(fromMention(m), '0');
    }
    if (cancelled(token)) return undefined;
  }
  for (const n of ctx.entityNames?.search(prefix, ENTITY_COMPLETION_LIMIT * 2) ?? []) add(n, n.label.startsWith(prefix) ? '1' : '2');
  return { isIncomplete: true, items };
}

function fromMention(m: Mention): EntityName {
  const e = m.entity!;
  const canonical = e.symbol ?? e.name;
  return { label: m.text, canonical, type: e.type, id: e.id, ...(e.symbol && e.symbol !== e.name ? { name: e.name } : {}) };
}
