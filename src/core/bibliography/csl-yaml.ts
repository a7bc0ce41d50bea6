/**
 * CSL-YAML bibliography files (Pandoc / Quarto / Better CSL YAML): a list of CSL items, or a `references:` list.
 */
import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import { LineIndex } from '../parse/line-index';
import type { CancellationToken, Diagnostic, Span } from '../types';
import { cslEntries, type CslItemSource } from './csl';
import { bibProblem, stripBom } from './problems';
import type { BibParseResult } from './types';

/**
 * Parses a CSL-YAML file: a top-level list of items or a `references:` key holding one. YAML syntax errors are
 * `bibliography.invalid` errors at their position; items that still parse are returned.
 */
export function parseCslYaml(text: string, path: string, token?: CancellationToken): BibParseResult {
  const source = stripBom(text);
  return readCslYaml(source, 0, new LineIndex(source), path, 'file', token);
}

/**
 * Reads CSL items from YAML text that starts at offset `base` of the text `lines` indexes (a whole file, or a draft's
 * front matter body). In `front-matter` mode only a `references:` key is read, and YAML syntax errors are left to
 * the front matter check.
 */
export function readCslYaml(
  yamlText: string,
  base: number,
  lines: LineIndex,
  path: string | undefined,
  mode: 'file' | 'front-matter',
  token?: CancellationToken,
): BibParseResult {
  const problems: Diagnostic[] = [];
  /** A span in the indexed text for YAML offsets `a`–`b`, without trailing whitespace (block nodes end at the next line). */
  const shift = (a: number, b: number): Span => {
    let end = Math.max(a, Math.min(b, yamlText.length));
    while (end > a && /\s/.test(yamlText[end - 1]!)) end--;
    return { start: base + a, end: base + Math.max(end, Math.min(a + 1, b)) };
  };
  const doc = parseDocument(yamlText, { uniqueKeys: false, prettyErrors: false });
  if (mode === 'file') {
    for (const err of doc.errors) {
      const a = errorStart(doc, yamlText, err.code, err.pos[0]);
      problems.push(bibProblem(lines, shift(a, a + 1), `Invalid YAML: ${err.message.split('\n')[0]}`, path));
    }
  }
  const contents = doc.contents;
  let seq: YamlNode | null | undefined = contents;
  if (isMap(contents)) seq = (contents as YAMLMap<unknown, unknown>).get('references', true) as YamlNode | undefined;
  else if (mode === 'front-matter') seq = undefined;
  if (seq === undefined || seq === null || (isScalar(seq) && (seq.value === null || seq.value === ''))) {
    if (mode === 'file' && contents !== null && doc.errors.length === 0 && !isScalar(contents)) {
      problems.push(bibProblem(lines, shift(0, 1), 'Expected a list of CSL items or a `references:` list', path));
    }
    return { entries: [], problems };
  }
  if (!isSeq(seq)) {
    const r = seq.range ?? [0, 1];
    problems.push(bibProblem(lines, shift(r[0], Math.min(r[1], r[0] + 1)), 'Expected a list of CSL items', path));
    return { entries: [], problems };
  }
  let values: unknown[] = [];
  try {
    const js = seq.toJS(doc, { maxAliasCount: 1000 }) as unknown;
    if (Array.isArray(js)) values = js;
  } catch (e) {
    const r = seq.range ?? [0, 1];
    problems.push(bibProblem(lines, shift(r[0], r[0] + 1), `Invalid YAML: ${String((e as Error).message ?? e)}`, path));
    return { entries: [], problems };
  }
  const items: CslItemSource[] = seq.items.map((node, index) => {
    const n = node as YamlNode | null;
    const r = n?.range ?? [0, 0];
    return {
      index,
      value: values[index],
      span: shift(r[0], r[1]),
      fieldSpan: (name) => {
        if (!isMap(n)) return undefined;
        const v = (n as YAMLMap<unknown, unknown>).get(name, true) as YamlNode | undefined;
        const vr = v?.range;
        if (!v || !vr) return undefined;
        const quoted = isScalar(v) && (v.type === 'QUOTE_DOUBLE' || v.type === 'QUOTE_SINGLE');
        return quoted && vr[1] - vr[0] >= 2 ? shift(vr[0] + 1, vr[1] - 1) : shift(vr[0], vr[1]);
      },
    };
  });
  const result = cslEntries(items, { lines, path, format: 'csl-yaml' }, token);
  return { entries: result.entries, problems: [...problems, ...result.problems] };
}

/**
 * Where to report a YAML error: an unterminated quoted string at its opening quote (YAML notices it only at the end),
 * and an error at the end of the text on the last non-blank character.
 */
function errorStart(doc: Document, text: string, code: string, pos: number): number {
  let at = pos;
  if (code === 'MISSING_CHAR') {
    visit(doc, {
      Scalar(_key, node) {
        const r = node.range;
        if (r && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && r[0] < pos && r[1] >= pos) at = r[0];
      },
    });
  }
  if (at >= text.length) {
    at = text.length;
    while (at > 0 && /\s/.test(text[at - 1]!)) at--;
    at = Math.max(0, at - 1);
  }
  return at;
}
