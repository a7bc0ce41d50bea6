/**
 * Just enough TeX decoding for BibTeX field values: accents, common symbols and escapes, Greek letters in math,
 * dashes; formatting commands keep their argument text; braces and `$` are dropped. Also splits name lists.
 */

const ACCENTS: Record<string, string> = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A', d: '\u0323', b: '\u0331',
};

const SYMBOLS: Record<string, string> = {
  ss: 'ß', o: 'ø', O: 'Ø', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł', i: 'i', j: 'j',
  dh: 'ð', DH: 'Ð', th: 'þ', TH: 'Þ', textendash: '–', textemdash: '—', textquoteright: '’', textquoteleft: '‘',
  ldots: '…', dots: '…', textellipsis: '…', textasciitilde: '~', textbackslash: '\\', textregistered: '®',
  texttrademark: '™', textcopyright: '©', textdegree: '°', degree: '°', pm: '±', times: '×', textmu: 'µ',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ',
  upsilon: 'υ', phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ',
  Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω', le: '≤', leq: '≤', ge: '≥', geq: '≥',
  to: '→', rightarrow: '→', leftarrow: '←', infty: '∞', approx: '≈', sim: '∼', neq: '≠', cdot: '·',
};

/** Single-character commands that stand for themselves (`\&` → `&`) or for a space. */
const ESCAPES: Record<string, string> = {
  '&': '&', '%': '%', $: '$', '#': '#', _: '_', '{': '{', '}': '}', ' ': ' ', ',': ' ', ';': ' ', ':': ' ', '!': '',
  '-': '', '/': '', '\\': ' ', '@': '',
};

/** Decodes a raw TeX field value to plain Unicode text (whitespace collapsed). */
export function decodeTex(raw: string): string {
  let out = '';
  let math = false;
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw[i]!;
    if (c === '\\') {
      const r = command(raw, i + 1);
      out += r.text;
      i = r.next - 1;
    } else if (c === '{' || c === '}') {
      continue;
    } else if (c === '$') {
      math = !math;
    } else if (math && (c === '^' || c === '_')) {
      continue;
    } else if (c === '~') {
      out += ' ';
    } else if (c === '-' && raw[i + 1] === '-') {
      if (raw[i + 2] === '-') {
        out += '—';
        i += 2;
      } else {
        out += '–';
        i += 1;
      }
    } else if ((c === '`' || c === "'") && raw[i + 1] === c) {
      out += c === '`' ? '“' : '”';
      i += 1;
    } else {
      out += c;
    }
  }
  return out.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Decodes a verbatim field (DOI, URL, identifiers): drops braces and unescapes `\_ \% \& \# \$ \~`. */
export function decodeVerbatim(raw: string): string {
  return raw.replace(/\\([_%&#$~])/g, '$1').replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
}

/** Reads the command at `at` (just after a backslash); returns its text and where reading continues. */
function command(raw: string, at: number): { text: string; next: number } {
  const c = raw[at];
  if (c === undefined) return { text: '', next: at };
  let name: string;
  let next: number;
  if (/[A-Za-z]/.test(c)) {
    next = at;
    while (next < raw.length && /[A-Za-z]/.test(raw[next]!)) next++;
    name = raw.slice(at, next);
  } else {
    name = c;
    next = at + 1;
  }
  const accent = ACCENTS[name];
  if (accent !== undefined && (name.length === 1 || raw[next] === '{' || raw[next] === ' ')) {
    const arg = argument(raw, next);
    return { text: decodeTex(arg.text) + accent, next: arg.next };
  }
  if (!/[A-Za-z]/.test(name)) return { text: ESCAPES[name] ?? '', next };
  // A control word eats the spaces after it (`\ss e` → `ße`).
  while (raw[next] === ' ') next++;
  // Unknown and formatting commands (`\emph`, `\textit` …) drop their name; a following `{…}` stays as text.
  return { text: SYMBOLS[name] ?? '', next };
}

/** The argument of an accent: a `{…}` group, `\cmd`, or one character (after optional spaces). */
function argument(raw: string, at: number): { text: string; next: number } {
  let i = at;
  while (raw[i] === ' ') i++;
  if (raw[i] === '{') {
    let depth = 0;
    for (let j = i; j < raw.length; j++) {
      if (raw[j] === '{') depth++;
      else if (raw[j] === '}' && --depth === 0) return { text: raw.slice(i + 1, j), next: j + 1 };
    }
    return { text: raw.slice(i + 1), next: raw.length };
  }
  if (raw[i] === '\\') {
    let j = i + 1;
    while (j < raw.length && /[A-Za-z]/.test(raw[j]!)) j++;
    if (j === i + 1) j++;
    return { text: raw.slice(i, j), next: j };
  }
  return { text: raw[i] ?? '', next: Math.min(i + 1, raw.length) };
}

/** Splits `s` outside braces wherever `isSep` reports a separator length > 0. */
function splitTopLevel(s: string, isSep: (s: string, i: number) => number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const len = isSep(s, i);
      if (len > 0) {
        parts.push(s.slice(start, i));
        start = i + len;
        i = start - 1;
      }
    }
  }
  parts.push(s.slice(start));
  return parts;
}

const AND = /\s+and\s+/iy;

/** The names of a BibTeX name list (`author`, `editor`): `Family, Given` when split, else the name as written. */
export function parseNames(raw: string): { names: string[]; others: boolean } {
  const names: string[] = [];
  let others = false;
  const parts = splitTopLevel(raw, (s, i) => {
    if (s[i] !== ' ' && s[i] !== '\t' && s[i] !== '\n' && s[i] !== '\r') return 0;
    // Only at the start of a white-space run: a later start in the same run finds the same `and` (keeps this linear).
    if (i > 0 && /\s/.test(s[i - 1]!)) return 0;
    AND.lastIndex = i;
    const m = AND.exec(s);
    return m ? m[0].length : 0;
  });
  for (const part of parts) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    if (trimmed.toLowerCase() === 'others') {
      others = true;
      continue;
    }
    const name = parseName(trimmed);
    if (name) names.push(name);
  }
  return { names, others };
}

function parseName(raw: string): string {
  if (raw.startsWith('{') && matchingBrace(raw, 0) === raw.length - 1) return decodeTex(raw);
  const commas = splitTopLevel(raw, (s, i) => (s[i] === ',' ? 1 : 0)).map((p) => p.trim());
  if (commas.length >= 2) {
    // `von Last, First` or `von Last, Jr, First`.
    const family = decodeTex(commas.length >= 3 ? `${commas[0]} ${commas[1]}` : commas[0]!);
    const given = decodeTex(commas[commas.length - 1]!);
    return given ? `${family}, ${given}` : family;
  }
  const words = splitTopLevel(raw, (s, i) => (/\s/.test(s[i]!) ? 1 : 0)).filter((w) => w.length > 0);
  if (words.length <= 1) return decodeTex(raw);
  // `First von Last`: the family name starts at the first lowercase word (a particle), or is the last word.
  let split = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    if (/^[a-z]/.test(words[i]!)) {
      split = i;
      break;
    }
  }
  const family = decodeTex(words.slice(split).join(' '));
  const given = decodeTex(words.slice(0, split).join(' '));
  return given ? `${family}, ${given}` : family;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
