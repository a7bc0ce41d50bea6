import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ALL_RULE_IDS } from '../core/rules/registry';
import { RULE_LEVELS, type RuleLevel } from '../core/types';
import { describeFsError } from './read-text';

/** Names of the configuration file searched for, in order, from the working directory upwards. */
export const CONFIG_FILE_NAMES = ['.evidence-lens.json', '.evidence-lens.yaml', '.evidence-lens.yml'];

/**
 * The configuration file's schema; unknown keys are errors, so typos do not pass silently. Built on first use: zod
 * takes some 50 ms to load, which a run without a configuration file need not pay.
 */
function configSchema() {
  return (schemaMemo ??= buildConfigSchema());
}

let schemaMemo: ReturnType<typeof buildConfigSchema> | undefined;

function buildConfigSchema() {
  const { z } = require('zod') as typeof import('zod');
  const levelSchema = z.enum(RULE_LEVELS as [RuleLevel, ...RuleLevel[]]);
  return z
    .object({
      rules: z.record(z.string(), levelSchema).optional(),
      bibliography: z.union([z.string(), z.array(z.string())]).optional(),
      citationStyle: z.enum(['auto', 'numeric', 'pandoc']).optional(),
      evidenceScope: z.enum(['sentence', 'paragraph']).optional(),
      ontology: z.union([z.string(), z.array(z.string())]).optional(),
      failOn: z.enum(['error', 'warning', 'info', 'never']).optional(),
      maxFileSizeMB: z.number().positive().optional(),
    })
    .strict()
    .superRefine((cfg, ctx) => {
      for (const id of Object.keys(cfg.rules ?? {})) {
        if (!ALL_RULE_IDS.includes(id)) ctx.addIssue({ code: 'custom', path: ['rules', id], message: `unknown rule id (known: ${ALL_RULE_IDS.join(', ')})` });
      }
    });
}

/** A validated configuration, with bibliography and ontology paths resolved against the file's folder. */
export interface Config {
  path?: string;
  rules: Record<string, RuleLevel>;
  bibliography: string[];
  citationStyle?: 'auto' | 'numeric' | 'pandoc';
  evidenceScope?: 'sentence' | 'paragraph';
  /** User ontology files, resolved against the configuration file's folder. */
  ontology: string[];
  failOn?: 'error' | 'warning' | 'info' | 'never';
  maxFileSizeMB?: number;
}

/** Thrown for a configuration file that cannot be read or is invalid; the message names the file and the key. */
export class ConfigError extends Error {}

/** Finds the nearest configuration file from `dir` upwards. */
export async function findConfigFile(dir: string): Promise<string | undefined> {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      try {
        if ((await fs.stat(candidate)).isFile()) return candidate;
      } catch {
        // not here
      }
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Reads and validates a configuration file. Throws `ConfigError` naming the file, line or key on any problem. */
export async function loadConfig(file: string): Promise<Config> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: ${describeFsError(e)}`);
  }
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new ConfigError(`${file}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${String((e as Error).message).split('\n')[0]}`);
  }
  const parsed = configSchema().safeParse(data ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => {
      const key = i.path.join('.') || (i.code === 'unrecognized_keys' ? '' : '(top level)');
      if (i.code === 'unrecognized_keys') return `unknown key${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `'${[...i.path, k].join('.')}'`).join(', ')}`;
      return `'${key}': ${i.message}`;
    });
    throw new ConfigError(`${file}: ${issues.join('; ')}`);
  }
  const cfg = parsed.data;
  const dir = path.dirname(file);
  const bibs = cfg.bibliography === undefined ? [] : Array.isArray(cfg.bibliography) ? cfg.bibliography : [cfg.bibliography];
  return {
    path: file,
    rules: cfg.rules ?? {},
    bibliography: bibs.map((b) => path.resolve(dir, b)),
    citationStyle: cfg.citationStyle,
    evidenceScope: cfg.evidenceScope,
    ontology: (cfg.ontology === undefined ? [] : Array.isArray(cfg.ontology) ? cfg.ontology : [cfg.ontology]).map((o) => path.resolve(dir, o)),
    failOn: cfg.failOn,
    maxFileSizeMB: cfg.maxFileSizeMB,
  };
}
