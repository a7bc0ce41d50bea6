import { memoizeString } from '../memo';
import { inSpans } from '../parse/document';
import { linkEvidence } from '../evidence/link';
import type { Span } from '../types';
import { reportOutsideReferences, type Rule, type RulePart } from './rule';

/**
 * Words that mark a sentence as stating a finding (a claim that needs support), as opposed to defining, introducing
 * or asking. Matched on whole words, lower-case.
 */
const CLAIM_WORDS = new Set(
  (
    'show shows showed shown demonstrate demonstrates demonstrated reveal reveals revealed found report reports reported ' +
    'increase increases increased decrease decreases decreased reduce reduces reduced induce induces induced inhibit ' +
    'inhibits inhibited promote promotes promoted enhance enhances enhanced suppress suppresses suppressed activate ' +
    'activates activated confer confers conferred mediate mediates mediated drive drives drove correlate correlates ' +
    'correlated associated predicts predicted predict restore restores restored improve improves improved prolong ' +
    'prolongs prolonged upregulate upregulates upregulated downregulate downregulates downregulated overexpressed ' +
    'amplified resistant resistance sensitivity sensitises sensitizes sensitized sensitised leads led causes caused'
  ).split(' '),
);

/** Sentences about the text itself ("This review summarises…", "Here we discuss…") state no finding. */
const META_DISCOURSE = /\b(?:this|the present|our) (?:review|article|paper|chapter|section)\b|\bwe (?:review|summari[sz]e|discuss|describe|outline|focus|consider)\b|\bhere,? we\b/i;

/** True when a sentence states a finding: not a question, not about the text itself, and with a claim word (memoized). */
const statesFinding = memoizeString((sentence: string) => {
  if (sentence.trimEnd().endsWith('?') || META_DISCOURSE.test(sentence)) return false;
  const words = sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((w) => CLAIM_WORDS.has(w));
});

/**
 * `evidence.uncited` (hint): a sentence that names entities and states a finding but carries no citation (with the
 * paragraph scope: no citation anywhere in its paragraph). Headings, the References section, questions and sentences
 * about the text itself ("This review summarises…") are skipped.
 *
 * @example
 * ```markdown
 * Loss of PTEN activates PI3K signalling and confers resistance to trastuzumab.   <!-- no (n) or [@key] -->
 * ```
 */
export const evidenceUncited: Rule = {
  id: 'evidence.uncited',
  defaultLevel: 'hint',
  summary: 'A sentence names entities and states a finding but cites nothing.',
  check(ctx) {
    reportOutsideReferences(ctx, ctx.perPart(FINDINGS, findingsIn));
  },
};

const FINDINGS = {};

/** The findings in one part of the draft: its uncited sentences that state a finding. */
function findingsIn(part: RulePart): Array<{ span: Span; message: string }> {
  const out: Array<{ span: Span; message: string }> = [];
  const headings = part.blocks.filter((b) => b.kind === 'heading').map((b) => b.span);
  // Whether a sentence cites anything does not depend on the entries: none are looked up.
  const evidence = linkEvidence(part.mentions, part.citations, () => undefined, part.units);
  // Evidence comes in document order, so the mentions of one sentence (one scope) are consecutive.
  for (let i = 0; i < evidence.length; ) {
    const start = evidence[i]!.scope.start;
    let end = i;
    let uncited: (typeof evidence)[number] | undefined;
    for (; end < evidence.length && evidence[end]!.scope.start === start; end++) if (!uncited && evidence[end]!.citations.length === 0) uncited = evidence[end];
    const from = i;
    i = end;
    if (!uncited || inSpans(headings, start)) continue;
    if (!statesFinding(part.text.slice(uncited.scope.start, uncited.scope.end))) continue;
    const named: string[] = [];
    for (let k = from; k < end; k++) if (!named.includes(evidence[k]!.mention.text)) named.push(evidence[k]!.mention.text);
    out.push({
      span: uncited.scope,
      message: `This sentence makes a claim about ${named.slice(0, 3).join(', ')}${named.length > 3 ? '…' : ''} but cites no source.`,
    });
  }
  return out;
}
