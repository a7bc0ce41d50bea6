/**
 * A small JSON scanner that records where values are (JSON.parse gives values but no positions), and where the
 * first syntax error is when JSON.parse's message does not say.
 */
import type { Span } from '../types';

/** A JSON value's position; objects keep their properties' key and value positions (the last of duplicate keys wins). */
export type JsonNode =
  | { kind: 'object'; span: Span; props: Map<string, { keySpan: Span; value: JsonNode }> }
  | { kind: 'array'; span: Span; items: JsonNode[] }
  | { kind: 'scalar'; span: Span };

/** The position tree of a JSON text, or the offset and description of its first syntax error. */
export type JsonScan = { ok: true; node: JsonNode } | { ok: false; offset: number; message: string };

const MAX_DEPTH = 512;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class JsonSyntaxError {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Scans JSON text into a position tree (never throws; nesting deeper than 512 levels is reported as an error). */
export function scanJson(text: string): JsonScan {
  const s = new Scanner(text);
  try {
    s.space();
    const node = s.value(0);
    s.space();
    if (s.pos < text.length) s.fail(`Unexpected ${describe(text, s.pos)} after the JSON value`);
    return { ok: true, node };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, offset: e.offset, message: e.message };
    return { ok: false, offset: 0, message: String(e) };
  }
}

class Scanner {
  pos = 0;

  constructor(private readonly text: string) {}

  fail(message: string, at = this.pos): never {
    throw new JsonSyntaxError(at, message);
  }

  space(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else break;
    }
  }

  value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail('JSON nested too deeply');
    const t = this.text;
    const start = this.pos;
    const c = t[start];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') {
      this.string();
      return { kind: 'scalar', span: { start, end: this.pos } };
    }
    for (const word of ['true', 'false', 'null']) {
      if (t.startsWith(word, start)) {
        this.pos += word.length;
        return { kind: 'scalar', span: { start, end: this.pos } };
      }
    }
    NUMBER.lastIndex = start;
    if (NUMBER.test(t)) {
      this.pos = NUMBER.lastIndex;
      return { kind: 'scalar', span: { start, end: this.pos } };
    }
    return this.fail(c === undefined ? 'Unexpected end of JSON input' : `Unexpected ${describe(t, start)}; expected a value`);
  }

  private object(depth: number): JsonNode {
    const t = this.text;
    const start = this.pos++;
    const props = new Map<string, { keySpan: Span; value: JsonNode }>();
    this.space();
    if (t[this.pos] === '}') {
      this.pos++;
      return { kind: 'object', span: { start, end: this.pos }, props };
    }
    for (;;) {
      this.space();
      if (t[this.pos] !== '"') this.fail(`Expected a double-quoted property name, found ${describe(t, this.pos)}`);
      const keyStart = this.pos;
      this.string();
      const keySpan = { start: keyStart, end: this.pos };
      const key = JSON.parse(t.slice(keyStart, this.pos)) as string;
      this.space();
      if (t[this.pos] !== ':') this.fail(`Expected ':' after property name, found ${describe(t, this.pos)}`);
      this.pos++;
      this.space();
      props.set(key, { keySpan, value: this.value(depth + 1) });
      this.space();
      const c = t[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        return { kind: 'object', span: { start, end: this.pos }, props };
      }
      this.fail(`Expected ',' or '}' after property value, found ${describe(t, this.pos)}`);
    }
  }

  private array(depth: number): JsonNode {
    const t = this.text;
    const start = this.pos++;
    const items: JsonNode[] = [];
    this.space();
    if (t[this.pos] === ']') {
      this.pos++;
      return { kind: 'array', span: { start, end: this.pos }, items };
    }
    for (;;) {
      this.space();
      items.push(this.value(depth + 1));
      this.space();
      const c = t[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        return { kind: 'array', span: { start, end: this.pos }, items };
      }
      this.fail(`Expected ',' or ']' after array element, found ${describe(t, this.pos)}`);
    }
  }

  private string(): void {
    const t = this.text;
    const start = this.pos;
    for (let i = start + 1; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 34 /* " */) {
        this.pos = i + 1;
        return;
      }
      if (c < 32) this.fail('Bad control character in string literal', i);
      if (c === 92 /* \ */) {
        const e = t[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) this.fail('Bad Unicode escape in string literal', i);
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else this.fail('Bad escaped character in string literal', i);
      }
    }
    this.fail('Unterminated string in JSON', start);
  }
}

function describe(text: string, at: number): string {
  const c = text[at];
  return c === undefined ? 'end of input' : `'${c}'`;
}
