import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief, mentions } from './recognise-helpers';

/** The texts of the trial mentions of a draft, in order. */
function trials(md: string): string[] {
  return mentions(md)
    .filter((m) => m.entity?.type === 'trial')
    .map((m) => m.text);
}

describe('trial names by where they stand (trial-names.ts)', () => {
  test('a trial slot: "in X", "in the X", "after X", with a list, in a sentence about treatment', () => {
    assert.deepEqual(trials('Zorbatinib lowered the relapse rate compared with placebo in MERIDIAN (12).'), ['MERIDIAN']);
    assert.deepEqual(trials('Velotumab was tested in CORVINA, TALISMAN and OBELISK, respectively.'), ['CORVINA', 'TALISMAN', 'OBELISK']);
    assert.deepEqual(trials('After SEASHELL, the dose of velotumab was halved for older patients.'), ['SEASHELL']);
  });
  test('a name found once in a slot is a trial everywhere in the draft', () => {
    assert.deepEqual(trials('Velotumab prolonged survival in MERIDIAN (4).\n\nThe MERIDIAN protocol allowed crossover; MERIDIAN also measured quality of life.'), ['MERIDIAN', 'MERIDIAN', 'MERIDIAN']);
  });
  test('a subject with a trial verb: "X and Y established …"', () => {
    assert.deepEqual(trials('GRANITE and BASALT established the benefit of velotumab over placebo.'), ['GRANITE', 'BASALT']);
  });
  test('numbered names and tails: series, Roman numerals, upper-case words', () => {
    assert.deepEqual(trials('Velotumab was superior to placebo in TAMARIND 301 and TAMARIND 302 (8).'), ['TAMARIND 301', 'TAMARIND 302']);
    assert.deepEqual(trials('Relapses fell with velotumab in VESPER I and VESPER II (9).'), ['VESPER I', 'VESPER II']);
    assert.deepEqual(trials('Events fell with velotumab in HARBOUR OUTCOMES (10).'), ['HARBOUR OUTCOMES']);
    assert.deepEqual(trials('Velotumab was effective in KESTREL2 and in IMhorizon150 (11).'), ['KESTREL2', 'IMhorizon150']);
    assert.deepEqual(trials('Velotumab was effective in MOSAIC-d and MOSAIC-v (3).'), ['MOSAIC-d', 'MOSAIC-v']);
  });
  test('a name alone in parentheses right after a drug: "evocetrapib (SOLACE)"', () => {
    assert.deepEqual(trials('Evocetrapib (SOLACE) and velotumab (MERIDIAN) were neutral.'), ['SOLACE', 'MERIDIAN']);
    assert.deepEqual(trials('Velotumab (TNBC) and cisplatin (HPLC) were measured.'), []);
  });
  test('a cue after a list, with modifiers between; a phase before; a registry number after', () => {
    assert.deepEqual(trials('In the HARBOUR, LANTERN-6 and QUARRY cardiovascular outcome trials, events fell.'), ['HARBOUR', 'LANTERN-6', 'QUARRY']);
    assert.deepEqual(trials('Velotumab was studied in the Oriel programme and the ZeTa and Nix-RA studies.'), ['ZeTa', 'Nix-RA']);
    assert.deepEqual(trials('The phase 3 MARLIN enrolled 400 patients.'), ['MARLIN']);
    assert.deepEqual(trials('ORCADIA (NCT01234567) enrolled 300 patients.').slice(0, 1), ['ORCADIA']);
    assert.deepEqual(trials('In the Solvara 2 trial, relapses fell.'), ['Solvara 2']);
  });
});

describe('trial slots: the traps', () => {
  test('a measure after "improvement in", "change in" is no trial', () => {
    assert.deepEqual(trials('Improvement in EASI (4) was larger with dupilumab than with placebo.'), []);
    assert.deepEqual(trials('The change in PASI, not itch, was the primary end point of the adalimumab study.'), []);
  });
  test('disease and lab abbreviations are no trials: few vowels, consonant lower-case letters', () => {
    assert.deepEqual(trials('Fibrosis improved with lanifibranor in MASH (3).'), []);
    assert.deepEqual(trials('Empagliflozin reduced mortality in HFrEF (2).'), []);
    assert.deepEqual(trials('Semaglutide lowered HbA1c in NSCLC and in MASLD patients (7).'), []);
  });
  test('a gene alias in a slot stays a gene; a gene mutated "in" is no trial', () => {
    assert.deepEqual(trials('Loss-of-function mutations in NEMO, the IKK regulator, affect patients treated with etanercept.'), []);
    assert.deepEqual(trials('Belimumab lowers B-cell survival signals mediated in TACI, the receptor of BAFF (3).'), []);
  });
  test('no treatment in the sentence, no trial: "in README", "in LICENSE"', () => {
    assert.deepEqual(trials('The copyright notice was updated in README and in LICENSE.'), []);
    assert.deepEqual(trials('AGILE and STREAM methods were compared in DEVELOP (3).'), []);
  });
  test('a run of shouted words is no list of trials', () => {
    assert.deepEqual(trials('This therapy comes WITHOUT ANY WARRANTY, in PARTICULAR FITNESS FOR A PURPOSE.'), []);
  });
  test('a development code in parentheses after a drug is the drug, not a trial; other hyphenated numbers stay trials', () => {
    assert.deepEqual(trials('Tralevimab (ZETA-417, Brandova) binds the receptor.'), []);
    assert.deepEqual(trials('Tralevimab (ZETA-417) was superior to placebo in ORCHARD-3 (5).'), ['ORCHARD-3']);
    const code = mentions('Tralevimab (ZETA-417, Brandova) binds the receptor.').find((m) => m.text === 'ZETA-417');
    assert.equal(code?.entity?.type, 'drug');
  });
  test('a capitalised word with a number is a trial only under a cue', () => {
    assert.deepEqual(trials('Velotumab was effective in Figure 2 and in Cohort 3 (4).'), []);
    assert.deepEqual(trials('Relapses fell with velotumab in Solvara 2 (4).'), []);
  });
});

describe('trial acronyms that are also gene aliases (trial-names.ts, trials.ts)', () => {
  /** `text→type` of each mention. */
  const typed = (md: string) => mentions(md).map((m) => `${m.text}→${m.entity?.type}`);
  test('a word of capitals known only as an alias is a trial in a slot of a treatment sentence', () => {
    assert.deepEqual(trials('Sorafenib improved overall survival from 7.9 to 10.7 months in SHARP (HR 0.69).'), ['SHARP']);
    assert.deepEqual(trials('The anti-CD19 antibody inebilizumab was tested in MINT, and responses were scored.'), ['MINT']);
    assert.deepEqual(trials('Binimetinib improved progression-free survival over dacarbazine in NEMO by little more than a month.'), ['NEMO']);
    assert.deepEqual(trials('HYPERION tested the drug within the first year after diagnosis in 300 patients.'), ['HYPERION']);
    assert.deepEqual(trials('In SOLO 1 and SOLO 2 the antibody improved itch over placebo.'), ['SOLO 1', 'SOLO 2']);
  });
  test('the alias stays a gene outside a slot, after a measure word, or in apposition', () => {
    assert.deepEqual(typed('Patients treated with etanercept carry mutations in NEMO (4).'), ['etanercept→drug', 'NEMO→gene']);
    assert.deepEqual(typed('With etanercept treatment, signalling was lost in NEMO, the IKK regulator (4).'), ['etanercept→drug', 'NEMO→gene', 'IKK→complex']);
    assert.deepEqual(trials('NEMO binds ubiquitin chains in resting cells.'), []);
  });
  test('a numbered protein name that is an alias as a whole (BLIMP-1, TASK-1) is no trial without a cue', () => {
    assert.deepEqual(brief('Plasma-cell identity depends on IRF4, XBP1 and BLIMP-1 in patients treated with daratumumab.').filter((x) => x.startsWith('BLIMP')), ['BLIMP-1→PRDM1']);
    assert.deepEqual(brief('KCNK3 encodes the potassium channel TASK-1 (3).'), ['KCNK3→KCNK3', 'TASK-1→KCNK3']);
    assert.deepEqual(trials('The TASK-1 trial randomised 200 patients to macitentan or placebo.'), ['TASK-1']);
    assert.deepEqual(trials('Relapses fell with velotumab in the ZELDA-1 study and in ZELDA-2.'), ['ZELDA-1', 'ZELDA-2']);
  });
});

describe('trial names with more shapes (trial-names.ts, trials.ts)', () => {
  test('a known word with a series number of three digits is a trial in a slot: EV-301, NRG-GY018', () => {
    assert.deepEqual(trials('After EV-301 in previously treated patients, enfortumab vedotin was approved.'), ['EV-301']);
    assert.deepEqual(trials('Pembrolizumab improved survival in NRG-GY018 (20).'), ['NRG-GY018']);
    assert.deepEqual(trials('Secukinumab lowered IL-17 in patients (3).'), []);
  });
  test('a dotted series number is part of the name: QUILT-3.032', () => {
    assert.deepEqual(trials('Nogapendekin alfa was approved on the basis of QUILT-3.032 (26).'), ['QUILT-3.032']);
  });
  test('a name with four digits: BLC2001', () => {
    assert.deepEqual(trials('Erdafitinib was approved after BLC2001 and improved survival over chemotherapy.'), ['BLC2001']);
  });
  test('a mixed-case name next to an upper-case word is not shouted: the UK TOPaZ trial', () => {
    assert.deepEqual(trials('In the UK TOPaZ trial, adults received teriparatide. TOPaZ was large.'), ['TOPaZ', 'TOPaZ']);
  });
  test('a list goes on after a reference parenthesis when a name follows: "in X (12) and Y (13)"', () => {
    assert.deepEqual(trials('Ribociclib prolonged survival in CORVALE (12) and BASALT (13).'), ['CORVALE', 'BASALT']);
    assert.deepEqual(trials('Ribociclib prolonged survival in CORVALE (12) and CD20 expression fell.'), ['CORVALE']);
  });
  test('a word of capitals with one vowel is a name when it is one English syllable: STORM, CROWN (not ADPKD, MASLD)', () => {
    assert.deepEqual(trials('In the adjuvant setting, sorafenib failed in STORM, and atezolizumab improved survival.'), ['STORM']);
    assert.deepEqual(trials('Alectinib left 60% of patients progression-free at 5 years in CROWN, at the cost of weight gain.'), ['CROWN']);
    assert.deepEqual(trials('Tolvaptan slowed decline in ADPKD, and resmetirom improved fibrosis in MASLD (3).'), []);
  });
  test('mixed case with consonants in lower case but two vowels in all: AtTEnd (not HFrEF, NSAIDs)', () => {
    assert.deepEqual(trials('Dostarlimab prolonged survival (20), and AtTEnd tested atezolizumab (21).'), ['AtTEnd']);
    assert.deepEqual(trials('Ibuprofen is limited in NSAIDs (3) and empagliflozin helped in HFrEF, with placebo.'), []);
  });
  test('a group and a protocol number of three digits or more in a slot or as a subject: GOG 240, RTOG 1016 (no year)', () => {
    assert.deepEqual(trials('In recurrent disease, GOG 240 established bevacizumab with chemotherapy (39).'), ['GOG 240']);
    assert.deepEqual(trials('Cetuximab lowered survival in RTOG 1016 (23).'), ['RTOG 1016']);
    assert.deepEqual(trials('Tamoxifen was used in the adjuvant setting in WHO 2016 and later (4).'), []);
  });
  test('a subject at a clause start with a clause verb, after an adverb: "…; MAIA, PERSEUS and CEPHEUS then moved …"', () => {
    assert.deepEqual(trials('Daratumumab was used at relapse; MAIA, PERSEUS and CEPHEUS then moved it into first line.'), ['MAIA', 'PERSEUS', 'CEPHEUS']);
    assert.deepEqual(trials('Olaparib helped (3), and BEATcc added atezolizumab to bevacizumab.'), ['BEATcc']);
    assert.deepEqual(trials('For fit patients, FOLFIRINOX (fluorouracil, irinotecan and oxaliplatin) prolonged survival.'), []);
    assert.deepEqual(trials('The addition of durvalumab to TACE improved progression-free survival.'), []);
  });
  test('a cue word before a list is a slot: "the pivotal trials were X, Y and Z"', () => {
    assert.deepEqual(trials('Ticagrelor is reversible; the pivotal trials were CURE, PLATO and CHAMPION PHOENIX [17, 18].'), ['CURE', 'PLATO', 'CHAMPION PHOENIX']);
    assert.deepEqual(trials('The trials were RCTs with placebo, and the study CD34 counts fell.'), []);
  });
  test('a word with a closing capital is a name in a slot: TheraP, MycarinG (not PubMed)', () => {
    assert.deepEqual(trials('In TheraP it produced more PSA responses than cabazitaxel (27).'), ['TheraP']);
    assert.deepEqual(trials('Trials of placebo versus nivolumab were searched in PubMed (3).'), []);
  });
  test('a name in lower-case camel shape in a slot: coBRIM, evolutionRMS 1 (not siRNA, ctDNA, proBNP)', () => {
    assert.deepEqual(trials('Vemurafenib plus cobimetinib in coBRIM and encorafenib plus binimetinib improved survival.'), ['coBRIM']);
    assert.deepEqual(trials('Evobrutinib was not superior to teriflunomide in evolutionRMS 1 and evolutionRMS 2 (39).'), ['evolutionRMS 1', 'evolutionRMS 2']);
    assert.deepEqual(trials('With placebo, levels fell in siRNA, in ctDNA and in proBNP (3).'), []);
  });
  test('hyphenated parts with a number or in camel case: DESTINY-Lung02, DESTINY-PanTumor02, CARDIO-TTRansform', () => {
    assert.deepEqual(trials('Trastuzumab deruxtecan gave responses in DESTINY-Lung02 and DESTINY-PanTumor02 (27).'), ['DESTINY-Lung02', 'DESTINY-PanTumor02']);
    assert.deepEqual(trials('Eplontersen is being tested in CARDIO-TTRansform (41).'), ['CARDIO-TTRansform']);
    assert.deepEqual(trials('Osimertinib is given after EGFR-TKIs fail.'), []);
  });
  test('a number with a letter code as a tail, and a slot before a clause verb: CheckMate 9ER, "in CheckMate 914 failed"', () => {
    assert.deepEqual(trials('Nivolumab plus cabozantinib improved survival in CheckMate 9ER (50).'), ['CheckMate 9ER']);
    assert.deepEqual(trials('Nivolumab plus ipilimumab in CheckMate 914 failed (51).'), ['CheckMate 914']);
  });
  test('a known word with a hyphenated word of capitals is a trial in a slot: AIM-HIGH, ALL-HEART (TNF-ALPHA stays a gene)', () => {
    assert.deepEqual(trials('Extended-release niacin added nothing to statin therapy in AIM-HIGH and HPS2-THRIVE (33).'), ['AIM-HIGH', 'HPS2-THRIVE']);
    assert.deepEqual(trials('Tocilizumab was given to patients treated with TNF-ALPHA (3).'), []);
  });
  test('a subject with a relative clause or a verb in the present: "X, which compared …", "X and Y suggests …"', () => {
    assert.deepEqual(trials('Venetoclax helped few. CANOVA, which compared venetoclax with pomalidomide, missed.'), ['CANOVA']);
    assert.deepEqual(trials('Ipilimumab was added, and LANTANA and KESTREL suggests that it contributes little.'), ['LANTANA', 'KESTREL']);
  });
  test('a sentence with a drug the ontology names (no INN stem) is about treatment: "In SANAD II, lamotrigine …"', () => {
    assert.deepEqual(trials('In SANAD II, lamotrigine remained the first choice for focal epilepsy.'), ['SANAD II']);
    assert.deepEqual(trials('Phentermine with topiramate was studied in CONQUER, and naltrexone with bupropion later.'), ['CONQUER']);
  });
  test('a receptor written without its head noun is no trial: "a modulator of GABA-A"', () => {
    assert.deepEqual(trials('Ganaxolone is a positive modulator of GABA-A and was tested in patients.'), []);
    assert.deepEqual(trials('Survival improved in KEYNOTE-361 and was tested in patients.'), ['KEYNOTE-361']);
  });
});

describe('trial names in a table column headed by trials', () => {
  const table = [
    '| Agent (brand) | Target | Pivotal trials |',
    '|---|---|---|',
    '| velotumab (Xenavra) | CD20 | HARBOUR, LANTERN |',
    '| zorbatinib | KIT | Solace RA (NCT01234567) |',
    '| frobizumab | IL-6 | MERLIN I, MERLIN II |',
    '| quixotinib | ALK | B4410; K9 |',
    '',
  ].join('\n');
  test('the items of a "Pivotal trials" column are trial names, in looser shapes too (Solace RA, B4410, K9)', () => {
    assert.deepEqual(trials(table), ['HARBOUR', 'LANTERN', 'Solace RA', 'NCT01234567', 'MERLIN I', 'MERLIN II', 'B4410', 'K9']);
  });
  test('a name found in the column is a trial in the prose as well', () => {
    assert.deepEqual(trials(table + '\nIn the end, Solace RA and B4410 were stopped early.\n').slice(-2), ['Solace RA', 'B4410']);
  });
  test('other columns, the header row and cells with prose are not', () => {
    const other = ['| Trials | Gene | Notes |', '|---|---|---|', '| Phase 3 | EGFR | PAXIS RA, not reported |', '| Ongoing | KRAS | BORA 2 |', ''].join('\n');
    assert.deepEqual(trials(other), []);
    assert.deepEqual(trials('| Study | Result |\n|---|---|\n| MERLIN was stopped early | none |\n'), []);
  });
});

describe('trial names with a cue of their own (trials.ts)', () => {
  test('a name listed with another that has its cue: "X and the Y trial"', () => {
    assert.deepEqual(trials('In Asia, TORVAL and the KESTREL trial supported velotumab-based therapy [4].'), ['TORVAL', 'KESTREL']);
    assert.deepEqual(trials('Levels of HER2 and the KESTREL trial cohort were compared.'), ['KESTREL']);
  });
  test('a protocol number used as a name: "the C2305 study" (not a code the ontology knows, not without "the")', () => {
    assert.deepEqual(trials('Pasireotide was superior to octreotide in the B4412 study (16).'), ['B4412']);
    assert.deepEqual(trials('A study of the K2305 cell line and B4412 study sites (3).'), []);
  });
  test('a word of capitals that ends in its own cue: ACROSTUDY', () => {
    assert.deepEqual(trials('Pegvisomant worked in fewer patients in the observational NEUROSTUDY (20).'), ['NEUROSTUDY']);
  });
});

describe('trial slots: looser names beside sure ones, numbers inside names, study codes', () => {
  test('a list with a hyphenated name takes siblings of looser shapes: "in STIM, EURO-SKI and DESTINY"', () => {
    assert.deepEqual(trials('Half of patients stayed in remission after stopping imatinib in SKIM, EURO-STOP and DRUX (14-16).'), ['SKIM', 'EURO-STOP', 'DRUX']);
    // Without a sure name, a one-vowel word of capitals is no trial in a slot.
    assert.deepEqual(trials('Half of patients stayed in remission after stopping imatinib in SKIM and DRUX (14-16).'), []);
  });
  test('a number between runs of capitals: ASC4FIRST', () => {
    assert.deepEqual(trials('Asciminib was better tolerated and, in ABC4FIRST, achieved more responses (10).'), ['ABC4FIRST']);
  });
  test('a study code after a name of capitals: MISSION AD1 (the code is no gene alias there)', () => {
    assert.deepEqual(trials('- elenbecestat (E2609) in PURSUIT AD1 and PURSUIT AD2;\n'), ['PURSUIT AD1', 'PURSUIT AD2']);
  });
});

describe('hyphenated names the draft shows are no trials', () => {
  test('a name coordinated with a scale of the stop list: "on the MMSE and ADAS-Cog"', () => {
    assert.deepEqual(brief('Galantamine gave small benefits on the MMSE and NEURO-Cog (40).'), ['Galantamine→galantamine']);
    assert.deepEqual(trials('Galantamine gave small benefits in NEURO-Cog (40).'), ['NEURO-Cog']);
  });
  test('a one-letter variant of a term defined by a lower-case long form: ARIA-E after "(ARIA)"', () => {
    const md = 'Velotumab carries a risk of quiet retinal imaging anomalies (QRIA).\n\nQRIA with oedema (QRIA-E) resolves; QRIA-H persists after velotumab (3).';
    assert.deepEqual(trials(md), []);
    assert.deepEqual(trials('QRIA-E resolved after velotumab (3).'), ['QRIA-E']);
    // A trial's long form is a proper name: its variants stay trials.
    assert.deepEqual(trials('Velotumab was tested in the Quiet Retinal Imaging Alliance (QRIA).\n\nQRIA-E resolved after velotumab (3).'), ['QRIA-E']);
  });
});

describe('trial names by cue words around them: a proper name before "study", "such as", "including"', () => {
  test('a capitalised word between "the" and a cue word is a study\'s name (not a nationality, not a brand)', () => {
    assert.deepEqual(trials('A neural-tube-defect signal from the Oponeo surveillance study diminished with dolutegravir [18].'), ['Oponeo']);
    assert.deepEqual(trials('Xalnesiran gave the highest rates of loss in the Kirawa platform trial (49).'), ['Kirawa']);
    assert.deepEqual(trials('The Dutch trial and the Swedish registry and the Nordic study of dolutegravir were small [18].'), []);
    assert.deepEqual(trials('The study of the Oponeo region and the Kirawa of the trial [18].'), []);
  });
  test('examples of a cue word: "prevention studies …, such as X with lecanemab, Y"', () => {
    assert.deepEqual(trials('Prevention studies in carriers, such as BEACON 2-40 with lecanemab, now test that idea (29).'), ['BEACON 2-40']);
    assert.deepEqual(trials('Kinases in cells, such as KORVALE with apilimod, were tested (29).'), []);
  });
  test('"including" opens a trial slot in a sentence about treatment', () => {
    assert.deepEqual(trials('The failures of bapineuzumab and crenezumab (including CORALINE) are attributed to low doses (27).'), ['CORALINE']);
    assert.deepEqual(trials('Mutations in genes including NEMO, the IKK regulator, affect patients treated with etanercept.'), []);
  });
});

describe('hyphenated names that are cell lines, methods, scales and outcome measures', () => {
  test('a head noun after the name (cells, line, spectrometry, score): a thing, not a trial', () => {
    assert.deepEqual(trials('Menin inhibitors induced differentiation in KOLT-13 and MV4-11 cells treated with revumenib (4).'), []);
    assert.deepEqual(trials('Knockdown of BCL11A in the immortalised HUBEP-2 line derepresses γ-globin with hydroxyurea.'), []);
    assert.deepEqual(trials('MALDI-TOF mass spectrometry identifies the species before meropenem is given (3).'), []);
    // "and" with a lower-case word after the name is no second name: "in EXIST-3 and subependymal giant cell …".
    assert.deepEqual(trials('Everolimus reduced seizures in EXIST-3 and subependymal giant cell astrocytoma volume in EXIST-1.'), ['EXIST-3', 'EXIST-1']);
  });
  test('the object of "achieved" or "improved" is an outcome measure: "achieved EASI-75"', () => {
    assert.deepEqual(trials('Dupilumab achieved ITCH-75 in half of adults in KESTREL-1 (3).'), ['KESTREL-1']);
  });
  test('a name defined in parentheses by a scale\'s long form or as a variant of a term is no trial', () => {
    assert.deepEqual(trials('Tofersen did not change the ALS Functional Rating Scale–Revised (ALSFRS-R) at 28 weeks (3).'), []);
    assert.deepEqual(trials('QRIA with oedema (QRIA-E) resolves after velotumab (3).'), []);
    assert.deepEqual(trials('Events fell with dapagliflozin in heart failure (DAPA-HF) (3).'), ['DAPA-HF']);
  });
  test('an abbreviation the draft defines by a lower-case long form is no trial in a slot: EGPA', () => {
    assert.deepEqual(trials('Mepolizumab induced remission in eosinophilic granulomatosis with polyangiitis (EGPA) in MIRRA, and was non-inferior in EGPA in MANDARA [33].'), ['MIRRA', 'MANDARA']);
  });
  test('a receptor named with its head noun is no trial: "the GABA-B receptor agonist"', () => {
    assert.deepEqual(trials('- GABA-B receptor: the principal site of action of oxybate at therapeutic concentrations in patients.\n'), []);
  });
});

describe('numbered names after a measure word; number pairs', () => {
  test('after "loss in", "decline in" only numbered names count: "bone loss in SPIRIT 1 and SPIRIT 2"', () => {
    assert.deepEqual(trials('Relugolix improved pain with little bone loss in LANTERN 1 and LANTERN 2 (23).'), ['LANTERN 1', 'LANTERN 2']);
    assert.deepEqual(trials('Givinostat slowed functional decline in KESTREL (21).'), []);
  });
  test('a number pair is one tail: "TEMPO 3:4"', () => {
    assert.deepEqual(trials('Tolvaptan slowed progression in HARBOUR 3:4 and in LANTERN (42).'), ['HARBOUR 3:4', 'LANTERN']);
  });
});
