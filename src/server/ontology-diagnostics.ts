/**
 * Publishing the `ontology.invalid` diagnostics of the user ontology files: the analysis worker reports every file of
 * a folder each time it builds that folder's entities; a file that had problems before and is no longer listed (or now
 * has none) is cleared. Kept on the main thread so that it survives a restart of the worker.
 */
import type { LspDiagnostic } from '../core/features';

/** Sends one file's diagnostics to the client. */
export type DiagnosticsSender = (params: { uri: string; diagnostics: LspDiagnostic[] }) => void;

/** The published ontology diagnostics of each folder. */
export class OntologyDiagnostics {
  /** URIs of ontology files that have diagnostics published, by folder key. */
  private readonly published = new Map<string, Set<string>>();

  constructor(private readonly send: DiagnosticsSender) {}

  /** Publishes the diagnostics of each user file of folder `folderKey`, and clears its files that have none now. */
  publish(folderKey: string, byUri: ReadonlyArray<readonly [string, LspDiagnostic[]]>): void {
    const all = new Map(byUri);
    for (const uri of this.published.get(folderKey) ?? []) if (!all.has(uri)) all.set(uri, []);
    const now = new Set<string>();
    for (const [uri, diagnostics] of all) {
      if (diagnostics.length) now.add(uri);
      this.send({ uri, diagnostics });
    }
    this.published.set(folderKey, now);
  }
}
