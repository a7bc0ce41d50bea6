/**
 * HTML and CSV renderings of the evidence table. Pure; every string that comes from a draft or bibliography is
 * escaped, and the page loads nothing and runs no script.
 */
import { describeEntry, identifiersOf, type EvidenceModel } from './evidence-model';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The table's rows as plain strings: label, entry, identifiers, citation count, lines (1-based). */
export function evidenceRows(model: EvidenceModel): string[][] {
  const lines = (sites: { range: { start: { line: number } } }[]) => [...new Set(sites.map((s) => s.range.start.line + 1))].join(', ');
  return [
    ...model.references.map((r) => [r.label, describeEntry(r.entry), identifiersOf(r.entry), String(r.sites.length), lines(r.sites)]),
    ...model.unresolved.map((u) => [u.label, '(no reference entry)', '', String(u.sites.length), lines(u.sites)]),
  ];
}

/** Column headings of the table and the CSV. */
export const EVIDENCE_COLUMNS = ['Reference', 'Entry', 'Identifiers', 'Citations', 'Cited on lines'];

/** Options of the webview page: the nonce of its one style element and the webview's CSP source. */
export interface PageOptions {
  title: string;
  nonce: string;
  cspSource: string;
}

/** The evidence table as a complete HTML page with a strict Content-Security-Policy (no scripts). */
export function evidenceTableHtml(model: EvidenceModel, options: PageOptions): string {
  const csp = `default-src 'none'; style-src ${options.cspSource} 'nonce-${options.nonce}'; img-src ${options.cspSource};`;
  const head = EVIDENCE_COLUMNS.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const rows = evidenceRows(model)
    .map((cells) => `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(options.title)}</title>
<style nonce="${escapeHtml(options.nonce)}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border); }
td:nth-child(4) { text-align: right; }
a { color: var(--vscode-textLink-foreground); }
</style>
</head>
<body>
<h1>${escapeHtml(options.title)}</h1>
<p>${model.citationCount} citation${model.citationCount === 1 ? '' : 's'}, ${model.references.length} reference entr${model.references.length === 1 ? 'y' : 'ies'}${model.unresolved.length ? `, ${model.unresolved.length} unresolved` : ''}. <a href="command:evidenceLens.exportEvidenceCsv">Export CSV…</a></p>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}

/** Quotes one CSV field (RFC 4180) and defuses spreadsheet formulas (`=`, `+`, `-`, `@` at the start). */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The evidence table as CSV text with a header row and CRLF line ends. */
export function evidenceCsv(model: EvidenceModel): string {
  return [EVIDENCE_COLUMNS, ...evidenceRows(model)].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
