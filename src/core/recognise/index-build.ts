/**
 * The steps that fill the lookup index, in the order the build runs them (the order of a key's entries follows it):
 *
 * 1. genes from the bundle columns that no overlay entity replaces (symbol, full name, aliases);
 * 2. gene name heads ("furin", "catalase");
 * 3. overlay entities: curated, derived and user entities, and the genes and miRNAs they give synonyms to;
 * 4. stop terms.
 *
 * Entries go to an `IndexSink`: the tables of a full build, or the small tables of an overlay over a prebuilt index.
 */
import type { OntologyEntity, OntologyModel } from '../ontology/bundle';
import { addAbbreviatedNames } from './abbreviated-names';
import { surfaceKey } from './keys';
import type { Lexicon } from './lexicon';
import type { IndexEntry } from './lookup-index';
import type { MatchKind } from './types';

/** Ranks: lower wins. Stop terms beat everything; curated > official symbol > full name > alias. */
export const RANK = { stop: -1, curated: 0, symbol: 1, name: 2, derived: 2, alias: 3 } as const;

/** Where the steps put entries and prefixes. */
export interface IndexSink {
  /** Entries already at `key` (an entry of the same entity, form and no better rank is not added twice). */
  at(key: string): readonly IndexEntry[] | undefined;
  put(key: string, e: IndexEntry): void;
  prefix(key: string): void;
  codePrefix(key: string): void;
}

/** Adds a surface form of an entity. */
export type Add = (surface: string, id: string, rank: number, kind: MatchKind, extra?: Partial<IndexEntry>) => void;

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

/** The `add` of the build: keys the surface, sets its case rule (`lex.english`: English words match in exact case only), skips duplicates, records prefixes. */
export function entryAdder(lex: Lexicon, sink: IndexSink): Add {
  return (surface, id, rank, kind, extra) => {
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
    const list = sink.at(key);
    if (list) for (const x of list) if (x.id === id && x.rank <= rank && x.form === exact) return;
    sink.put(key, e);
    for (const p of pre) sink.prefix(p);
    // Continue matching at letter↔digit transitions, so IGF-1R finds IGF1R and HER-2 finds HER2.
    if (!spaced && kind !== 'name' && key.length <= 24 && hasDigit(key)) {
      let a = key.charCodeAt(0) <= 57;
      for (let c = 1; c < key.length; c++) {
        const b = key.charCodeAt(c) <= 57;
        if (a !== b) sink.codePrefix(key.slice(0, c));
        a = b;
      }
    }
  };
}

/** Ids indexed in step 3 (curated, derived and user entities, genes and miRNAs with curated synonyms), in build order. */
export function overlayIds(model: OntologyModel): Set<string> {
  const overlay = new Set<string>(model.entities.overlayKeys ? model.entities.overlayKeys() : []);
  if (!model.entities.overlayKeys) for (const id of model.entities.keys()) if (!/^(?:ncbigene|mirbase):/.test(id)) overlay.add(id);
  return overlay;
}

/** Step 1 for one bundle gene row. Make one `GeneRows` per model: it holds the class nouns of the gene names. */
export class GeneRows {
  /** Full names of protein-coding and miRNA genes only ("long intergenic non-protein coding RNA 1234" is never prose). */
  private readonly namedType: boolean[];
  /** First words of lower-case gene names, with their counts. */
  private readonly firstWords = new Map<string, number>();

  constructor(private readonly model: OntologyModel) {
    const g = model.columns.genes;
    this.namedType = g.types.map((t) => t === 'protein-coding' || t === 'miRNA');
    for (const name of g.name) {
      const c = name.charCodeAt(0);
      if (c < 97 || c > 122) continue;
      const sp = name.indexOf(' ');
      const w = sp > 0 ? name.slice(0, sp) : name;
      this.firstWords.set(w, (this.firstWords.get(w) ?? 0) + 1);
    }
  }

  /**
   * Lower-case one-word aliases that name a class (the first word of several gene names: mucin, hexokinase,
   * kallikrein, myosin) or end in -ase (helicase, sulfatase) do not name one gene.
   */
  private classNoun(a: string): boolean {
    const c = a.charCodeAt(0);
    return c >= 97 && c <= 122 && a.length >= 5 && /^[a-z]+$/.test(a) && (a.endsWith('ase') || (this.firstWords.get(a) ?? 0) >= 2);
  }

  /**
   * Whether a gene's alias may name that gene in prose: not a class noun (myosin, helicase) nor a Roman numeral (VIII).
   * The same test holds for a gene with curated synonyms, indexed with the overlay entities.
   */
  namesOneGene(alias: string): boolean {
    return !this.classNoun(alias) && !ROMAN_NUMERAL_RE.test(alias);
  }

  /** Adds gene row `i`: symbol, full name, aliases. */
  add(add: Add, i: number): void {
    const g = this.model.columns.genes;
    const symbol = g.symbol[i]!;
    // Provisional LOC genes (paralogues, readthroughs, "-like" copies) are found by their symbol only: their aliases
    // and one-word names belong to the well-known gene they copy (IgA, actin, UPP).
    // Their names too: "cytochrome P450 2D6" is the name of a provisional copy, and prose means CYP2D6 by it.
    const provisional = symbol.startsWith('LOC');
    // A Roman numeral is no alias in prose ("VIII" of COX8A is factor VIII or a collagen type).
    const aliases = g.aliases[i] && !provisional ? g.aliases[i]!.split('|').filter((a) => this.namesOneGene(a)) : [];
    const name = this.namedType[g.type[i]!] && !provisional ? g.name[i]! : '';
    indexGene(add, `ncbigene:${g.id[i]}`, symbol, name, aliases, [], []);
  }
}

/** A Roman numeral, perhaps with a letter: "VIII", "IIIb". */
const ROMAN_NUMERAL_RE = /^[IVX]{2,5}[a-z]?$/;

/** Class nouns that end many protein names; with a number alone they name no one gene. */
const CLASS_NOUNS: ReadonlySet<string> = new Set(['transporter', 'receptor', 'protein', 'factor', 'kinase', 'subunit', 'channel', 'antigen',
  'member', 'regulator', 'component', 'domain', 'homolog', 'molecule', 'enzyme', 'carrier', 'exchanger', 'cotransporter', 'symporter']);

/** Endings of adjectives, which head no protein name on their own. */
const ADJECTIVE_END_RE = /(?:al|ic|ous|ive|ary|ory|ful|less|able|ible)$/;

/** Endings of disease names (-osis, -itis, -aemia, -pathy, -plasia, -trophy). */
const DISEASE_WORD_END_RE = /(?:osis|itis|a?emia|pathy|plasia|trophy)$/;

/** A last word that qualifies rather than names: a participle (induced, associated) or an adjective ending. */
const QUALIFIER_WORD_END_RE = /(?:^|[ -])(?:[a-z]+(?:ed|al|ic|ous|ive|ary|ory|ful|less|able|ible)|like|rich|containing|dependent|specific)$/;

/** After the comma of "leucine, glutamate and lysine rich 1": more listed words, then "and". */
const ENUMERATION_AFTER_COMMA_RE = /^ [a-z-]+(?:, [a-z-]+)* and /;

/** Step 2: name heads before a comma that no other gene shares and that are not English words ("furin", "catalase"). */
export function addNameHeads(model: OntologyModel, lex: Lexicon, add: Add): void {
  const g = model.columns.genes;
  const headCount = new Map<string, number>();
  const namedType = g.types.map((t) => t === 'protein-coding' || t === 'miRNA');
  // Also heads of two to four words that end in a member designator ("mucin 5B, oligomeric mucus/gel-forming"),
  // but not chemical names cut at a locant comma ("GDP-mannose 4,6-dehydratase").
  const headOf = (name: string) => {
    const comma = name.indexOf(',');
    if (comma <= 0 || isDigitCode(name.charCodeAt(comma + 1))) return '';
    // "leucine, glutamate and lysine rich 1": the comma lists words, and the first is no name of the gene.
    if (ENUMERATION_AFTER_COMMA_RE.test(name.slice(comma + 1))) return '';
    const head = name.slice(0, comma);
    if (name.lastIndexOf(' ', comma) < 0) return head;
    const words = head.split(' ');
    // "transporter 2" (of "transporter 2, ATP binding cassette subfamily B member", TAP2) is a class noun and a number:
    // in prose it ends other names ("vesicular monoamine transporter 2", "organic anion transporter 1"). A letter
    // designator stays: "protein C", "protein S" name their genes.
    if (words.length === 2 && CLASS_NOUNS.has(words[0]!) && /^[0-9]+$/.test(words[1]!)) return '';
    return words.length <= 4 && DESIGNATOR_RE.test(words[words.length - 1]!) ? head : '';
  };
  // A pseudogene's name repeats its gene's ("polycystin 1, … pseudogene 1" of PKD1P1): it neither shares a head nor has one.
  const pseudo = g.types.map((t) => t === 'pseudo');
  for (let i = 0; i < g.id.length; i++) {
    const h = pseudo[g.type[i]!] ? '' : headOf(g.name[i]!);
    if (h) headCount.set(h, (headCount.get(h) ?? 0) + 1);
  }
  for (let i = 0; i < g.id.length; i++) {
    const h = pseudo[g.type[i]!] ? '' : headOf(g.name[i]!);
    // Class nouns ending in -ase ("endonuclease") name many enzymes, not this one; a provisional LOC gene's head
    // ("actin" of "actin, cytoplasmic 1-like") belongs to the gene it copies.
    if (!h || headCount.get(h) !== 1 || g.symbol[i]!.startsWith('LOC')) continue;
    // A one-word head is a noun ("furin"), not an adjective ("musculoskeletal" of MUSTN1's "musculoskeletal,
    // embryonic nuclear protein 1").
    // Nor a disease ("blepharophimosis" of BPESC1's "blepharophimosis, epicanthus inversus and ptosis, candidate 1").
    if (h.indexOf(' ') > 0 ? namedType[g.type[i]!] : h.length >= 5 && /^[a-z]+$/.test(h) && !h.endsWith('ase') && !ADJECTIVE_END_RE.test(h) && !DISEASE_WORD_END_RE.test(h) && !lex.english.has(h)) add(h, `ncbigene:${g.id[i]}`, RANK.name, 'name');
  }
  addLoneSeriesNames(g.name, g.id, g.type, namedType, lex, add);
  const coding = g.types.map((t) => t === 'protein-coding');
  addReceptorProseNames(g.name, g.symbol, g.id, coding, g.type, add);
  addAbbreviatedNames(g.name, g.symbol, g.id, coding, g.type, RANK.name, add);
  for (const pair of paralogPairs(model)) {
    for (const surface of pair.surfaces) {
      add(surface, pair.ids[0], RANK.derived, 'normalised', { pair: true });
      add(surface, pair.ids[1], RANK.derived, 'normalised', { pair: true });
    }
  }
}

/** Two genes that make one protein, and the names the gene data gives that protein (see `paralogPairs`). */
export interface ParalogPair {
  ids: [string, string];
  symbols: [string, string];
  surfaces: string[];
}

/** Member designators of a two-gene series: the symbols' last character, and the last word of their names. */
const PAIR_SUFFIXES: ReadonlyArray<[string, string]> = [['1', '2'], ['A', 'B']];
const NAME_DESIGNATORS: ReadonlyArray<[string, string]> = [['1', '2'], ['A', 'B'], ['alpha', 'beta'], ['I', 'II']];
/** Alias series: the aliases of the two genes that name them as members 1 and 2 of one protein name (CGRP1, CGRP2). */
const ALIAS_SERIES: ReadonlyArray<[string, string]> = [['1', '2'], ['-1', '-2'], ['-I', '-II'], ['-alpha', '-beta']];

/** A gene name without a final qualifier: ", telomeric", " (Rodgers blood group)". */
function nameCore(name: string): string {
  const q = QUALIFIER_RE.exec(name);
  const n = q ? q[1]! : name;
  const comma = n.indexOf(', ');
  return comma > 0 ? n.slice(0, comma) : n;
}

/**
 * One protein, two genes (SMN1 and SMN2 make SMN; HBA1 and HBA2 α-globin; C4A and C4B complement C4; CALCA and
 * CALCB CGRP): pairs of protein-coding genes that the gene data treats as two copies of one product. Both conditions:
 *
 * - one series of exactly two: symbols that differ only in a last character 1/2 or A/B (SMN1, SMN2), and names that
 *   differ only in the last word's designator once qualifiers are left out ("survival of motor neuron 1, telomeric",
 *   "survival of motor neuron 2, centromeric"), with no third gene named with the same stem and designator;
 * - a product the data names once for both: an alias that these two genes and no other hold (BCD541 of SMN1 and
 *   SMN2), or an alias of one that the data numbers for both (CGRP of CALCA, with CGRP1 and CGRP2).
 *
 * Ordinary paralogs (ESR1 and ESR2, CHEK1 and CHEK2) share a name stem but no such alias, and stay two genes; nor
 * are two subunits of a complex ("TSC complex subunit 1" and "… 2") one product. The surfaces of a pair are the
 * aliases shared as above, then the symbols' stem when an alias is shared and no gene has the stem as its symbol
 * (SMN, C4), and the alias stem of a numbered series (CGRP).
 */
export function paralogPairs(model: OntologyModel): ParalogPair[] {
  const g = model.columns.genes;
  let pairs = pairMemo.get(g);
  if (!pairs) pairMemo.set(g, (pairs = paralogPairsOf(g)));
  return pairs;
}

/** `paralogPairs` by bundle columns: a model a user ontology made shares them, and its overlay index asks again. */
const pairMemo = new WeakMap<object, ParalogPair[]>();

/** `paralogPairs` of gene columns (not memoised). */
export function paralogPairsOf(g: OntologyModel['columns']['genes']): ParalogPair[] {
  const coding = g.types.indexOf('protein-coding');
  const row = new Map<string, number>();
  for (let i = 0; i < g.symbol.length; i++) if (g.type[i] === coding) row.set(g.symbol[i]!, i);
  const aliasesOf = (i: number): string[] => (g.aliases[i] ? g.aliases[i]!.split('|') : []);
  const stemOf = (name: string): [string, string] | undefined => {
    const core = nameCore(name);
    const sp = core.lastIndexOf(' ');
    return sp > 0 ? [core.slice(0, sp), core.slice(sp + 1)] : undefined;
  };
  // Candidates first (symbols of one series of two, names with one stem): only their stems and aliases are counted.
  const found: Array<{ a: string; b: string; i: number; j: number; stem: string; nameStem: string; designated: boolean }> = [];
  for (const [a, i] of row) {
    for (const [x, y] of PAIR_SUFFIXES) {
      if (a.length < 3 || !a.endsWith(x)) continue;
      const stem = a.slice(0, -1);
      const j = row.get(stem + y);
      if (j === undefined) continue;
      const na = stemOf(g.name[i]!);
      const nb = stemOf(g.name[j]!);
      // "TSC complex subunit 1" / "… subunit 2": the designator tells two subunits of a complex apart, not two copies.
      if (!na || !nb || na[0] !== nb[0] || na[0].endsWith(' subunit')) continue;
      // "complement C4A" / "complement C4B": the designator is the symbol's own; else one of a stem of exactly two genes.
      const own = na[1] === a && nb[1] === stem + y;
      if (own || NAME_DESIGNATORS.some(([p, q]) => na[1] === p && nb[1] === q)) found.push({ a, b: stem + y, i, j, stem, nameStem: na[0], designated: !own });
    }
  }
  if (!found.length) return [];
  const stemCount = new Map<string, number>();
  for (const f of found) if (f.designated) stemCount.set(f.nameStem, 0);
  const owners = new Map<string, number>();
  for (const f of found) {
    const bb = new Set(aliasesOf(f.j));
    for (const s of aliasesOf(f.i)) if (bb.has(s)) owners.set(s, 0);
  }
  for (let i = 0; i < g.name.length; i++) {
    const name = g.name[i]!;
    const sp = name.lastIndexOf(' ');
    if (sp <= 0) continue;
    // (A name with no qualifier, most of them, has its stem before its last space.)
    const plain = name.charCodeAt(name.length - 1) !== 41 && name.indexOf(', ') < 0;
    const st = plain ? name.slice(0, sp) : stemOf(name)?.[0];
    if (st !== undefined && stemCount.has(st)) stemCount.set(st, stemCount.get(st)! + 1);
    const al = g.aliases[i];
    if (al && owners.size) for (const s of al.split('|')) if (owners.has(s)) owners.set(s, owners.get(s)! + 1);
  }
  const symbols = new Set(g.symbol);
  const pairs: ParalogPair[] = [];
  for (const f of found) {
    if (f.designated && stemCount.get(f.nameStem) !== 2) continue;
    const aa = aliasesOf(f.i);
    const bb = new Set(aliasesOf(f.j));
    // Evidence of one product: an alias of these two genes only. It stays a surface too (BCD541, HBH).
    const surfaces: string[] = [];
    for (const s of aa) if (bb.has(s) && owners.get(s) === 2) surfaces.push(s);
    const shared = surfaces.length > 0;
    for (const s of aa) {
      for (const [p, q] of ALIAS_SERIES) {
        if (!s.endsWith(p) || s.length - p.length < 2) continue;
        const base = s.slice(0, -p.length);
        if (bb.has(base + q) && (aa.includes(base) || bb.has(base)) && !symbols.has(base)) surfaces.push(base);
      }
    }
    if (!surfaces.length) continue;
    // The symbols' stem names the product only where an alias is shared (a numbered alias series alone, CGRP1 and
    // CGRP2, vouches for its own stem, not for CALC; DNASE1 and DNASE2 are two enzymes of a class, "DNase").
    if (shared && !symbols.has(f.stem) && /[A-Z]/.test(f.stem) && f.stem.length >= 2) surfaces.unshift(f.stem);
    pairs.push({ ids: [`ncbigene:${g.id[f.i]}`, `ncbigene:${g.id[f.j]}`], symbols: [f.a, f.b], surfaces: [...new Set(surfaces)] });
  }
  return pairs;
}

/** A receptor's name: the ligand's name, "receptor", perhaps a member designator ("corticotropin releasing hormone receptor 1"). */
const LIGAND_RECEPTOR_RE = /^(.+) receptor(?: ([0-9][A-Z]?|[A-Z][0-9]?))?$/;
/** C-C motif chemokine receptor 5: prose leaves out "motif" and may write "type" (C-C chemokine receptor type 5, CC chemokine receptor 5). */
const CHEMOKINE_RECEPTOR_RE = /^(C-C|C-X-C|C-X3-C|X-C) motif chemokine receptor ([0-9]+)$/;
/** A symbol of letters, perhaps with a number (CRH, EPO, IGF1), that prose writes before "receptor". */
const LIGAND_SYMBOL_RE = /^[A-Z]{2,6}[0-9]?$/;

/**
 * Prose names of receptors (protein-coding genes only):
 *
 * - the receptor named after the comma of a "X proto-oncogene, Y receptor" or "A, B receptor" name that no other gene
 *   has ("MPL proto-oncogene, thrombopoietin receptor" → thrombopoietin receptor; "plasminogen activator, urokinase
 *   receptor" → urokinase receptor), so that the ligand's own name (thrombopoietin) does not end the match;
 * - chemokine receptors without "motif", with or without "type" (C-C chemokine receptor type 5, CXC chemokine receptor 4);
 * - a ligand's receptor with the ligand's symbol for its name ("corticotropin releasing hormone receptor 1" → CRH
 *   receptor 1, "erythropoietin receptor" → EPO receptor), where the ligand's full name is another gene's.
 */
function addReceptorProseNames(names: readonly string[], symbols: readonly string[], ids: readonly number[], coding: readonly boolean[], types: readonly number[], add: Add): void {
  const tails = new Map<string, number>();
  const symbolOfName = new Map<string, string>();
  for (let i = 0; i < names.length; i++) {
    if (!coding[types[i]!]) continue;
    const name = names[i]!;
    symbolOfName.set(name, symbols[i]!);
    const comma = name.indexOf(', ');
    if (comma > 0) tails.set(name.slice(comma + 2), (tails.get(name.slice(comma + 2)) ?? 0) + 1);
  }
  for (let i = 0; i < names.length; i++) {
    if (!coding[types[i]!]) continue;
    const name = names[i]!;
    const id = `ncbigene:${ids[i]}`;
    const comma = name.indexOf(', ');
    if (comma > 0) {
      const tail = name.slice(comma + 2);
      const words = tail.split(' ');
      if (tails.get(tail) === 1 && words.length >= 2 && words.length <= 3 && words[words.length - 1] === 'receptor' && /^[a-z]{4,}$/.test(words[0]!)) add(tail, id, RANK.name, 'name');
    }
    // "oxytocin receptors", "insulin receptors": a receptor's name in the plural, for the gene it names.
    if (name.endsWith(' receptor') && !name.includes(', ')) add(`${name}s`, id, RANK.name, 'name');
    const chemokine = CHEMOKINE_RECEPTOR_RE.exec(name);
    if (chemokine) for (const v of [`${chemokine[1]} chemokine receptor type ${chemokine[2]}`, `${chemokine[1]} chemokine receptor ${chemokine[2]}`]) add(v, id, RANK.name, 'name');
    const r = LIGAND_RECEPTOR_RE.exec(name);
    if (!r) continue;
    const ligand = symbolOfName.get(r[1]!);
    if (ligand && LIGAND_SYMBOL_RE.test(ligand) && ligand !== symbols[i]) add(`${ligand} receptor${r[2] ? ` ${r[2]}` : ''}`, id, RANK.name, 'name');
  }
}

/** A phrase ending in a spelled Greek letter. */
const GREEK_WORD_END_RE = / (?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|kappa|lambda)$/;
/** A phrase ending in a noun that names a class of proteins. */
const CLASS_NOUN_END_RE = / (?:factor|transporter|protein|regulator|receptor|channel|subunit|domain|binding)$/;
/** A word that numbers or letters a member of a series: 1, 2A, B1, C. */
const MEMBER_CODE_RE = /^(?:[0-9]+[A-Za-z]?|[A-Z]{1,2}[0-9]*)$/;
/** A name ending in a member number: the name before it and the number. */
const SERIES_NAME_RE = /^([a-z][a-z-]+(?: [a-z][a-z-]+){0,3}) (\d+)$/;

/**
 * Names numbered as the first of a series that has no other member ("menin 1", "nucleophosmin 1", "fibronectin 1"):
 * prose writes them without the number (menin, nucleophosmin). Not when another gene's name starts with the same
 * words and a member code (kallikrein 1 beside kallikrein B1; "fibronectin leucine rich …" is no member), nor for one
 * word that is English or ends in -ase (a class noun).
 */
function addLoneSeriesNames(names: readonly string[], ids: readonly number[], types: readonly number[], namedType: readonly boolean[], lex: Lexicon, add: Add): void {
  const members = new Map<string, number>();
  const starts = new Map<string, number>();
  /** How many names each stem opens, with any words after it. */
  const opens = new Map<string, number>();
  const whole = new Set(names);
  for (const name of names) {
    const m = SERIES_NAME_RE.exec(name);
    if (m) members.set(m[1]!, (members.get(m[1]!) ?? 0) + 1);
    // Every word prefix of the name (up to four words) followed by a member code (kallikrein B1, annexin A2), to tell
    // whether a stem opens other numbered names; not by words ("fibronectin leucine rich transmembrane protein 1").
    let at = name.indexOf(' ');
    for (let k = 0; k < 4 && at > 0; k++, at = name.indexOf(' ', at + 1)) {
      const prefix = name.slice(0, at);
      opens.set(prefix, (opens.get(prefix) ?? 0) + 1);
      const next = name.indexOf(' ', at + 1);
      if (MEMBER_CODE_RE.test(name.slice(at + 1, next < 0 ? name.length : next))) starts.set(prefix, (starts.get(prefix) ?? 0) + 1);
    }
  }
  for (let i = 0; i < names.length; i++) {
    const m = SERIES_NAME_RE.exec(names[i]!);
    if (!m || m[2] !== '1' || !namedType[types[i]!]) continue;
    const stem = m[1]!;
    if (members.get(stem) !== 1 || (starts.get(stem) ?? 0) > 1 || whole.has(stem)) continue;
    if (stem.indexOf(' ') < 0 && (stem.length < 5 || stem.endsWith('ase') || lex.english.has(stem))) continue;
    // "elongation factor", "magnesium transporter": words ending in a class noun that open other names name a class.
    // "actin gamma" beside "actin gamma 2, smooth muscle": a Greek letter joins its word in the key (ACTING is the
    // English "acting").
    if ((opens.get(stem) ?? 0) > 1 && (CLASS_NOUN_END_RE.test(stem) || GREEK_WORD_END_RE.test(stem))) continue;
    // "glucocorticoid induced" (of "glucocorticoid induced 1", GLCCI1): a stem that ends in a participle or an
    // adjective describes ("glucocorticoid-induced osteoporosis"); only the numbered name is the gene's.
    if (QUALIFIER_WORD_END_RE.test(stem)) continue;
    add(stem, `ncbigene:${ids[i]}`, RANK.name, 'name');
  }
}

/** Step 3: the overlay entities, in the order given; a gene's aliases pass the same test as in step 1 (`rows`). */
export function addOverlayEntities(model: OntologyModel, ids: Iterable<string>, add: Add, rows: GeneRows): void {
  const list = [...ids];
  const shared = sharedProductNames(model, list);
  const namesOneGene = (a: string) => rows.namesOneGene(a);
  for (const id of list) {
    const e = model.entities.get(id);
    if (e) indexEntity(add, e, shared, namesOneGene);
  }
}

/**
 * Curated synonyms given to two or three genes: the name of one protein that the genes make together or alike
 * (α-globin of HBA1 and HBA2, γ-globin of HBG1 and HBG2, type IX collagen of COL9A1–COL9A3), which the conventions
 * list as one mention per gene, as `paralogPairs` does for the names the gene data shares. A name given to four
 * genes or more is left ambiguous. Names that two or three isoforms share (C4d of C4A and C4B) are the same.
 */
export function sharedProductNames(model: OntologyModel, ids: readonly string[]): Set<string> {
  const owners = new Map<string, Set<string>>();
  // The isoforms' names apart (their owners are isoform ids): C4d, the fragment that both C4A and C4B give.
  const isoformOwners = new Map<string, Set<string>>();
  const own = (map: Map<string, Set<string>>, s: string, id: string): void => {
    let o = map.get(s);
    if (!o) map.set(s, (o = new Set()));
    o.add(id);
  };
  for (const id of ids) {
    const e = model.entities.get(id);
    if (!e) continue;
    if (e.type === 'isoform') for (const s of [e.name, ...e.synonyms]) own(isoformOwners, s, id);
    if (e.type !== 'gene' || !id.startsWith('ncbigene:')) continue;
    for (const s of e.synonyms) own(owners, s, id);
  }
  const shared = new Set<string>();
  for (const map of [owners, isoformOwners]) for (const [s, o] of map) if (o.size === 2 || o.size === 3) shared.add(s);
  return shared;
}

/** Step 4: stop terms (never merged with other entries, and no code prefixes). */
export function addStopTerms(model: OntologyModel, sink: IndexSink): void {
  for (const s of model.stoplist) {
    const sk = surfaceKey(s.term);
    if (!sk) continue;
    const entry: IndexEntry = { id: '', rank: RANK.stop, kind: 'curated', form: sk.exact, stop: true };
    if (s.caseSensitive) entry.strict = 'exact';
    sink.put(sk.key, entry);
    for (const p of sk.prefixes) sink.prefix(p);
  }
}

const GREEK_OF: Readonly<Record<string, string>> = { alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ' };
/** Prose forms of systematic names: "integrin subunit alpha 4" → α4 integrin, "adrenoceptor beta 1" → β1-adrenergic receptor. */
const NAME_VARIANTS: ReadonlyArray<[RegExp, (g: string, n: string) => string[]]> = [
  [/^integrin subunit (alpha|beta) ([0-9]+[a-z]?|[A-Z])$/, (g, n) => [`${g}${n} integrin`, `integrin ${g}${n}`, `${g}${n}-integrin`]],
  [/^adrenoceptor (alpha|beta) ([0-9][A-D]?)$/, (g, n) => [`${g}${n}-adrenergic receptor`, `${g}${n} adrenergic receptor`, `${g}${n}-adrenoceptor`, `${g}${n} adrenoceptor`, `${g}${n}-adrenoceptors`, `${g}${n}-adrenergic receptors`]],
];
/** Prose forms of receptor names whose subtype follows the word "receptor" in the official name. */
const RECEPTOR_VARIANTS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string[]]> = [
  // dopamine receptor D2 → dopamine D2 receptor; bradykinin receptor B2 → bradykinin B2 receptor; neuropeptide Y
  // receptor Y1 → neuropeptide Y Y1 receptor: a ligand's receptor whose subtype code opens with the ligand's initial
  // (not "EPH receptor A2" or "killer cell lectin like receptor C1", whose letters name classes).
  [/^((?:[a-z]+ )*([a-zA-Z])[a-zA-Z]*) receptor ([A-Z][0-9][a-z]?)$/, (m) => (m[3]![0] === m[2]!.toUpperCase() ? [`${m[1]} ${m[3]} receptor`] : [])],
  // natriuretic peptide C → C-type natriuretic peptide; natriuretic peptide receptor 2 → natriuretic peptide receptor B
  // (NPR-A, NPR-B and NPR-C, the names the receptors had before HGNC numbered them)
  [/^natriuretic peptide ([A-C])$/, (m) => [`${m[1]}-type natriuretic peptide`]],
  [/^natriuretic peptide receptor ([1-3])$/, (m) => [`natriuretic peptide receptor ${'ABC'[Number(m[1]) - 1]}`]],
  // protein kinase cGMP-dependent 2 → cGMP-dependent protein kinase 2, cGMP-dependent protein kinase II
  [/^protein kinase (c[AG]MP-dependent) ([1-9])$/, (m) => [`${m[1]} protein kinase ${m[2]}`, `${m[1]} protein kinase ${ROMAN[Number(m[2])]}`, `${m[1]} protein kinase type ${ROMAN[Number(m[2])]}`]],
  // complement factor H → factor H; complement C1s → C1s: prose leaves out "complement" before a factor letter or a
  // subcomponent written with its lower-case letter (the official symbol, C1S, is written in capitals). Not factor I:
  // alone it reads as the clotting factor I (fibrinogen).
  [/^complement (factor [A-HJ-Z]|C[0-9][a-z])$/, (m) => [m[1]!]],
  // adenylate cyclase 3 → adenylyl cyclase 3
  [/^adenylate cyclase ([0-9]+)$/, (m) => [`adenylyl cyclase ${m[1]}`]],
  // frizzled class receptor 8 → frizzled 8, frizzled-8
  [/^frizzled class receptor ([0-9]+)$/, (m) => [`frizzled ${m[1]}`, `frizzled-${m[1]}`]],
  // opioid receptor mu 1 → μ-opioid receptor, mu opioid receptor
  [/^opioid receptor (mu|delta|kappa) 1$/, (m) => [`${m[1]}-opioid receptor`, `${m[1]} opioid receptor`, `${{ mu: 'μ', delta: 'δ', kappa: 'κ' }[m[1]!]}-opioid receptor`]],
  // cholinergic receptor muscarinic 1 → M1 muscarinic receptor, muscarinic M1 receptor
  [/^cholinergic receptor muscarinic ([1-5])$/, (m) => [`M${m[1]} muscarinic receptor`, `muscarinic M${m[1]} receptor`, `muscarinic acetylcholine receptor M${m[1]}`]],
  // endothelin receptor type A → endothelin A receptor, endothelin type A receptor; angiotensin II receptor type 1 →
  // angiotensin II type 1 receptor
  [/^(.+) receptor type ([A-Z]|[0-9][A-Z]?)$/, (m) => [`${m[1]} type ${m[2]} receptor`, ...(/^[A-Z]$/.test(m[2]!) ? [`${m[1]} ${m[2]} receptor`] : [])]],
  // interleukin 36 receptor antagonist → IL-36 receptor antagonist; interleukin 3 receptor subunit alpha → IL-3 receptor subunit alpha
  [/^interleukin ([0-9]+) (receptor .+)$/, (m) => [`IL-${m[1]} ${m[2]}`]],
  // kallikrein related peptidase 5 → kallikrein 5, kallikrein-5 (the name the serine proteases went by before HGNC)
  [/^kallikrein related peptidase ([0-9]+)$/, (m) => [`kallikrein ${m[1]}`, `kallikrein-${m[1]}`]],
  // complement C5a receptor 1 → C5a receptor 1: the complement component names the receptor on its own
  [/^complement (C[0-9][a-z]? receptor [0-9])$/, (m) => [m[1]!]],
  // hydroxysteroid 17-beta dehydrogenase 2 → 17β-hydroxysteroid dehydrogenase type 2, 17β-HSD type 2
  [/^hydroxysteroid ([0-9]+)-(alpha|beta) dehydrogenase ([0-9]+)$/, (m) => {
    const g = m[2] === 'alpha' ? 'α' : 'β';
    return [`${m[1]}${g}-hydroxysteroid dehydrogenase type ${m[3]}`, `${m[1]}${g}-hydroxysteroid dehydrogenase ${m[3]}`, `${m[1]}${g}-HSD type ${m[3]}`, `${m[1]}${g}-HSD${m[3]}`];
  }],
  // carbonic anhydrase 9 → carbonic anhydrase IX: enzyme isozymes numbered in Roman numerals in prose
  [/^([a-z]+ [a-z]*ase) ([1-9]|1[0-5])$/, (m) => [`${m[1]} ${ROMAN[Number(m[2])]}`]],
];
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/**
 * A one-word protein name with a Greek letter and a number after it ("actinin alpha 4", "arrestin beta 2"): prose puts
 * the letter first (α-actinin-4, β-arrestin 2).
 */
const GREEK_FIRST_RE = /^([a-z]{4,}) (alpha|beta|gamma|delta) ([0-9]+)$/;
/** A name that ends in "like" after a member number or letter: "glycerol-3-phosphate dehydrogenase 1 like". */
const NUMBERED_LIKE_END_RE = / (?:[0-9]+[A-Za-z]?|[A-Z]) like$/;
/** A name that ends in a substrate's chain length: "acyl-CoA dehydrogenase long chain", "… short/branched chain". */
const CHAIN_LENGTH_END_RE = /^([A-Za-z0-9 ,/-]{3,80}?) (very long|long|medium|short|short\/branched) chain$/;
/** A one-word protein with a Greek letter after it and no number (glucuronidase beta; glucosidase alpha, acid). */
const GREEK_ONLY_RE = /^([a-z]{5,}) (alpha|beta|gamma|delta)(?:, ([a-z]+))?$/;
/** A one-word protein's numbered subunit: karyopherin subunit alpha 1, laminin subunit gamma 2. */
const SUBUNIT_MEMBER_RE = /^([a-z]+) subunit (alpha|beta|gamma|delta) ([0-9]+)$/;
/** A keratin by its number (keratin 5), which prose often calls a cytokeratin. */
const KERATIN_NAME_RE = /^keratin ([0-9]+[A-Z]?)$/;
/** A lens crystallin by Greek letter and member (crystallin alpha A). */
const CRYSTALLIN_NAME_RE = /^crystallin (alpha|beta|gamma) ([A-S][0-9]?)$/;
/** A connexin's alias, by its mass in kDa: CX36, Cx47, CX31.1. */
const CONNEXIN_ALIAS_RE = /^C[Xx]([0-9]{2}(?:\.[0-9])?)$/;

/** A receptor subunit named by a Greek letter: prose also calls it a chain ("IL-3 receptor α chain"). */
const SUBUNIT_RE = /^(.+ receptor) subunit (alpha|beta|gamma)$/;

/** A gene name ending in a qualifier in parentheses: the name before it, and the qualifier. */
const QUALIFIER_RE = /^(.+\S) \(([^()]+)\)$/;
/** A name that opens with a proper name (a capital, then lower-case letters) and goes on with more words. */
const EPONYM_RE = /^([A-Z][a-z]{2,}) [a-z]/;

/** A member designator at the end of a gene name: 5B, 1, 2A, A, C1. */
const DESIGNATOR_RE = /^(?:[0-9]+[A-Za-z]{0,2}|[A-Z][0-9]{0,2})$/;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function wordCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 45 || c === 44 || c === 47) n++;
  }
  return n;
}

const CYP_SYMBOL_RE = /^CYP([0-9]{1,2}[A-Z]{1,2}[0-9]{1,2}[A-Z]?)$/;
const EPH_SYMBOL_RE = /^EPH([AB][0-9]{1,2})$/;
/** HGNC's collagen chain names: "collagen type VIII alpha 2 chain". */
const COLLAGEN_NAME_RE = /^collagen type ([IVX]+) alpha ([0-9]) chain$/;

/** Names prose builds from a symbol: the cytochromes P450 by number, the Eph receptors as "ephrin receptor A2". */
function symbolNames(symbol: string): string[] {
  const cyp = CYP_SYMBOL_RE.exec(symbol);
  if (cyp) return [`cytochrome P450 ${cyp[1]}`, `P450 ${cyp[1]}`];
  const eph = EPH_SYMBOL_RE.exec(symbol);
  if (eph) return [`ephrin receptor ${eph[1]}`, `Eph receptor ${eph[1]}`];
  return [];
}

/** A hormone's beta-subunit gene by its name: "luteinizing hormone subunit beta", "thyroid stimulating hormone subunit beta". */
const BETA_HORMONE_RE = /^((?:[a-z]+ ){1,2}hormone) subunit beta$/;

function indexGene(add: Add, id: string, symbol: string, name: string, aliases: readonly string[], synonyms: readonly string[], ambiguous: readonly string[], shared?: ReadonlySet<string>): void {
  add(symbol, id, RANK.symbol, 'symbol');
  // Names prose builds from the symbol: "cytochrome P450 2D6" (CYP2D6), "ephrin receptor A2" (EPHA2).
  for (const v of symbolNames(symbol)) add(v, id, RANK.name, 'name');
  // dihydroorotate dehydrogenase (quinone) → dihydroorotate dehydrogenase: prose leaves out a final qualifier in
  // parentheses (a cofactor, "inactive", "putative", a blood group); a blood group is a name of its own (Duffy blood group).
  const qualified = name ? QUALIFIER_RE.exec(name) : null;
  if (qualified) {
    if (wordCount(qualified[1]!) <= 6) add(qualified[1]!, id, RANK.name, 'name');
    if (qualified[2]!.endsWith(' blood group')) add(qualified[2]!, id, RANK.name, 'name');
  }
  // Full names of up to six words, or seven when the last is a member number ("insulin like growth factor binding
  // protein 7"): longer systematic names are rarely written out in prose.
  if (name && !name.startsWith('uncharacterized') && (wordCount(name) <= 6 || (wordCount(name) === 7 && /\s[0-9]+[A-Za-z]?$/.test(name)))) {
    add(name, id, RANK.name, 'name');
    // toll like receptor 4 → Toll-like receptor 4; insulin like growth factor 1 → insulin-like growth factor 1.
    // glycerol-3-phosphate dehydrogenase 1 like → glycerol-3-phosphate dehydrogenase 1-like: a name that ends in "like"
    // after a member number or letter (not "chymotrypsin like": "chymotrypsin-like" is an adjective in prose).
    if (name.includes(' like ') || NUMBERED_LIKE_END_RE.test(name)) add(name.replace(/ like( |$)/g, '-like$1'), id, RANK.name, 'name');
    const forms = [name];
    for (const [re, make] of RECEPTOR_VARIANTS) {
      const m = re.exec(name);
      if (m) for (const v of make(m)) forms.push(v);
    }
    for (const f of forms.slice()) {
      const sub = SUBUNIT_RE.exec(f);
      if (sub) forms.push(`${sub[1]} ${GREEK_OF[sub[2]!]} chain`, `${sub[1]} ${sub[2]} chain`, `${sub[1]} ${GREEK_OF[sub[2]!]}`);
    }
    // "collagen VIII α2 chain": prose leaves out the word "type".
    const collagen = COLLAGEN_NAME_RE.exec(name);
    if (collagen) forms.push(`collagen ${collagen[1]} alpha ${collagen[2]} chain`, `collagen ${collagen[1]} α${collagen[2]} chain`);
    // Names prose keeps for these proteins: karyopherin subunit alpha 1 → karyopherin-α1, laminin subunit alpha 2 →
    // laminin α2; keratin 5 → cytokeratin 5; crystallin alpha A → αA-crystallin; gap junction protein delta 2 (alias
    // CX36) → connexin 36.
    const subunit = SUBUNIT_MEMBER_RE.exec(name);
    if (subunit && subunit[1] !== 'integrin') forms.push(`${subunit[1]}-${GREEK_OF[subunit[2]!]}${subunit[3]}`, `${subunit[1]} ${GREEK_OF[subunit[2]!]}${subunit[3]}`);
    const keratin = KERATIN_NAME_RE.exec(name);
    if (keratin) forms.push(`cytokeratin ${keratin[1]}`);
    const crystallin = CRYSTALLIN_NAME_RE.exec(name);
    if (crystallin) forms.push(`${GREEK_OF[crystallin[1]!]}${crystallin[2]}-crystallin`, `${GREEK_OF[crystallin[1]!]}${crystallin[2]} crystallin`, `${crystallin[1]}${crystallin[2]}-crystallin`, `${crystallin[1]} ${crystallin[2]} crystallin`);
    if (name.startsWith('gap junction protein ')) {
      for (const a of aliases) {
        const cx = CONNEXIN_ALIAS_RE.exec(a);
        if (cx) forms.push(`connexin ${cx[1]}`, `connexin${cx[1]}`);
      }
    }
    for (let k = 1; k < forms.length; k++) add(forms[k]!, id, RANK.name, 'name');
    const greek = GREEK_FIRST_RE.exec(name);
    // syntrophin alpha 1 → α-syntrophin-1, and α1-syntrophin with the number on the letter.
    if (greek) {
      add(`${GREEK_OF[greek[2]!]}-${greek[1]}-${greek[3]}`, id, RANK.name, 'name');
      add(`${GREEK_OF[greek[2]!]}${greek[3]}-${greek[1]}`, id, RANK.name, 'name');
    }
    // glucuronidase beta → β-glucuronidase; galactosidase alpha → α-galactosidase; glucosidase alpha, acid → acid
    // α-glucosidase: a one-word enzyme or protein with a Greek letter after it, which prose puts first.
    const greekOnly = GREEK_ONLY_RE.exec(name);
    if (greekOnly) {
      const g = GREEK_OF[greekOnly[2]!]!;
      add(`${g}-${greekOnly[1]}`, id, RANK.name, 'name');
      if (greekOnly[3]) add(`${greekOnly[3]} ${g}-${greekOnly[1]}`, id, RANK.name, 'name');
    }
    // acyl-CoA dehydrogenase very long chain → very-long-chain acyl-CoA dehydrogenase: a chain-length modifier that the
    // gene data puts last, prose puts first.
    const chain = CHAIN_LENGTH_END_RE.exec(name);
    if (chain) add(`${chain[2]!.replace(/ /g, '-')}-chain ${chain[1]}`, id, RANK.name, 'name');
    // Bruton tyrosine kinase → Bruton's tyrosine kinase: a name that opens with a proper name has its possessive form.
    const eponym = EPONYM_RE.exec(name);
    if (eponym) add(`${eponym[1]}'s${name.slice(eponym[1]!.length)}`, id, RANK.name, 'name');
    // follicle stimulating hormone subunit beta → FSH, follicle-stimulating hormone: a heterodimeric hormone shares
    // its alpha subunit (CGA) with the others and is named after the beta subunit that gives it its identity.
    const hormone = BETA_HORMONE_RE.exec(name);
    if (hormone) {
      const words = hormone[1]!.split(' ');
      add(hormone[1]!, id, RANK.name, 'name');
      if (words.length === 3) add(`${words[0]}-${words[1]} ${words[2]}`, id, RANK.name, 'name');
      add(words.map((w) => w[0]!.toUpperCase()).join(''), id, RANK.name, 'name');
    }
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
  for (const s of synonyms) add(s, id, RANK.curated, 'curated', amb.has(s) ? { ambiguous: true } : shared?.has(s) ? { pair: true } : undefined);
}

function indexEntity(add: Add, e: OntologyEntity, shared: ReadonlySet<string>, namesOneGene: (alias: string) => boolean): void {
  if (e.type === 'gene' || e.type === 'mirna') {
    if (e.id.startsWith('mirbase:')) {
      // Mature miRNAs are found by the miRNA grammar; index only their curated synonyms.
      for (const s of e.synonyms) add(s, e.id, RANK.curated, 'curated');
    } else indexGene(add, e.id, e.symbol ?? e.name, e.name, e.id.startsWith('ncbigene:') ? e.aliases.filter(namesOneGene) : e.aliases, e.synonyms, e.ambiguous ?? [], shared);
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
    add(n, e.id, rank, 'curated', e.type === 'isoform' && shared.has(n) ? { pair: true } : extra);
  }
  if (e.nct) add(e.nct, e.id, rank, 'curated');
}
