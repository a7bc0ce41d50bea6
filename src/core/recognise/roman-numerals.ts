/** Roman numerals as written in names: clotting factors ("factor VIII"), collagen types ("α1(III)"). */

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** The value of a Roman numeral made of I, V and X (II → 2, IX → 9), or 0 when it holds another character. */
export function romanValue(numeral: string): number {
  let total = 0;
  for (let k = 0; k < numeral.length; k++) {
    const v = ROMAN[numeral[k]!];
    if (!v) return 0;
    const next = k + 1 < numeral.length ? (ROMAN[numeral[k + 1]!] ?? 0) : 0;
    total += v < next ? -v : v;
  }
  return total;
}
