import { throwIfCancelled, type Span } from '../types';
import { inSpans } from '../parse/document';
import type { KeyCitation, KeyItem } from './types';
import { isBlank, isLineBreak, isSpace, isWordChar } from './chars';
import { classifyKey, scanKey, type ScannedKey } from './keys';
import { type ScanContext, blockEndAt, spanAt } from './scan-context';

/**
 * Finds Pandoc citations: bracketed `[@a; @b]`, `[see @a, p. 3]`, `[-@a]` and in-text `@a`, `@a [p. 3]`.
 *
 * A bracketed citation lies within one block; its brackets and each `@` are prose. Items are split on `;` (a `;` inside
 * a `doi:` key does not split). Every non-empty item must hold exactly one key, else the brackets are plain text and
 * their keys are read as in-text citations. An in-text `@` must follow white space, `(`, `[`, or start the text or a
 * prose span after markup (so e-mail addresses and `\@` are not citations).
 */
export function findKeyCitations(ctx: ScanContext): KeyCitation[] {
  const bracketed = findBracketed(ctx);
  const inText = findInText(ctx, bracketed);
  return [...bracketed, ...inText].sort((a, b) => a.span.start - b.span.start);
}

function findBracketed(ctx: ScanContext): KeyCitation[] {
  const { text, prose } = ctx;
  const out: KeyCitation[] = [];
  let pos = 0;
  for (;;) {
    const open = text.indexOf('[', pos);
    if (open < 0) break;
    pos = open + 1;
    if (!inSpans(prose, open)) continue;
    const before = text[open - 1];
    if (before === '\\' || before === '^' || text[open + 1] === '^') continue;
    throwIfCancelled(ctx.token);
    const limit = blockEndAt(ctx, open);
    let close = -1;
    let j = open + 1;
    for (; j < limit; j++) {
      const ch = text[j];
      if ((ch === '[' || ch === ']') && inSpans(prose, j)) {
        if (ch === ']') close = j;
        break;
      }
    }
    // No prose bracket lies between `open` and `j`, so scanning resumes there.
    if (close < 0) {
      pos = Math.max(pos, j);
      continue;
    }
    pos = close + 1;
    const items = parseItems(ctx, open + 1, close);
    if (items) out.push({ kind: 'key', span: { start: open, end: close + 1 }, bracketed: true, items });
  }
  return out;
}

interface PendingKey {
  start: number;
  scanned: ScannedKey;
  suppress: boolean;
}

/** The items of a bracketed citation's inside `[start, end)`, or undefined when it is not a citation. */
function parseItems(ctx: ScanContext, start: number, end: number): KeyItem[] | undefined {
  const { text, prose } = ctx;
  const items: KeyItem[] = [];
  let itemStart = start;
  let pending: PendingKey | undefined;
  let p = start;
  while (p <= end) {
    if (p === end || text[p] === ';') {
      if (pending) items.push(makeItem(text, itemStart, p, pending));
      else if (text.slice(itemStart, p).trim() !== '') return undefined;
      pending = undefined;
      itemStart = p + 1;
      p++;
      continue;
    }
    if (text[p] === '@' && inSpans(prose, p)) {
      const prev = text[p - 1];
      let keyStart = -1;
      if (p === itemStart || isSpace(prev)) keyStart = p;
      else if (prev === '-' && (p - 1 === itemStart || isSpace(text[p - 2]))) keyStart = p - 1;
      const scanned = keyStart >= 0 ? scanKey(text, p, keyLimit(ctx, p, end)) : undefined;
      if (scanned) {
        if (pending) return undefined; // two keys in one item
        pending = { start: keyStart, scanned, suppress: keyStart < p };
        p = scanned.end;
        continue;
      }
    }
    p++;
  }
  return items.length > 0 ? items : undefined;
}

function makeItem(text: string, itemStart: number, itemEnd: number, k: PendingKey): KeyItem {
  const item: KeyItem = {
    key: k.scanned.key,
    span: { start: k.start, end: k.scanned.end },
    ...classifyKey(k.scanned.key),
    suppressAuthor: k.suppress,
  };
  const prefix = text.slice(itemStart, k.start).trim();
  const suffix = text.slice(k.scanned.end, itemEnd).trim().replace(/^,/, '').trim();
  if (prefix) item.prefix = prefix;
  if (suffix) item.suffix = suffix;
  return item;
}

function findInText(ctx: ScanContext, bracketed: readonly KeyCitation[]): KeyCitation[] {
  const { text, prose } = ctx;
  const out: KeyCitation[] = [];
  let taken = 0;
  let pos = 0;
  for (;;) {
    const at = text.indexOf('@', pos);
    if (at < 0) break;
    pos = at + 1;
    while (taken < bracketed.length && bracketed[taken]!.span.end <= at) taken++;
    const inside = bracketed[taken];
    if (inside && inside.span.start <= at) {
      pos = inside.span.end;
      continue;
    }
    const span = spanAt(prose, at);
    if (!span || !canStartInText(text, at, span)) continue;
    throwIfCancelled(ctx.token);
    const scanned = scanKey(text, at, keyLimit(ctx, at, text.length));
    if (!scanned) continue;
    const item: KeyItem = { key: scanned.key, span: { start: at, end: scanned.end }, ...classifyKey(scanned.key), suppressAuthor: false };
    const locator = readLocator(text, scanned.end, spanAt(prose, scanned.end)?.end ?? scanned.end);
    if (locator) item.suffix = locator.suffix;
    const end = locator?.end ?? scanned.end;
    out.push({ kind: 'key', span: { start: at, end }, bracketed: false, items: [item] });
    pos = end;
  }
  return out;
}

/**
 * Where the key after the `@` at `at` must end (at most `cap`): the end of its prose span, so markup such as `<sup>`
 * is not read as key punctuation; for `@url:` keys the end of the block, since GFM turns the URL into a link.
 */
function keyLimit(ctx: ScanContext, at: number, cap: number): number {
  const { text } = ctx;
  if (text.slice(at + 1, at + 5).toLowerCase() === 'url:') return Math.min(cap, blockEndAt(ctx, at));
  return Math.min(cap, spanAt(ctx.prose, at)?.end ?? at);
}

function canStartInText(text: string, at: number, span: Span): boolean {
  if (at === 0) return true;
  const prev = text[at - 1];
  if (isSpace(prev) || prev === '(' || prev === '[') return true;
  // At the start of a prose span the previous character is markup, e.g. the `*` of `*@a*`.
  return at === span.start && !isWordChar(prev) && prev !== '\\' && prev !== '@';
}

/** A locator in brackets after an in-text key, `@a [p. 3]`: no `@` or nested brackets, not a link. */
function readLocator(text: string, from: number, limit: number): { suffix: string; end: number } | undefined {
  let q = from;
  while (q < limit && isBlank(text[q])) q++;
  if (q >= limit || text[q] !== '[') return undefined;
  let r = q + 1;
  while (r < limit && text[r] !== ']' && text[r] !== '[' && text[r] !== '@' && !isLineBreak(text[r])) r++;
  if (r >= limit || text[r] !== ']') return undefined;
  const suffix = text.slice(q + 1, r).trim();
  const after = text[r + 1];
  if (!suffix || after === '(' || after === '[') return undefined;
  return { suffix, end: r + 1 };
}
