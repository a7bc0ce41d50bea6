/**
 * HTML and CSV renderings of the evidence table. Pure; every string that comes from a draft or bibliography is
 * escaped, and the page loads nothing and runs no script.
 */
import { describeEntry, ENTITY_GROUPS, identifiersOf, type EvidenceModel } from './evidence-model';

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

/** Column headings of the entity table (entity → citation → reference, one row per cited id). */
export const ENTITY_COLUMNS = ['Entity', 'Type', 'Name', 'Mentions', 'Mentioned on lines', 'Citation', 'Reference'];

/**
 * The entity rows as plain strings: one row per entity and cited id (with the entry it names), or one row with empty
 * citation columns for an entity never cited.
 */
export function entityRows(model: EvidenceModel): string[][] {
  const rows: string[][] = [];
  const typeTitle = new Map(ENTITY_GROUPS.map((g) => [g.type, g.type === 'mirna' ? 'miRNA' : g.type]));
  for (const e of model.entities) {
    const lines = [...new Set(e.mentions.map((m) => m.range.start.line + 1))].join(', ');
    const head = [e.label, typeTitle.get(e.type) ?? e.type, e.name === e.label ? '' : e.name, String(e.mentions.length), lines];
    if (e.citations.length === 0) rows.push([...head, '', '(not cited)']);
    for (const c of e.citations) {
      const ref = e.references.find((r) => r.label === c);
      rows.push([...head, c, ref ? ref.description : '(no reference entry)']);
    }
  }
  return rows;
}

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
  const entityHead = ENTITY_COLUMNS.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const entityBody = entityRows(model)
    .map((cells) => `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  const n = model.entities.length;
  const entitySection = n
    ? `<h2>Entities</h2>
<p>${n} entit${n === 1 ? 'y' : 'ies'}, each with the citations of the sentences that name it and the references they point to.</p>
<table class="entities">
<thead><tr>${entityHead}</tr></thead>
<tbody>
${entityBody}
</tbody>
</table>`
    : '<h2>Entities</h2>\n<p>No entities recognised.</p>';
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
table.references td:nth-child(4), table.entities td:nth-child(4) { text-align: right; }
h2 { margin-top: 1.5em; }
a { color: var(--vscode-textLink-foreground); }
</style>
</head>
<body>
<h1>${escapeHtml(options.title)}</h1>
<p>${model.citationCount} citation${model.citationCount === 1 ? '' : 's'}, ${model.references.length} reference entr${model.references.length === 1 ? 'y' : 'ies'}${model.unresolved.length ? `, ${model.unresolved.length} unresolved` : ''}. <a href="command:evidenceLens.exportEvidenceCsv">Export CSV…</a></p>
<table class="references">
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
${entitySection}
</body>
</html>
`;
}

/** Quotes one CSV field (RFC 4180) and defuses spreadsheet formulas (`=`, `+`, `-`, `@` at the start). */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The evidence table as CSV text with a header row and CRLF line ends; when the draft has entities, an empty line and
 * the entity table (its own header row) follow.
 */
export function evidenceCsv(model: EvidenceModel): string {
  const table = (rows: string[][]) => rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
  const references = table([EVIDENCE_COLUMNS, ...evidenceRows(model)]);
  return model.entities.length ? `${references}\r\n${table([ENTITY_COLUMNS, ...entityRows(model)])}` : references;
}
