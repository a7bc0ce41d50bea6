import { INPUT_CHECKS, RULES } from '../core/rules/registry';

/** The `--help` text. */
export function helpText(): string {
  const rules = [...RULES, ...INPUT_CHECKS].map((r) => `  ${r.id.padEnd(30)} ${r.defaultLevel.padEnd(8)} ${r.summary}`).join('\n');
  return `evidence-lens — check the citations of Markdown review drafts

Usage:
  evidence-lens validate [paths…] [options]   check drafts (directories: every *.md inside, recursively)
  evidence-lens renumber FILE [--write]        renumber numeric citations by first mention (prints a diff)
  evidence-lens mentions [paths…] [--format json|tsv]            entity mentions with entity, status, citations
  evidence-lens evidence [paths…] [--format json|csv|markdown]   per-entity evidence table
  evidence-lens --help | --version

Options for validate (the input options also apply to mentions and evidence):
  --format text|json|sarif      output format (default text)
  --bibliography FILE           a bibliography file (BibTeX, CSL-JSON, CSL-YAML) for every draft; repeatable
  --ontology FILE               a user ontology (YAML/JSON) on top of the bundled one; repeatable
                                (.evidence-lens/ontology.yaml in the working folder is read too)
  --rule ID=LEVEL               set a rule's level: off, hint, info, warning, error; repeatable
  --config FILE                 configuration file (default: .evidence-lens.json/.yaml found upwards)
  --citation-style auto|numeric|pandoc
  --evidence-scope sentence|paragraph   which citations support a mention (default sentence)
  --fail-on error|warning|info|never   lowest severity that makes the exit code 1 (default error)
  --max-file-size MB            largest file read (default 5)

Exit codes: 0 nothing at the fail level, 1 findings at or above it, 2 usage error or unreadable input.

Rules (id, default level):
${rules}
`;
}
