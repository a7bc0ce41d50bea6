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
  // Latin letters of names (anti-M&uuml;llerian hormone, Sj&ouml;gren, Cura&ccedil;ao) and signs of prose.
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', aacute: 'á',
  iacute: 'í', oacute: 'ó', uacute: 'ú', Eacute: 'É', ccedil: 'ç', ntilde: 'ñ', atilde: 'ã', otilde: 'õ', oslash: 'ø',
  aring: 'å', prime: '′', Prime: '″', times: '×', minus: '−', plusmn: '±', deg: '°', middot: '·', le: '≤', ge: '≥',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', rarr: '→', larr: '←', harr: '↔',
};

/** Decoded text plus what it takes to map its offsets back to the source. */
export interface Decoded {
  text: string;
  /** The character references decoded, in order; undefined when none was: offsets are `base + i`. */
  refs: DecodedRefs | undefined;
  base: number;
}

/** Per decoded reference: its start and end in the decoded text, and in the source. */
export interface DecodedRefs {
  from: number[];
  to: number[];
  sourceFrom: number[];
  sourceTo: number[];
}

const ENTITY_RE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;

/** Decodes character references in `source.slice(start, end)`. Linear: the pattern has bounded repeats only. */
export function decodeSpan(source: string, start: number, end: number): Decoded {
  const slice = source.slice(start, end);
  if (slice.indexOf('&') < 0) return { text: slice, refs: undefined, base: start };
  const parts: string[] = [];
  const refs: DecodedRefs = { from: [], to: [], sourceFrom: [], sourceTo: [] };
  let length = 0;
  let last = 0;
  ENTITY_RE.lastIndex = 0;
  for (let m = ENTITY_RE.exec(slice); m; m = ENTITY_RE.exec(slice)) {
    let ch: string | undefined;
    if (m[1] !== undefined || m[2] !== undefined) {
      const cp = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
      ch = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : undefined;
    } else ch = NAMED[m[3]!];
    if (ch === undefined) continue;
    parts.push(slice.slice(last, m.index), ch);
    length += m.index - last;
    refs.from.push(length);
    length += ch.length;
    refs.to.push(length);
    refs.sourceFrom.push(start + m.index);
    last = m.index + m[0].length;
    refs.sourceTo.push(start + last);
  }
  if (!refs.from.length) return { text: slice, refs: undefined, base: start };
  parts.push(slice.slice(last));
  return { text: parts.join(''), refs, base: start };
}

/**
 * Source offset of offset `i` of the decoded text: a unit of a decoded reference maps to the reference's start,
 * any other unit (and the end) to where it was copied from. So an end offset just after a reference maps to the
 * reference's end.
 */
export function sourceOffset(d: Decoded, i: number): number {
  const r = d.refs;
  if (!r) return d.base + i;
  // The last reference that starts at or before i.
  let lo = 0;
  let hi = r.from.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (r.from[mid]! <= i) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (k < 0) return d.base + i;
  return i < r.to[k]! ? r.sourceFrom[k]! : r.sourceTo[k]! + (i - r.to[k]!);
}

/** Source offset of a start offset in decoded text. */
export function sourceStart(d: Decoded, i: number): number {
  return sourceOffset(d, i);
}

/** Source offset of an end offset in decoded text (the end of the character reference when one ends there). */
export function sourceEnd(d: Decoded, i: number): number {
  return sourceOffset(d, i);
}
