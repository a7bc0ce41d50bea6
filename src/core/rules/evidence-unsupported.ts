import type { BibEntry } from '../bibliography/types';
import { citedEntries, linkEvidence, type MentionEvidence } from '../evidence/link';
import { memoizeString } from '../memo';
import type { EntityDetails } from '../recognise/describe';
import type { EntityRef } from '../recognise/types';
import { reportOutsideReferences, type Finding, type Rule, type RuleContext, type RulePart } from './rule';
import type { Span } from '../types';

/** Lower case without accents, Greek letters spelled out, runs of other characters as one space (memoized: titles repeat). */
const fold = memoizeString((s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/α/g, 'alpha')
    .replace(/β/g, 'beta')
    .replace(/γ/g, 'gamma')
    .replace(/κ/g, 'kappa')
    .replace(/[^\p{L}\p{N}]+/gu, ' '),
);

/** With titles only (no abstract or keywords), sentences naming more entities than this are not checked. */
const MAX_ENTITIES_FOR_TITLES = 2;

/** Distinct entity ids among the consecutive evidence with the scope of `evidence[from]`. */
function distinctEntities(evidence: readonly MentionEvidence[], from: number): number {
  const start = evidence[from]!.scope.start;
  const ids: string[] = [];
  for (let i = from; i < evidence.length && evidence[i]!.scope.start === start; i++) {
    const id = evidence[i]!.mention.entity?.id;
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids.length;
}

const textsOfEntries = new WeakMap<readonly BibEntry[], string[] | null>();

/** The searchable texts of cited entries, or null when one of them has none (once per entries array). */
function textsOf(entries: readonly BibEntry[]): string[] | null {
  let texts = textsOfEntries.get(entries);
  if (texts === undefined) {
    const all = entries.map(entryText);
    textsOfEntries.set(entries, (texts = all.some((t) => t === undefined) ? null : (all as string[])));
  }
  return texts;
}

/** True when no entry has an abstract or keywords. */
function titlesOnly(entries: readonly BibEntry[]): boolean {
  return entries.every((x) => !x.abstract && !x.keywords?.length);
}

/** The searchable text of an entry: title, abstract and keywords, or undefined when it has none of them. */
function entryText(e: BibEntry): string | undefined {
  const parts = e.abstract || e.keywords?.length ? [e.title, e.abstract, ...(e.keywords ?? [])].filter((x): x is string => !!x) : e.title ? [e.title] : [];
  return parts.length ? searchable(parts.length === 1 ? parts[0]! : parts.join('\u0001')) : undefined;
}

/** Folded text between spaces (memoized: the same titles come back each analysis). */
const searchable = memoizeString((t: string) => ` ${fold(t.replace(/\u0001/g, ' '))} `);

const entityNames = new WeakMap<EntityRef | EntityDetails, string[]>();

/** The folded names of an entity, each between spaces: symbol, name, aliases, synonyms and, for a family or complex, its members' (once per entity). */
function namesOf(e: EntityRef, details: EntityDetails | undefined): string[] {
  const owner = details ?? e;
  let names = entityNames.get(owner);
  if (!names) {
    // A family or complex is supported by a paper on one of its members (PI3K by a PIK3CA paper).
    const members = (details?.members ?? []).flatMap((m) => [m.symbol, m.name]);
    names = [...new Set([e.symbol, e.name, ...(details?.aliases ?? []), ...(details?.synonyms ?? []), ...members].flatMap((n) => (n ? foldedName(n) : [])))];
    entityNames.set(owner, names);
  }
  return names;
}

/** A name folded for matching, between spaces, or nothing when it is shorter than two characters. */
const foldedName = memoizeString((n: string): string[] => {
  if (n.length < 2) return [];
  const f = fold(n).trim();
  return f ? [` ${f} `] : [];
});

const found = new WeakMap<string[], Map<string, boolean>>();

/** True when the entry text holds one of an entity's names (once per entity and text). */
function namesIn(text: string, names: string[]): boolean {
  let byText = found.get(names);
  if (!byText) found.set(names, (byText = new Map()));
  let hit = byText.get(text);
  if (hit === undefined) {
    if (byText.size > 5000) byText.clear();
    byText.set(text, (hit = names.some((n) => text.includes(n))));
  }
  return hit;
}

/**
 * `evidence.unsupported` (hint): a mention's citations all have a title, abstract or keywords, and none of them names
 * the entity or any of its synonyms (for a family or complex: nor any member) — the citation may not support the
 * statement about it. Only mentions whose
 * citations resolve to entries with such text are checked; references without text are never blamed. When the entries
 * have only titles, only sentences naming at most two entities are checked (a sentence listing EGFR, ALK, ROS1 and
 * KRAS usually cites one broader paper whose title names none of them).
 *
 * @example
 * ```markdown
 * MUC4 masks the trastuzumab epitope (12).   <!-- entry 12 is titled "Statin use and cardiac outcomes" -->
 * ```
 */
export const evidenceUnsupported: Rule = {
  id: 'evidence.unsupported',
  defaultLevel: 'hint',
  summary: "None of a mention's cited references names the entity.",
  check(ctx) {
    // Per part: what a part finds reads its mentions, citations and sentences and the entries they cite.
    // Kept per part while the entries its own citations resolve to are the same (an edit of one reference leaves the
    // parts that do not cite it as they were).
    const cited = (part: RulePart) => citedEntries(part.citations, ctx.resolveEntry);
    reportOutsideReferences(ctx, ctx.perPart(FINDINGS, (part) => findingsIn(part, ctx), undefined, ctx.entriesKey, cited));
  },
};

const FINDINGS = {};

/** The findings in one part of the draft (its mentions, with the citations of their sentences). */
function findingsIn(part: RulePart, ctx: RuleContext): Array<Finding & { span: Span }> {
  const out: Array<Finding & { span: Span }> = [];
  // Evidence comes in document order, so the mentions of one sentence (one scope) are consecutive.
  let scopeStart = -1;
  let scopeEntities = 0;
  let reported: string[] = []; // entity ids reported in the current scope
  const evidence = linkEvidence(part.mentions, part.citations, ctx.resolveEntry, part.units);
  for (let i = 0; i < evidence.length; i++) {
    const ev = evidence[i]!;
    if (ev.scope.start !== scopeStart) {
      scopeStart = ev.scope.start;
      scopeEntities = distinctEntities(evidence, i);
      reported = [];
    }
    const e = ev.mention.entity;
    if (!e || ev.mention.status !== 'resolved' || ev.entries.length === 0) continue;
    const texts = textsOf(ev.entries);
    if (!texts) continue;
    // A title alone is short: a sentence listing several entities often cites one broader paper for all of them.
    if (titlesOnly(ev.entries) && scopeEntities > MAX_ENTITIES_FOR_TITLES) continue;
    const names = namesOf(e, ctx.describe(e.id));
    const own = foldedName(ev.mention.text);
    if (texts.some((t) => namesIn(t, names) || own.some((n) => t.includes(n)))) continue;
    if (reported.includes(e.id)) continue;
    reported.push(e.id);
    out.push({
      span: ev.mention.span,
      message: `None of the references cited here (${ev.citationIds.join(', ')}) names ${e.symbol ?? e.name} or its synonyms in its title, abstract or keywords.`,
      related: ev.entries.map((x) => ({ path: x.path, range: x.labelRange, message: x.title ?? x.id })),
    });
  }
  return out;
}
