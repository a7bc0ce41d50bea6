import type { NumericCitation, NumericForm } from './types';

/** How to write a numeric group: its form, range dash and element separator. */
export interface GroupStyle {
  form: NumericForm;
  dash: string;
  separator: string;
}

const OPEN: Record<NumericForm, string> = { paren: '(', bracket: '[', superscript: '<sup>', caret: '^' };
const CLOSE: Record<NumericForm, string> = { paren: ')', bracket: ']', superscript: '</sup>', caret: '^' };

/**
 * Writes numbers as a compact citation group: sorted, duplicates dropped, runs of three or more joined as ranges.
 *
 * @example formatNumericGroup([36, 35, 37, 40], { form: 'paren', dash: '–', separator: ', ' }) // "(35–37, 40)"
 */
export function formatNumericGroup(numbers: readonly number[], style: GroupStyle): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}${style.dash}${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return OPEN[style.form] + parts.join(style.separator) + CLOSE[style.form];
}

/** The style a group is written in: its form, the separator it uses (", " by default) and the given dash. */
export function styleOf(citation: NumericCitation, text: string, dash: string): GroupStyle {
  const inner = text.slice(citation.span.start, citation.span.end);
  const separator = /[,;] /.test(inner) ? (inner.includes(';') && !inner.includes(',') ? '; ' : ', ') : /[,;]/.test(inner) ? (inner.includes(';') && !inner.includes(',') ? ';' : ',') : ', ';
  return { form: citation.form, dash, separator };
}
