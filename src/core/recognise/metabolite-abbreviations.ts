/**
 * Abbreviations of cofactors and metabolites that are also gene aliases: a draft on vitamin B6 writes "PLP, the active
 * cofactor form" without ever putting PLP in parentheses after its long form, yet the ontology gives PLP to PDXP,
 * PLP1, PRDX5 and PTHLH. Where a draft names the metabolite by its long form anywhere ("pyridoxal 5′-phosphate"),
 * the abbreviation is defined as something other than a gene (abbreviations.ts `Defined` 'other'): its alias and
 * ambiguous matches go, an official symbol stays, and a definition as a gene elsewhere in the draft still wins.
 */

/** A metabolite's abbreviation, a substring any text naming its long form holds (a cheap test first), and the long form. */
interface MetaboliteForm {
  readonly abbr: string;
  readonly cue: string;
  readonly long: RegExp;
}

const METABOLITE_FORMS: readonly MetaboliteForm[] = [
  // pyridoxal 5′-phosphate, pyridoxal-5-phosphate, pyridoxal phosphate
  { abbr: 'PLP', cue: 'yridoxal', long: /\b[Pp]yridoxal[ -](?:5(?:′|'|’)?-?[ ]?)?phosphate\b/ },
  // inosine monophosphate, inosine 5′-monophosphate
  { abbr: 'IMP', cue: 'nosine', long: /\b[Ii]nosine[ -](?:5(?:′|'|’)?-?[ ]?)?monophosphate\b/ },
];

/**
 * The abbreviations whose metabolite `text` (decoded prose) names by its long form.
 * @example metaboliteAbbreviations('the cofactor pyridoxal 5′-phosphate binds') // ['PLP']
 */
export function metaboliteAbbreviations(text: string): string[] {
  const out: string[] = [];
  for (const f of METABOLITE_FORMS) if (text.includes(f.cue) && f.long.test(text)) out.push(f.abbr);
  return out;
}
