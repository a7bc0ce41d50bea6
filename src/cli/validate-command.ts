import { EXIT, parseOptions, UsageError } from './args';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { summarize, type Summary } from './format/summary';
import { formatText } from './format/text';
import { checkInputs, INPUT_OPTIONS, reportInputProblems } from './inputs';
import { VERSION } from './version';

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;
type FailOn = (typeof FAIL_LEVELS)[number];

/** `evidence-lens validate [paths…]`: checks drafts and prints their diagnostics. Returns the exit code. */
export async function runValidate(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    ...INPUT_OPTIONS,
    format: { type: 'string', default: 'text' },
    'fail-on': { type: 'string' },
  });
  const format = values.format as string;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not '${format}'`);
  if (values['fail-on'] !== undefined && !FAIL_LEVELS.includes(values['fail-on'] as FailOn)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_LEVELS.join(', ')}, not '${values['fail-on']}'`);
  }
  const inputs = await checkInputs(values, positionals);
  const failOn = (values['fail-on'] ?? inputs.config?.failOn ?? 'error') as FailOn;
  const files = [...inputs.missing, ...inputs.files];
  const summary = summarize(files);
  const out = format === 'json' ? formatJson(files, summary, VERSION) : format === 'sarif' ? formatSarif(files, VERSION) : formatText(files, summary);
  process.stdout.write(out);
  if (reportInputProblems(inputs)) return EXIT.usage;
  return reachesFailLevel(summary, failOn) ? EXIT.findings : EXIT.ok;
}

function reachesFailLevel(s: Summary, failOn: FailOn): boolean {
  switch (failOn) {
    case 'never':
      return false;
    case 'error':
      return s.errors > 0;
    case 'warning':
      return s.errors + s.warnings > 0;
    case 'info':
      return s.errors + s.warnings + s.infos > 0;
  }
}
