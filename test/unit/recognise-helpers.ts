import { parseDocument } from '../../src/core/parse/document';
import { createRecogniser, type Mention, type Recogniser } from '../../src/core/recognise';
import { loadBundledOntology } from '../../src/node/ontology';

let shared: Recogniser | undefined;

/** One recogniser over the bundled ontology, shared by the tests of a file. */
export function recogniser(): Recogniser {
  shared ??= createRecogniser(loadBundledOntology());
  return shared;
}

/** Mentions in a Markdown text. */
export function mentions(md: string): Mention[] {
  return recogniser().recognise(parseDocument(md, 'draft.md'));
}

/** `text→symbol-or-name` for each mention (ambiguous ones marked with `?`). */
export function brief(md: string): string[] {
  return mentions(md).map((m) => `${m.text}→${m.entity?.symbol ?? m.entity?.name ?? 'null'}${m.status === 'ambiguous' ? '?' : ''}`);
}

/** `text→entity-id` for each mention (`null` where none). */
export function ids(md: string): string[] {
  return mentions(md).map((m) => `${m.text}→${m.entity?.id ?? 'null'}`);
}
