import type { BibEntry, ReferenceSection } from '../bibliography/types';
import { formatNumericGroup, styleOf } from '../citations/format';
import type { NumericCitation } from '../citations/types';
import type { AnalysedDocument } from '../parse/document';
import type { Span, TextEdit } from '../types';

/** The outcome of planning a renumbering: edits to apply, or the reason none can be made. */
export interface RenumberPlan {
  edits: TextEdit[];
  /** Old number → new number, for every entry of the reference list. */
  mapping: Map<number, number>;
  /** Why renumbering is not possible (edits is then empty). */
  error?: string;
}

/**
 * Plans the edits that renumber numeric citations by order of first mention (Vancouver) and reorder the
 * References list to match. Entries never cited keep their relative order after the cited ones. Only citation
 * groups whose numbers change and list entries that move are edited; every other byte stays as it was, so
 * applying the plan twice changes nothing the second time.
 *
 * @example renumberCitations(doc, section, citations).edits // [] when the draft is already in order
 */
export function renumberCitations(
  doc: AnalysedDocument,
  section: ReferenceSection | undefined,
  citations: readonly NumericCitation[],
  rangeDash = '–',
): RenumberPlan {
  const mapping = new Map<number, number>();
  if (!section || section.entries.length === 0) return { edits: [], mapping, error: 'the draft has no numbered References list' };
  const entries = section.entries.filter((e) => e.number !== undefined);
  const byNumber = new Map<number, BibEntry>();
  for (const e of entries) {
    if (byNumber.has(e.number!)) {
      return { edits: [], mapping, error: `reference number ${e.number} appears twice in ${section.title} (line ${e.range.start.line + 1})` };
    }
    byNumber.set(e.number!, e);
  }
  for (const c of citations) {
    for (const n of c.numbers) {
      if (!byNumber.has(n)) {
        const line = doc.lines.positionAt(c.span.start).line + 1;
        return { edits: [], mapping, error: `citation ${n} on line ${line} has no entry in ${section.title}; fix it first` };
      }
    }
  }
  let next = 1;
  for (const c of citations) {
    // Numbers first cited together are numbered in ascending order of their old numbers.
    const fresh = [...new Set(c.numbers)].filter((n) => !mapping.has(n)).sort((a, b) => a - b);
    for (const n of fresh) mapping.set(n, next++);
  }
  for (const e of entries) if (!mapping.has(e.number!)) mapping.set(e.number!, next++);

  const edits: TextEdit[] = [];
  for (const c of citations) {
    const mapped = c.numbers.map((n) => mapping.get(n)!);
    if (mapped.every((n, i) => n === c.numbers[i])) continue;
    const newText = formatNumericGroup(mapped, styleOf(c, doc.text, rangeDash));
    edits.push({ range: doc.lines.rangeOf(c.span), newText });
  }
  edits.push(...reorderEntries(doc, entries, mapping));
  return { edits, mapping };
}

/** Edits that put each entry (with its new number) into the list slot of its new position. */
function reorderEntries(doc: AnalysedDocument, entries: readonly BibEntry[], mapping: Map<number, number>): TextEdit[] {
  const slots = [...entries].sort((a, b) => a.span.start - b.span.start);
  const ordered = [...entries].sort((a, b) => mapping.get(a.number!)! - mapping.get(b.number!)!);
  const edits: TextEdit[] = [];
  slots.forEach((slot, i) => {
    const entry = ordered[i]!;
    const newText = relabel(doc, entry, mapping.get(entry.number!)!);
    if (newText === doc.text.slice(slot.span.start, slot.span.end)) return;
    edits.push({ range: doc.lines.rangeOf(slot.span), newText });
  });
  return edits;
}

/** The entry's text with the number in its label replaced. */
function relabel(doc: AnalysedDocument, entry: BibEntry, newNumber: number): string {
  const text = doc.text.slice(entry.span.start, entry.span.end);
  const label: Span = doc.lines.spanOf(entry.labelRange);
  const labelText = doc.text.slice(label.start, label.end);
  const digits = /\d+/.exec(labelText);
  if (!digits || label.start < entry.span.start || label.end > entry.span.end) return text;
  const at = label.start - entry.span.start + digits.index;
  return text.slice(0, at) + String(newNumber) + text.slice(at + digits[0].length);
}

/** Applies non-overlapping edits to a text (positions resolved against `doc`). */
export function applyEdits(doc: AnalysedDocument, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((e) => ({ span: doc.lines.spanOf(e.range), newText: e.newText }))
    .sort((a, b) => b.span.start - a.span.start);
  let text = doc.text;
  for (const { span, newText } of spans) text = text.slice(0, span.start) + newText + text.slice(span.end);
  return text;
}
