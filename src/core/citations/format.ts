import type { NumericCitation, NumericForm } from './types';

/** How to write a numeric group: its form, range dash and element separator. */
export interface GroupStyle {
  form: NumericForm;
  dash: string;
  separator: string;
}

const OPEN: Record<NumericForm, string> = { paren: '(', bracket: '[', superscript: '<sup>', caret: '^' };
const CLOSE: Record<NumericForm, string> = { paren: ')', bracket: ']', superscript: '</sup>', caret: '^' };

/** The default style of a form: en dash; `, ` in parentheses and brackets, `,` in superscripts (Pandoc's `^…^` allows no space). */
export function defaultStyle(form: NumericForm): GroupStyle {
  const compact = form === 'superscript' || form === 'caret';
  return { form, dash: '\u2013', separator: compact ? ',' : ', ' };
}

/**
 * Writes numbers as a compact citation group: sorted, duplicates dropped, runs of three or more joined as ranges.
 * `style` is a full style or just a form (default dash and separator, see `defaultStyle`).
 *
 * @example formatNumericGroup([36, 35, 37, 40], { form: 'paren', dash: '–', separator: ', ' }) // "(35–37, 40)"
 * @example formatNumericGroup([1, 3, 4, 5, 6, 7, 8, 19], 'paren') // "(1, 3–8, 19)"
 */
export function formatNumericGroup(numbers: readonly number[], style: GroupStyle | NumericForm): string {
  const s = typeof style === 'string' ? defaultStyle(style) : style;
  return OPEN[s.form] + compressNumbers(numbers, s.dash, s.separator) + CLOSE[s.form];
}

/** Writes numbers sorted and deduplicated, runs of three or more as ranges, e.g. `1, 3–8, 19` (no brackets). */
export function compressNumbers(numbers: readonly number[], dash = '\u2013', separator = ', '): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}${dash}${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(separator);
}

/** The style a group is written in: its form, the separator it uses (", " by default; "," in `^…^`, which allows no space) and the given dash. */
export function styleOf(citation: NumericCitation, text: string, dash: string): GroupStyle {
  const inner = text.slice(citation.span.start, citation.span.end);
  const fallback = citation.form === 'caret' ? ',' : ', ';
  const separator = /[,;] /.test(inner) ? (inner.includes(';') && !inner.includes(',') ? '; ' : ', ') : /[,;]/.test(inner) ? (inner.includes(';') && !inner.includes(',') ? ';' : ',') : fallback;
  return { form: citation.form, dash, separator };
}
