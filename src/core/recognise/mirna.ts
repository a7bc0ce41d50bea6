/**
 * The miRNA grammar: miR-21, mir-21, miRNA-221, microRNA-21, hsa-miR-21-5p, miR-125a-5p,
 * miR-199a-1, let-7a, hsa-let-7a-2-3p. Names resolve to a mature miRNA (miRBase MIMAT) when an arm
 * is given, the plain name exists, or a name without an arm comes from several loci that all give one mature miRNA
 * (miR-218 → hsa-miR-218-5p; miR-9, whose loci all give both arms, is ambiguous between the arms); else to the
 * precursor gene(s).
 */
import type { MirnaColumns } from '../ontology/schema';

/** Sticky; bounded quantifiers only (no nested repeats), so it cannot backtrack catastrophically. */
const MIR_RE = /(?:hsa-)?(?:miR|mir|Mir|MIR|miRNA|microRNA|MicroRNA)-? ?([0-9]{1,4})([a-z])?(?:-([0-9]{1,2})(?![0-9]))?(?:-([35]p))?(?![A-Za-z0-9])|(?:hsa-)?(?:let|Let)-?7([a-z])?(?:-([0-9]{1,2})(?![0-9]))?(?:-([35]p))?(?![A-Za-z0-9])/y;

const BASE_RE = /^(mir-[0-9]+[a-z]?|let-7[a-z]?)(?:-[0-9]+)?(?:-[35]p)?$/;

/** The number of a miRNA name (undefined for let-7), for a letter tail of a coordinated form. */
const HEAD_RE = /^(?:hsa-)?(?:(?:miR|mir|Mir|MIR|miRNA|microRNA|MicroRNA)-? ?([0-9]{1,4})|(?:let|Let)-?7)/;
/** Sticky: a coordinated tail after `/`: a number with an optional letter (222, 200c), or one letter (b); then an optional arm. */
const TAIL_RE = /(?:([0-9]{1,4}[a-z]?)|([a-z]))(?:-([35]p))?(?![A-Za-z0-9])/y;

export interface MirnaHit {
  /** Length of the matched text. */
  length: number;
  /** Mature accessions (MIMAT…) when the name denotes mature miRNAs. */
  mature: string[];
  /** Precursor Entrez ids. */
  genes: number[];
}

/** Mature-name index: `mir-21-5p` / `let-7a-5p` (lower case, no `hsa-`) → row. */
export class MirnaIndex {
  private readonly byName = new Map<string, number>();
  /** Base (`mir-128`, `let-7a`) → rows of every mature name from it. */
  private readonly byBase = new Map<string, number[]>();

  constructor(private readonly cols: MirnaColumns) {
    for (let i = 0; i < cols.name.length; i++) {
      const n = cols.name[i]!.toLowerCase().replace(/^hsa-/, '');
      this.byName.set(n, i);
      const base = BASE_RE.exec(n)?.[1];
      if (!base) continue;
      const list = this.byBase.get(base);
      if (list) list.push(i);
      else this.byBase.set(base, [i]);
    }
  }

  /**
   * The miRNAs a coordinated tail names after the name `text.slice(from, to)`: `/222` after miR-221 (a number, with a
   * letter or arm if written), `/b` after miR-135a or let-7a (a letter in the same series); as many tails as follow, each
   * naming a miRNA the index knows, else none. Returns their hits and where the last tail ends.
   */
  siblings(text: string, from: number, to: number): { hits: MirnaHit[]; end: number } | undefined {
    const head = HEAD_RE.exec(text.slice(from, to));
    if (!head) return undefined;
    const hits: MirnaHit[] = [];
    let end = to;
    while (text.charCodeAt(end) === 47 /* / */) {
      TAIL_RE.lastIndex = end + 1;
      const tail = TAIL_RE.exec(text);
      if (!tail) break;
      const name = tail[1] ? `miR-${tail[1]}` : head[1] === undefined ? `let-7${tail[2]}` : `miR-${head[1]}${tail[2]}`;
      const hit = this.match(name + (tail[3] ? `-${tail[3]}` : ''), 0);
      if (!hit || hit.length !== name.length + (tail[3] ? tail[3].length + 1 : 0)) break;
      hits.push(hit);
      end = TAIL_RE.lastIndex;
    }
    return hits.length ? { hits, end } : undefined;
  }

  /** Matches the grammar at `at` in `text`. */
  match(text: string, at: number): MirnaHit | undefined {
    MIR_RE.lastIndex = at;
    const m = MIR_RE.exec(text);
    if (!m) return undefined;
    const isLet = m[1] === undefined;
    const base = isLet ? `let-7${m[5] ?? ''}` : `mir-${m[1]}${m[2] ?? ''}`;
    const locus = isLet ? m[6] : m[3];
    const arm = isLet ? m[7] : m[4];
    const rows: number[] = [];
    const exact = (name: string) => {
      const r = this.byName.get(name);
      if (r !== undefined) rows.push(r);
    };
    if (arm) {
      exact(locus ? `${base}-${locus}-${arm}` : `${base}-${arm}`);
      if (!rows.length && locus) exact(`${base}-${arm}`);
    } else {
      exact(locus ? `${base}-${locus}` : base);
    }
    const family = this.byBase.get(base);
    if (!rows.length && !family) return undefined;
    const genes = new Set<number>();
    const fromRows = rows.length ? rows : (family ?? []);
    for (const r of fromRows) for (const g of this.cols.genes[r]!.split('|')) if (g) genes.add(Number(g));
    if (!rows.length && locus && family) {
      // miR-199a-1 without an arm: the locus gene only, when it can be told apart (MIR199A1).
      const locusRows = family.filter((r) => this.cols.name[r]!.toLowerCase().includes(`${base}-${locus}-`));
      if (locusRows.length) {
        genes.clear();
        for (const r of locusRows) for (const g of this.cols.genes[r]!.split('|')) if (g) genes.add(Number(g));
      }
    }
    // miR-218 without an arm or a locus, from two loci: the mature miRNA that every locus gives (hsa-miR-218-5p, from
    // MIR218-1 and MIR218-2; the other arm has a name per locus, miR-218-1-3p and miR-218-2-3p) is the one the
    // name means, not an ambiguity between the loci. From one locus the name stays the gene (miR-21: MIR21).
    // When every locus gives both arms (miR-9: hsa-miR-9-5p and hsa-miR-9-3p from MIR9-1/2/3) the name is ambiguous
    // between the two mature miRNAs, not between the loci; the first registered arm (the lower accession, the one the
    // name meant before miRBase named arms, when the other was "miR-9*") comes first.
    if (!rows.length && !locus && !arm && family && genes.size > 1) {
      const shared = family.filter((r) => this.cols.genes[r]!.split('|').filter((g) => g).length === genes.size);
      rows.push(...shared);
    }
    return { length: m[0].length, mature: rows.map((r) => this.cols.acc[r]!), genes: [...genes] };
  }
}
