import type { FileReport } from '../../node/validate';
import type { Severity } from '../../core/types';

/** Counts of diagnostics by severity over all files. */
export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

/** Counts files and diagnostics by severity. */
export function summarize(files: readonly FileReport[]): Summary {
  const s: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0, hints: 0 };
  const key: Record<Severity, keyof Summary> = { error: 'errors', warning: 'warnings', info: 'infos', hint: 'hints' };
  for (const f of files) for (const d of f.diagnostics) s[key[d.severity]]++;
  return s;
}
