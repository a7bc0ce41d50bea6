import type { Analysis } from '../core/analysis';
import type { EntityRef } from '../core/recognise/types';
import { EXIT, parseOptions, UsageError } from './args';
import { checkInputs, INPUT_OPTIONS, reportInputProblems } from './inputs';

const ref = (e: EntityRef) => ({ id: e.id, ...(e.symbol ? { symbol: e.symbol } : {}), name: e.name, type: e.type });

/** The mentions of one analysed draft in the documented JSON shape. */
export function mentionsJson(analysis: Analysis) {
  return analysis.evidence.map((ev) => {
    const m = ev.mention;
    return {
      text: m.text,
      range: analysis.doc.lines.rangeOf(m.span),
      entity: m.entity ? ref(m.entity) : null,
      status: m.status,
      kind: m.kind,
      ...(m.candidates ? { candidates: m.candidates.map(ref) } : {}),
      citations: ev.citationIds,
    };
  });
}

/** Escapes a TSV/CSV field: tabs and line breaks become spaces. */
const flat = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

/**
 * `evidence-lens mentions [paths…] --format json|tsv`: every entity mention with its entity, status, match kind and
 * the citations of its sentence. Returns the exit code (2 when an input could not be read).
 */
export async function runMentions(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { ...INPUT_OPTIONS, format: { type: 'string', default: 'json' } });
  const format = values.format as string;
  if (!['json', 'tsv'].includes(format)) throw new UsageError(`--format must be json or tsv, not '${format}'`);
  const inputs = await checkInputs(values, positionals);
  const files = [...inputs.analyses].map(([path, a]) => ({ path, mentions: mentionsJson(a) }));
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ files }, null, 2) + '\n');
  } else {
    const rows = ['path\tline\tcharacter\ttext\tid\tsymbol\tname\ttype\tstatus\tkind\tcandidates\tcitations'];
    for (const f of files) {
      for (const m of f.mentions) {
        const e = m.entity;
        rows.push(
          [f.path, m.range.start.line + 1, m.range.start.character + 1, m.text, e?.id ?? '', e?.symbol ?? '', e?.name ?? '', e?.type ?? '', m.status, m.kind, (m.candidates ?? []).map((c) => c.id).join(','), m.citations.join(',')]
            .map((x) => flat(String(x)))
            .join('\t'),
        );
      }
    }
    process.stdout.write(rows.join('\n') + '\n');
  }
  return reportInputProblems(inputs) ? EXIT.usage : EXIT.ok;
}
