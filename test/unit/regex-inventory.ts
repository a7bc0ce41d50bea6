/**
 * The regular expressions of src/core, found with the TypeScript parser: literals and `new RegExp` with literal
 * arguments (computed patterns are listed as `dynamic`), and the ones whose input is bounded where they are used.
 * Shared by the catastrophic-backtracking tests (pumped inputs, and recheck's static analysis).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** src/core, whose regexes are collected. */
const ROOT = join(__dirname, '../../src/core');

export interface FoundRegex {
  where: string;
  re: RegExp;
}

/** Every regex of src/core with its file:line. */
export function collectRegexes(): { found: FoundRegex[]; dynamic: string[] } {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  walk(ROOT);
  const found: FoundRegex[] = [];
  const dynamic: string[] = [];
  for (const file of files.sort()) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const name = relative(join(ROOT, '..', '..'), file).replace(/\\/g, '/');
    const visit = (n: ts.Node): void => {
      const where = `${name}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const t = n.getText();
        const k = t.lastIndexOf('/');
        found.push({ where, re: new RegExp(t.slice(1, k), t.slice(k + 1).replace(/g/g, '')) });
      } else if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        const [a, b] = n.arguments ?? [];
        if (a && (ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a)) && (!b || ts.isStringLiteral(b))) {
          found.push({ where, re: new RegExp(a.text, (b ? (b as ts.StringLiteral).text : '').replace(/g/g, '')) });
        } else dynamic.push(where);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}

/** Regexes whose input is bounded where they are used (by file, or `file /source/`); each reason was checked in the code. */
export const BOUNDED: Record<string, string> = {
  'src/core/parse/sentences.ts': 'applied to the last 24 characters of a sentence',
  'src/core/bibliography/csl-json.ts': 'applied to JSON.parse error messages (V8 quotes at most a short excerpt)',
  'src/core/bibliography/index.ts': 'applied to file paths given by the host',
  'src/core/ontology/schema.ts': 'applied to ontology ids',
  'src/core/rules/entity-unknown.ts': 'applied to single gene-like tokens',
  'src/core/features/lookup.ts /\\d+$/': 'applied to one element of a numeric group (at most 9 characters)',
  'src/core/recognise/recogniser.ts /[0-9]+$/': 'applied to a lexicon key',
  'src/core/recognise/receptor-coordination.ts': 'applied to the 60 characters before a "receptor" and to the group found there',
  'src/core/recognise/microbial-context.ts /\\b(?:fungal|bacterial|mycobacterial|parasite|parasitic|plasmodial|yeast|microbial)((?:[ -][^\\s,;:()[\\]]+){0,3}) $/':
    'applied to the 80 characters before a gene mention',
};

/** True when the regex at `where` only ever sees bounded input (listed in BOUNDED). */
export function isBounded(where: string, re: RegExp): boolean {
  const file = where.replace(/:\d+$/, '');
  return BOUNDED[file] !== undefined || BOUNDED[`${file} /${re.source}/`] !== undefined;
}
