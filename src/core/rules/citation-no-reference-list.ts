import type { Rule } from './rule';

/**
 * `citation.no-reference-list` (warning): the draft cites by number but has no numbered References
 * (Bibliography, Literature cited…) section, so no number can be checked. Reported once, on the first citation;
 * `citation.unresolved` then stays quiet for numbers instead of flagging every one.
 *
 * @example
 * ```markdown
 * HER2 is amplified in a fifth of breast cancers (1).   <!-- and no "## References" list follows -->
 * ```
 */
export const citationNoReferenceList: Rule = {
  id: 'citation.no-reference-list',
  defaultLevel: 'warning',
  summary: 'Numbered citations but no numbered References section.',
  check(ctx) {
    if (!ctx.checkNumbers || ctx.entriesByNumber.size > 0) return;
    const first = ctx.numericCitations[0];
    if (!first) return;
    const count = ctx.numericCitations.length;
    ctx.report({
      span: first.span,
      message: `The draft has ${count} numbered citation${count === 1 ? '' : 's'} but no numbered References section to check them against.`,
    });
  },
};
