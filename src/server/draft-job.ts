/**
 * One draft analysis as the analysis worker runs it: parse, read the bibliography files the draft and the settings
 * name (through `read`, which the main thread answers), load the folder's entities, analyse, and describe the
 * entities mentioned. The result is plain data for the main thread (`draftResult`).
 */
import type { Analysis } from '../core/analysis';
import { createIncrementalAnalyzer, type IncrementalAnalyzer } from '../core/incremental';
import { analysisData } from '../core/analysis-data';
import { describedEntityIds, entityNamesOf } from '../core/features';
import { throwIfCancelled, type CancellationToken } from '../core/types';
import { bibliographyRequests, loadBibliographies, type BibliographyReader } from '../node/bibliography-inputs';
import { displayIn, pathToUri } from '../node/workspace-paths';
import type { DraftJob, DraftResult } from './analysis-protocol';
import type { EntityStore, LoadedFolderEntities } from './entities';

/** A finished analysis with what it used. */
export interface DraftOutcome {
  analysis: Analysis;
  /** Absolute paths of the bibliography files asked for (read or not). */
  requested: string[];
  /** Names (URIs) of the bibliography files read. */
  bibliographies: string[];
  /** The entities used, when an ontology could be loaded. */
  entities?: LoadedFolderEntities;
  folderKey: string;
}

/** Drafts whose incremental analysers are kept: the most recently analysed ones. */
const KEEP_ANALYSERS = 16;
const analysers = new Map<string, IncrementalAnalyzer>();

/** The incremental analyser of a draft (its chunks and per-chunk results survive between versions); least recent dropped. */
function analyserFor(uri: string): IncrementalAnalyzer {
  let a = analysers.get(uri);
  if (a) analysers.delete(uri);
  else a = createIncrementalAnalyzer({ uri });
  analysers.set(uri, a);
  while (analysers.size > KEEP_ANALYSERS) analysers.delete(analysers.keys().next().value!);
  return a;
}

/** Drops a draft's incremental analyser (the draft was closed). */
export function forgetDraft(uri: string): void {
  analysers.delete(uri);
}

/**
 * Analyses one draft, reusing what the previous version's analysis of the same draft found in unchanged chunks.
 * `folders` are the workspace folders (for display paths). Throws `CancelledError` when cancelled.
 */
export async function analyseDraft(
  job: DraftJob,
  folders: readonly string[],
  read: BibliographyReader,
  entityStore: EntityStore,
  token: CancellationToken,
): Promise<DraftOutcome> {
  const { settings } = job;
  const analyser = analyserFor(job.uri);
  const parsed = analyser.parse(job.text);
  throwIfCancelled(token);
  const requests = bibliographyRequests(parsed, job.draftDir, job.sharedBibliographies);
  const loaded = await loadBibliographies(requests, read, pathToUri, (abs) => displayIn(folders, abs));
  throwIfCancelled(token);
  const entities = await entityStore.get(job.folder, settings);
  throwIfCancelled(token);
  analyser.setOptions({
    rules: settings.rules,
    citationStyle: settings.citationStyle,
    bibliographies: loaded.bibliographies,
    inputDiagnostics: loaded.inputDiagnostics,
    evidenceScope: settings.evidenceScope,
    ...(entities ? { entities: { recogniser: entities.recogniser, model: entities.model } } : {}),
  });
  const analysis = analyser.analyze(job.text, token);
  const outcome: DraftOutcome = { analysis, requested: loaded.requested, bibliographies: loaded.bibliographies.map((b) => b.path), folderKey: job.folder ?? '' };
  if (entities) outcome.entities = entities;
  return outcome;
}

/** The plain data of an outcome for the main thread; `withNames` adds the ontology's completion names. */
export function draftResult(outcome: DraftOutcome, withNames: boolean): DraftResult {
  const { analysis, entities } = outcome;
  const result: DraftResult = { analysis: analysisData(analysis), requested: outcome.requested, bibliographies: outcome.bibliographies };
  if (entities) {
    result.entities = {
      folderKey: outcome.folderKey,
      details: describedEntityIds(analysis.mentions).map((id) => [id, entities.describe(id)]),
      ...(withNames ? { namesJson: JSON.stringify(entityNamesOf(entities.model)) } : {}),
    };
  }
  return result;
}
