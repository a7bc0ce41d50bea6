/** Completion of citations: reference numbers after `(`, `[` or a group's `, `; bibliography keys after `@` / `[@`. */
import type { BibEntry } from '../bibliography/types';
import { describeEntry } from './hover';
import { CompletionItemKind, cancelled, type CancellationToken, type CompletionItem, type FeatureContext, type Position } from './types';

/** Characters on which a client should ask for completion. */
export const COMPLETION_TRIGGERS = ['(', '[', ',', ' ', '@'];

const NUMBER_ELEMENT = String.raw`\d+(?:\s*[-\u2010-\u2015]\s*\d+)?`;
/** `(` or `[` not glued to a word (so `IL(` is not a citation), then optional typed digits. */
const OPEN_GROUP = /(?:^|[^\p{L}\p{N}_])[([]\s*(\d*)$/u;
/** Inside a group after a separator: `(3, 5–7, ` then optional typed digits. */
const AFTER_SEPARATOR = new RegExp(String.raw`(?:^|[^\p{L}\p{N}_])[([]\s*${NUMBER_ELEMENT}(?:\s*[,;]\s*${NUMBER_ELEMENT})*\s*[,;]\s*(\d*)$`, 'u');
/** `@` not inside a word or e-mail address, then the typed part of a key. */
const AT_KEY = /(?:^|[^\p{L}\p{N}_.@])-?@([\p{L}\p{N}_:.#$%&\-+?<>~/]*)$/u;

/** Completion items at `position`: reference numbers in a numbered draft, bibliography keys after `@`. */
export function completion(ctx: FeatureContext, position: Position, token?: CancellationToken): CompletionItem[] {
  if (cancelled(token)) return [];
  const { doc, entries } = ctx.analysis;
  const before = doc.lines.lineText(position.line).slice(0, position.character);
  const key = AT_KEY.exec(before);
  if (key) {
    const typed = key[1]!;
    const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
    const seen = new Set<string>();
    const items: CompletionItem[] = [];
    for (const e of entries) {
      if (e.number !== undefined || seen.has(e.id)) continue;
      seen.add(e.id);
      items.push(item(e, e.id, e.id, { range, newText: e.id }));
    }
    return items;
  }
  const numeric = OPEN_GROUP.exec(before) ?? AFTER_SEPARATOR.exec(before);
  if (!numeric) return [];
  const typed = numeric[1]!;
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  const seen = new Set<number>();
  const items: CompletionItem[] = [];
  for (const e of entries) {
    if (e.number === undefined || seen.has(e.number)) continue;
    seen.add(e.number);
    items.push(item(e, String(e.number), String(e.number).padStart(6, '0'), { range, newText: String(e.number) }));
  }
  return items;
}

function item(e: BibEntry, label: string, sortText: string, textEdit: CompletionItem['textEdit']): CompletionItem {
  const out: CompletionItem = {
    label,
    kind: CompletionItemKind.Reference,
    sortText,
    filterText: label,
    documentation: { kind: 'markdown', value: describeEntry(e) },
  };
  if (e.title) out.detail = e.title;
  if (textEdit) out.textEdit = textEdit;
  return out;
}
