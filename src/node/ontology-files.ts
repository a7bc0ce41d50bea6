/**
 * Builds the entities of a workspace folder from the bundled ontology and user ontology files given as text, and
 * places each problem of a user file at its line (for an `ontology.invalid` diagnostic on that file). An invalid file
 * is skipped; the bundled data and the other files are used regardless.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { applyUserOntology, type OntologyModel } from '../core/ontology/bundle';
import { validateUserOntology } from '../core/ontology/schema';
import { createRecogniser, type Recogniser } from '../core/recognise';
import { loadBundledOntology } from './ontology';

/** A user ontology file already read. */
export interface OntologyText {
  /** Absolute path. */
  abs: string;
  /** Name used in messages (workspace-relative). */
  display: string;
  text: string;
}

/** A problem of one user ontology file, with its 0-based line. */
export interface OntologyProblem {
  abs: string;
  message: string;
  line: number;
  /** Length of that line (the diagnostic underlines it). */
  length: number;
  /** `error`: the file was ignored; `warning`: the file was used, this part of it was not. */
  severity: 'error' | 'warning';
}

/** Entities built for a folder. */
export interface FolderEntities {
  model: OntologyModel;
  recogniser: Recogniser;
  problems: OntologyProblem[];
}

let bundledOnly: { model: OntologyModel; recogniser: Recogniser } | undefined;

/** The bundled ontology with each file applied in order; problems placed at their lines. */
export function buildFolderEntities(files: readonly OntologyText[]): FolderEntities {
  const problems: OntologyProblem[] = [];
  const push = (f: OntologyText, p: Omit<OntologyProblem, 'abs' | 'length'>) =>
    problems.push({ abs: f.abs, ...p, length: f.text.split('\n')[p.line]?.replace(/\r$/, '').length ?? 0 });
  let model = loadBundledOntology();
  let applied = 0;
  for (const f of files) {
    const isJson = /\.json$/i.test(f.abs);
    const doc = parseDocument(f.text, { prettyErrors: true, uniqueKeys: false });
    let data: unknown;
    if (isJson) {
      try {
        data = JSON.parse(f.text);
      } catch (e) {
        const message = String((e as Error).message ?? e).split('\n')[0]!;
        push(f, { message: `${f.display}: not valid JSON: ${message} (the file was ignored; the bundled ontology is used)`, line: jsonErrorLine(f.text, message), severity: 'error' });
        continue;
      }
    } else {
      const err = doc.errors[0];
      if (err) {
        const message = err.message.split('\n')[0]!;
        push(f, { message: `${f.display}: not valid YAML: ${message} (the file was ignored; the bundled ontology is used)`, line: Math.max(0, (err.linePos?.[0]?.line ?? 1) - 1), severity: 'error' });
        continue;
      }
      data = doc.toJS();
    }
    const user = validateUserOntology(data, f.display);
    if (!user.ok) {
      for (const m of user.errors) {
        push(f, { message: `${m} (the file was ignored; the bundled ontology is used)`, line: lineOfMessage(doc, f.text, f.display, m), severity: 'error' });
      }
      continue;
    }
    const result = applyUserOntology(model, user.value, f.display);
    model = result.model;
    applied++;
    for (const w of result.warnings) push(f, { message: w, line: lineOfMessage(doc, f.text, f.display, w), severity: 'warning' });
  }
  if (applied === 0) {
    bundledOnly ??= { model, recogniser: createRecogniser(model) };
    return { ...bundledOnly, problems };
  }
  return { model, recogniser: createRecogniser(model), problems };
}

/** The 0-based line of a JSON.parse error (`… at position N`), else 0. */
function jsonErrorLine(text: string, message: string): number {
  const line = /\(line (\d+) column \d+\)/.exec(message);
  if (line) return Number(line[1]) - 1;
  const pos = /position (\d+)/.exec(message);
  if (!pos) return 0;
  return lineAt(text, Number(pos[1]));
}

function lineAt(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The line a message `file: entities[3].synonyms[0] (id): …` points at: the deepest node of that path found in the
 * document (YAML, or JSON read as YAML), else line 0.
 */
export function lineOfMessage(doc: Document, text: string, display: string, message: string): number {
  const rest = message.startsWith(`${display}: `) ? message.slice(display.length + 2) : message;
  const where = /^([A-Za-z_][\w]*(?:\[\d+\]|\.[A-Za-z_]\w*)*)/.exec(rest)?.[1];
  if (!where) return 0;
  const path: Array<string | number> = [];
  for (const m of where.matchAll(/([A-Za-z_]\w*)|\[(\d+)\]/g)) path.push(m[1] !== undefined ? m[1] : Number(m[2]));
  for (let n = path.length; n > 0; n--) {
    const offset = offsetOf(doc, path.slice(0, n));
    if (offset !== undefined) return lineAt(text, offset);
  }
  return 0;
}

/** Start offset of the node at `path` (for a map key: the key itself). */
function offsetOf(doc: Document, path: ReadonlyArray<string | number>): number | undefined {
  let node: unknown = doc.contents;
  let start: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (!pair) return undefined;
      start = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!node) return undefined;
      start = (node as { range?: [number, number, number] }).range?.[0];
    } else return undefined;
  }
  return start;
}
