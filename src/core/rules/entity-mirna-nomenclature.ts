import { proseMatches, reportTextFindings, type TextFinding } from './prose-matches';
import type { Rule, RulePart } from './rule';

/** A microRNA-like name: prefix, number with optional letter and locus, optional arm, optional legacy star. */
const MIRNA_NAME = /(?<![\w-])((?:hsa-|has-)?(?:miRNA|microRNA|MicroRNA|miR|mir))-([1-9][0-9]{0,3}[a-z]?(?:-[1-9])?)(-[35]p)?(\*)?(?![\w*])/g;

/**
 * `entity.mirna-nomenclature` (warning): non-standard microRNA names (miRBase conventions):
 * "miRNA-221" or "microRNA-221" → `miR-221`; `mir-21-5p` (mir names the gene or precursor) for a mature miRNA →
 * `miR-21-5p`; the "has-miR" typo for `hsa-miR`; the legacy star form `miR-21*` → its arm name (-5p or -3p).
 *
 * @example
 * ```markdown
 * Levels of miRNA-221 rose.   <!-- → miR-221 -->
 * ```
 */
export const entityMirnaNomenclature: Rule = {
  id: 'entity.mirna-nomenclature',
  defaultLevel: 'warning',
  summary: 'A microRNA name does not follow miRBase nomenclature.',
  check(ctx) {
    reportTextFindings(ctx, FINDINGS, findingsIn);
  },
};

const FINDINGS = {};

/** Non-standard microRNA names in the part's prose, with their message and, when there is one, their fix. */
function findingsIn(part: RulePart): TextFinding[] {
  const out: TextFinding[] = [];
  for (const { match: m, span } of proseMatches(part, MIRNA_NAME, /[mM]i/)) {
    const [whole, prefix, number, arm = '', star] = m as unknown as [string, string, string, string | undefined, string | undefined];
    const species = prefix.startsWith('hsa-') || prefix.startsWith('has-') ? 'hsa-' : '';
    const kind = prefix.slice(species.length);
    const mature = `${species}miR-${number}${arm}`;
    if (prefix.startsWith('has-')) {
      out.push({ span, message: `'${whole}': 'has' is a typo for the human species prefix 'hsa'.`, newText: `hsa-${kind === 'miR' || kind === 'mir' ? kind : 'miR'}-${number}${arm}${star ?? ''}` });
    } else if (kind === 'miRNA' || kind === 'microRNA' || kind === 'MicroRNA') {
      const message = `'${whole}' is informal; miRBase names the mature microRNA ${mature}${star ? ' (and star names are legacy)' : ''}.`;
      out.push(star ? { span, message } : { span, message, newText: mature });
    } else if (kind === 'mir' && arm) {
      out.push({ span, message: `'${whole}' uses 'mir', which names the gene or precursor; the mature miRNA is ${mature}.`, newText: mature });
    } else if (star) {
      out.push({ span, message: `'${whole}' is a legacy star name; name the arm instead (${species}miR-${number}-5p or -3p).` });
    }
  }
  return out;
}
