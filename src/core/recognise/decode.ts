/**
 * HTML character references in Markdown prose (`TGF-&beta;1`, `&alpha;`, `&#945;`) are decoded for
 * matching; `map` takes offsets in the decoded text back to the source so ranges stay on the source.
 */

const NAMED: Readonly<Record<string, string>> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ', iota: 'ι',
  kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', omicron: 'ο', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ',
  upsilon: 'υ', phi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Alpha: 'Α', Beta: 'Β', Gamma: 'Γ', Delta: 'Δ', Epsilon: 'Ε', Zeta: 'Ζ', Eta: 'Η', Theta: 'Θ', Kappa: 'Κ',
  Lambda: 'Λ', Mu: 'Μ', Pi: 'Π', Sigma: 'Σ', Tau: 'Τ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  amp: '&', nbsp: '\u00a0', ndash: '–', mdash: '—', hyphen: '‐', micro: 'µ', lt: '<', gt: '>', quot: '"', apos: "'",
};

/** Decoded text plus, for each decoded code unit (and one past the end), its source offset. */
export interface Decoded {
  text: string;
  /** Undefined when nothing was decoded: offsets are `base + i`. */
  map: number[] | undefined;
  base: number;
}

const ENTITY_RE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;

/** Decodes character references in `source.slice(start, end)`. Linear: the pattern has bounded repeats only. */
export function decodeSpan(source: string, start: number, end: number): Decoded {
  const slice = source.slice(start, end);
  if (slice.indexOf('&') < 0) return { text: slice, map: undefined, base: start };
  let text = '';
  const map: number[] = [];
  let last = 0;
  ENTITY_RE.lastIndex = 0;
  for (let m = ENTITY_RE.exec(slice); m; m = ENTITY_RE.exec(slice)) {
    let ch: string | undefined;
    if (m[1] !== undefined || m[2] !== undefined) {
      const cp = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
      ch = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : undefined;
    } else ch = NAMED[m[3]!];
    if (ch === undefined) continue;
    for (let i = last; i < m.index; i++) map.push(start + i);
    text += slice.slice(last, m.index);
    for (let k = 0; k < ch.length; k++) map.push(start + m.index);
    text += ch;
    last = m.index + m[0].length;
  }
  if (!map.length && last === 0) return { text: slice, map: undefined, base: start };
  for (let i = last; i < slice.length; i++) map.push(start + i);
  text += slice.slice(last);
  map.push(end);
  return { text, map, base: start };
}

/** Source offset of a start offset in decoded text. */
export function sourceStart(d: Decoded, i: number): number {
  return d.map ? d.map[i]! : d.base + i;
}

/** Source offset of an end offset in decoded text (the end of the character reference when one ends there). */
export function sourceEnd(d: Decoded, i: number): number {
  if (!d.map) return d.base + i;
  // The last decoded unit i-1 came from source offset map[i-1]; its reference ends where the next unit starts.
  return d.map[i]!;
}
