import { proseMatches, reportTextFindings, type TextFinding } from './prose-matches';
import type { Rule, RulePart } from './rule';

/** `NCT` (any case) followed by digits, allowing a stray space or hyphen. */
const NCT_LIKE = /(?<![\w])([Nn][Cc][Tt])[ -]?([0-9]{1,12})(?![\w])/g;

/**
 * `trial.malformed-id` (warning): a ClinicalTrials.gov identifier that is not `NCT` followed by exactly 8 digits
 * (too few or too many digits, lower case, or a space or hyphen inside).
 *
 * @example
 * ```markdown
 * The trial (NCT0420817) enrolled 524 patients.   <!-- 7 digits -->
 * ```
 */
export const trialMalformedId: Rule = {
  id: 'trial.malformed-id',
  defaultLevel: 'warning',
  summary: 'A ClinicalTrials.gov id is not NCT followed by 8 digits.',
  check(ctx) {
    reportTextFindings(ctx, FINDINGS, findingsIn);
  },
};

const FINDINGS = {};

/** Malformed trial ids in the part's prose, with their message and, when there is one, their fix. */
function findingsIn(part: RulePart): TextFinding[] {
  const out: TextFinding[] = [];
  for (const { match: m, span } of proseMatches(part, NCT_LIKE, /[Nn][Cc][Tt]/)) {
    const [whole, prefix, digits] = m as unknown as [string, string, string];
    if (prefix === 'NCT' && digits.length === 8 && whole.length === 11) continue;
    const problems: string[] = [];
    if (digits.length !== 8) problems.push(`has ${digits.length} digit${digits.length === 1 ? '' : 's'} instead of 8`);
    if (prefix !== 'NCT') problems.push(`should start with upper-case 'NCT'`);
    if (whole.length !== prefix.length + digits.length) problems.push('has a space or hyphen inside');
    const message = `Trial id '${whole}' ${problems.join(' and ')}; ClinicalTrials.gov ids are NCT followed by 8 digits.`;
    out.push(digits.length === 8 ? { span, message, newText: `NCT${digits}` } : { span, message });
  }
  return out;
}
