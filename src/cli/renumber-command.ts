import { createTwoFilesPatch } from 'diff';
import { analyzeDocument, detectRangeDash } from '../core/analysis';
import { parseDocument } from '../core/parse/document';
import { applyEdits, renumberCitations } from '../core/renumber/renumber';
import type { NumericCitation } from '../core/citations/types';
import { writeFileAtomic } from '../node/atomic-write';
import { readTextFile } from '../node/read-text';
import { EXIT, parseOptions, UsageError } from './args';

/**
 * `evidence-lens renumber FILE [--write]`: renumbers numeric citations by order of first mention and reorders the
 * References list. Prints a unified diff, or with `--write` replaces the file atomically. Returns the exit code.
 */
export async function runRenumber(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { write: { type: 'boolean', default: false } });
  if (positionals.length !== 1) throw new UsageError('renumber takes exactly one file');
  const file = positionals[0]!;
  const read = await readTextFile(file);
  if (!read.ok) throw new UsageError(`${file} ${read.message}`);
  const doc = parseDocument(read.text, file);
  const analysis = analyzeDocument(doc, { citationStyle: 'numeric' });
  const numeric = analysis.citations.filter((c): c is NumericCitation => c.kind === 'numeric');
  const plan = renumberCitations(doc, analysis.section, numeric, detectRangeDash(numeric));
  if (plan.error) {
    process.stderr.write(`evidence-lens: cannot renumber ${file}: ${plan.error}\n`);
    return EXIT.usage;
  }
  if (plan.edits.length === 0) {
    process.stderr.write(`${file}: citations are already numbered by order of first mention.\n`);
    return EXIT.ok;
  }
  const updated = applyEdits(doc, plan.edits);
  if (values.write) {
    await writeFileAtomic(file, (doc.hadBom ? '\uFEFF' : '') + updated);
    process.stderr.write(`${file}: renumbered (${plan.edits.length} edits).\n`);
  } else {
    process.stdout.write(createTwoFilesPatch(`a/${file}`, `b/${file}`, doc.text, updated, undefined, undefined, { context: 2 }));
  }
  return EXIT.ok;
}
