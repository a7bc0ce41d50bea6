/**
 * Initialisms of gene names: "NPR" is the initialism of "natriuretic peptide receptor 2", so "NPR-B" (an alias of
 * NPR2 written with a hyphen) names that gene, while "CAR-T" is no initialism of "CART prepropeptide".
 */

/**
 * True when `caps` (a word in capitals, two letters or more) spells the initials of the first words of `name`, the
 * words after it being at most a number or one letter ("natriuretic peptide receptor 2" for NPR; "atrial natriuretic
 * peptide receptor 1" for ANPR).
 */
export function isNameInitialism(caps: string, name: string): boolean {
  const words = name.split(/[ -]+/);
  if (words.length < caps.length) return false;
  for (let k = 0; k < caps.length; k++) if (words[k]![0]?.toUpperCase() !== caps[k]) return false;
  // Beyond the initials: nothing, or one designator (2, B, II).
  const rest = words.slice(caps.length);
  return rest.length === 0 || (rest.length === 1 && /^(?:[0-9]{1,2}|[A-Z]|[IVX]{1,4})$/.test(rest[0]!));
}
