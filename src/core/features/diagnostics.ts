/** Conversion of core diagnostics to LSP diagnostics, grouped by the file they are on. */
import type { Diagnostic, Severity } from '../types';
import type { LspDiagnostic, LspSeverity } from './types';

/** The `source` of every diagnostic. */
export const DIAGNOSTIC_SOURCE = 'evidence-lens';

/** The code of the notice put on a draft that was too large to analyse. */
export const FILE_TOO_LARGE = 'file.too-large';

const SEVERITY: Record<Severity, LspSeverity> = { error: 1, warning: 2, info: 3, hint: 4 };

/** LSP severity of a core severity: error 1, warning 2, info 3, hint 4. */
export function lspSeverity(s: Severity): LspSeverity {
  return SEVERITY[s];
}

/**
 * One core diagnostic as an LSP diagnostic: `code` is the rule id, `source` "evidence-lens", the fix (if any) in
 * `data.fix`. `uriOf` maps a related location's `path` (undefined: the draft) to a URI.
 */
export function toLspDiagnostic(d: Diagnostic, uriOf: (path: string | undefined) => string): LspDiagnostic {
  const out: LspDiagnostic = { range: d.range, severity: lspSeverity(d.severity), code: d.code, source: DIAGNOSTIC_SOURCE, message: d.message };
  if (d.related?.length) out.relatedInformation = d.related.map((r) => ({ location: { uri: uriOf(r.path), range: r.range }, message: r.message }));
  if (d.fix) out.data = { fix: d.fix };
  return out;
}

/**
 * LSP diagnostics of an analysis grouped by URI: the draft's under `draftUri`, each bibliography file's under its
 * path (the host passes URIs as bibliography paths). Every path mentioned gets an entry, possibly empty.
 */
export function diagnosticsByUri(diagnostics: readonly Diagnostic[], draftUri: string): Map<string, LspDiagnostic[]> {
  const uriOf = (p: string | undefined) => p ?? draftUri;
  const out = new Map<string, LspDiagnostic[]>([[draftUri, []]]);
  for (const d of diagnostics) {
    const uri = uriOf(d.path);
    let list = out.get(uri);
    if (!list) out.set(uri, (list = []));
    list.push(toLspDiagnostic(d, uriOf));
  }
  return out;
}

/** The single notice on line 0 of a draft that was not analysed because it is over the size limit. */
export function fileTooLargeDiagnostic(sizeBytes: number, limitBytes: number): LspDiagnostic {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 2,
    code: FILE_TOO_LARGE,
    source: DIAGNOSTIC_SOURCE,
    message: `This file is ${mb(sizeBytes)}, over the size limit of ${mb(limitBytes)}; it was not analysed (raise "evidenceLens.maxFileSizeMB" to check it).`,
  };
}
