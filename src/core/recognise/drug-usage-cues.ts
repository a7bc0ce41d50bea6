/**
 * Cues that name a word as a drug by how the sentence uses it, for drug-cues.ts (which checks the word itself: shape,
 * not English, not known). A review gives a drug, doses it, treats with it and compares with it:
 *  - a dose or regimen after it: "zarbilene 10 mg", "zarbilene (5 mg/kg)", "zarbilene 400 mg twice daily",
 *    "zarbilene monotherapy", "zarbilene doses";
 *  - a dose or route before it: "high-dose zarbilene", "inhaled zarbilene", "once-weekly zarbilene";
 *  - a treatment verb before it: "treated with zarbilene", "combined with zarbilene", "superior to zarbilene",
 *    "outperformed zarbilene";
 *  - a class heading a list: "Sodium-channel blockers: zarbilene, …";
 *  - a relative clause of action after it, perhaps after a short parenthesis: "zarbilene, which blocks potassium
 *    channels", "zarbilene (ZX-203), which inhibits …".
 * Every look is bounded by the prose span (`start`, `limit`) and a short window around the word.
 */

/** How far before a word a cue is looked for. */
const WINDOW_BEFORE = 48;
/** How far after a word a dose or regimen word is looked for. */
const WINDOW_AFTER = 32;

/** A dose right after the word, perhaps in parentheses: "10 mg", "(5 mg/kg)", "0.5–1 g", "40 mg/day", "100 IU". */
const DOSE_AFTER_RE = /^\s\(?(?:max\.?\s+)?[0-9]+(?:[.,][0-9]+)?(?:\s?[-–]\s?[0-9]+(?:[.,][0-9]+)?)?\s?(?:mg|g|µg|μg|mcg|ng|IU|mmol|units)(?![A-Za-z])/;
/** A regimen word right after the word: "X monotherapy", "X doses". */
const REGIMEN_AFTER_RE = /^\s(?:monotherapy|dosing|doses)\b/;
/** A relative clause that says what the word does to a target: "zarbilene, which blocks potassium channels". */
const ACTION_AFTER_RE = /^,\s(?:which|that)\s(?:(?:selectively|potently|reversibly|irreversibly|directly|also)\s)?(?:blocks|inhibits|activates|antagoni[sz]es|targets|stimulates|depletes|chelates|degrades)\b/;
/** A dose, schedule or route right before the word. */
const DOSE_BEFORE_RE = /(?:\b(?:high|low|standard|reduced|full|fixed|single|higher|lower)-dose|\b(?:once|twice)-(?:daily|weekly|monthly|yearly)|\b(?:oral|intravenous|inhaled|nebulised|nebulized|topical|intranasal|intramuscular|intravitreal|intrathecal|transdermal|sublingual))\s$/i;
/** A treatment verb (and its preposition) right before the word, an optional dose or route between. */
const TREATMENT_BEFORE_RE = /\b(?:(?:treated|treatment|therapy|pretreated|combined|combination|co-?administered|switched|compared)\s+with|(?:superior|inferior|non-?inferior)\s+to|outperformed)\s+(?:(?:high|low|standard)-dose\s+|(?:oral|intravenous|intramuscular|subcutaneous|inhaled|topical)\s+)?$/;

/** True when a dose, regimen, route or treatment verb next to the word at [`s`, `e`) of `source` names it a drug. */
export function usageCue(source: string, s: number, e: number, start: number, limit: number): boolean {
  const after = source.slice(e, Math.min(limit, e + WINDOW_AFTER));
  if (DOSE_AFTER_RE.test(after) || REGIMEN_AFTER_RE.test(after) || ACTION_AFTER_RE.test(after)) return true;
  // "zarbilene (ZX-203), which blocks …": the clause may follow a short parenthesis of codes or brands.
  const close = after.startsWith(' (') ? after.indexOf(')', 2) : -1;
  if (close > 0 && ACTION_AFTER_RE.test(source.slice(e + close + 1, Math.min(limit, e + close + 1 + WINDOW_AFTER)))) return true;
  // "the oral tyrosine kinase inhibitor X": a word that heads a longer noun is no drug after a route or a dose.
  if (HEAD_NOUN_AFTER_RE.test(after)) return false;
  const before = source.slice(Math.max(start, s - WINDOW_BEFORE), s);
  return DOSE_BEFORE_RE.test(before) || TREATMENT_BEFORE_RE.test(before);
}

/** Nouns after a word that make it a modifier in a longer name ("tyrosine kinase", "glucan synthase"), not a drug. */
const HEAD_NOUN_AFTER_RE = /^[\s-](?:kinases?|inhibitors?|receptors?|antagonists?|agonists?|analogues?|analogs?|synthases?|pathways?|signalling|signaling|channels?|transporters?|levels?|deficiency)\b/;
