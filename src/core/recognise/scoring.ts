/**
 * Scoring of recognised mentions against gold lists (used by scripts/score-mentions.ts and the unit
 * tests). Gold conventions: test/fixtures/drafts/README.md (genes by HGNC symbol, isoforms by their
 * parent gene, families and complexes by a lower-case name, drugs by INN, trials by name).
 */
import type { OntologyModel } from '../ontology/bundle';
import { normalizeKey } from '../ontology/normalize';
import type { ParsedDocument } from '../parse/document';
import { derivedIsoformParent } from './refs';
import { isSaltWord } from './salts';
import type { EntityRef, Mention } from './types';

export interface TypeScore {
  /** Gold rows found with the right entity. */
  tp: number;
  gold: number;
  /** Predicted mentions (of this gold-style type) and how many of them match a gold row. */
  pred: number;
  predOk: number;
}

export interface DraftScore {
  byType: Map<string, TypeScore>;
  missed: string[];
  wrong: string[];
  spurious: string[];
}

interface GoldRow {
  line: number;
  text: string;
  type: string;
  expected: string;
}

function parseGold(tsv: string): GoldRow[] {
  const rows: GoldRow[] = [];
  for (const l of tsv.split(/\r?\n/).slice(1)) {
    const [line, text, type, expected] = l.split('\t');
    if (!line || !text || !type || expected === undefined) continue;
    rows.push({ line: Number(line), text, type, expected });
  }
  return rows;
}

const singular = (s: string) => s.replace(/s$/, '');
const nk = (s: string) => normalizeKey(s);

/** The gold-style type of a mention's entity (isoforms count with their type, miRNA genes as mirna). */
export function goldType(r: EntityRef): string {
  return r.type;
}

/** True when entity `r` is what a gold row's `expected` names, under the drafts' conventions. */
export function matchesExpected(model: OntologyModel, r: EntityRef, expected: string): boolean {
  const e = model.entities.get(r.id);
  const exp = nk(expected);
  switch (r.type) {
    case 'gene':
      return r.symbol === expected;
    case 'isoform': {
      const parentId = e?.parent ?? derivedIsoformParent(r.id);
      const parent = parentId ? model.entities.get(parentId) : undefined;
      return parent?.symbol === expected || nk(r.name) === exp || (e?.synonyms ?? []).some((s) => nk(s) === exp);
    }
    case 'mirna': {
      const written = (r.symbol ?? r.name).replace(/^hsa-/, '');
      const want = nk(expected.replace(/^hsa-/, ''));
      if (nk(written) === want) return true;
      // A name without an arm in the gold (hsa-miR-218) is the mature miRNA of either arm (hsa-miR-218-5p), and let-7b
      // is the gene MIRLET7B.
      if (!/-[35]p$/.test(expected) && nk(written.replace(/-[35]p$/, '')) === want) return true;
      if (/^MIRLET7/.test(written) && nk(written.slice(3)) === want) return true;
      // A gold that keeps a miRNA's name from before miRBase gave it a letter (hsa-miR-203, now miR-203a) names the gene
      // that has the old name as an alias (MIR203A: MIR203, miR-203).
      if ([...(e?.aliases ?? []), ...(e?.synonyms ?? [])].some((s) => nk(s.replace(/^hsa-/i, '')) === want)) return true;
      const genes = (e?.precursorGenes ?? []).map((g) => model.entities.get(g)?.symbol);
      const wanted = expected.split('|');
      return wanted.length > 0 && wanted.every((w) => genes.includes(w));
    }
    case 'family':
    case 'complex': {
      const names = [r.id.replace(/^[a-z]+:/, ''), r.name, ...(e?.synonyms ?? [])];
      // A miRNA family is written in the gold as a miRNA of the species ("let-7" → hsa-let-7, "miR-302" → hsa-miR-302).
      const bare = nk(expected.replace(/^hsa-(?=mir|let)/i, ''));
      return names.some((n) => nk(n) === exp || nk(n) === bare || nk(singular(n)) === exp || nk(singular(n.toLowerCase())) === nk(singular(expected)));
    }
    case 'drug':
    case 'trial': {
      const names = [r.name, ...(e?.synonyms ?? []), ...(r.symbol ? [r.symbol] : [])];
      return names.some((n) => nk(n) === exp);
    }
  }
  return false;
}

/**
 * Whether a mention's text and a gold row's text name the same span. The gold of the first sets (drafts, dev, blind,
 * blind2, unseen) leaves the prefix of "anti-CD20" outside the span, that of blind4 onwards keeps it inside: either form
 * of the prefix matches, so that neither convention counts against the other; so does "pan-" (pan-TRK, PREFIX_RE).
 * Likewise a pair of partners written as one token with "::", an en dash or a slash ("CCDC6::RET", "FGF19–FGFR4",
 * "sacubitril/valsartan", "IL-4/IL-13"): blind10, blind13 and blind19 give both rows the whole token, blind12, blind17
 * and blind18 (for some pairs) one span per partner, and the recogniser one mention per partner over the whole token or
 * over each partner. A gold span that adds a compound modifier's suffix to the mention ("CD68-positive", see
 * MODIFIER_SUFFIX_RE) or a salt word after a drug ("prednisolone acetate", withSaltWord) matches too.
 */
export function sameSpanText(mention: string, gold: string): boolean {
  if (mention === gold) return true;
  if (isPartOfPair(mention, gold) || isPartOfPair(gold, mention)) return true;
  if (withModifierSuffix(gold, mention) || withSaltWord(gold, mention)) return true;
  const [long, short] = mention.length > gold.length ? [mention, gold] : [gold, mention];
  return long.endsWith(short) && PREFIX_RE.test(long.slice(0, long.length - short.length));
}

/**
 * The words a compound modifier ends with in the gold of blind145 onwards ("CD68-positive", "G6PD-deficient",
 * "LMX1B-associated", "Gpc3-null"), where some sets keep the modifier inside the span and the recogniser, like the
 * earlier sets, leaves it outside.
 */
const MODIFIER_SUFFIX_RE = /^-(?:positive|negative|derived|mediated|dependent|expressing|deficient|driven|induced|associated|related|specific|null)$/;

/**
 * A prefix that some gold sets keep inside the span and others leave out: "anti-CD20" (blind4 onwards keep it) and
 * "pan-TRK", "pan-PPAR", "pan-FGFR" (blind36, blind126 and later keep it; the recogniser names the family alone).
 */
const PREFIX_RE = /^(?:anti|pan)-$/i;

/** True when the gold span is the mention's text and a compound modifier's suffix ("CD68" for "CD68-positive"). */
function withModifierSuffix(gold: string, mention: string): boolean {
  return gold.length > mention.length && gold.startsWith(mention) && MODIFIER_SUFFIX_RE.test(gold.slice(mention.length));
}

/**
 * True when the gold span is the mention's drug and a salt word after it ("prednisolone acetate" for "prednisolone"):
 * of the golds' "… acetate" drugs 45 keep the salt inside the span and 28 leave it out ("medroxyprogesterone acetate"),
 * and the recogniser, like the latter, names the drug alone (SALT_WORDS).
 */
function withSaltWord(gold: string, mention: string): boolean {
  return gold.length > mention.length + 1 && gold.startsWith(mention) && gold[mention.length] === ' ' && isSaltWord(gold.slice(mention.length + 1));
}

/** True when `joined` is two partners joined by "::", an en dash or a slash and `part` is one of them. */
function isPartOfPair(joined: string, part: string): boolean {
  if (joined.length <= part.length) return false;
  for (const sep of ['::', '\u2013', '/']) {
    const at = joined.indexOf(sep);
    if (at <= 0 || joined.indexOf(sep, at + 1) >= 0) continue;
    if (joined.slice(0, at) === part || joined.slice(at + sep.length) === part) return true;
  }
  return false;
}

/** Scores mentions of a held-out draft against its gold TSV. Mentions in a References section are left out. */
export function scoreDraft(model: OntologyModel, doc: ParsedDocument, mentions: readonly Mention[], goldTsv: string): DraftScore {
  const gold = parseGold(goldTsv);
  const refs = doc.sections.find((s) => /^references?$/i.test(s.title.trim()));
  const pred = mentions.filter((m) => m.entity && !(refs && m.span.start >= refs.span.start && m.span.start < refs.span.end));
  const byType = new Map<string, TypeScore>();
  const ts = (t: string) => {
    let s = byType.get(t);
    if (!s) byType.set(t, (s = { tp: 0, gold: 0, pred: 0, predOk: 0 }));
    return s;
  };
  const used = new Set<number>();
  const missed: string[] = [];
  const wrong: string[] = [];
  const spurious: string[] = [];
  const lineOf = (m: Mention) => doc.lines.positionAt(m.span.start).line + 1;
  for (const g of gold) {
    ts(g.type).gold++;
    let found = -1;
    let sameSpan = -1;
    pred.forEach((m, k) => {
      if (found >= 0 || used.has(k) || lineOf(m) !== g.line || !sameSpanText(m.text, g.text)) return;
      if (matchesExpected(model, m.entity!, g.expected)) found = k;
      else if (sameSpan < 0) sameSpan = k;
    });
    if (found >= 0) {
      used.add(found);
      ts(g.type).tp++;
    } else if (sameSpan >= 0) {
      const m = pred[sameSpan]!;
      wrong.push(`${g.line}\t${g.text}\t${g.type}:${g.expected}\tgot ${m.entity!.type}:${m.entity!.symbol ?? m.entity!.name} (${m.status})`);
    } else missed.push(`${g.line}\t${g.text}\t${g.type}:${g.expected}`);
  }
  pred.forEach((m, k) => {
    const t = m.entity!.type === 'mirna' ? 'mirna' : m.entity!.type;
    ts(t).pred++;
    if (used.has(k)) ts(t).predOk++;
    else spurious.push(`${lineOf(m)}\t${m.text}\t${t}:${m.entity!.symbol ?? m.entity!.name} (${m.status}, ${m.kind})`);
  });
  return { byType, missed, wrong, spurious };
}

/** Scores the review corpus: each gold mention must be found (any occurrence) with the expected entity. */
export function scoreCorpus(model: OntologyModel, mentions: readonly Mention[], goldTsv: string): { ok: number; total: number; failures: string[] } {
  const failures: string[] = [];
  let ok = 0;
  let total = 0;
  for (const l of goldTsv.split(/\r?\n/).slice(1)) {
    const [text, expected] = l.split('\t');
    if (!text || !expected) continue;
    total++;
    // The exact text, or a longer mention that contains it as whole words ("NF-κB p65" for p65).
    const found = mentions.filter((m) => m.text === text || containsWord(m.text, text));
    const good = found.some((m) => corpusMatch(model, m, expected));
    if (good) ok++;
    else failures.push(`${text}\t${expected.split(' ')[0]}\tgot ${found.map((m) => `${m.entity?.symbol ?? m.entity?.name}(${m.status}${m.candidates ? ':' + m.candidates.map((c) => c.symbol ?? c.name).join('|') : ''})`).join(', ') || 'nothing'}`);
  }
  return { ok, total, failures };
}

function corpusMatch(model: OntologyModel, m: Mention, expected: string): boolean {
  const exp = expected.split(' ')[0]!;
  if (!m.entity) return false;
  const amb = /^AMBIGUOUS:(.+)$/.exec(exp);
  if (amb) {
    const want = amb[1]!.split('|');
    const have = (m.candidates ?? []).map((c) => c.symbol);
    return m.status === 'ambiguous' && want.every((w) => have.includes(w));
  }
  const typed = /^(FAM|CPX|ISO):(.+)$/.exec(exp);
  if (typed) {
    const type = { FAM: 'family', CPX: 'complex', ISO: 'isoform' }[typed[1] as 'FAM' | 'CPX' | 'ISO'];
    if (m.entity.type !== type) return false;
    const e = model.entities.get(m.entity.id);
    const names = [m.entity.id.replace(/^[a-z]+:/, ''), m.entity.name, ...(e?.synonyms ?? [])];
    return names.some((n) => nk(n) === nk(typed[2]!));
  }
  if (m.entity.type === 'mirna') return matchesExpected(model, m.entity, exp);
  return m.entity.type === 'gene' && m.entity.symbol === exp;
}

function containsWord(hay: string, needle: string): boolean {
  const at = hay.indexOf(needle);
  if (at < 0) return false;
  const before = at === 0 ? '' : hay[at - 1]!;
  const after = hay[at + needle.length] ?? '';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}
