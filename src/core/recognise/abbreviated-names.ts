/**
 * Gene names with a standard abbreviation swapped in or spelled out. NCBI names write some ligands out and
 * abbreviate others ("insulin like growth factor binding protein 3", but "LDL receptor related protein 5" and "TNF
 * alpha induced protein 3"); prose writes either form ("IGF-binding protein 3", "low-density lipoprotein
 * receptor-related protein 5", "tumor necrosis factor alpha-induced protein 3"). Each name that holds one of the
 * phrases below also gets the other form, as a name of the same gene.
 */

import type { Add } from './index-build';

/** Spelled-out phrase and its abbreviation, as NCBI gene names write them. Longer phrases first. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['insulin like growth factor', 'IGF'],
  ['very low density lipoprotein', 'VLDL'],
  ['low density lipoprotein', 'LDL'],
  ['tumor necrosis factor', 'TNF'],
  ['nuclear factor kappa B', 'NFKB'],
  ['mitogen-activated protein kinase', 'MAPK'],
  ['bone morphogenetic protein', 'BMP'],
  ['epidermal growth factor', 'EGF'],
  ['fibroblast growth factor', 'FGF'],
  ['platelet derived growth factor', 'PDGF'],
  ['hepatocyte growth factor', 'HGF'],
  ['nerve growth factor', 'NGF'],
  ['colony stimulating factor', 'CSF'],
  ['transforming growth factor beta', 'TGF-beta'],
  ['cyclin dependent kinase', 'CDK'],
  ['major histocompatibility complex', 'MHC'],
  ['retinoic acid receptor', 'RAR'],
  ['gamma-aminobutyric acid', 'GABA'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** The words that a longer phrase of the list puts before `long` ("very " before "low density lipoprotein"). */
const longerPrefixes = (long: string) => PAIRS.filter(([l]) => l !== long && l.endsWith(` ${long}`)).map(([l]) => l.slice(0, l.length - long.length));

/**
 * Each pair as two whole-phrase patterns: spelled out (not inside a longer phrase of the list; with a member number
 * that follows, which the abbreviation takes: "colony stimulating factor 1 receptor" → "CSF1 receptor") and abbreviated.
 */
const RULES = PAIRS.map(([long, short]) => ({
  long: new RegExp(`(?<![\\w-])${longerPrefixes(long).map((p) => `(?<!${escape(p)})`).join('')}${escape(long)}(?: ([0-9]+))?(?![\\w-])`, 'g'),
  short: new RegExp(`(?<![\\w-])${escape(short)}(?![\\w-])`, 'g'),
  longText: long,
  shortText: short,
}));

/** The other forms of one gene name: one per phrase it holds, each with every occurrence of that phrase swapped. */
export function abbreviationVariants(name: string): string[] {
  const out: string[] = [];
  for (const r of RULES) {
    const abbreviated = name.replace(r.long, (_m, num: string | undefined) => (num ? `${r.shortText}${num}` : r.shortText));
    if (abbreviated !== name) out.push(abbreviated);
    const spelled = name.replace(r.short, r.longText);
    if (spelled !== name) out.push(spelled);
  }
  return out;
}

/**
 * Adds the abbreviation variants of protein-coding gene names (not of provisional LOC genes) as names of their gene,
 * at `rank` (the build passes the rank of full names). A variant that two genes would share, that is another gene's
 * own name, or that is one word (a symbol such as FGF2) is left out.
 */
export function addAbbreviatedNames(names: readonly string[], symbols: readonly string[], ids: readonly number[], coding: readonly boolean[], types: readonly number[], rank: number, add: Add): void {
  const own = new Set<string>();
  const owners = new Map<string, number>();
  const found: [number, string][] = [];
  for (let i = 0; i < names.length; i++) {
    if (!coding[types[i]!] || symbols[i]!.startsWith('LOC')) continue;
    own.add(names[i]!.toLowerCase());
    for (const v of abbreviationVariants(names[i]!)) {
      if (v.indexOf(' ') < 0) continue;
      const k = v.toLowerCase();
      owners.set(k, (owners.get(k) ?? 0) + 1);
      found.push([i, v]);
    }
  }
  for (const [i, v] of found) {
    const k = v.toLowerCase();
    if (owners.get(k) === 1 && !own.has(k)) add(v, `ncbigene:${ids[i]}`, rank, 'name');
  }
}
