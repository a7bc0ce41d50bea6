/** The custom request `evidenceLens/validateWorkspace`: validates every `*.md` of the workspace folders on disk. */
import * as path from 'node:path';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE, FILE_TOO_LARGE, toLspDiagnostic, type LspDiagnostic } from '../core/features';
import type { OntologyModel } from '../core/ontology/bundle';
import type { Recogniser } from '../core/recognise';
import type { CancellationToken } from '../core/types';
import { discoverFiles } from '../node/discover';
import { validateFiles } from '../node/validate';
import { isInsideFolders, pathToUri, uriToPath } from '../node/workspace-paths';
import { maxBytesOf, type Settings } from './settings';

/** The request's method name. */
export const VALIDATE_WORKSPACE = 'evidenceLens/validateWorkspace';

/** Params: the folders to validate (file URIs or absolute paths inside the workspace folders); default every workspace folder. */
export interface ValidateWorkspaceParams {
  folders?: string[];
}

/** One file's result: its diagnostics, or `error` when it could not be read. */
export interface ValidatedFile {
  uri: string;
  diagnostics: LspDiagnostic[];
  error?: string;
}

/** The result: a report per draft (and per bibliography file with findings), and counts by severity. */
export interface ValidateWorkspaceResult {
  files: ValidatedFile[];
  summary: { files: number; errors: number; warnings: number; infos: number; hints: number };
}

/** Receives progress: `done` of `total` drafts, and the one being read. */
export type ProgressReporter = (done: number, total: number, file: string) => void;

/**
 * Runs the CLI's validation over the folders' drafts (as saved on disk), confining bibliography reads to the
 * workspace. Throws InvalidParams for folders outside the workspace.
 */
export async function validateWorkspace(
  params: unknown,
  workspaceFolders: string[],
  settingsFor: (folder: string) => Settings,
  token: CancellationToken,
  progress?: ProgressReporter,
  entitiesFor?: (folder: string) => Promise<{ recogniser: Recogniser; model: OntologyModel } | undefined>,
): Promise<ValidateWorkspaceResult> {
  const requested = (params as ValidateWorkspaceParams | null)?.folders;
  if (requested !== undefined && (!Array.isArray(requested) || !requested.every((f) => typeof f === 'string'))) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'params.folders must be a list of folder URIs or paths');
  }
  const folders: string[] = [];
  for (const f of requested ?? workspaceFolders) {
    const p = f.startsWith('file:') ? uriToPath(f) : path.isAbsolute(f) ? path.resolve(f) : undefined;
    if (!p || !(await isInsideFolders(p, workspaceFolders))) throw new ResponseError(ErrorCodes.InvalidParams, `${f} is not inside a workspace folder`);
    folders.push(p);
  }
  const files: ValidatedFile[] = [];
  const summary = { files: 0, errors: 0, warnings: 0, infos: 0, hints: 0 };
  const discoveries = [];
  for (const folder of folders) discoveries.push({ folder, discovery: await discoverFiles([folder]) });
  const total = discoveries.reduce((n, d) => n + d.discovery.files.length, 0);
  let done = 0;
  for (const { folder, discovery } of discoveries) {
    const entities = await entitiesFor?.(folder);
    const settings = settingsFor(folder);
    const result = await validateFiles(discovery.files, {
      cwd: folder,
      rules: settings.rules,
      citationStyle: settings.citationStyle,
      evidenceScope: settings.evidenceScope,
      ...(entities ? { entities: { recogniser: entities.recogniser, model: entities.model } } : {}),
      bibliographies: settings.bibliography.map((b) => path.resolve(folder, b)),
      maxFileBytes: maxBytesOf(settings),
      isAllowed: async (abs) => ((await isInsideFolders(abs, workspaceFolders)) ? undefined : 'is outside the workspace folders; it was not read'),
      token,
      onFile: (_index, file) => progress?.(done++, total, path.relative(folder, file)),
    });
    for (const report of result.files) {
      const uriOf = (p: string | undefined) => pathToUri(path.resolve(folder, p ?? report.path));
      const file: ValidatedFile = { uri: uriOf(undefined), diagnostics: report.diagnostics.map((d) => toLspDiagnostic(d, uriOf)) };
      if (report.error) {
        file.error = report.error;
        file.diagnostics.push(unreadableDiagnostic(report.error));
      }
      for (const d of file.diagnostics) summary[LSP_COUNT[d.severity]]++;
      files.push(file);
    }
  }
  summary.files = files.length;
  return { files, summary };
}

const LSP_COUNT = { 1: 'errors', 2: 'warnings', 3: 'infos', 4: 'hints' } as const;

/** The code of the notice on a draft that could not be read (not found, binary, not UTF-8). */
export const FILE_UNREADABLE = 'file.unreadable';

/** A file that could not be checked, as one diagnostic on line 0 so that it shows in the Problems panel. */
function unreadableDiagnostic(error: string): LspDiagnostic {
  const tooLarge = /over the size limit/.test(error);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: tooLarge ? 2 : 1,
    code: tooLarge ? FILE_TOO_LARGE : FILE_UNREADABLE,
    source: DIAGNOSTIC_SOURCE,
    message: `Not analysed: ${error}.`,
  };
}
