import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief, mentions } from './recognise-helpers';

describe('recognition traps: context decides ER and PR', () => {
  test('ER next to positive, receptor or breast is ESR1', () => {
    assert.deepEqual(brief('Most tumours were ER-positive breast cancers.'), ['ER→ESR1']);
    assert.deepEqual(brief('Loss of ER expression predicts resistance to tamoxifen.'), ['ER→ESR1', 'tamoxifen→tamoxifen']);
  });
  test('ER next to stress, lumen or Golgi is no gene', () => {
    assert.deepEqual(brief('Misfolded proteins accumulate and cause ER stress.'), []);
    assert.deepEqual(brief('Secretory proteins pass from the ER lumen to the Golgi.'), []);
  });
  test('ER without context stays ambiguous with ESR1 as candidate', () => {
    const [m] = mentions('We measured ER in all samples.');
    assert.equal(m?.status, 'ambiguous');
    assert.ok(m?.candidates?.some((c) => c.symbol === 'ESR1'));
  });
  test('PR with a response word is no gene; PR with receptor words is PGR', () => {
    assert.deepEqual(brief('Two patients had a PR and one a CR.'), []);
    assert.deepEqual(brief('Tumours were ER-positive and PR-positive.'), ['ER→ESR1', 'PR→PGR']);
  });
  test('MIB-1 stays ambiguous between MKI67 and MIB1 without context', () => {
    const [m] = mentions('Mib-1 was examined.');
    assert.equal(m?.status, 'ambiguous');
    assert.deepEqual(m?.candidates?.map((c) => c.symbol).sort(), ['MIB1', 'MKI67']);
  });
});

describe('recognition traps: English words and symbols', () => {
  test('SET, MET and KIT in capitals are genes; set, met, Met and kit are words', () => {
    assert.deepEqual(brief('SET and MET bind KIT.'), ['SET→SET', 'MET→MET', 'KIT→KIT']);
    assert.deepEqual(brief('Met the criteria; we set a kit aside and met twice.'), []);
  });
  test('"is a", "as a", "at a" never join into ISA, ASA or ATA', () => {
    assert.deepEqual(brief('This is a test, as a rule, at a glance.'), []);
  });
  test('a shouted licence line is not a list of genes', () => {
    assert.deepEqual(brief('THE SOFTWARE IS PROVIDED WITHOUT WARRANTY OF ANY KIND, NOT EVEN FOR A PARTICULAR PURPOSE.'), []);
  });
  test('statistics and their numbers are not genes', () => {
    assert.deepEqual(brief('Risk rose (OR 2.1, 95% CI 1.2–3.4; HR 0.80) in 12 of 45 patients.'), []);
  });
});

describe('recognition traps: organisms, cell lines, methods', () => {
  test('HIV-1, EBV and influenza A virus are not genes', () => {
    assert.deepEqual(brief('HIV-1 and EBV infect lymphocytes; influenza A virus infects airway cells.'), []);
  });
  test('MCF-7 cells and HEK293 cells are cell lines', () => {
    assert.deepEqual(brief('MCF-7 cells and HEK293 cells were transfected; qPCR and ELISA followed.'), []);
  });
  test('a viral enzyme is not the human gene family', () => {
    assert.deepEqual(brief('Oseltamivir inhibits the viral neuraminidase.'), ['Oseltamivir→oseltamivir']);
  });
});

describe('normalisation', () => {
  test('TNFα = TNF-α = TNF-alpha = TNF-&alpha; = TNF alpha', () => {
    const got = mentions('TNFα, TNF-α, TNF-alpha, TNF-&alpha; and TNF alpha.');
    assert.deepEqual(got.map((m) => m.entity?.symbol), ['TNF', 'TNF', 'TNF', 'TNF', 'TNF']);
    assert.deepEqual(got.map((m) => m.text), ['TNFα', 'TNF-α', 'TNF-alpha', 'TNF-&alpha;', 'TNF alpha']);
  });
  test('HTML entities and mathematical Greek letters decode, ranges stay on the source', () => {
    const md = 'TGF-&beta;1 and IL-1&beta; and 𝛂-SMA.';
    const got = mentions(md);
    assert.deepEqual(got.map((m) => m.entity?.symbol), ['TGFB1', 'IL1B', 'ACTA2']);
    for (const m of got) assert.equal(md.slice(m.span.start, m.span.end), m.text);
  });
  test('c- prefixes, hyphens and case: c-Myc, c-Src, IGF-1R, FOXO3a, NmU', () => {
    assert.deepEqual(brief('c-Myc, c-Src, IGF-1R, FOXO3a and NmU.'), ['c-Myc→MYC', 'c-Src→SRC', 'IGF-1R→IGF1R', 'FOXO3a→FOXO3', 'NmU→NMU']);
  });
  test('gp130 in lower case still matches its alias; tau needs its curated name', () => {
    // GP130 is an alias of both IL6ST and LRPPRC: ambiguous, candidates in Entrez id order.
    assert.deepEqual(brief('IL-6 signals through gp130; tau aggregates.'), ['IL-6→IL6', 'gp130→IL6ST?', 'tau→MAPT']);
  });
});

describe('miRNAs', () => {
  test('arms, prefixes and spellings', () => {
    assert.deepEqual(brief('miR-125a-5p, miRNA-221, hsa-miR-21-5p, microRNA-21 and mir-126.'), [
      'miR-125a-5p→hsa-miR-125a-5p',
      'miRNA-221→MIR221',
      'hsa-miR-21-5p→hsa-miR-21-5p',
      'microRNA-21→MIR21',
      'mir-126→MIR126',
    ]);
  });
  test('coordinated miRNAs give one mention per miRNA over the whole span; other slashes do not', () => {
    assert.deepEqual(brief('miR-221/222, miR-200a/b/c and miR-21/PTEN.'), [
      'miR-221/222→MIR221',
      'miR-221/222→MIR222',
      'miR-200a/b/c→MIR200A',
      'miR-200a/b/c→MIR200B',
      'miR-200a/b/c→MIR200C',
      'miR-21→MIR21',
      'PTEN→PTEN',
    ]);
  });
  test('a name without an arm from several loci is the one mature miRNA they all give (let-7a, miR-218, miR-29b)', () => {
    // let-7a-5p comes from MIRLET7A1, A2 and A3; each locus has its own 3p arm, so "let-7a" means the 5p.
    const [m] = mentions('let-7a is low.');
    assert.equal(m?.status, 'resolved');
    assert.equal(m?.entity?.id, 'mirbase:MIMAT0000062');
    assert.deepEqual(brief('let-7a-5p is low.'), ['let-7a-5p→hsa-let-7a-5p']);
    // The shared arm is the 3p for miR-29b (miR-29b-1-5p and miR-29b-2-5p differ by locus).
    assert.deepEqual(brief('miR-218 and miR-29b fell, miR-21 rose.'), ['miR-218→hsa-miR-218-5p', 'miR-29b→hsa-miR-29b-3p', 'miR-21→MIR21']);
  });
  test('miR-128-3p is one mature miRNA from two loci', () => {
    const [m] = mentions('miR-128-3p rose.');
    assert.equal(m?.entity?.id, 'mirbase:MIMAT0000424');
    assert.equal(m?.status, 'resolved');
  });
});

describe('coordinated forms, families, drugs, trials', () => {
  test('ERK1/2, CDK4/6 and SMAD2/3 give one mention per gene over the whole span', () => {
    const got = mentions('ERK1/2, CDK4/6 and SMAD2/3.');
    assert.deepEqual(got.map((m) => `${m.text}→${m.entity?.symbol}`), [
      'ERK1/2→MAPK3', 'ERK1/2→MAPK1', 'CDK4/6→CDK4', 'CDK4/6→CDK6', 'SMAD2/3→SMAD2', 'SMAD2/3→SMAD3',
    ]);
  });
  test('families named in prose resolve to the family, not a member', () => {
    const got = mentions('Caspases, chemokines, integrins, MMPs, HDACs, heat-shock proteins, SMADs and estrogen receptors.');
    assert.ok(got.length === 8, got.map((m) => m.text).join(', '));
    for (const m of got) assert.equal(m.entity?.type, 'family', m.text);
  });
  test('a slash chain names its members: WNT/β-catenin/TCF', () => {
    assert.deepEqual(brief('WNT/β-catenin/TCF signalling'), ['WNT→WNT', 'β-catenin→CTNNB1', 'TCF→TCF/LEF']);
  });
  test('trastuzumab deruxtecan, T-DXd, DS-8201a and Enhertu are one drug', () => {
    const got = mentions('Trastuzumab deruxtecan (T-DXd, DS-8201a; Enhertu) was given.');
    assert.equal(got.length, 4);
    for (const m of got) assert.equal(m.entity?.id, 'drug:trastuzumab-deruxtecan', m.text);
  });
  test('an INN absent from the curated list is a drug by its stem; ordinary words are not', () => {
    const got = mentions('Patients received zelvacamten or trelvoxumab; the concept of a thermostat is unrelated.');
    assert.deepEqual(got.map((m) => `${m.text}:${m.kind}:${m.entity?.type}`), ['zelvacamten:stem:drug', 'trelvoxumab:stem:drug']);
  });
  test('stems of newer classes: -glipron, -nurad, -melanotide, -lintide', () => {
    const got = mentions('Aleniglipron, epaminurad, bremelanotide and eloralintide were compared with a placebo tablet.');
    assert.deepEqual(got.map((m) => `${m.text}:${m.kind}:${m.entity?.type}`), ['Aleniglipron:stem:drug', 'epaminurad:stem:drug', 'bremelanotide:stem:drug', 'eloralintide:stem:drug']);
  });
  test('stems of COMT and MAO-B inhibitors, ergolines and xanthines: -capone, -giline, -goline, -fylline', () => {
    const got = mentions('Nebicapone, ladostigil-free mofegiline, nicergoline and doxofylline were compared.');
    assert.deepEqual(got.map((m) => `${m.text}:${m.kind}:${m.entity?.type}`), ['Nebicapone:stem:drug', 'mofegiline:stem:drug', 'nicergoline:stem:drug', 'doxofylline:stem:drug']);
  });
  test('levodopa combinations by brand give one mention per component', () => {
    assert.deepEqual(brief('Sinemet, Madopar and Stalevo'), ['Sinemet→levodopa', 'Sinemet→carbidopa', 'Madopar→levodopa', 'Madopar→benserazide', 'Stalevo→levodopa', 'Stalevo→carbidopa', 'Stalevo→entacapone']);
  });
  test('anti-obesity and urate-lowering combinations give one mention per component', () => {
    assert.deepEqual(brief('Qsymia, Contrave and Duzallo'), ['Qsymia→phentermine', 'Qsymia→topiramate', 'Contrave→naltrexone', 'Contrave→bupropion', 'Duzallo→lesinurad', 'Duzallo→allopurinol']);
  });
  test('NCT numbers are trials, in the bundle or not; curated acronyms too', () => {
    const got = mentions('See NCT04208178, NCT01234567 and DESTINY-Breast03.');
    assert.deepEqual(got.map((m) => `${m.entity?.id}:${m.entity?.type}`), ['nct:NCT04208178:trial', 'nct:NCT01234567:trial', 'nct:NCT03529110:trial']);
  });
  test('trial acronyms outside the bundle, by shape or with a cue', () => {
    assert.deepEqual(brief('In DAPA-HF and the PINETREE trial, and later in PINETREE again.'), ['DAPA-HF→DAPA-HF', 'PINETREE→PINETREE', 'PINETREE→PINETREE']);
  });
});

describe('ranges', () => {
  test('ranges are on the source text with CRLF line ends and a BOM', () => {
    const md = '\uFEFF# Title\r\n\r\nHER2 and TNF-&alpha; rise.\r\n\r\nmiR-21 too.\r\n';
    const got = mentions(md);
    const text = md.slice(1); // the parsed document's text has no BOM
    assert.deepEqual(got.map((m) => m.text), ['HER2', 'TNF-&alpha;', 'miR-21']);
    for (const m of got) assert.equal(text.slice(m.span.start, m.span.end), m.text);
  });
  test('code, inline code and URLs are not prose', () => {
    assert.deepEqual(brief('`HER2` in code; see https://example.org/HER2 and\n\n```\nEGFR\n```\n\nKRAS.'), ['KRAS→KRAS']);
  });
  test('mentions are sorted by start', () => {
    const got = mentions('EGFR, HER2 and KRAS; ERK1/2.');
    for (let i = 1; i < got.length; i++) assert.ok(got[i - 1]!.span.start <= got[i]!.span.start);
  });
});

describe('recognition traps: clinical abbreviations, proper names and units', () => {
  test('a lower-case first letter is a word of its own: eGFR and sPD-L1 are no genes; mTOR and iNOS are curated', () => {
    // "soluble PD-L1" is the soluble form, an isoform of CD274 (blind/ rule; round 20).
    assert.deepEqual(brief('The eGFR fell and soluble PD-L1 (sPD-L1) rose.'), ['soluble PD-L1→sCD274']);
    assert.deepEqual(brief('EGFR, mTOR, iNOS and hMLH1 were studied.'), ['EGFR→EGFR', 'mTOR→MTOR', 'iNOS→NOS2', 'hMLH1→MLH1']);
  });
  test('a word inside a hyphenated panel, trial or score name is no gene', () => {
    assert.deepEqual(brief('Tumours were profiled with MSK-IMPACT.'), []);
    assert.deepEqual(brief('After EMPA-REG OUTCOME, DAS28-CRP and DAS28-ESR fell.'), []);
    assert.deepEqual(brief('HLA-B27 is common; CRP fell.'), ['HLA-B27→HLA-B', 'CRP→CRP']);
  });
  test('fusions, mutations and modifiers in hyphenated compounds keep their genes', () => {
    assert.deepEqual(brief('EML4-ALK, FLT3-ITD, EGFR-TKI, KRAS-G12C and TMPRSS2-ERG.'), [
      'EML4→EML4', 'ALK→ALK', 'FLT3→FLT3', 'EGFR→EGFR', 'KRAS→KRAS', 'TMPRSS2→TMPRSS2', 'ERG→ERG',
    ]);
    assert.deepEqual(brief('JAK-STAT and PI3K-AKT signalling.'), ['JAK→JAK', 'STAT→STAT', 'PI3K→PI3K', 'AKT→AKT']);
  });
  test('CAR-T and CAR T cells are a therapy; the CART peptide is a gene', () => {
    assert.deepEqual(brief('CAR-T cells and CAR T cells were given.'), []);
    assert.deepEqual(brief('The CART peptide rose.'), ['CART→CARTPT']);
  });
  test('units are no genes: mol in mmol/mol; a slash between genes stays', () => {
    assert.deepEqual(brief('HbA1c fell from 58 to 54 mmol/mol; LDL-C was 2.6 mmol/L.'), []);
    assert.deepEqual(brief('HER2/neu and BRAF/MEK.'), ['HER2/neu→ERBB2', 'BRAF→BRAF', 'MEK→MEK']);
  });
  test('stage codes are not aliases: G3a; complement C3a and C5a are still recognised (as cleavage isoforms of C3, C5)', () => {
    assert.deepEqual(brief('CKD stage G3a or G3b.'), []);
    assert.deepEqual(mentions('C3a and C5a are anaphylatoxins.').map((m) => m.entity?.id), ['isoform:c3-c3a', 'isoform:c5-c5a']);
  });
  test('clinical measures and disease abbreviations are stop terms', () => {
    assert.deepEqual(brief('ESR, INR, ALT, AST, CKD, SLE, MODY and anti-CCP antibodies (ACPA).'), []);
  });
  test('an abbreviation the draft defines as a measure or formulation is no gene anywhere in it', () => {
    assert.deepEqual(brief('Mean arterial pressure (MAP) rose. Later MAP fell.'), []);
    assert.deepEqual(brief('Metformin in its extended-release (ER) form. ER was stopped.'), ['Metformin→metformin']);
    assert.deepEqual(brief('Estrogen receptor (ER) status was known. ER was high.').slice(1), ['ER→ESR1', 'ER→ESR1']);
  });
  test('ER next to a formulation word is no gene', () => {
    assert.deepEqual(brief('Metformin ER tablets were used.'), ['Metformin→metformin']);
  });
  test('IL-23 is IL23A', () => {
    assert.deepEqual(brief('IL-23 drives IL-17A.'), ['IL-23→IL23A', 'IL-17A→IL17A']);
  });
});

describe('trial names: suffixes of known trials, shared cues, camel case', () => {
  test('TULIP-2 is its own trial, not TULIP', () => {
    assert.deepEqual(brief('In TULIP-2 anifrolumab was active.').slice(0, 1), ['TULIP-2→TULIP-2']);
  });
  test('the first of two names sharing one cue is a trial', () => {
    assert.deepEqual(brief('In the CRYSTAL and PRIME trials the benefit was confined.'), ['CRYSTAL→CRYSTAL', 'PRIME→PRIME']);
  });
  test('a camel-case name with a number is a trial; a capitalised word with a number is not', () => {
    assert.deepEqual(brief('Responses in CheckMate-142 were durable.'), ['CheckMate-142→CheckMate-142']);
    assert.deepEqual(brief('Type-2 responses and Figure-3 were shown.'), []);
  });
});
