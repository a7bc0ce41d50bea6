/**
 * Mechanisms that generalise recognition beyond the drafts it was developed on: links from a draft's own
 * abbreviation definitions, and token shapes that look like genes but name labels or scores.
 * Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { collectDefinitions, mergeLink, type Defined } from '../../src/core/recognise/abbreviations';
import { deriveFamilies } from '../../scripts/ontology/families';
import type { CleanGene } from '../../scripts/ontology/genes';
import { brief, mentions } from './recognise-helpers';

describe('abbreviations linked to the entity their long form names', () => {
  test('the singular "vascular endothelial growth factor" is VEGFA; the plural and the receptors stay families', () => {
    assert.deepEqual(brief('Vascular endothelial growth factor drives angiogenesis through vascular endothelial growth factor receptors.'), [
      'Vascular endothelial growth factor→VEGFA',
      'vascular endothelial growth factor receptors→VEGFR',
    ]);
    assert.deepEqual(brief('All vascular endothelial growth factors bind the receptors.'), ['vascular endothelial growth factors→vascular endothelial growth factors']);
  });
  test('a hyphenated abbreviation the draft defines beats the official symbol it normalises to (SF-1, not SF1)', () => {
    // Without the definition, SF-1 is read as the symbol SF1 (splicing factor 1).
    assert.deepEqual(brief('Loss of SF-1 was seen.'), ['SF-1→SF1']);
    assert.deepEqual(brief('Lesions express steroidogenic factor 1 (SF-1). SF-1 drives aromatase.'), [
      'steroidogenic factor 1→NR5A1',
      'SF-1→NR5A1',
      'SF-1→NR5A1',
      'aromatase→CYP19A1',
    ]);
    // A definition as the symbol's own gene keeps it.
    assert.deepEqual(brief('Splicing factor 1 (SF1) binds the branch point; SF-1 mutations are rare.'), ['Splicing factor 1→SF1', 'SF1→SF1', 'SF-1→SF1']);
  });
  test('a later bare abbreviation resolves to the defined gene, not to the gene that has it as an alias', () => {
    // Without the definition, MCP is an alias of two genes (CAPG and CD46); the definition names CD46.
    assert.deepEqual(brief('Loss of MCP was seen.'), ['MCP→CAPG?']);
    assert.deepEqual(brief('Complement is regulated by membrane cofactor protein (MCP); loss of MCP causes aHUS.'), [
      'membrane cofactor protein→CD46',
      'MCP→CD46',
      'MCP→CD46',
    ]);
    // CLR is curated as CALCRL (the DCLK3 alias is dropped); the definition agrees.
    assert.deepEqual(brief('Adrenomedullin needs the calcitonin receptor-like receptor (CLR) and RAMP2. Mice without CLR die in utero.'), [
      'Adrenomedullin→ADM',
      'calcitonin receptor-like receptor→CALCRL',
      'CLR→CALCRL',
      'RAMP2→RAMP2',
      'CLR→CALCRL',
    ]);
  });
  test('an abbreviation the ontology does not know becomes a mention of the defined gene', () => {
    assert.deepEqual(brief('Cortisol binds the glucocorticoid receptor (GR) in the cytoplasm. Ligand-bound GR moves to the nucleus.'), [
      'glucocorticoid receptor→NR3C1',
      'GR→NR3C1',
      'GR→NR3C1',
    ]);
    // Not defined: GR alone is nothing.
    assert.deepEqual(brief('Ligand-bound GR moves to the nucleus.'), []);
  });
  test('names with two readings keep their context rules', () => {
    const got = brief('Tamoxifen blocks the estrogen receptor (ER). Misfolded proteins cause ER stress in the ER lumen.');
    assert.ok(!got.includes('ER→ESR1'), got.join(' | '));
  });
  test('two definitions naming different entities link the abbreviation to neither', () => {
    assert.equal(mergeLink(undefined, 'ncbigene:1'), 'ncbigene:1');
    assert.equal(mergeLink('ncbigene:1', 'ncbigene:1'), 'ncbigene:1');
    assert.equal(mergeLink('ncbigene:1', 'ncbigene:2'), '');
    assert.equal(mergeLink('', 'ncbigene:1'), '');
    const defined = new Map<string, Defined>();
    const links = new Map<string, string>();
    const named = (p: string) => (p === 'alpha kinase' ? 'ncbigene:1' : p === 'another kinase' ? 'ncbigene:2' : undefined);
    collectDefinitions('the alpha kinase (AK) and the another kinase (AK)', defined, () => true, links, named);
    assert.equal(links.get('AK'), '');
  });
});

describe('gene-shaped labels and scores', () => {
  test('a numbered range whose members the gene data lacks is a series of labels', () => {
    assert.deepEqual(brief('Three clusters (Mars1–3) differed in survival.'), []);
    assert.deepEqual(brief('Patients in Mars1 to Mars4 were compared.'), []);
    assert.deepEqual(brief('The Mars1–Mars4 endotypes were compared.'), []);
    // A member written alone is still matched, and real gene ranges stay coordinated forms.
    assert.deepEqual(brief('Mars1 was high.'), ['Mars1→MARS1']);
    assert.deepEqual(brief('Executioner caspases CASP3–7 and SMAD1–3 were measured.').filter((m) => !m.startsWith('caspases')), [
      'CASP3–7→CASP3',
      'CASP3–7→CASP4',
      'CASP3–7→CASP5',
      'CASP3–7→CASP6',
      'CASP3–7→CASP7',
      'SMAD1–3→SMAD1',
      'SMAD1–3→SMAD2',
      'SMAD1–3→SMAD3',
    ]);
  });
  test('an alias with a staining sign before a scoring word names a threshold', () => {
    assert.deepEqual(brief('Eligibility followed the PS2+ scoring rule.'), []);
    assert.deepEqual(brief('PS2+ neurons degenerate first.'), ['PS2→PSEN2']);
    assert.deepEqual(brief('CD8+ T cells infiltrated.'), ['CD8→CD8A']);
  });
});

describe('families derived from a symbol series', () => {
  const gene = (entrez: number, symbol: string, name: string, aliases: string[] = []) =>
    ({ entrez, symbol, name, type: 'protein-coding', cytoband: '', aliases, ensembl: [], uniprot: [], mirbase: [] }) as CleanGene;
  const settings = { minMembers: 3, skip: [], noProseNames: [], nameVariants: {} };
  test('an alias that several members and no other gene carry names the series', () => {
    const genes = [gene(1, 'ZZA1', 'zeta widget alpha 1', ['ZZA']), gene(2, 'ZZA2', 'zeta widget alpha 2', ['ZZA']), gene(4, 'ZZA4', 'zeta widget alpha 4')];
    const owners = new Map([['ZZA', new Set(['ncbigene:1', 'ncbigene:2'])]]);
    const isTaken = (s: string, members?: ReadonlySet<string>) => {
      const by = owners.get(s);
      return !!by && (!members || by.size < 2 || [...by].some((id) => !members.has(id)));
    };
    const [fam] = deriveFamilies(genes, settings, isTaken);
    assert.equal(fam?.id, 'family:zza');
    assert.ok(fam?.synonyms.includes('ZZA'));
    // The same alias carried by a gene outside the series stays that gene's.
    owners.set('ZZA', new Set(['ncbigene:1', 'ncbigene:99']));
    assert.equal(deriveFamilies(genes, settings, isTaken).length, 0);
  });
  test('IFN-α in prose is the interferon-α family, a numbered subtype its gene', () => {
    assert.deepEqual(brief('Plasmacytoid dendritic cells secrete IFN-α; IFN-α2 was given.'), ['IFN-α→IFNAs', 'IFN-α2→IFNA2']);
  });
});

describe('possessive eponyms', () => {
  test("a name that opens with a proper name is found in its possessive form", () => {
    assert.deepEqual(brief("Ibrutinib blocks Bruton's tyrosine kinase in B cells.").filter((m) => !m.startsWith('Ibrutinib')), ["Bruton's tyrosine kinase→BTK"]);
    assert.deepEqual(brief('Ibrutinib blocks Bruton’s tyrosine kinase.').filter((m) => !m.startsWith('Ibrutinib')), ['Bruton’s tyrosine kinase→BTK']);
  });
  test('other possessives do not join words into names', () => {
    assert.deepEqual(brief("The patient's HER2 status and Crohn's disease were noted."), ['HER2→ERBB2']);
  });
});

describe('gene names without their final qualifier', () => {
  test('a name whose official form ends in a parenthesised qualifier is found without it', () => {
    assert.deepEqual(brief('Leflunomide inhibits dihydroorotate dehydrogenase in lymphocytes.').filter((m) => !m.startsWith('Leflunomide')), ['dihydroorotate dehydrogenase→DHODH']);
    assert.deepEqual(brief('The atypical chemokine receptor 1 is expressed on red cells.'), ['atypical chemokine receptor 1→ACKR1']);
  });
  test('a blood-group qualifier is a name of the gene', () => {
    assert.deepEqual(brief('Antibodies against the Kell blood group cause fetal anaemia.'), ['Kell blood group→KEL']);
  });
});

describe('numbered ranges of genes', () => {
  test('a range names each member gene, with an en dash or a hyphen, even where a family has those members', () => {
    const fgfr = ['FGFR1', 'FGFR2', 'FGFR3', 'FGFR4'];
    assert.deepEqual(brief('Erdafitinib inhibits FGFR1–4 in urothelial cancer.').filter((m) => !m.startsWith('Erdafitinib')), fgfr.map((g) => `FGFR1–4→${g}`));
    assert.deepEqual(brief('Erdafitinib inhibits FGFR1-4 in urothelial cancer.').filter((m) => !m.startsWith('Erdafitinib')), fgfr.map((g) => `FGFR1-4→${g}`));
    assert.deepEqual(brief('All TGFβ1–3 isoforms were measured.'), ['TGFβ1–3→TGFB1', 'TGFβ1–3→TGFB2', 'TGFβ1–3→TGFB3']);
    // A hyphenated symbol that is one gene stays one gene.
    assert.deepEqual(brief('NKX2-2 marks ventral progenitors.'), ['NKX2-2→NKX2-2']);
  });
});

describe('integrin subunits the draft names in a heterodimer', () => {
  test('a subunit written alone after its heterodimer is that integrin subunit gene', () => {
    const got = brief('Memory T cells use αLβ2 to adhere. Blocking the αL chain, or β2 alone, reduces adhesion.');
    assert.ok(got.includes('αL→ITGAL') && got.includes('β2→ITGB2'), got.join(' | '));
    assert.deepEqual(brief('Homing needs &alpha;4&beta;7. An antibody to &alpha;4 blocks it.').slice(2), ['&alpha;4→ITGA4']);
  });
  test('without a heterodimer in the draft, a Greek subunit alone is no integrin (here the nicotinic subunit: the draft names that receptor)', () => {
    assert.deepEqual(brief('Varenicline is a partial agonist at the α4 subunit of nicotinic receptors.').filter((m) => !m.startsWith('Varenicline')), ['α4→CHRNA4']);
    assert.deepEqual(brief('Varenicline is a partial agonist at the α4 subunit.').filter((m) => !m.startsWith('Varenicline')), []);
  });
});

describe('receptor subtype codes the draft introduces', () => {
  test('after "the dopamine D2 receptor", D2 and its siblings written alone are the subtype genes', () => {
    assert.deepEqual(brief('Most antipsychotics occupy the dopamine D2 receptor. Some also block D3 and D4, and full D2 antagonism causes rigidity.'), [
      'dopamine D2 receptor→DRD2',
      'D3→DRD3',
      'D4→DRD4',
      'D2→DRD2',
    ]);
    assert.deepEqual(brief('Cetirizine blocks the histamine H1 receptor, whereas H2 antagonists reduce acid.').filter((m) => !m.startsWith('Cetirizine')), [
      'histamine H1 receptor→HRH1',
      'H2→HRH2',
    ]);
  });
  test('a code is no gene without the series in the draft, nor in vitamin D3', () => {
    assert.deepEqual(brief('Blood was drawn on D2 and D3 after surgery.'), []);
    assert.deepEqual(brief('The dopamine D2 receptor matters; vitamin D3 was also given.'), ['dopamine D2 receptor→DRD2']);
  });
});

describe('names numbered as the only member of a series', () => {
  test('a gene named "X 1" with no "X 2" is also named X (menin, nucleophosmin, neurofibromin)', () => {
    assert.deepEqual(brief('Menin binds KMT2A; nucleophosmin moves to the cytoplasm; neurofibromin restrains RAS.'), [
      'Menin→MEN1',
      'KMT2A→KMT2A',
      'nucleophosmin→NPM1',
      'neurofibromin→NF1',
      'RAS→RAS',
    ]);
  });
  test('not when other gene names open with the same words (kallikrein 1 beside kallikrein B1 and kallikrein related peptidases)', () => {
    assert.deepEqual(brief('Kallikrein activity rose in the sputum.'), []);
  });
});

describe('receptor names as prose writes them', () => {
  test('"X receptor type A" is also "X A receptor" and "X type A receptor"; a numbered type only "X type 1 receptor"', () => {
    assert.deepEqual(brief('Blocking the endothelin A receptor and the endothelin type B receptor lowered proteinuria.'), ['endothelin A receptor→EDNRA', 'endothelin type B receptor→EDNRB']);
  });
  test('interleukin receptor names with IL-n, and a receptor subunit as a chain', () => {
    assert.deepEqual(brief('The IL-1 receptor antagonist and the IL-3 receptor α chain were measured.'), ['IL-1 receptor antagonist→IL1RN', 'IL-3 receptor α chain→IL3RA']);
  });
});

describe('provisional LOC genes', () => {
  test('are found by their symbol only, not by the aliases or one-word names they share with the genes they copy', () => {
    const found = brief('Serum IgA rose, actin filaments formed and LOC102723407 was expressed.');
    assert.ok(!found.some((f) => f.startsWith('IgA→') || f.startsWith('actin→LOC')), found.join(', '));
    assert.ok(found.includes('LOC102723407→LOC102723407'), found.join(', '));
  });
});

describe('second messengers and a kidney cell line', () => {
  test('cyclic AMP and cGMP are no genes (AMP is an alias of APRT); HK-2 cells are a cell line, not hexokinase 2', () => {
    assert.deepEqual(brief('PDE4 inhibitors raise cyclic AMP and cGMP in HK-2 cells.').filter((f) => /AMP|GMP|HK/.test(f)), []);
  });
});

describe('lower-case letters and digits in one word', () => {
  test('are no human gene symbols (bacterial or zebrafish names), but proteins named by mass and hyphenated names stay', () => {
    // Without the rule: fgd1→FGD1, brca1→BRCA1, tp53→TP53 (normalised to the upper-case symbols).
    assert.deepEqual(brief('Loss of fgd1, brca1 and tp53 in the mutant strain.'), []);
    assert.deepEqual(brief('Levels of p53, gp130 and nectin-4 rose.'), ['p53→TP53', 'gp130→IL6ST?', 'nectin-4→NECTIN4']);
  });
});

describe('a Greek letter written before a protein name', () => {
  test('"X alpha N" is also written α-X-N (α-actinin-4, β-arrestin 2), the whole span one mention', () => {
    // Without the variant: actinin-4→ACTN4 without its α, and nothing for β-arrestin 2.
    assert.deepEqual(brief('Podocytes lacking α-actinin-4 recruit β-arrestin 2 and &beta;-arrestin-1.'), [
      'α-actinin-4→ACTN4',
      'β-arrestin 2→ARRB2',
      '&beta;-arrestin-1→ARRB1',
    ]);
  });
});

describe('a ligand named by its receptor', () => {
  test('"X ligand" is the gene whose symbol or alias is X plus L or LG, when that gene is a ligand', () => {
    // Without the rule: FLT3 and OX40 alone, each the receptor.
    assert.deepEqual(brief('FLT3 ligand and OX40 ligand expand dendritic cells.'), ['FLT3 ligand→FLT3LG', 'OX40 ligand→TNFSF4']);
    // Not when X plus L is an alias of a gene that is no ligand (METL, a methyltransferase).
    assert.deepEqual(brief('HGF is the MET ligand.'), ['HGF→HGF', 'MET→MET']);
  });
});

describe('very late antigens', () => {
  test('VLA-1 … VLA-6 are the β1 integrins: one mention per subunit gene over the span', () => {
    // Without the rule: nothing.
    assert.deepEqual(brief('Antibodies to VLA-4 and VLA-5 blocked adhesion.'), ['VLA-4→ITGA4', 'VLA-4→ITGB1', 'VLA-5→ITGA5', 'VLA-5→ITGB1']);
    assert.deepEqual(brief('VLA-7 was only a label.'), []);
  });
});

describe('the p40 subunit', () => {
  test('is IL12B next to IL-12, IL-23 or an antibody to it; elsewhere it stays ambiguous, and in pathology it is dropped', () => {
    // Without the curated name and its context rule: p40→IL9? (an old alias of IL-9).
    assert.deepEqual(brief('Briakinumab binds the p40 subunit of IL-12.'), ['Briakinumab→briakinumab', 'p40→IL12B', 'IL-12→IL12A']);
    assert.ok(brief('The p40 protein was measured.')[0]!.endsWith('?'));
    assert.deepEqual(brief('Squamous tumours stained for p40.').filter((f) => f.startsWith('p40')), []);
  });
});

describe('α-Klotho', () => {
  test('is KL over the whole span (β-Klotho is KLB)', () => {
    // Without the curated name: Klotho→KL without its α.
    assert.deepEqual(brief('FGF23 signals through α-Klotho.'), ['FGF23→FGF23', 'α-Klotho→KL']);
  });
});

describe('coagulation factors named by Roman numeral', () => {
  test('a factor named by its numeral is the gene the data names "coagulation factor" with it', () => {
    assert.deepEqual(brief('Carriers of the variant have higher factor XI and Factor XII but normal factor VIII activity.'), [
      'factor XI→F11',
      'Factor XII→F12',
      'factor VIII→F8',
    ]);
  });
  test('a numeral alone is not taken for a gene alias inside a factor name', () => {
    assert.ok(!brief('Infusions of factor VIII were given weekly.').some((m) => m.startsWith('VIII')));
  });
  test('a plural list of numerals is one coordinated span with one mention per factor', () => {
    assert.deepEqual(brief('Statins do not lower factors V, VIII or XI.'), ['factors V, VIII or XI→F5', 'factors V, VIII or XI→F8', 'factors V, VIII or XI→F11']);
    assert.deepEqual(brief('Both factors III/VII bind.'), ['factors III/VII→F3', 'factors III/VII→F7']);
  });
  test('a numeral followed by "a" is the activated protease, an isoform of the gene', () => {
    const got = mentions('The drug binds Factor XIa and spares factor XIIa.');
    assert.deepEqual(
      got.map((m) => `${m.text}→${m.entity?.type}:${m.entity?.name}`),
      ['Factor XIa→isoform:factor XIa', 'factor XIIa→isoform:factor XIIa'],
    );
  });
  test('no numeral, a longer word or a numeral that names no clotting factor: nothing', () => {
    assert.deepEqual(brief('A cofactor X and a refactor XI were written; factor I and factor IV are not genes here.'), []);
  });
});

describe('complexes and families named by their head noun', () => {
  test('a drug class names its target complex, not a member gene, and a descriptor stays outside', () => {
    assert.deepEqual(brief('Calcineurin inhibitors and the 20S proteasome were studied with C1q.'), ['Calcineurin→calcineurin', 'proteasome→proteasome', 'C1q→C1q']);
  });
  test('clotting enzyme complexes, the muscle acetylcholine receptor and paralog families in prose', () => {
    assert.deepEqual(brief('The muscle acetylcholine receptor (AChR) and the prothrombinase complex; NFAT transcription factors; sarcoglycans; inosine monophosphate dehydrogenase.'), [
      'acetylcholine receptor→acetylcholine receptor',
      'AChR→acetylcholine receptor',
      'prothrombinase→prothrombinase',
      'NFAT→NFAT',
      'sarcoglycans→sarcoglycan',
      'inosine monophosphate dehydrogenase→IMPDH',
    ]);
  });
});
