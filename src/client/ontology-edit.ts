/**
 * Edits of a workspace ontology file (`.evidence-lens/ontology.yaml`) as text: comments and layout are kept, and the
 * result is validated against the user-ontology schema before anything is written. Pure (no file system).
 */
import { parseDocument, isSeq } from 'yaml';
import { validateUserOntology } from '../core/ontology/schema';

/** What to add: a word that is never an entity, or a new entity of a slug-id type. */
export type OntologyAddition =
  | { kind: 'not-entity'; word: string }
  | { kind: 'entity'; word: string; type: 'family' | 'complex' | 'drug' | 'trial' };

/** Header of a newly created ontology file. */
export const NEW_ONTOLOGY_HEADER =
  '# Evidence Lens workspace ontology: entities, synonyms and words that are never entities.\n# Schema: entities[], synonyms[], notEntities[] (see the Evidence Lens README).\nversion: 1\n';

/** A lower-case slug for an entity id, e.g. `T-DXd 2` → `t-dxd-2`. */
export function slugOf(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Result of an edit: the new text, `unchanged` when the word is already there, or an error message. */
export type OntologyEditResult = { ok: true; text: string; unchanged: boolean } | { ok: false; message: string };

/** Adds a word to the ontology text (empty text = a new file). Refuses text that does not parse or validate. */
export function addToOntologyText(text: string, addition: OntologyAddition, file: string): OntologyEditResult {
  const word = addition.word.trim();
  if (!word || word.includes('|') || /[\r\n]/.test(word)) return { ok: false, message: `'${addition.word}' cannot be added: use a single word or phrase without '|'.` };
  const doc = parseDocument(text.trim() === '' ? NEW_ONTOLOGY_HEADER : text);
  if (doc.errors.length > 0) return { ok: false, message: `${file} is not valid YAML: ${doc.errors[0]!.message}` };
  const before = validateUserOntology(doc.toJS(), file);
  if (!before.ok) return { ok: false, message: before.errors.join('\n') };
  if (addition.kind === 'not-entity') {
    const present = before.value.notEntities.some((t) => (typeof t === 'string' ? t : t.term) === word);
    if (present) return { ok: true, text, unchanged: true };
    addItem(doc, 'notEntities', word);
  } else {
    const slug = slugOf(word);
    if (!slug) return { ok: false, message: `'${word}' has no letters or digits to make an id from.` };
    const id = `${addition.type}:${slug}`;
    const clash = before.value.entities.find((e) => e.id === id || e.name === word);
    if (clash) return { ok: true, text, unchanged: true };
    addItem(doc, 'entities', doc.createNode({ id, type: addition.type, name: word }));
  }
  const out = doc.toString();
  const after = validateUserOntology(parseDocument(out).toJS(), file);
  if (!after.ok) return { ok: false, message: after.errors.join('\n') };
  return { ok: true, text: out, unchanged: false };
}

function addItem(doc: ReturnType<typeof parseDocument>, key: string, item: unknown): void {
  const seq = doc.get(key, true);
  if (isSeq(seq)) seq.add(item);
  else doc.set(key, doc.createNode([item]));
}
