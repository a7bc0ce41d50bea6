/**
 * GFM literal autolinks — bare `http(s)://…` URLs, `www.…` links, e-mail addresses and `xmpp:` addresses — found in
 * one text run in linear time, without regular expressions over the run.
 *
 * remark-gfm finds them in two steps, and so does this module: first the rules of micromark's tokenizer
 * (micromark-extension-gfm-autolink-literal) on the source, then, on the text left between those links, the
 * find-and-replace patterns of mdast-util-gfm-autolink-literal (URLs with a dotted domain, `xmpp:`, e-mail). Both are
 * followed closely. A URL is not continued across inline markup (`https://x.org/*a*` stops before the `*`), and the
 * second step's `mailto:` pattern is left out: remark-gfm's link for it had a text other than its URL, which the prose
 * collector kept as prose, and without it the e-mail pattern leaves the address alone too.
 */
import type { Span } from '../types';

/**
 * Unclosed `[` before a text run, in its paragraph: micromark's tokenizer makes no literal autolink after one
 * (`previousUnbalanced`). Start each paragraph, heading or table cell with `{ depth: 0 }`; each call updates it.
 */
export interface Brackets {
  depth: number;
}

/**
 * Offsets of the literal autolinks in the text node at `text[start, end)` (its source): the spans to leave out of
 * prose. Sorted, disjoint.
 */
export function findLiteralAutolinks(text: string, start: number, end: number, brackets: Brackets = { depth: 0 }): Span[] {
  const source = text.slice(start, end);
  if (!AUTOLINK_HINT.test(source)) {
    if (source.includes('[') || source.includes(']')) brackets.depth = bracketsAfter(text, start, end, brackets.depth);
    return [];
  }
  const run = new Run(text, start, end);
  const first = run.tokenizerLinks(brackets);
  const out: Span[] = [];
  let from = start;
  for (const link of [...first, { start: end, end }]) {
    if (link.start > from) out.push(...run.replacedLinks(from, link.start));
    if (link.end > link.start) out.push(link);
    from = link.end;
  }
  return out;
}

/** Unclosed `[` after `text[start, end)` given `depth` before it (escaped brackets do not count). */
function bracketsAfter(text: string, start: number, end: number, depth: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH && isAsciiPunctuation(text.charCodeAt(i + 1))) i++;
    else if (c === LBRACKET) depth++;
    else if (c === RBRACKET && depth > 0) depth--;
  }
  return depth;
}

/** Cheap pre-check (a native scan): an `@`, a `://` or a `www.` (any case of `w`) somewhere in the run. */
const AUTOLINK_HINT = /@|:\/\/|[wW]{3}\./;

const AT = 64;
const COLON = 58;
const SLASH = 47;
const DOT = 46;
const UNDERSCORE = 95;
const DASH = 45;
const PLUS = 43;
const AMP = 38;
const SEMI = 59;
const LPAREN = 40;
const RPAREN = 41;
const LBRACKET = 91;
const RBRACKET = 93;
const LT = 60;
const BACKSLASH = 92;

const isW = (c: number) => c === 87 || c === 119;
const isAsciiPunctuation = (c: number) => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
const isAsciiAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiAlnum = (c: number) => isAsciiAlpha(c) || isAsciiDigit(c);
/** `\w` of a regular expression without the `u` flag. */
const isWordChar = (c: number) => isAsciiAlnum(c) || c === UNDERSCORE;
/** micromark's `gfmAtext`: `+ - . _` and ASCII letters and digits. */
const isAtext = (c: number) => c === PLUS || c === DASH || c === DOT || c === UNDERSCORE || isAsciiAlnum(c);
/** Space, tab or line ending (micromark's `markdownLineEndingOrSpace`). */
const isLineEndingOrSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

const UNICODE_SPACE = /\s/;
const UNICODE_PUNCTUATION = /[\p{P}\p{S}]/u;

/** Unicode white space (`\s`); `NaN` (outside the text) is not. */
function isWhitespace(c: number): boolean {
  if (c !== c) return false;
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return UNICODE_SPACE.test(String.fromCharCode(c));
}

/** Unicode punctuation or symbol, as micromark's `unicodePunctuation`. */
function isPunctuation(c: number): boolean {
  if (c !== c) return false;
  if (c < 128) return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
  return UNICODE_PUNCTUATION.test(String.fromCharCode(c));
}

/** Characters micromark's path tokenizer checks for a trail: `! " & ' ) * , . : ; < ? ] _ ~`. */
function isPathPunctuation(c: number): boolean {
  return c === 33 || c === 34 || c === AMP || c === 39 || c === RPAREN || c === 42 || c === 44 || c === DOT || c === COLON || c === SEMI || c === LT || c === 63 || c === RBRACKET || c === UNDERSCORE || c === 126;
}

/** Characters a trail may hold directly: `! " ' ) * , . : ; ? _ ~`. */
function isTrailCharacter(c: number): boolean {
  return c === 33 || c === 34 || c === 39 || c === RPAREN || c === 42 || c === 44 || c === DOT || c === COLON || c === SEMI || c === 63 || c === UNDERSCORE || c === 126;
}

/** Characters mdast-util-gfm-autolink-literal's `splitUrl` strips from the end of a URL. */
function isSplitTrailCharacter(c: number): boolean {
  return c === 33 || c === 34 || c === AMP || c === 39 || c === RPAREN || c === 44 || c === DOT || c === COLON || c === SEMI || c === LT || c === 62 || c === 63 || c === RBRACKET || c === 125;
}

/** Named character references that stand for characters `splitUrl` drops. */
const NAMED_REFERENCES: Readonly<Record<string, number>> = { amp: AMP, lt: LT, gt: 62, quot: 34, apos: 39, excl: 33, comma: 44, period: DOT, colon: COLON, semi: SEMI, quest: 63, rpar: RPAREN, rsqb: RBRACKET, rbrack: RBRACKET, rcub: 125, rbrace: 125 };

/** `[\w-]` and `[\w.-]`. */
const isWordOrDash = (c: number) => isWordChar(c) || c === DASH;
const isWordDotOrDash = (c: number) => isWordOrDash(c) || c === DOT;
/** `[\w+.-]`. */
const isEmailAtext = (c: number) => isWordDotOrDash(c) || c === PLUS;

/**
 * One text run with tables filled from right to left or left to right in one pass each, so that every attempt at a
 * link start costs constant time and the whole is linear in the run.
 */
class Run {
  private readonly n: number;
  /** micromark's trail check succeeds at this index (index `n` is the end: it does). */
  private readonly trailOk: Uint8Array;
  /** First index ≥ i where micromark's domain tokenizer stops. */
  private readonly domainStop: Int32Array;
  /** Last index < i holding `.` / `_` / another character than those two / an ASCII letter or digit (−1: none). */
  private readonly lastDot: Int32Array;
  private readonly lastUnderscore: Int32Array;
  private readonly lastRegular: Int32Array;
  private readonly lastAlnum: Int32Array;
  /** End of the run of `[\w-]` / `[\w.-]` / `[\w+.-]` / non-blank (`[^\t\n\r ]`) characters from i. */
  private readonly wordDashEnd: Int32Array;
  private readonly wordDotDashEnd: Int32Array;
  private readonly atextEnd: Int32Array;
  private readonly nonBlankEnd: Int32Array;

  constructor(
    private readonly text: string,
    private readonly start: number,
    end: number,
  ) {
    const n = (this.n = end - start);
    const code = (k: number) => (k < n ? text.charCodeAt(start + k) : NaN);
    this.trailOk = new Uint8Array(n + 1);
    this.domainStop = new Int32Array(n + 1);
    this.wordDashEnd = new Int32Array(n + 1);
    this.wordDotDashEnd = new Int32Array(n + 1);
    this.atextEnd = new Int32Array(n + 1);
    this.nonBlankEnd = new Int32Array(n + 1);
    const alphaEnd = new Int32Array(n + 1);
    this.trailOk[n] = 1;
    this.domainStop[n] = n;
    for (const a of [this.wordDashEnd, this.wordDotDashEnd, this.atextEnd, this.nonBlankEnd, alphaEnd]) a[n] = n;
    for (let k = n - 1; k >= 0; k--) {
      const c = code(k);
      alphaEnd[k] = isAsciiAlpha(c) ? alphaEnd[k + 1]! : k;
      let ok = 0;
      if (isTrailCharacter(c)) ok = this.trailOk[k + 1]!;
      else if (c === AMP) {
        const e = alphaEnd[k + 1]!;
        ok = e > k + 1 && code(e) === SEMI ? this.trailOk[e + 1]! : 0;
      } else if (c === RBRACKET) {
        const next = code(k + 1);
        ok = k + 1 === n || next === LPAREN || next === LBRACKET || isWhitespace(next) ? 1 : this.trailOk[k + 1]!;
      } else if (c === LT || isWhitespace(c)) ok = 1;
      this.trailOk[k] = ok;
      const stop = c === DOT || c === UNDERSCORE ? ok === 1 : isWhitespace(c) || (c !== DASH && isPunctuation(c));
      this.domainStop[k] = stop ? k : this.domainStop[k + 1]!;
      this.wordDashEnd[k] = isWordOrDash(c) ? this.wordDashEnd[k + 1]! : k;
      this.wordDotDashEnd[k] = isWordDotOrDash(c) ? this.wordDotDashEnd[k + 1]! : k;
      this.atextEnd[k] = isEmailAtext(c) ? this.atextEnd[k + 1]! : k;
      this.nonBlankEnd[k] = c === 32 || c === 9 || c === 10 || c === 13 ? k : this.nonBlankEnd[k + 1]!;
    }
    this.lastDot = new Int32Array(n + 1);
    this.lastUnderscore = new Int32Array(n + 1);
    this.lastRegular = new Int32Array(n + 1);
    this.lastAlnum = new Int32Array(n + 1);
    let dot = -1;
    let underscore = -1;
    let regular = -1;
    let alnum = -1;
    for (let k = 0; k <= n; k++) {
      this.lastDot[k] = dot;
      this.lastUnderscore[k] = underscore;
      this.lastRegular[k] = regular;
      this.lastAlnum[k] = alnum;
      const c = code(k);
      if (c === DOT) dot = k;
      else if (c === UNDERSCORE) underscore = k;
      else regular = k;
      if (isAsciiAlnum(c)) alnum = k;
    }
  }

  /** Character code at run index `k` (NaN past the end). */
  private code(k: number): number {
    return k >= 0 && k < this.n ? this.text.charCodeAt(this.start + k) : NaN;
  }

  /** The character before run index `k`, in the whole text (NaN at the start of the text). */
  private before(k: number): number {
    const at = this.start + k - 1;
    return at >= 0 ? this.text.charCodeAt(at) : NaN;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Step 1: micromark's tokenizer rules, left to right over the run.

  /** Links as micromark's tokenizer finds them (absolute offsets); none while a `[` is open. */
  tokenizerLinks(brackets: Brackets): Span[] {
    const out: Span[] = [];
    for (let k = 0; k < this.n; ) {
      const c = this.code(k);
      if (c === BACKSLASH && isAsciiPunctuation(this.code(k + 1))) {
        k += 2;
        continue;
      }
      if (c === LBRACKET) brackets.depth++;
      else if (c === RBRACKET && brackets.depth > 0) brackets.depth--;
      if (brackets.depth > 0) {
        k++;
        continue;
      }
      const prev = this.before(k);
      let e = -1;
      if (isAtext(c) && !(prev === SLASH || isAtext(prev))) e = this.email(k);
      if (e < 0 && (c === 72 || c === 104) && !isAsciiAlpha(prev)) e = this.protocol(k);
      if (e < 0 && isW(c) && (prev !== prev || prev === LPAREN || prev === 42 || prev === UNDERSCORE || prev === LBRACKET || prev === RBRACKET || prev === 126 || isLineEndingOrSpace(prev))) e = this.www(k);
      if (e > k) {
        out.push({ start: this.start + k, end: this.start + e });
        k = e;
      } else k++;
    }
    return out;
  }

  /** An e-mail address starting at `k`: its end, or −1. */
  private email(k: number): number {
    let i = k;
    while (isAtext(this.code(i))) i++;
    if (this.code(i) !== AT) return -1;
    i++;
    let data = false;
    let dot = false;
    for (;;) {
      const c = this.code(i);
      if (c === DOT) {
        if (!isAsciiAlnum(this.code(i + 1))) break;
        dot = true;
        i++;
      } else if (c === DASH || c === UNDERSCORE || isAsciiAlnum(c)) {
        data = true;
        i++;
      } else break;
    }
    return data && dot && isAsciiAlpha(this.code(i - 1)) ? i : -1;
  }

  /** `http://` or `https://` (any case) and a domain at `k`: the link's end, or −1. */
  private protocol(k: number): number {
    let i = k + 1;
    while (isAsciiAlpha(this.code(i)) && i - k < 5) i++;
    const scheme = this.text.slice(this.start + k, this.start + i).toLowerCase();
    if ((scheme !== 'http' && scheme !== 'https') || this.code(i) !== COLON || this.code(i + 1) !== SLASH || this.code(i + 2) !== SLASH) return -1;
    i += 3;
    const c = this.code(i);
    if (c !== c || c < 32 || c === 127 || isWhitespace(c) || isPunctuation(c)) return -1;
    return this.domainAndPath(i);
  }

  /** `www.` (any case) and a domain at `k`: the link's end, or −1. */
  private www(k: number): number {
    if (!isW(this.code(k + 1)) || !isW(this.code(k + 2)) || this.code(k + 3) !== DOT || k + 4 >= this.n) return -1;
    return this.domainAndPath(k);
  }

  private domainAndPath(k: number): number {
    const e = this.domainStop[k]!;
    // The domain is [k, e): it must hold a character other than `.` and `_`, and no `_` in its last two segments.
    if (this.lastRegular[e]! < k) return -1;
    const lastDot = this.lastDot[e]!;
    if (this.lastUnderscore[e]! > Math.max(lastDot, k - 1)) return -1;
    if (lastDot >= k && this.lastUnderscore[lastDot]! > Math.max(this.lastDot[lastDot]!, k - 1)) return -1;
    return this.path(e);
  }

  private path(k: number): number {
    let open = 0;
    let close = 0;
    let i = k;
    for (;;) {
      const c = this.code(i);
      if (c === LPAREN) open++;
      else if (c === RPAREN && close < open) close++;
      else if (isPathPunctuation(c)) {
        if (this.trailOk[i]) return i;
        if (c === RPAREN) close++;
      } else if (c !== c || isWhitespace(c)) return i;
      i++;
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Step 2: the find-and-replace patterns, one after the other, over the text left between links.

  /** Links the find-and-replace step adds in `[from, to)` (absolute offsets), between step 1's links. */
  replacedLinks(from: number, to: number): Span[] {
    let pieces: Span[] = [{ start: from - this.start, end: to - this.start }];
    const links: Span[] = [];
    for (const find of [this.findUrl, this.findXmpp, this.findEmail]) {
      const next: Span[] = [];
      for (const piece of pieces) {
        let at = piece.start;
        for (let k = piece.start; k < piece.end; ) {
          const m = find.call(this, k, piece);
          if (!m) {
            k++;
            continue;
          }
          if (m.link.end > m.link.start) links.push({ start: this.start + m.link.start, end: this.start + m.link.end });
          if (m.link.start > at) next.push({ start: at, end: m.link.start });
          at = m.link.end;
          k = m.matchEnd;
        }
        if (piece.end > at) next.push({ start: at, end: piece.end });
      }
      pieces = next;
    }
    return links.sort((a, b) => a.start - b.start);
  }

  /** `(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)`, then `findUrl`'s checks. */
  private findUrl(k: number, piece: Span): Match | undefined {
    const c = this.code(k);
    if (!(c === 72 || c === 104 || isW(c))) return undefined;
    if (k > piece.start && isAsciiAlnum(this.code(k - 1))) return undefined;
    let domainStart: number;
    if (isW(c)) {
      if (!isW(this.code(k + 1)) || !isW(this.code(k + 2)) || this.code(k + 3) !== DOT || k + 3 >= piece.end) return undefined;
      domainStart = k;
    } else {
      const head = this.text.slice(this.start + k, this.start + Math.min(k + 8, piece.end)).toLowerCase();
      if (head.startsWith('https://')) domainStart = k + 8;
      else if (head.startsWith('http://')) domainStart = k + 7;
      else return undefined;
    }
    const scan = isW(c) ? k + 3 : domainStart;
    const firstRun = Math.min(this.wordDashEnd[scan]!, piece.end);
    if (firstRun >= piece.end || this.code(firstRun) !== DOT) return undefined;
    const domainEnd = Math.min(this.wordDotDashEnd[firstRun]!, piece.end);
    const matchEnd = Math.min(this.nonBlankEnd[domainEnd]!, piece.end);
    // `previous`: the start of the text node, white space or punctuation before.
    if (k > piece.start && !isWhitespace(this.code(k - 1)) && !isPunctuation(this.code(k - 1))) return undefined;
    if (isPunctuation(this.code(domainStart)) || !this.isCorrectDomain(domainStart, domainEnd)) return undefined;
    return { link: { start: k, end: this.splitUrl(k, matchEnd) }, matchEnd };
  }

  /** mdast-util-gfm-autolink-literal's `isCorrectDomain`: the last two dot-separated parts have no `_` and hold a letter or digit. */
  private isCorrectDomain(start: number, end: number): boolean {
    const lastDot = this.lastDot[end]!;
    if (lastDot < start) return false;
    const part = (s: number, e: number) => e <= s || (this.lastUnderscore[e]! < s && this.lastAlnum[e]! >= s);
    const before = Math.max(this.lastDot[lastDot]!, start - 1) + 1;
    return part(lastDot + 1, end) && part(before, lastDot);
  }

  /**
   * End of the URL in `[start, end)` after `splitUrl`: trailing punctuation dropped (a character reference such as
   * `&amp;` counts as the character it stands for), a `)` kept when it balances an earlier `(`.
   */
  private splitUrl(start: number, end: number): number {
    let e = end;
    for (;;) {
      if (e <= start) break;
      if (isSplitTrailCharacter(this.code(e - 1))) {
        const ref = this.code(e - 1) === SEMI ? this.referenceBefore(e, start) : undefined;
        if (ref === undefined) e--;
        else if (isSplitTrailCharacter(ref.code)) e = ref.start;
        else break;
      } else break;
    }
    if (e === end) return end;
    let open = 0;
    let close = 0;
    for (let i = start; i < e; i++) {
      const c = this.code(i);
      if (c === LPAREN) open++;
      else if (c === RPAREN) close++;
    }
    for (let i = e; i < end && open > close; i++) {
      if (this.code(i) === RPAREN) {
        e = i + 1;
        close++;
      }
    }
    return e;
  }

  /** A character reference (`&amp;`, `&#41;`, `&#x29;`) ending just before `end`: where it starts and the code it stands for. */
  private referenceBefore(end: number, limit: number): { start: number; code: number } | undefined {
    let i = end - 2;
    while (i > limit && end - i <= 32 && (isAsciiAlnum(this.code(i)) || this.code(i) === 35 /* # */)) i--;
    if (this.code(i) !== AMP || i + 1 >= end - 1) return undefined;
    const name = this.text.slice(this.start + i + 1, this.start + end - 1);
    const named = NAMED_REFERENCES[name];
    if (named !== undefined) return { start: i, code: named };
    const num = name[0] === '#' ? (name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)) : NaN;
    return num === num ? { start: i, code: num } : { start: i, code: 0 };
  }

  /** `(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?`, then `findXmpp`'s checks. */
  private findXmpp(k: number, piece: Span): Match | undefined {
    if (this.code(k) !== 120 || this.text.slice(this.start + k, this.start + k + 5) !== 'xmpp:' || k + 5 > piece.end) return undefined;
    const prev = k > piece.start ? this.code(k - 1) : NaN;
    if (isEmailAtext(prev) || prev === AT) return undefined;
    const at = Math.min(this.atextEnd[k + 5]!, piece.end);
    if (at === k + 5 || this.code(at) !== AT) return undefined;
    const labelEnd = this.label(at + 1, piece.end);
    if (labelEnd < 0 || this.endsBadly(labelEnd)) return undefined;
    let end = labelEnd;
    if (this.code(end) === SLASH && end < piece.end) {
      end++;
      for (;;) {
        const c = this.code(end);
        if (end < piece.end && (isWordOrDash(c) || c === SLASH || (c === DOT && end + 1 < piece.end && isAsciiAlnum(this.code(end + 1))))) end++;
        else break;
      }
      if (!isAsciiAlpha(this.code(end - 1)) || (end < piece.end && this.code(end) === AT)) return undefined;
    }
    return { link: { start: k, end }, matchEnd: end };
  }

  /** `(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)`, then `findEmail`'s check. */
  private findEmail(k: number, piece: Span): Match | undefined {
    if (!isEmailAtext(this.code(k))) return undefined;
    if (k > piece.start && isEmailAtext(this.code(k - 1))) return undefined;
    const at = Math.min(this.atextEnd[k]!, piece.end);
    if (this.code(at) !== AT || at >= piece.end) return undefined;
    for (const scheme of ['mailto:', 'xmpp:']) {
      const s = k - scheme.length;
      if (s < piece.start || this.text.slice(this.start + s, this.start + k) !== scheme) continue;
      const p = s > piece.start ? this.code(s - 1) : NaN;
      if (p !== p || !(isAsciiAlnum(p) || p === AT)) return undefined;
    }
    const labelEnd = this.label(at + 1, piece.end);
    if (labelEnd < 0 || this.endsBadly(labelEnd)) return undefined;
    return { link: { start: k, end: labelEnd }, matchEnd: labelEnd };
  }

  /** `[\w-]+(?:\.[\w-]+)+` from `k` (greedy): its end, or −1. */
  private label(k: number, limit: number): number {
    let e = Math.min(this.wordDashEnd[k]!, limit);
    if (e === k) return -1;
    let dots = 0;
    while (e + 1 < limit && this.code(e) === DOT && isWordOrDash(this.code(e + 1))) {
      e = Math.min(this.wordDashEnd[e + 1]!, limit);
      dots++;
    }
    return dots > 0 ? e : -1;
  }

  /** A label ending in a digit, `-` or `_` is not an address (`/[\d\-_]$/`). */
  private endsBadly(end: number): boolean {
    const c = this.code(end - 1);
    return isAsciiDigit(c) || c === DASH || c === UNDERSCORE;
  }
}

interface Match {
  /** Run indices of the link. */
  link: Span;
  /** Where the pattern's match ends (the search resumes there). */
  matchEnd: number;
}
