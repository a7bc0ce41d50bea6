/**
 * CSL-JSON bibliography files: an array of CSL items (or an object with an `items` array).
 */
import { LineIndex } from '../parse/line-index';
import type { CancellationToken, Diagnostic, Span } from '../types';
import { cslEntries, type CslItemSource } from './csl';
import { scanJson, type JsonNode } from './json-positions';
import { bibProblem, stripBom } from './problems';
import type { BibParseResult } from './types';

/**
 * Parses a CSL-JSON file. Invalid JSON gives one `bibliography.invalid` error at the reported position; items without
 * an `id` and fields of the wrong type are reported by item number and field (see `cslEntries`).
 */
export function parseCslJson(text: string, path: string, token?: CancellationToken): BibParseResult {
  const source = stripBom(text);
  const lines = new LineIndex(source);
  if (source.trim() === '') return { entries: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(source) as unknown;
  } catch (e) {
    return { entries: [], problems: [syntaxProblem(source, lines, path, e)] };
  }
  const scan = scanJson(source);
  const root = scan.ok ? scan.node : undefined;
  const whole: Span = { start: 0, end: source.length };
  let list: unknown[] | undefined;
  let listNode: JsonNode | undefined = root;
  if (Array.isArray(data)) {
    list = data;
  } else if (typeof data === 'object' && data !== null && Array.isArray((data as { items?: unknown }).items)) {
    list = (data as { items: unknown[] }).items;
    listNode = root?.kind === 'object' ? root.props.get('items')?.value : undefined;
  }
  if (!list) {
    return { entries: [], problems: [bibProblem(lines, firstChar(source, root?.span ?? whole), 'Expected a CSL-JSON array of items (or an object with an "items" array)', path)] };
  }
  const nodes = listNode?.kind === 'array' ? listNode.items : [];
  const items: CslItemSource[] = list.map((value, index) => {
    const node = nodes[index];
    return {
      index,
      value,
      span: node?.span ?? whole,
      fieldSpan: (name) => {
        const prop = node?.kind === 'object' ? node.props.get(name) : undefined;
        return prop ? unquote(source, prop.value.span) : undefined;
      },
    };
  });
  return cslEntries(items, { lines, path, format: 'csl-json' }, token);
}

/** A diagnostic for a JSON.parse failure, at the position its message gives or our scanner finds. */
function syntaxProblem(source: string, lines: LineIndex, path: string, e: unknown): Diagnostic {
  const full = e instanceof Error ? e.message : String(e);
  // V8 quotes the input in some messages (`Unexpected token 'x', "[{…" is not valid JSON`): drop the quote.
  const message = full.replace(/, ".*" is not valid JSON$/s, '').split('\n')[0]!;
  let offset: number | undefined;
  const lc = /\(line ([0-9]+) column ([0-9]+)\)/.exec(message);
  const at = /at position ([0-9]+)/.exec(message);
  if (lc) offset = lines.offsetAt({ line: Number(lc[1]) - 1, character: Number(lc[2]) - 1 });
  else if (at) offset = Number(at[1]);
  else if (/Unexpected end of JSON input/i.test(message)) offset = source.length;
  if (offset === undefined) {
    const scan = scanJson(source);
    offset = scan.ok ? 0 : scan.offset;
  }
  offset = Math.max(0, Math.min(offset, source.length));
  const span = { start: offset, end: Math.min(offset + 1, source.length) };
  const clean = message.replace(/ in JSON at position [0-9]+/, '').replace(/\s*\(line [0-9]+ column [0-9]+\)/, '');
  return bibProblem(lines, span, `Invalid JSON: ${clean}`, path);
}

/** The span inside a string literal's quotes. */
function unquote(source: string, span: Span): Span {
  return source[span.start] === '"' && span.end - span.start >= 2 ? { start: span.start + 1, end: span.end - 1 } : span;
}

function firstChar(source: string, span: Span): Span {
  let i = span.start;
  while (i < span.end && /\s/.test(source[i]!)) i++;
  return { start: i, end: Math.min(i + 1, source.length) };
}
