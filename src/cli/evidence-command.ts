import type { BibEntry } from '../core/bibliography/types';
import { evidenceTable, type EvidenceRow } from '../core/evidence/table';
import { EXIT, parseOptions, UsageError } from './args';
import { checkInputs, INPUT_OPTIONS, reportInputProblems } from './inputs';

/** A short label for a reference entry: its number or key, first author and year. */
export function entryLabel(e: BibEntry): string {
  const who = e.authors[0] ? e.authors[0].split(/[ ,]/)[0] : '';
  return `${e.number ?? e.id}${who || e.year ? ` (${[who, e.year].filter(Boolean).join(' ')})` : ''}`;
}

const csvField = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

function rowFields(path: string, r: EvidenceRow): string[] {
  return [
    path,
    r.entity.symbol ?? r.entity.name,
    r.entity.type,
    r.entity.id,
    r.mentions.map((m) => `${m.text}:${m.line}`).join('; '),
    r.citations.join(', '),
    r.references.map(entryLabel).join('; '),
  ];
}

/**
 * `evidence-lens evidence [paths…] --format json|csv|markdown`: the per-entity evidence table — entity, type, id,
 * mentions with lines, the citations of their sentences and the reference entries behind them.
 */
export async function runEvidence(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { ...INPUT_OPTIONS, format: { type: 'string', default: 'markdown' } });
  const format = values.format as string;
  if (!['json', 'csv', 'markdown'].includes(format)) throw new UsageError(`--format must be json, csv or markdown, not '${format}'`);
  const inputs = await checkInputs(values, positionals);
  const tables = [...inputs.analyses].map(([path, a]) => ({ path, rows: evidenceTable(a.evidence, a.doc.lines) }));
  const header = ['file', 'entity', 'type', 'id', 'mentions (text:line)', 'citations', 'references'];
  if (format === 'json') {
    const files = tables.map((t) => ({
      path: t.path,
      entities: t.rows.map((r) => ({
        entity: r.entity,
        mentions: r.mentions,
        citations: r.citations,
        references: r.references.map((e) => ({ id: e.id, ...(e.number !== undefined ? { number: e.number } : {}), title: e.title, year: e.year, doi: e.doi, pmid: e.pmid, path: e.path })),
      })),
    }));
    process.stdout.write(JSON.stringify({ files }, null, 2) + '\n');
  } else if (format === 'csv') {
    const lines = [header.join(',')];
    for (const t of tables) for (const r of t.rows) lines.push(rowFields(t.path, r).map(csvField).join(','));
    process.stdout.write(lines.join('\r\n') + '\r\n');
  } else {
    const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
    for (const t of tables) for (const r of t.rows) lines.push(`| ${rowFields(t.path, r).map(mdCell).join(' | ')} |`);
    process.stdout.write(lines.join('\n') + '\n');
  }
  return reportInputProblems(inputs) ? EXIT.usage : EXIT.ok;
}
