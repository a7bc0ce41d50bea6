import type { FileReport } from '../../node/validate';
import type { Summary } from './summary';

/**
 * The stable JSON report: `{"tool":{"name","version"},"files":[{"path","diagnostics":[{"code","severity","message",
 * "range","related"?,"fix"?}]}],"summary":{"files","errors","warnings","infos","hints"}}`, 0-based LSP positions.
 */
export function formatJson(files: readonly FileReport[], summary: Summary, version: string): string {
  const report = {
    tool: { name: 'evidence-lens', version },
    files: files.map((f) => ({
      path: f.path,
      ...(f.error ? { error: f.error } : {}),
      diagnostics: f.diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        range: d.range,
        ...(d.related ? { related: d.related } : {}),
        ...(d.fix ? { fix: d.fix } : {}),
      })),
    })),
    summary,
  };
  return JSON.stringify(report, null, 2) + '\n';
}
