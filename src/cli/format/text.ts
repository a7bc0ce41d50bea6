import type { FileReport } from '../../node/validate';
import type { Summary } from './summary';

/** `path:line:col severity rule-id message` lines (1-based line and column) and a closing summary line. */
export function formatText(files: readonly FileReport[], summary: Summary): string {
  const lines: string[] = [];
  for (const f of files) {
    for (const d of f.diagnostics) {
      lines.push(`${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`);
    }
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    `${plural(summary.files, 'file')} checked: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ` +
      `${plural(summary.infos, 'info')}, ${plural(summary.hints, 'hint')}.`,
  );
  return lines.join('\n') + '\n';
}
