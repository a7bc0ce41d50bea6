/**
 * Families derived from the gene data (pure): protein-coding genes whose full names are a shared
 * stem plus a member designator ("caspase 3", "matrix metallopeptidase 9", "SMAD family member 4",
 * "cyclin D1") form a family, named by the plural of the stem ("caspases") and, where every member
 * symbol is one letter prefix plus a number (CASP3, MMP9), by that prefix ("MMPs", "MMP family").
 */
import type { CompiledEntity, DerivedFamilySettings } from '../../src/core/ontology/schema';
import type { CleanGene } from './genes';
import { compareCodeUnits, naturalCompare, slugify, uniq } from './util';

/** Designator after the stem: `3`, `10b`, `1A`, `D1`, `B`, `5A`. */
const DESIGNATOR_RE = /^(?:\d+[A-Za-z]?\d*[A-Za-z]?|[A-Z]\d{0,2}[A-Za-z]?)$/;
/** Last words after which a stem is not a countable noun ("coiled-coil domain containing"). */
const NOT_A_NOUN = new Set(['containing', 'associated', 'expressed', 'rich', 'like', 'related', 'type', 'domain', 'box', 'motif', 'class', 'linked', 'specific', 'binding', 'interacting', 'activating', 'regulating', 'inducible', 'dependent', 'anchored']);

/** The family stem and member designator of a gene name, or undefined. */
export function nameStem(name: string): { stem: string; designator: string } | undefined {
  let m = /^(.+?) (family |superfamily )?member (\S+)$/.exec(name);
  if (m) return { stem: m[2] ? `${m[1]} ${m[2].trim()}` : m[1]!, designator: m[3]! };
  m = /^(.+) (\S+)$/.exec(name);
  return m ? { stem: m[1]!, designator: m[2]! } : undefined;
}

const FAMILY_END_RE = /(?:^|\s)(?:sub|super)?family$/;
const GREEK_NAME_RE = /^(?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega)$/;
/** Word endings of adjectives and participles ("neuronal", "non-erythrocytic", "containing"). */
const ADJECTIVE_END_RE = /(?:al|ic|ive|ous|ed|ing|ar|ory)$/;

/** English plural of a family stem ("caspase" → "caspases"), or undefined when it has none. */
export function pluralStem(stem: string): string | undefined {
  if (/\b(?:of|and|or|to|with|in|by|for)\b/.test(stem) || FAMILY_END_RE.test(stem)) return undefined;
  const words = stem.split(' ');
  const last = words[words.length - 1]!;
  if (!/^[a-z][a-z-]*$/.test(last) || NOT_A_NOUN.has(last) || GREEK_NAME_RE.test(last) || ADJECTIVE_END_RE.test(last)) return undefined;
  if (/[^s]s$/.test(last)) return undefined; // already plural ("double PHD fingers")
  let plural: string;
  if (/(?:s|x|z|ch|sh)$/.test(last)) plural = `${last}es`;
  else if (/[^aeiou]y$/.test(last)) plural = `${last.slice(0, -1)}ies`;
  else plural = `${last}s`;
  return [...words.slice(0, -1), plural].join(' ');
}

/** The common letter prefix of symbols when every symbol is that prefix plus a digit (CASP3). */
export function symbolPrefix(symbols: readonly string[]): string | undefined {
  let prefix = symbols[0] ?? '';
  for (const s of symbols) {
    let i = 0;
    while (i < prefix.length && i < s.length && prefix[i] === s[i]) i++;
    prefix = prefix.slice(0, i);
  }
  prefix = /^[A-Z]*/.exec(prefix)![0];
  if (prefix.length < 2) return undefined;
  return symbols.every((s) => /^\d/.test(s.slice(prefix.length))) ? prefix : undefined;
}

/**
 * Derives families from protein-coding genes. `isTaken(surface, members?)` says whether a candidate
 * name ("MMP", "caspase") is already a gene symbol or alias, a stop term or otherwise in use;
 * such names are left out. With `members` (entity ids), an alias that several of those genes and no
 * others carry is not in use: the symbol prefix of a series may be its members' shared alias (IFNA). Returns families sorted by id.
 */
export function deriveFamilies(
  genes: readonly CleanGene[],
  settings: DerivedFamilySettings,
  isTaken: (surface: string, members?: ReadonlySet<string>) => boolean,
): CompiledEntity[] {
  const groups = new Map<string, CleanGene[]>();
  for (const g of genes) {
    if (g.type !== 'protein-coding') continue;
    const s = nameStem(g.name);
    if (!s || !DESIGNATOR_RE.test(s.designator) || /\d/.test(s.stem)) continue;
    const list = groups.get(s.stem);
    if (list) list.push(g);
    else groups.set(s.stem, [g]);
  }
  const skip = new Set(settings.skip);
  const noProse = new Set(settings.noProseNames);
  const candidates: { stem: string; prefix: string | undefined; members: CleanGene[] }[] = [];
  for (const [stem, members] of groups) {
    if (members.length < settings.minMembers || skip.has(stem)) continue;
    members.sort((a, b) => naturalCompare(a.symbol, b.symbol));
    const prefix = symbolPrefix(members.map((m) => m.symbol));
    candidates.push({ stem, prefix: prefix && prefix.length >= 3 ? prefix : undefined, members });
  }
  // A prefix shared by two stems names neither (ids and names must be unambiguous).
  const prefixCount = new Map<string, number>();
  for (const c of candidates) if (c.prefix) prefixCount.set(c.prefix, (prefixCount.get(c.prefix) ?? 0) + 1);

  const out: CompiledEntity[] = [];
  for (const { stem, prefix: p, members } of candidates) {
    const prefix = p && prefixCount.get(p) === 1 ? p : undefined;
    const plural = pluralStem(stem);
    // Prose names only where they read as English: "caspases", "caspase", "caspase family"; "SMAD family".
    let prose: string[] = [];
    if (noProse.has(stem)) prose = [];
    else if (plural) prose = [plural, stem, `${stem} family`];
    else if (FAMILY_END_RE.test(stem)) prose = [stem];
    const variants = prose.flatMap((s) =>
      Object.entries(settings.nameVariants)
        .filter(([from]) => s.includes(from))
        .map(([from, to]) => s.split(from).join(to)),
    );
    // The prefix names go together: if "OPN" already means something (osteopontin), so would "OPNs".
    // A prefix that several members and no other gene carry as an alias (IFNA of IFNA1, IFNA2, IFNA17) is the
    // series' own name.
    const ids = members.map((m) => `ncbigene:${m.entrez}`);
    const memberIds = new Set(ids);
    const prefixNames = prefix && !isTaken(prefix, memberIds) ? [`${prefix}s`, `${prefix} family`, prefix] : [];
    const names = uniq([...prose, ...variants, ...prefixNames]).filter((s) => !isTaken(s, memberIds));
    if (names.length === 0) continue;
    const id = `family:${prefix ? prefix.toLowerCase() : slugify(stem)}`;
    const same = out.find((f) => f.id === id);
    if (same) {
      // Stems that differ only in punctuation ("complex-interacting" / "complex interacting").
      same.members = uniq([...same.members!, ...ids]);
      same.synonyms = uniq([...same.synonyms, ...names]).filter((n) => n !== same.name);
      continue;
    }
    out.push({ id, type: 'family', name: names[0]!, synonyms: names.slice(1), members: ids, source: 'derived' });
  }
  return out.sort((a, b) => compareCodeUnits(a.id, b.id));
}
