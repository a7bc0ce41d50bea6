/**
 * Code actions: quick fixes carried by diagnostics, removing an unused entry of the draft's reference list, disabling
 * a rule for one line, and renumbering citations by first mention.
 */
import { detectRangeDash } from '../analysis';
import type { NumericCitation } from '../citations/types';
import { renumberCitations } from '../renumber/renumber';
import type { Diagnostic, Range } from '../types';
import { toLspDiagnostic } from './diagnostics';
import { CodeActionKind, cancelled, type CancellationToken, type CodeAction, type FeatureContext, type TextEdit } from './types';

/** The kind of the "Renumber citations by first mention" source action. */
export const RENUMBER_KIND = 'source.renumberCitations';

/** What the client asks for: the kinds wanted (`only`), when it restricts them. */
export interface CodeActionRequestContext {
  only?: readonly string[];
}

/** Every code action for `range` of the draft, filtered by `context.only`. */
export function codeActions(ctx: FeatureContext, range: Range, context: CodeActionRequestContext = {}, token?: CancellationToken): CodeAction[] {
  if (cancelled(token)) return [];
  const actions: CodeAction[] = [];
  const here = ctx.analysis.diagnostics.filter((d) => d.path === undefined && overlaps(d.range, range));
  for (const d of here) {
    const fix = quickFix(ctx, d);
    if (fix) actions.push(fix);
    const remove = d.code === 'citation.unused-reference' ? removeUnusedReference(ctx, d) : undefined;
    if (remove) actions.push(remove);
    if (d.code === 'entity.ambiguous') actions.push(...chooseCandidate(ctx, d));
    if (d.code === 'entity.unknown') actions.push(addToOntology(ctx, d));
  }
  const disabled = new Set<string>();
  for (const d of here) {
    const key = `${d.code}@${d.range.start.line}`;
    if (disabled.has(key)) continue;
    disabled.add(key);
    actions.push(disableForLine(ctx, d));
  }
  const renumber = renumberAction(ctx);
  if (renumber) actions.push(renumber);
  const only = context.only;
  return only?.length ? actions.filter((a) => only.some((o) => a.kind === o || a.kind.startsWith(`${o}.`))) : actions;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function lsp(ctx: FeatureContext, d: Diagnostic) {
  return toLspDiagnostic(d, (p) => p ?? ctx.uri);
}

function editOf(ctx: FeatureContext, edits: TextEdit[]) {
  return { changes: { [ctx.uri]: edits } };
}

/** The diagnostic's own fix (malformed or collapsible group rewrite), as a preferred quick fix. */
function quickFix(ctx: FeatureContext, d: Diagnostic): CodeAction | undefined {
  if (!d.fix || d.fix.edits.length === 0) return undefined;
  return { title: d.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [lsp(ctx, d)], isPreferred: true, edit: editOf(ctx, d.fix.edits) };
}

/** Deletes the whole lines of an unused entry of the draft's reference list. */
function removeUnusedReference(ctx: FeatureContext, d: Diagnostic): CodeAction | undefined {
  const { doc } = ctx.analysis;
  const entry = ctx.analysis.entries.find(
    (e) => e.path === undefined && e.labelRange.start.line === d.range.start.line && e.labelRange.start.character === d.range.start.character,
  );
  if (!entry) return undefined;
  const first = entry.range.start.line;
  const last = entry.range.end.line;
  const range: Range =
    last + 1 < doc.lines.lineCount
      ? { start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } }
      : { start: { line: first, character: 0 }, end: doc.lines.positionAt(doc.text.length) };
  const label = entry.number !== undefined ? `reference ${entry.number}` : `reference '${entry.id}'`;
  return { title: `Remove unused ${label}`, kind: CodeActionKind.QuickFix, diagnostics: [lsp(ctx, d)], edit: editOf(ctx, [{ range, newText: '' }]) };
}

/** The command the client runs to add a word to the workspace ontology (creating the file when needed). */
export const ADD_TO_ONTOLOGY_COMMAND = 'evidenceLens.addToOntology';

/** `entity.ambiguous`: one quick fix per candidate, replacing the text with the candidate's symbol (or name). */
function chooseCandidate(ctx: FeatureContext, d: Diagnostic): CodeAction[] {
  const { doc } = ctx.analysis;
  const start = doc.lines.offsetAt(d.range.start);
  const end = doc.lines.offsetAt(d.range.end);
  const mention = (ctx.mentions ?? ctx.analysis.mentions).find((m) => m.span.start === start && m.span.end === end && m.status === 'ambiguous');
  if (!mention?.candidates) return [];
  const out: CodeAction[] = [];
  const seen = new Set<string>();
  for (const c of mention.candidates) {
    const text = c.symbol ?? c.name;
    if (seen.has(text) || text === mention.text) continue;
    seen.add(text);
    const title = c.symbol && c.symbol !== c.name ? `Use ${c.symbol} (${c.name})` : `Use ${text}`;
    out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [lsp(ctx, d)], edit: editOf(ctx, [{ range: d.range, newText: text }]) });
  }
  return out;
}

/** `entity.unknown`: "Add 'X' to the workspace ontology", run by the client's command. */
function addToOntology(ctx: FeatureContext, d: Diagnostic): CodeAction {
  const { doc } = ctx.analysis;
  const word = doc.text.slice(doc.lines.offsetAt(d.range.start), doc.lines.offsetAt(d.range.end));
  const title = `Add '${word}' to the workspace ontology`;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [lsp(ctx, d)], command: { title, command: ADD_TO_ONTOLOGY_COMMAND, arguments: [word] } };
}

/** Inserts `<!-- evidence-lens-disable-next-line rule.id -->` above the diagnostic's line, with the same indentation. */
function disableForLine(ctx: FeatureContext, d: Diagnostic): CodeAction {
  const { doc } = ctx.analysis;
  const line = d.range.start.line;
  const indent = /^[ \t]*/.exec(doc.lines.lineText(line))?.[0] ?? '';
  const eol = /\r\n/.test(doc.text) ? '\r\n' : '\n';
  const at = { line, character: 0 };
  return {
    title: `Disable ${d.code} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [lsp(ctx, d)],
    edit: editOf(ctx, [{ range: { start: at, end: at }, newText: `${indent}<!-- evidence-lens-disable-next-line ${d.code} -->${eol}` }]),
  };
}

/**
 * "Renumber citations by first mention": for a draft with a numbered reference list and numeric citations. Disabled,
 * with the reason, when renumbering is impossible or nothing would change.
 */
export function renumberAction(ctx: FeatureContext, token?: CancellationToken): CodeAction | undefined {
  if (cancelled(token)) return undefined;
  const { analysis } = ctx;
  const numeric = analysis.citations.filter((c): c is NumericCitation => c.kind === 'numeric');
  if (!analysis.section || !analysis.section.entries.some((e) => e.number !== undefined) || numeric.length === 0) return undefined;
  const title = 'Renumber citations by first mention';
  const plan = renumberCitations(analysis.doc, analysis.section, numeric, detectRangeDash(numeric));
  if (plan.error) return { title, kind: RENUMBER_KIND, disabled: { reason: `Cannot renumber: ${plan.error}.` } };
  if (plan.edits.length === 0) return { title, kind: RENUMBER_KIND, disabled: { reason: 'Citations are already numbered by first mention.' } };
  return { title, kind: RENUMBER_KIND, edit: editOf(ctx, plan.edits) };
}
