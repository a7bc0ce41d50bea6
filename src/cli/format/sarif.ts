import { INPUT_CHECKS, RULES } from '../../core/rules/registry';
import type { Diagnostic, Severity } from '../../core/types';
import type { FileReport } from '../../node/validate';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A SARIF 2.1.0 log with one run, for code-scanning services. Regions are 1-based, columns in UTF-16 code units. */
export function formatSarif(files: readonly FileReport[], version: string): string {
  const rules = [...RULES, ...INPUT_CHECKS].map((r) => ({
    id: r.id,
    shortDescription: { text: r.summary },
    defaultConfiguration: { level: r.defaultLevel === 'off' ? 'none' : LEVEL[r.defaultLevel] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap((f) =>
    f.diagnostics.map((d) => ({
      ruleId: d.code,
      ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [location(f.path, d)],
      ...(d.related ? { relatedLocations: d.related.map((r, i) => ({ id: i, message: { text: r.message }, ...location(r.path ?? f.path, r) })) } : {}),
    })),
  );
  const notifications = files
    .filter((f) => f.error)
    .map((f) => ({ level: 'error', message: { text: f.error }, locations: [{ physicalLocation: { artifactLocation: { uri: f.path } } }] }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'evidence-lens', version, semanticVersion: version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function location(uri: string, d: Pick<Diagnostic, 'range'>) {
  return {
    physicalLocation: {
      artifactLocation: { uri },
      region: {
        startLine: d.range.start.line + 1,
        startColumn: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      },
    },
  };
}
