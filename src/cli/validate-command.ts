import * as path from 'node:path';
import { ALL_RULE_IDS } from '../core/rules/registry';
import { RULE_LEVELS, type RuleLevel } from '../core/types';
import { ConfigError, findConfigFile, loadConfig, type Config } from '../node/config';
import { discoverFiles } from '../node/discover';
import { validateFiles, type FileReport } from '../node/validate';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { summarize, type Summary } from './format/summary';
import { formatText } from './format/text';
import { EXIT, parseOptions, UsageError } from './args';
import { VERSION } from './version';

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;
type FailOn = (typeof FAIL_LEVELS)[number];

/** `evidence-lens validate [paths…]`: checks drafts and prints their diagnostics. Returns the exit code. */
export async function runValidate(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string', default: 'text' },
    bibliography: { type: 'string', multiple: true },
    rule: { type: 'string', multiple: true },
    config: { type: 'string' },
    'citation-style': { type: 'string' },
    'fail-on': { type: 'string' },
    'max-file-size': { type: 'string' },
  });
  const format = values.format as string;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not '${format}'`);
  const cwd = process.cwd();

  let config: Config | undefined;
  try {
    const file = values.config ? path.resolve(values.config) : await findConfigFile(cwd);
    if (file) config = await loadConfig(file);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(`invalid configuration: ${e.message}`);
    throw e;
  }

  const rules: Record<string, RuleLevel> = { ...config?.rules };
  for (const r of values.rule ?? []) {
    const m = /^([^=]+)=(.*)$/.exec(r);
    if (!m) throw new UsageError(`--rule expects ID=LEVEL, got '${r}'`);
    const [, id, level] = m as unknown as [string, string, string];
    if (!ALL_RULE_IDS.includes(id)) throw new UsageError(`--rule: unknown rule id '${id}'`);
    if (!RULE_LEVELS.includes(level as RuleLevel)) throw new UsageError(`--rule ${id}: level must be one of ${RULE_LEVELS.join(', ')}, not '${level}'`);
    rules[id] = level as RuleLevel;
  }
  const failOn = (values['fail-on'] ?? config?.failOn ?? 'error') as FailOn;
  if (!FAIL_LEVELS.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_LEVELS.join(', ')}, not '${failOn}'`);
  const style = values['citation-style'] ?? config?.citationStyle ?? 'auto';
  if (!['auto', 'numeric', 'pandoc'].includes(style)) throw new UsageError(`--citation-style must be auto, numeric or pandoc, not '${style}'`);
  let maxMB = config?.maxFileSizeMB ?? 5;
  if (values['max-file-size'] !== undefined) {
    maxMB = Number(values['max-file-size']);
    if (!(maxMB > 0)) throw new UsageError(`--max-file-size must be a positive number of megabytes, not '${values['max-file-size']}'`);
  }

  const discovery = await discoverFiles(positionals.length ? positionals : ['.']);
  const result = await validateFiles(discovery.files, {
    cwd,
    rules,
    citationStyle: style as 'auto' | 'numeric' | 'pandoc',
    bibliographies: [...(config?.bibliography ?? []), ...(values.bibliography ?? []).map((b) => path.resolve(cwd, b))],
    maxFileBytes: Math.round(maxMB * 1024 * 1024),
  });
  const files: FileReport[] = [
    ...discovery.problems.map((p) => ({ path: p.path, diagnostics: [], error: `${p.path} ${p.message}` })),
    ...result.files,
  ];
  const summary = summarize(files);
  const out = format === 'json' ? formatJson(files, summary, VERSION) : format === 'sarif' ? formatSarif(files, VERSION) : formatText(files, summary);
  process.stdout.write(out);
  const errors = files.filter((f) => f.error);
  for (const f of errors) process.stderr.write(`evidence-lens: ${f.error}\n`);
  if (discovery.files.length === 0 && discovery.problems.length === 0) {
    process.stderr.write('evidence-lens: no Markdown files found\n');
  }
  if (errors.length) return EXIT.usage;
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
