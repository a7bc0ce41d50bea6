/**
 * Entities per workspace folder: the bundled ontology plus the folder's `.evidence-lens/ontology.yaml|yml|json` and
 * the files of `evidenceLens.ontology` (read only inside the workspace folders). Built lazily on first use, cached,
 * and rebuilt when one of those files changes. Problems in a user file are reported as `ontology.invalid` diagnostics
 * on that file; the bundled data keeps working. Runs in the analysis worker: it reports through `EntityStoreEvents`.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { DIAGNOSTIC_SOURCE, type LspDiagnostic } from '../core/features';
import { describeEntity, type EntityDetails } from '../core/recognise';
import { bundledOntologyNotes } from '../node/ontology';
import { buildFolderEntities, type FolderEntities, type OntologyText } from '../node/ontology-files';
import { readTextFile } from '../node/read-text';
import { isInsideFolders, pathToUri } from '../node/workspace-paths';
import { maxBytesOf, type Settings } from './settings';

/** The code of a problem in a user ontology file. */
export const ONTOLOGY_INVALID = 'ontology.invalid';

/** The workspace ontology file names looked for in `<folder>/.evidence-lens/`. */
const WORKSPACE_FILES = ['ontology.yaml', 'ontology.yml', 'ontology.json'];

/** What the analyses of one folder use. */
export interface LoadedFolderEntities extends FolderEntities {
  /** Absolute paths of the user files it was built from (read or not), for change watching. */
  files: string[];
  describe: (id: string) => EntityDetails | undefined;
}

/** Where the store reports: log lines, and the diagnostics of a folder's user ontology files. */
export interface EntityStoreEvents {
  log(level: 'warn' | 'error', message: string): void;
  /**
   * The `ontology.invalid` diagnostics of every user ontology file of folder `folderKey` (`''`: no folder), by URI;
   * a file without problems has an empty list.
   */
  problems(folderKey: string, byUri: Array<[string, LspDiagnostic[]]>): void;
}

/** Cache of the entities of each workspace folder. */
export class EntityStore {
  private readonly cache = new Map<string, { key: string; promise: Promise<LoadedFolderEntities | undefined> }>();
  /** Notes on loading the bundled ontology are logged once. */
  private notesLogged = false;

  constructor(
    private readonly events: EntityStoreEvents,
    private readonly folders: () => string[],
  ) {}

  /** The entities of `folder` (undefined: no workspace folder, only the bundle) under `settings`. */
  get(folder: string | undefined, settings: Settings): Promise<LoadedFolderEntities | undefined> {
    const folderKey = folder ?? '';
    const key = JSON.stringify([settings.ontology, settings.maxFileSizeMB]);
    const hit = this.cache.get(folderKey);
    if (hit && hit.key === key) return hit.promise;
    const promise = this.build(folder, settings).catch((e: unknown) => {
      this.events.log('error', `evidence-lens: loading the ontology failed; entities are not recognised: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return undefined;
    });
    this.cache.set(folderKey, { key, promise });
    return promise;
  }

  /**
   * A file changed on disk: forgets the folders whose ontology it is (or could become: a new
   * `.evidence-lens/ontology.yaml`). Returns true when something was forgotten, so drafts should be re-analysed.
   */
  async fileChanged(abs: string): Promise<boolean> {
    let hit = false;
    for (const [folderKey, entry] of this.cache) {
      const loaded = await entry.promise;
      const isWorkspaceFile = folderKey !== '' && WORKSPACE_FILES.some((n) => path.join(folderKey, '.evidence-lens', n) === abs);
      if (isWorkspaceFile || loaded?.files.includes(abs)) {
        this.cache.delete(folderKey);
        hit = true;
      }
    }
    return hit;
  }

  /** Forgets every folder (settings or folders changed). */
  clear(): void {
    this.cache.clear();
  }

  private async build(folder: string | undefined, settings: Settings): Promise<LoadedFolderEntities> {
    const folders = this.folders();
    const wanted: string[] = [];
    if (folder) {
      const own = WORKSPACE_FILES.map((n) => path.join(folder, '.evidence-lens', n)).find((p) => existsSync(p));
      if (own) wanted.push(own);
      for (const p of settings.ontology) {
        const abs = path.resolve(folder, p);
        if (!wanted.includes(abs)) wanted.push(abs);
      }
    }
    const display = (abs: string) => (folder ? path.relative(folder, abs).split(path.sep).join('/') : abs);
    const texts: OntologyText[] = [];
    const unreadable: Array<{ abs: string; message: string }> = [];
    for (const abs of wanted) {
      if (!(await isInsideFolders(abs, folders))) {
        this.events.log('warn', `evidence-lens: ontology file ${abs} is outside the workspace folders; it was not read`);
        continue;
      }
      const r = await readTextFile(abs, maxBytesOf(settings));
      if (r.ok) texts.push({ abs, display: display(abs), text: r.text });
      else unreadable.push({ abs, message: `${display(abs)} ${r.message}` });
    }
    const built = buildFolderEntities(texts);
    if (!this.notesLogged) {
      this.notesLogged = true;
      for (const n of bundledOntologyNotes()) this.events.log('warn', `evidence-lens: ${n}`);
    }
    for (const u of unreadable) this.events.log('warn', `evidence-lens: ontology file ${u.message}; it was not used`);
    this.events.problems(folder ?? '', problemsByUri(wanted, built));
    const describeCache = new Map<string, EntityDetails | undefined>();
    return {
      ...built,
      files: wanted,
      describe: (id) => {
        if (!describeCache.has(id)) describeCache.set(id, describeEntity(built.model, id));
        return describeCache.get(id);
      },
    };
  }
}

/** The problems of a folder's user files as `ontology.invalid` diagnostics, by file URI (every file listed). */
function problemsByUri(files: readonly string[], built: FolderEntities): Array<[string, LspDiagnostic[]]> {
  const byUri = new Map<string, LspDiagnostic[]>();
  for (const f of files) byUri.set(pathToUri(f), []);
  for (const p of built.problems) {
    const uri = pathToUri(p.abs);
    const list = byUri.get(uri) ?? [];
    list.push({
      range: { start: { line: p.line, character: 0 }, end: { line: p.line, character: p.length } },
      severity: p.severity === 'error' ? 1 : 2,
      code: ONTOLOGY_INVALID,
      source: DIAGNOSTIC_SOURCE,
      message: p.message,
    });
    byUri.set(uri, list);
  }
  return [...byUri];
}
