/**
 * Subunits of the sodium pump written by their Greek letter alone. A draft about the Na+/K+-ATPase writes "the α3
 * subunit", "the α1 subunit (ATP1A1)", "Digoxin inhibits all three isoforms, including α3": in a paragraph that names
 * the pump, α1–α4 are ATP1A1–ATP1A4. The same codes name GABA-A receptor subunits
 * (pentamer-subunits.ts); a draft that names both in different paragraphs links neither (the caller merges the links).
 */

/**
 * The pump named: Na+/K+-ATPase (also with superscript pluses, Na⁺/K⁺-ATPase), Na,K-ATPase, Na+,K+-ATPase, Na/K-ATPase,
 * "sodium pump", "sodium–potassium pump".
 */
const SODIUM_PUMP_RE = /\bNa[+⁺]?\s?[/,]\s?K[+⁺]?[-‐– ]ATPase|\bsodium(?:[-‐– ]potassium)? pumps?\b|\bsodium[-‐– ]potassium[-‐– ]ATPase/i;

/** α1–α4 only: β1 and β2 name the β-adrenergic receptors far more often, even in a draft that names the pump. */
const SUBUNITS: ReadonlyArray<[written: string, symbol: string]> = [1, 2, 3, 4].map((k): [string, string] => [`α${k}`, `ATP1A${k}`]);

/** The sodium-pump α-subunit codes of a paragraph `text` (decoded prose) that names the pump, with their genes' symbols. */
export function sodiumPumpSubunits(text: string): ReadonlyArray<[written: string, symbol: string]> {
  return (text.includes('ATPase') || text.includes('pump')) && SODIUM_PUMP_RE.test(text) ? SUBUNITS : [];
}
