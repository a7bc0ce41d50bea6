import { applyUserOntology, type OntologyModel } from '../core/ontology/bundle';
import { createRecogniser, type Recogniser } from '../core/recognise';
import { bundledOntologyNotes, findUserOntology, loadBundledOntology, loadUserOntology } from './ontology';

/** The ontology with user files applied, a recogniser over it, and what went wrong with the user files. */
export interface LoadedEntities {
  model: OntologyModel;
  recogniser: Recogniser;
  /** One message per problem, naming the file, the entry and the field (and notes on the bundled data); the bundled data is used regardless. */
  messages: string[];
}

/**
 * Loads the bundled ontology, applies the workspace's `.evidence-lens/ontology.yaml|json` (looked up in `folder`)
 * and any further user ontology files, and builds a recogniser. An invalid file is skipped with its messages.
 */
export function loadEntities(folder: string | undefined, files: readonly string[] = [], display: (p: string) => string = (p) => p): LoadedEntities {
  let model = loadBundledOntology();
  const messages: string[] = [...bundledOntologyNotes()];
  const workspaceFile = folder ? findUserOntology(folder) : undefined;
  for (const file of [...(workspaceFile ? [workspaceFile] : []), ...files]) {
    const user = loadUserOntology(file, display(file));
    if (!user.ok) {
      messages.push(...user.errors.map((e) => `${e} (the file was ignored; the bundled ontology is used)`));
      continue;
    }
    const applied = applyUserOntology(model, user.value, display(file));
    model = applied.model;
    messages.push(...applied.warnings);
  }
  return { model, recogniser: createRecogniser(model), messages };
}
