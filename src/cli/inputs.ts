import * as path from 'node:path';
import { RULE_LEVELS, type RuleLevel } from '../core/types';
import { ALL_RULE_IDS } from '../core/rules/registry';
import { ConfigError, findConfigFile, loadConfig, type Config } from '../node/config';
import { discoverFiles } from '../node/discover';
import { loadEntities } from '../node/entities';
import { displayPath, validateFiles, type FileReport, type ValidationResult } from '../node/validate';
import { UsageError } from './args';

/** Options shared by `validate`, `mentions` and `evidence`, as parseArgs declares them. */
export const INPUT_OPTIONS = {
  bibliography: { type: 'string', multiple: true },
  ontology: { type: 'string', multiple: true },
  rule: { type: 'string', multiple: true },
  config: { type: 'string' },
  'citation-style': { type: 'string' },
  'evidence-scope': { type: 'string' },
  'max-file-size': { type: 'string' },
} as const;

/** The values of INPUT_OPTIONS after parsing. */
export interface InputValues {
  bibliography?: string[];
  ontology?: string[];
  rule?: string[];
  config?: string;
  'citation-style'?: string;
  'evidence-scope'?: string;
  'max-file-size'?: string;
}

/** Everything a command checked: per-file reports and analyses, plus messages about the inputs themselves. */
export interface CheckedInputs extends ValidationResult {
  config?: Config;
  /** Files that could not be found, as reports with an error. */
  missing: FileReport[];
  /** Messages about user ontology files (the bundled ontology is used regardless). */
  ontologyMessages: string[];
  foundFiles: number;
}

/** Reads the configuration, the ontology and the drafts named on the command line, and analyses every draft. */
export async function checkInputs(values: InputValues, positionals: string[]): Promise<CheckedInputs> {
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
  const style = values['citation-style'] ?? config?.citationStyle ?? 'auto';
  if (!['auto', 'numeric', 'pandoc'].includes(style)) throw new UsageError(`--citation-style must be auto, numeric or pandoc, not '${style}'`);
  const scope = values['evidence-scope'] ?? config?.evidenceScope ?? 'sentence';
  if (!['sentence', 'paragraph'].includes(scope)) throw new UsageError(`--evidence-scope must be sentence or paragraph, not '${scope}'`);
  let maxMB = config?.maxFileSizeMB ?? 5;
  if (values['max-file-size'] !== undefined) {
    maxMB = Number(values['max-file-size']);
    if (!(maxMB > 0)) throw new UsageError(`--max-file-size must be a positive number of megabytes, not '${values['max-file-size']}'`);
  }
  const ontologyFiles = [...(config?.ontology ?? []), ...(values.ontology ?? []).map((o) => path.resolve(cwd, o))];
  const entities = loadEntities(cwd, ontologyFiles, (p) => displayPath(cwd, p));

  const discovery = await discoverFiles(positionals.length ? positionals : ['.']);
  const result = await validateFiles(discovery.files, {
    cwd,
    rules,
    citationStyle: style as 'auto' | 'numeric' | 'pandoc',
    evidenceScope: scope as 'sentence' | 'paragraph',
    entities: { recogniser: entities.recogniser, model: entities.model },
    bibliographies: [...(config?.bibliography ?? []), ...(values.bibliography ?? []).map((b) => path.resolve(cwd, b))],
    maxFileBytes: Math.round(maxMB * 1024 * 1024),
  });
  return {
    ...result,
    config,
    missing: discovery.problems.map((p) => ({ path: p.path, diagnostics: [], error: `${p.path} ${p.message}` })),
    ontologyMessages: entities.messages,
    foundFiles: discovery.files.length,
  };
}

/** Prints input problems on stderr; returns true when any file could not be read (exit code 2). */
export function reportInputProblems(inputs: CheckedInputs): boolean {
  for (const m of inputs.ontologyMessages) process.stderr.write(`evidence-lens: ${m}\n`);
  const errors = [...inputs.missing, ...inputs.files].filter((f) => f.error);
  for (const f of errors) process.stderr.write(`evidence-lens: ${f.error}\n`);
  if (inputs.foundFiles === 0 && inputs.missing.length === 0) process.stderr.write('evidence-lens: no Markdown files found\n');
  return errors.length > 0 || inputs.ontologyMessages.some((m) => m.includes('was ignored'));
}
