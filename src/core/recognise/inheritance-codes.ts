/**
 * Modes of inheritance by their abbreviations. A genetics draft writes "autosomal recessive (AR)" or, in a table's
 * legend, "(AD, autosomal dominant; AR, autosomal recessive)": there AR is the mode, not the androgen receptor's symbol
 * (unless the draft also defines AR as the receptor). Cells of a table column headed "Inheritance" are modes too
 * (code-columns.ts).
 */

/** Abbreviations of modes of inheritance, as written. */
export const INHERITANCE_CODES: ReadonlySet<string> = new Set(['AR', 'AD', 'XL', 'XLR', 'XLD', 'XR', 'XD']);

/** "autosomal recessive (AR)", "X-linked recessive (XLR)". */
const DEFINED_AFTER_RE = /\b(autosomal[ -](?:dominant|recessive)|X[ -]linked(?:[ -](?:dominant|recessive))?)\s+\((AR|AD|XL|XLR|XLD|XR|XD)\)/g;
/** "AR, autosomal recessive", "AR = autosomal recessive", "AR: autosomal recessive" (a legend). */
const DEFINED_BEFORE_RE = /\b(AR|AD|XL|XLR|XLD|XR|XD)\s?[,=:]\s?(autosomal[ -](?:dominant|recessive)|X[ -]linked(?:[ -](?:dominant|recessive))?)\b/g;

/** The key under which a draft's facts record that it defines `code` as a mode of inheritance. */
export function inheritanceKey(code: string): string {
  return `${code}~mode`;
}

/**
 * The abbreviations `text` (decoded prose) defines as modes of inheritance whose letters fit the mode (AR for
 * autosomal recessive, XL for X-linked). @example inheritanceCodes('autosomal recessive (AR) forms') // ['AR']
 */
export function inheritanceCodes(text: string): string[] {
  if (!text.includes('autosomal') && !text.includes('linked')) return [];
  const out: string[] = [];
  for (const m of text.matchAll(DEFINED_AFTER_RE)) if (fits(m[2]!, m[1]!)) out.push(m[2]!);
  for (const m of text.matchAll(DEFINED_BEFORE_RE)) if (fits(m[1]!, m[2]!)) out.push(m[1]!);
  return out;
}

/** Whether the letters of `code` fit the mode `long`: AR ↔ autosomal recessive, XLD ↔ X-linked dominant. */
function fits(code: string, long: string): boolean {
  const lower = long.toLowerCase();
  if (code.startsWith('A')) return lower.startsWith('autosomal') && lower.endsWith(code === 'AR' ? 'recessive' : 'dominant');
  if (!lower.startsWith('x')) return false;
  const rest = code.slice(code.startsWith('XL') ? 2 : 1);
  return rest === '' ? !/dominant|recessive$/.test(lower) : lower.endsWith(rest === 'R' ? 'recessive' : 'dominant');
}
