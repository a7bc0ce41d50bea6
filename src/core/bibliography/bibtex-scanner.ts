/**
 * A tolerant BibTeX / BibLaTeX scanner that keeps source positions. It splits a `.bib` file into entries and fields
 * (values stay raw TeX; see `bibtex-tex.ts` for decoding), resolves `@string` macros and `#` concatenation, and
 * reports syntax errors while recovering at the next field or entry.
 */
import { throwIfCancelled, type CancellationToken, type Severity, type Span } from '../types';

/** One `name = value` field; `value` is raw TeX with the outer delimiters removed and macros expanded. */
export interface RawField {
  name: string;
  nameSpan: Span;
  value: string;
  /** From the first character inside the value's first delimiter to the last inside its last one. */
  valueSpan: Span;
}

/** One `@type{key, …}` entry. */
export interface RawEntry {
  /** Entry type, lowercased. */
  type: string;
  key: string;
  keySpan: Span;
  /** From `@` to the closing delimiter (or to the last field read, when the entry is not closed). */
  span: Span;
  fields: RawField[];
}

/** A syntax problem, with the span to report it on. */
export interface ScanProblem {
  span: Span;
  message: string;
  severity: Severity;
}

/** Entries in file order (including duplicates and entries with errors) and the problems found. */
export interface ScanResult {
  entries: RawEntry[];
  problems: ScanProblem[];
}

const MONTHS: Record<string, string> = {
  jan: '1', feb: '2', mar: '3', apr: '4', may: '5', jun: '6',
  jul: '7', aug: '8', sep: '9', oct: '10', nov: '11', dec: '12',
};

const IDENT = /[A-Za-z][A-Za-z0-9_-]*/y;
const NEW_ENTRY = /@[ \t]*[A-Za-z][A-Za-z0-9_-]*[ \t\r\n]*[{(]/y;
const LINE_NEW_ENTRY = /[ \t]*@[A-Za-z][A-Za-z0-9_-]*[ \t]*[{(]/y;
/** Problems reported per file; past this, one note says the rest were dropped (a non-BibTeX file gives thousands). */
const MAX_PROBLEMS = 200;
/** A line inside a value that looks like the next field: `  year = …`. */
const SWALLOWED_FIELD = /[\r\n][ \t]*[A-Za-z][A-Za-z0-9_-]*[ \t]*=/;
/** Characters that end a key, a field name or a bare value. */
const STOP = new Set([' ', '\t', '\r', '\n', '=', ',', '{', '}', '(', ')', '"', '#', '%', '@']);

/** Scans BibTeX text (BOM already stripped) into raw entries and problems. Never throws (except on cancellation). */
export function scanBibtex(text: string, token?: CancellationToken): ScanResult {
  return new Scanner(text, token).run();
}

class Scanner {
  private pos = 0;
  private readonly entries: RawEntry[] = [];
  private readonly problems: ScanProblem[] = [];
  private readonly strings = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly token: CancellationToken | undefined,
  ) {}

  run(): ScanResult {
    const t = this.text;
    const next = /[@%]/g;
    while (this.pos < t.length) {
      throwIfCancelled(this.token);
      next.lastIndex = this.pos;
      const m = next.exec(t);
      if (!m) break;
      if (m[0] === '%') {
        // A `%` comment outside entries runs to the end of its line.
        this.pos = m.index;
        while (this.pos < t.length && t[this.pos] !== '\n' && t[this.pos] !== '\r') this.pos++;
        continue;
      }
      this.pos = m.index + 1;
      this.directive(m.index);
    }
    return { entries: this.entries, problems: this.problems };
  }

  private directive(at: number): void {
    this.skipSpace();
    const type = this.match(IDENT);
    if (!type) return this.problem({ start: at, end: at + 1 }, 'Expected an entry type after `@`', 'warning');
    const open = this.skipSpaceAnd();
    if (open !== '{' && open !== '(') {
      return this.problem({ start: at, end: this.pos }, `Expected \`{\` after \`@${type}\``, 'warning');
    }
    const close = open === '{' ? '}' : ')';
    this.pos++;
    const kind = type.toLowerCase();
    if (kind === 'comment') this.skipBalanced(close);
    else if (kind === 'preamble') this.preamble(at, type, close);
    else if (kind === 'string') this.stringDef(at, close);
    else this.entry(at, kind, close);
  }

  private skipBalanced(close: string): void {
    const t = this.text;
    let depth = 0;
    for (let i = this.pos; i < t.length; i++) {
      const c = t[i];
      if (c === '{') depth++;
      else if (c === '}' && depth > 0) depth--;
      else if (c === close && depth === 0) {
        this.pos = i + 1;
        return;
      }
    }
    // An unclosed @comment swallows nothing: resume right after its opening.
  }

  private preamble(at: number, type: string, close: string): void {
    this.value(`@${type}`, 'preamble');
    if (this.skipSpaceAnd() === close) this.pos++;
    else this.problem({ start: at, end: this.pos }, `\`@${type}\` is not closed`);
  }

  private stringDef(at: number, close: string): void {
    this.skipSpace();
    const nameStart = this.pos;
    const name = this.bare();
    if (!name) return this.problem({ start: at, end: Math.max(this.pos, at + 1) }, 'Expected a name in `@string`');
    if (this.skipSpaceAnd() !== '=') return this.problem({ start: nameStart, end: this.pos }, `Expected \`=\` after \`@string\` name \`${name}\``);
    this.pos++;
    const value = this.value('@string', name);
    if (value) this.strings.set(name.toLowerCase(), value.value);
    if (this.skipSpaceAnd() === close) this.pos++;
    else this.problem({ start: at, end: this.pos }, `\`@string{${name}}\` is not closed`);
  }

  private entry(at: number, type: string, close: string): void {
    this.skipSpace();
    const keyStart = this.pos;
    let key = this.bare();
    let keySpan = { start: keyStart, end: this.pos };
    const after = this.skipSpaceAnd();
    let keep = true;
    if (!key || after === '=') {
      this.problem({ start: at, end: Math.max(keySpan.end, this.pos, at + 1) }, `Entry \`@${type}\` has no key`);
      keep = false;
      this.pos = keyStart;
      key = '';
      keySpan = { start: at, end: at + 1 + type.length };
    } else if (after === ',') {
      this.pos++;
    }
    const entry: RawEntry = { type, key, keySpan, span: { start: at, end: at }, fields: [] };
    const header: Span = { start: at, end: Math.max(keySpan.end, at + 1) };
    if (keep && after !== ',' && after !== close && after !== undefined && !(after === '@' && this.looksLikeEntry(this.pos))) {
      // Read on as if the comma were there: `@article{key title = {…}}` keeps its fields.
      this.problem({ start: this.pos, end: this.tokenEnd(this.pos) }, `Expected \`,\` after the key of entry \`${key}\``);
    }
    const closed = this.fields(entry, header, close);
    entry.span.end = closed ?? this.lastEnd(entry, keySpan.end);
    if (keep) this.entries.push(entry);
  }

  /** Reads fields up to the closing delimiter; returns the end offset when closed, undefined otherwise. */
  private fields(entry: RawEntry, header: Span, close: string): number | undefined {
    const t = this.text;
    const label = entry.key ? `entry \`${entry.key}\`` : `this \`@${entry.type}\` entry`;
    const seen = new Set<string>();
    for (;;) {
      throwIfCancelled(this.token);
      const c = this.skipSpaceAnd();
      if (c === undefined) {
        this.notClosed(entry, header, label, `expected \`${close}\` before the end of the file`);
        return undefined;
      }
      if (c === close) return ++this.pos;
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '@' && this.looksLikeEntry(this.pos)) {
        this.notClosed(entry, header, label, `expected \`${close}\` before the next entry`);
        return undefined;
      }
      const nameStart = this.pos;
      const name = this.bare();
      if (!name) {
        this.problem({ start: nameStart, end: this.tokenEnd(nameStart) }, `Expected a field name in ${label}, found \`${t[nameStart]}\``);
        if (this.recover(close)) return this.pos;
        continue;
      }
      const nameSpan = { start: nameStart, end: this.pos };
      if (this.skipSpaceAnd() !== '=') {
        this.problem(nameSpan, `Expected \`=\` after field \`${name}\` in ${label}`);
        if (this.recover(close)) return this.pos;
        continue;
      }
      this.pos++;
      const value = this.value(label, name);
      if (!value) {
        if (this.recover(close)) return this.pos;
        continue;
      }
      const lower = name.toLowerCase();
      if (seen.has(lower)) this.problem(nameSpan, `Duplicate field \`${name}\` in ${label}`, 'warning');
      seen.add(lower);
      entry.fields.push({ name: lower, nameSpan, value: value.value, valueSpan: value.span });
      if (value.broken) return undefined;
      const next = this.skipSpaceAnd();
      if (next !== ',' && next !== close && next !== undefined && !(next === '@' && this.looksLikeEntry(this.pos))) {
        const s = this.pos;
        this.problem({ start: s, end: this.tokenEnd(s) }, `Unexpected \`${clipToken(t, s, this.tokenEnd(s))}\` after field \`${name}\` in ${label}: expected \`,\` or \`${close}\``);
        if (this.recover(close)) return this.pos;
      }
    }
  }

  /**
   * Reports an entry that is not closed: on the field whose braced value swallowed a following `name =` line (its
   * braces are unbalanced), else on the entry's header.
   */
  private notClosed(entry: RawEntry, header: Span, label: string, expected: string): void {
    const suspect = entry.fields.find((f) => SWALLOWED_FIELD.test(f.value));
    if (suspect) {
      const start = suspect.valueSpan.start - 1;
      this.problem({ start, end: start + 1 }, `${cap(label)} is not closed (${expected}): the braces in field \`${suspect.name}\` look unbalanced`);
    } else {
      this.problem(header, `${cap(label)} is not closed: ${expected}`);
    }
  }

  /**
   * Reads a value (parts joined by `#`). Returns undefined, after reporting, when no value is there. `broken` is set
   * when a delimited part runs into the next entry or the end of the file (reported; the entry ends there).
   */
  private value(label: string, field: string): { value: string; span: Span; broken: boolean } | undefined {
    const t = this.text;
    let out = '';
    let start = -1;
    let end = this.pos;
    for (;;) {
      const c = this.skipSpaceAnd();
      const partStart = this.pos;
      if (c === '{' || c === '"') {
        const part = this.delimited(c === '{' ? '}' : '"');
        if (start < 0) start = partStart + 1;
        out += part.content;
        end = part.contentEnd;
        if (part.broken) {
          const what = c === '{' ? 'Unbalanced braces' : 'Unterminated quoted value';
          this.problem({ start: partStart, end: partStart + 1 }, `${what} in field \`${field}\` of ${label}: the value is not closed`);
          // A quoted value cut at a `}` leaves that brace to close the entry; otherwise the entry ends here.
          return { value: out, span: { start, end }, broken: part.broken !== 'brace' };
        }
      } else {
        const word = c === undefined ? '' : this.bare();
        if (!word) {
          const s = this.pos;
          this.problem({ start: s, end: Math.max(this.tokenEnd(s), s + (s < t.length ? 1 : 0)) }, `Missing value for field \`${field}\` in ${label}`);
          return undefined;
        }
        if (start < 0) start = partStart;
        end = this.pos;
        if (/^[0-9]+$/.test(word)) out += word;
        else {
          const macro = this.strings.get(word.toLowerCase()) ?? MONTHS[word.toLowerCase()];
          if (macro === undefined) this.problem({ start: partStart, end: this.pos }, `Undefined string \`${word}\` in field \`${field}\` of ${label}`, 'warning');
          out += macro ?? '';
        }
      }
      if (this.skipSpaceAnd() !== '#') return { value: out, span: { start, end }, broken: false };
      this.pos++;
    }
  }

  /** Reads a `{…}` or `"…"` part; the opening delimiter is at `pos`. Stops early at a line that starts a new entry. */
  private delimited(close: '}' | '"'): { content: string; contentEnd: number; broken: false | 'brace' | 'entry' | 'eof' } {
    const t = this.text;
    const start = this.pos + 1;
    let depth = 0;
    for (let i = start; i < t.length; i++) {
      const c = t[i];
      if (c === '{') depth++;
      else if (c === '}') {
        if (depth === 0) {
          if (close === '}') {
            this.pos = i + 1;
            return { content: t.slice(start, i), contentEnd: i, broken: false };
          }
          // A stray `}` inside quotes: the entry's closing brace is probably missing a quote before it.
          this.pos = i;
          return { content: t.slice(start, i), contentEnd: i, broken: 'brace' };
        }
        depth--;
      } else if (c === '"' && close === '"' && depth === 0) {
        this.pos = i + 1;
        return { content: t.slice(start, i), contentEnd: i, broken: false };
      } else if (c === '\n' || c === '\r') {
        LINE_NEW_ENTRY.lastIndex = i + 1;
        if (LINE_NEW_ENTRY.test(t)) {
          this.pos = i + 1;
          return { content: t.slice(start, i), contentEnd: i, broken: 'entry' };
        }
      }
    }
    this.pos = t.length;
    return { content: t.slice(start), contentEnd: t.length, broken: 'eof' };
  }

  /**
   * Skips to the next `,` (returns false; scanning continues with the next field) or the closing delimiter at brace
   * depth 0 (returns true, after it), or stops before a line starting a new entry or at the end (returns true).
   */
  private recover(close: string): boolean {
    const t = this.text;
    let depth = 0;
    for (let i = this.pos; i < t.length; i++) {
      const c = t[i];
      if (c === '{') depth++;
      else if (c === '}' && depth > 0) depth--;
      else if (depth === 0 && c === ',') {
        this.pos = i + 1;
        return false;
      } else if (depth === 0 && c === close) {
        this.pos = i + 1;
        return true;
      } else if (c === '\n' || c === '\r') {
        LINE_NEW_ENTRY.lastIndex = i + 1;
        if (LINE_NEW_ENTRY.test(t)) {
          this.pos = i + 1;
          return true;
        }
      }
    }
    this.pos = t.length;
    return true;
  }

  private looksLikeEntry(at: number): boolean {
    NEW_ENTRY.lastIndex = at;
    return NEW_ENTRY.test(this.text);
  }

  /** Reads a key, field name or bare value: characters up to whitespace or a delimiter. */
  private bare(): string {
    const t = this.text;
    const start = this.pos;
    let i = start;
    while (i < t.length && !STOP.has(t[i]!)) i++;
    this.pos = i;
    return t.slice(start, i);
  }

  private tokenEnd(from: number): number {
    const t = this.text;
    let i = from;
    while (i < t.length && i - from < 40 && !/[\s,{}()]/.test(t[i]!)) i++;
    return i === from ? Math.min(from + 1, t.length) : i;
  }

  private lastEnd(entry: RawEntry, fallback: number): number {
    const last = entry.fields[entry.fields.length - 1];
    if (!last) return fallback;
    const t = this.text;
    const end = last.valueSpan.end;
    return end < t.length && (t[end] === '}' || t[end] === '"') ? end + 1 : end;
  }

  private match(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) return undefined;
    this.pos = re.lastIndex;
    return m[0];
  }

  private skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else if (c === '%') {
        // `%` comments inside entries (accepted by biber).
        while (this.pos < t.length && t[this.pos] !== '\n' && t[this.pos] !== '\r') this.pos++;
      } else break;
    }
  }

  /** Skips whitespace and returns the next character (undefined at the end). */
  private skipSpaceAnd(): string | undefined {
    this.skipSpace();
    return this.text[this.pos];
  }

  private problem(span: Span, message: string, severity: Severity = 'error'): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ span, message, severity });
    else if (this.problems.length === MAX_PROBLEMS) {
      this.problems.push({ span, message: `More than ${MAX_PROBLEMS} problems in this file; the rest are not reported`, severity: 'warning' });
    }
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function clipToken(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  return s.length > 30 ? `${s.slice(0, 29)}…` : s;
}
