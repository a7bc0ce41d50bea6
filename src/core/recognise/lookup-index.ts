/**
 * The recogniser's lookup index: normalised key → entries (entity id, rank, match kind, case rule),
 * plus the set of key prefixes at which a longer match may continue. `buildLookupIndex` builds the
 * tables from an `OntologyModel` (bundle columns read directly, overlay entities through the
 * model); the recogniser reads them through `LookupIndex`, either over these tables or over the
 * packed form generated at build time (packed-index.ts).
 */
import type { OntologyEntity, OntologyModel } from '../ontology/bundle';
import { atomKey, surfaceKey } from './keys';
import type { Lexicon } from './lexicon';
import type { MatchKind } from './types';

/** Ranks: lower wins. Stop terms beat everything; curated > official symbol > full name > alias. */
export const RANK = { stop: -1, curated: 0, symbol: 1, name: 2, derived: 2, alias: 3 } as const;

export interface IndexEntry {
  /** Entity id; empty for stop terms. */
  id: string;
  rank: number;
  kind: MatchKind;
  /** The surface as indexed (atoms joined, case kept). */
  form: string;
  /** Case rule: `short` (≤3-character key: exact case, or mixed case like NmU), `exact` (English word, stop term). */
  strict?: 'short' | 'exact';
  /** The surface has letters and none is lower case: an all-lower-case text never matches it. */
  upperOnly?: boolean;
  stop?: boolean;
  nonEntity?: boolean;
  /** A curated synonym with a common other reading (ER, PR, MIB-1): context decides. */
  ambiguous?: boolean;
}

/** The tables `buildLookupIndex` makes. */
export interface LookupTables {
  map: Map<string, IndexEntry[]>;
  /** Keys at atom boundaries of multi-atom surfaces (cyclin → cyclin D1). */
  prefixes: Set<string>;
  /** Keys at letter↔digit transitions of codes (IGF → IGF1R, so IGF-1R matches); not used after a lower-case word. */
  codePrefixes: Set<string>;
}

/** What the recogniser asks of an index. Entry lists are shared: treat them as read-only. */
export interface LookupIndex {
  /** Entries of a key; undefined when the key has none (it may still be a prefix). */
  get(key: string): IndexEntry[] | undefined;
  /** The key has entries. */
  has(key: string): boolean;
  /** The key is an atom-boundary prefix of a longer surface. */
  isPrefix(key: string): boolean;
  /** The key is a letter↔digit prefix of a code. */
  isCodePrefix(key: string): boolean;
}

/** A `LookupIndex` over tables built in memory. */
export function tablesIndex(t: LookupTables): LookupIndex {
  return {
    get: (key) => t.map.get(key),
    has: (key) => t.map.has(key),
    isPrefix: (key) => t.prefixes.has(key),
    isCodePrefix: (key) => t.codePrefixes.has(key),
  };
}

/** Indexes supplied for a model and lexicon instead of being built (the packed index of the bundled ontology). */
const provided = new WeakMap<OntologyModel, WeakMap<Lexicon, LookupIndex>>();

/** Makes `lookupIndexFor(model, lex)` return `index` instead of building one; the caller vouches that they are equal. */
export function provideLookupIndex(model: OntologyModel, lex: Lexicon, index: LookupIndex): void {
  let byLex = provided.get(model);
  if (!byLex) provided.set(model, (byLex = new WeakMap()));
  byLex.set(lex, index);
}

/** The index of `model` with `lex`: the one provided, else built once and kept while the model lives. */
export function lookupIndexFor(model: OntologyModel, lex: Lexicon): LookupIndex {
  let byLex = provided.get(model);
  if (!byLex) provided.set(model, (byLex = new WeakMap()));
  let index = byLex.get(lex);
  if (!index) byLex.set(lex, (index = tablesIndex(buildLookupIndex(model, lex))));
  return index;
}

function isAsciiLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
function hasLower(s: string): boolean {
  return s !== s.toUpperCase();
}
function hasUpper(s: string): boolean {
  return s !== s.toLowerCase();
}

/** Builds the index tables. `lex.english` decides which keys are English words (exact case only). */
export function buildLookupIndex(model: OntologyModel, lex: Lexicon): LookupTables {
  const map = new Map<string, IndexEntry[]>();
  const prefixes = new Set<string>();
  const codePrefixes = new Set<string>();

  const add = (surface: string, id: string, rank: number, kind: MatchKind, extra?: Partial<IndexEntry>): void => {
    if (!surface) return;
    const sk = surfaceKey(surface);
    if (!sk) return;
    const { key, exact, prefixes: pre } = sk;
    const spaced = key.indexOf(' ') >= 0;
    const e: IndexEntry = extra ? { id, rank, kind, form: exact, ...extra } : { id, rank, kind, form: exact };
    if (kind !== 'name') {
      const compactLength = spaced ? key.replace(/ /g, '').length : key.length;
      const english = compactLength <= 20 && !hasDigit(key) && lex.english.has(isAsciiLetters(exact) ? exact.toLowerCase() : exact.toLowerCase().replace(/[^a-z]/g, ''));
      // A source alias with lower case that is an English word (Era, Met) is dropped; ALL-CAPS ones (SET, REST) keep exact case.
      if (english && kind === 'alias' && hasLower(exact)) return;
      if (compactLength <= 3) e.strict = 'short';
      else if (english) e.strict = 'exact';
      if (!hasLower(exact) && hasUpper(exact)) e.upperOnly = true;
    }
    const list = map.get(key);
    if (list) {
      for (const x of list) if (x.id === id && x.rank <= rank && x.form === exact) return;
      list.push(e);
    } else map.set(key, [e]);
    for (const p of pre) prefixes.add(p);
    // Continue matching at letter↔digit transitions, so IGF-1R finds IGF1R and HER-2 finds HER2.
    if (!spaced && kind !== 'name' && key.length <= 24 && hasDigit(key)) {
      let a = key.charCodeAt(0) <= 57;
      for (let c = 1; c < key.length; c++) {
        const b = key.charCodeAt(c) <= 57;
        if (a !== b) codePrefixes.add(key.slice(0, c));
        a = b;
      }
    }
  };

  // Overlay entities (curated, derived, user) and the genes/miRNAs they override.
  const overlay = new Set<string>(model.entities.overlayKeys ? model.entities.overlayKeys() : []);
  if (!model.entities.overlayKeys) for (const id of model.entities.keys()) if (!/^(?:ncbigene|mirbase):/.test(id)) overlay.add(id);

  // Genes from the columns.
  const g = model.columns.genes;
  // Full names of protein-coding and miRNA genes only ("long intergenic non-protein coding RNA 1234" is never prose).
  const namedType = g.types.map((t) => t === 'protein-coding' || t === 'miRNA');
  // Lower-case one-word aliases that name a class (the first word of several gene names: mucin, hexokinase,
  // kallikrein, myosin) or end in -ase (helicase, sulfatase) do not name one gene.
  const firstWords = new Map<string, number>();
  for (const name of g.name) {
    const c = name.charCodeAt(0);
    if (c < 97 || c > 122) continue;
    const sp = name.indexOf(' ');
    const w = sp > 0 ? name.slice(0, sp) : name;
    firstWords.set(w, (firstWords.get(w) ?? 0) + 1);
  }
  const classNoun = (a: string) => {
    const c = a.charCodeAt(0);
    return c >= 97 && c <= 122 && a.length >= 5 && /^[a-z]+$/.test(a) && (a.endsWith('ase') || (firstWords.get(a) ?? 0) >= 2);
  };
  for (let i = 0; i < g.id.length; i++) {
    const id = `ncbigene:${g.id[i]}`;
    if (overlay.has(id)) continue;
    const aliases = g.aliases[i] ? g.aliases[i]!.split('|').filter((a) => !classNoun(a)) : [];
    indexGene(add, id, g.symbol[i]!, namedType[g.type[i]!] ? g.name[i]! : '', aliases, [], []);
  }
  // Name heads before a comma that no other gene shares and that are not English words ("furin", "catalase").
  const headCount = new Map<string, number>();
  const headOf = (name: string) => {
    const comma = name.indexOf(',');
    return comma > 0 && name.lastIndexOf(' ', comma) < 0 ? name.slice(0, comma) : '';
  };
  for (const name of g.name) {
    const h = headOf(name);
    if (h) headCount.set(h, (headCount.get(h) ?? 0) + 1);
  }
  for (let i = 0; i < g.id.length; i++) {
    const h = headOf(g.name[i]!);
    // Class nouns ending in -ase ("endonuclease") name many enzymes, not this one.
    if (h && headCount.get(h) === 1 && h.length >= 5 && /^[a-z]+$/.test(h) && !h.endsWith('ase') && !lex.english.has(h)) add(h, `ncbigene:${g.id[i]}`, RANK.name, 'name');
  }

  for (const id of overlay) {
    const e = model.entities.get(id);
    if (e) indexEntity(add, e);
  }

  for (const s of model.stoplist) {
    const sk = surfaceKey(s.term);
    if (!sk) continue;
    const entry: IndexEntry = { id: '', rank: RANK.stop, kind: 'curated', form: sk.exact, stop: true };
    if (s.caseSensitive) entry.strict = 'exact';
    const list = map.get(sk.key);
    if (list) list.push(entry);
    else map.set(sk.key, [entry]);
    for (const p of sk.prefixes) prefixes.add(p);
  }
  return { map, prefixes, codePrefixes };
}

type Add = (surface: string, id: string, rank: number, kind: MatchKind, extra?: Partial<IndexEntry>) => void;

const GREEK_OF: Readonly<Record<string, string>> = { alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ' };
/** Prose forms of systematic names: "integrin subunit alpha 4" → α4 integrin, "adrenoceptor beta 1" → β1-adrenergic receptor. */
const NAME_VARIANTS: ReadonlyArray<[RegExp, (g: string, n: string) => string[]]> = [
  [/^integrin subunit (alpha|beta) ([0-9]+[a-z]?|[A-Z])$/, (g, n) => [`${g}${n} integrin`, `integrin ${g}${n}`, `${g}${n}-integrin`]],
  [/^adrenoceptor (alpha|beta) ([0-9][A-D]?)$/, (g, n) => [`${g}${n}-adrenergic receptor`, `${g}${n} adrenergic receptor`, `${g}${n}-adrenoceptor`, `${g}${n} adrenoceptor`]],
];

function wordCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 45 || c === 44 || c === 47) n++;
  }
  return n;
}

function indexGene(add: Add, id: string, symbol: string, name: string, aliases: readonly string[], synonyms: readonly string[], ambiguous: readonly string[]): void {
  add(symbol, id, RANK.symbol, 'symbol');
  // Full names of up to six words: longer systematic names are rarely written out in prose.
  if (name && !name.startsWith('uncharacterized') && wordCount(name) <= 6) {
    add(name, id, RANK.name, 'name');
    const c = name.charCodeAt(0);
    if (c === 105 || c === 97) {
      for (const [re, make] of NAME_VARIANTS) {
        const m = re.exec(name);
        if (m) for (const v of make(GREEK_OF[m[1]!]!, m[2]!)) add(v, id, RANK.name, 'name');
      }
    }
  }
  for (const a of aliases) add(a, id, RANK.alias, 'alias');
  const amb = new Set(ambiguous);
  for (const s of synonyms) add(s, id, RANK.curated, 'curated', amb.has(s) ? { ambiguous: true } : undefined);
}

function indexEntity(add: Add, e: OntologyEntity): void {
  if (e.type === 'gene' || e.type === 'mirna') {
    if (e.id.startsWith('mirbase:')) {
      // Mature miRNAs are found by the miRNA grammar; index only their curated synonyms.
      for (const s of e.synonyms) add(s, e.id, RANK.curated, 'curated');
    } else indexGene(add, e.id, e.symbol ?? e.name, e.name, e.aliases, e.synonyms, e.ambiguous ?? []);
    return;
  }
  const nonEntity = e.type === 'nonentity-class';
  const rank = e.source === 'derived' ? RANK.derived : RANK.curated;
  const extra = nonEntity ? { nonEntity: true } : undefined;
  const names = [e.name, ...e.synonyms, ...(e.codes ?? []), ...(e.brands ?? [])];
  if (e.symbol) names.push(e.symbol);
  for (const n of names) {
    // "HERA trial": the mention is the acronym; the word "trial" stays outside the span.
    if (e.type === 'trial' && / (?:trial|study)$/i.test(n)) continue;
    add(n, e.id, rank, 'curated', extra);
  }
  if (e.nct) add(e.nct, e.id, rank, 'curated');
}

/** Key of one atom, exported for the scanner. */
export { atomKey };
