/**
 * Builds `data/ontology/lexicon.json`, the small word lists the recogniser needs at run time:
 *  - `stems`: INN/USAN stems (-mab, -tinib, -vir, -sartan…) that mark a word as a drug name;
 *  - `confirmed`: words from the medical word list (@cspell/dict-medicalterms, a devDependency) that end
 *    in one of the stems, i.e. stem hits that a medical dictionary confirms;
 *  - `notDrugs`: ordinary English words (Debian wamerican) that end in a stem but are not medical words
 *    (april, person, concept…): a stem hit on one of them is not a drug;
 *  - `english`: lower-case English words that equal, letters and digits only, a gene symbol, alias or
 *    curated synonym of the bundle (set, met, rest, impact…): such keys match in exact case only;
 *  - `englishLong`: English words that a drug cue could name (six letters or more, not of a shape that
 *    src/core/recognise/drug-cues.ts rejects by itself): a cue names a word as a drug only when it is none of them.
 *
 * usage: npx tsx scripts/build-drug-stems.ts   (needs node_modules and the wamerican package unpacked in
 * .cache/ontology by scripts/build-ontology.ts). Deterministic output; commit it. Then runs
 * scripts/build-index.ts, since the packed lookup index depends on the lexicon.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CUE_MIN_LENGTH, NOT_DRUG_SHAPE } from '../src/core/recognise/drug-cues';
import { NAME_WORD_MIN_LENGTH } from '../src/core/recognise/lexicon';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'data/ontology/lexicon.json');

/**
 * INN stems: suffix, and whether the medical word list must confirm the word (weak stems that ordinary
 * or chemical words share). A word is taken for a drug when it ends in a stem, is at least three letters
 * longer than the stem (two for a stem of six letters or more: lomustine), and is not in `notDrugs`.
 */
const STEMS: ReadonlyArray<[stem: string, needsConfirmation: boolean | 'capitalised']> = [
  // biologics
  ['mab', false], ['cept', false], ['kinra', false], ['ermin', true], ['leukin', false],
  // kinase and other targeted inhibitors
  ['tinib', false], ['rafenib', false], ['ciclib', false], ['parib', false], ['lisib', false], ['degib', false],
  ['zomib', false], ['rasib', false], ['metinib', false], ['sertib', false], ['deg', true],
  // cytotoxics
  ['platin', false], ['taxel', false], ['rubicin', false], ['tecan', false], ['citabine', false], ['trexed', false],
  ['mustine', false], ['fosfamide', false], ['epothilone', false], ['vinca', true],
  // hormones and receptor modulators
  ['lutamide', false], ['trozole', false], ['xifen', false], ['oxifene', false], ['estrant', false], ['relix', false],
  ['relin', true], ['sone', true], ['olone', false], ['onide', false], ['terone', false],
  // anti-infectives
  ['vir', false], ['vudine', false], ['cillin', false], ['mycin', false], ['micin', false], ['cycline', false],
  ['oxacin', false], ['penem', false], ['conazole', false], ['fungin', false], ['nidazole', false], ['bendazole', false],
  ['quine', true],
  // cardiovascular and metabolic
  ['pril', false], ['prilat', false], ['sartan', false], ['olol', false], ['dipine', false], ['statin', false],
  ['gliflozin', false], ['gliptin', false], ['glutide', false], ['xaban', false], ['gatran', false], ['parin', false],
  ['entan', false], ['semide', false], ['thiazide', false], ['camten', false], ['ciguat', false], ['trapib', false],
  ['formin', false], ['glinide', false], ['glitazone', false], ['fibrate', false], ['grel', false], ['plase', true],
  // central nervous system
  ['oxetine', false], ['azepam', false], ['azolam', false], ['triptan', false], ['setron', false], ['apine', true],
  ['peridol', false], ['perone', false], ['azodone', false], ['mantine', false], ['stigmine', false], ['racetam', false],
  ['barbital', false], ['dopa', false], ['pramine', false], ['triptyline', false], ['caine', true], ['curium', false],
  // immunology, gastro, respiratory, others
  ['limus', false], ['lukast', false], ['tidine', true], ['prazole', false], ['dronate', false], ['stat', false],
  ['afil', false], ['profen', false], ['fenac', false], ['coxib', false], ['citinib', false], ['imod', false],
  ['vaptan', false], ['tadine', true], ['astine', false],
  // further WHO INN stems: β-lactamase inhibitors, PDE4 inhibitors, prostaglandins, benzamides, oxazolidinones,
  // somatostatin and PTH analogues, vasopressin analogues, NK1 antagonists, CGRP antagonists, 5-HT1F agonists,
  // P2X receptor antagonists (gefapixant), ecteinascidins, cell therapies, calcium channel blockers, VMAT2 inhibitors
  ['bactam', false], ['milast', false], ['prost', false], ['pride', false], ['zolid', false], ['reotide', false],
  ['paratide', false], ['pressin', true], ['pitant', false], ['gepant', false], ['pixant', false], ['ditan', false], ['ectedin', false],
  ['leucel', false], ['tiazem', false], ['benazine', false],
  // photosensitisers, antisense oligonucleotides, CCR5 antagonists, FGF analogues, glucagon/GLP-1 dual agonists,
  // complement factor inhibitors
  // (-rsen hits written with a capital need confirmation: Andersen, Petersen and Pedersen are surnames)
  ['porfin', false], ['rsen', 'capitalised'], ['viroc', false], ['fermin', false], ['dutide', false], ['copan', false],
  // CFTR modulators (ivacaftor, elexacaftor); monoclonal antibodies named under the 2021 scheme: -tug (unmodified),
  // -bart (artificial), -mig (multi-specific); a capitalised -bart may be a surname (Lombart)
  ['caftor', false], ['tug', false], ['bart', 'capitalised'], ['mig', false],
  // immunological fusion proteins (tebentafusp), non-peptide GnRH antagonists (relugolix), PGD2 receptor antagonists
  ['fusp', false], ['golix', false], ['piprant', false],
  // menin inhibitors (revumenib, ziftomenib), calcimimetics (cinacalcet); -entan above: endothelin receptor antagonists
  // (bosentan, macitentan, zibotentan)
  ['menib', false], ['calcet', false],
  // angiogenesis inhibitors (pazopanib, nintedanib), IDH inhibitors (ivosidenib, vorasidenib), BCL-2 inhibitors
  // (venetoclax), small interfering RNAs (inclisiran), antimetabolites (methotrexate, fludarabine, cladribine),
  // podophyllotoxins (etoposide), cyclophosphamide and its relatives, anthracenediones (mitoxantrone)
  ['anib', false], ['sidenib', false], ['clax', false], ['siran', false], ['trexate', false], ['arabine', false],
  ['ribine', false], ['poside', false], ['phosphamide', false], ['antrone', false],
  // CNS: SNRIs (venlafaxine), risperidone and relatives, aripiprazole and relatives, pregabalin, zolpidem,
  // buspirone, opioids (buprenorphine), neuromuscular blockers (rocuronium), inhaled anaesthetics (sevoflurane)
  ['faxine', false], ['peridone', false], ['piprazole', false], ['gabalin', false], ['pidem', false],
  ['spirone', false], ['orphine', false], ['curonium', false], ['flurane', false],
  // cardiovascular and respiratory: β-blockers (carvedilol, labetalol), α1-blockers (doxazosin), direct thrombin
  // inhibitors (bivalirudin), GPIIb/IIIa antagonists (tirofiban), β2 agonists (formoterol; not the sterols),
  // antimuscarinics (tiotropium)
  ['dilol', false], ['alol', false], ['azosin', false], ['rudin', false], ['fiban', false], ['terol', false],
  ['tropium', false],
  // haematopoietic growth factors (epoetin, filgrastim, sargramostim), oxytocin analogues, oxicams (meloxicam),
  // avermectins (ivermectin), kanamycin derivatives (amikacin), anthelmintics (praziquantel)
  ['poetin', false], ['grastim', false], ['mostim', false], ['tocin', false], ['icam', false], ['mectin', false],
  ['kacin', false], ['antel', false],
  // P2Y12 antagonists of the -grel- stem ending -grelor (ticagrelor, cangrelor), Rho kinase inhibitors (fasudil,
  // belumosudil), blood coagulation factors (octocog alfa, efanesoctocog alfa)
  ['grelor', false], ['sudil', false], ['cog', false],
  // gonadotropins and other pituitary hormones (follitropin, choriogonadotropin, somatropin), anorexigens (aminorex,
  // benfluorex), progestins of the -gestrel series (levonorgestrel, desogestrel), NK3 receptor antagonists
  // (fezolinetant, osanetant)
  ['tropin', false], ['orex', false], ['gestrel', false], ['netant', false],
  // non-peptide GLP-1 receptor agonists (orforglipron, danuglipron), URAT1 inhibitors (lesinurad, verinurad),
  // melanocortin receptor agonists (setmelanotide, bremelanotide), amylin analogues (pramlintide, cagrilintide)
  ['glipron', false], ['nurad', false], ['melanotide', false], ['lintide', false],
  // COMT inhibitors (entacapone, opicapone), MAO-B inhibitors (selegiline, rasagiline), ergoline derivatives
  // (cabergoline, nicergoline), xanthine derivatives (istradefylline, doxofylline)
  ['capone', false], ['giline', false], ['goline', false], ['fylline', false],
  // carbonic anhydrase inhibitors (acetazolamide, dorzolamide, brinzolamide), α2-adrenergic agonists of the -nidine
  // series (clonidine, brimonidine, apraclonidine), mGluR5 negative allosteric modulators (mavoglurant, basimglurant)
  ['zolamide', false], ['onidine', false], ['glurant', false],
  // orexin receptor antagonists (suvorexant, daridorexant) and agonists (oveporexton), melatonin agonists (ramelteon,
  // tasimelteon), H3 antagonists (pitolisant), sodium-channel blockers of the -trigine series (lamotrigine,
  // suzetrigine), modafinil and its enantiomer
  ['orexant', false], ['orexton', false], ['melteon', false], ['lisant', false], ['trigine', false], ['dafinil', false],
  // β3-adrenoceptor agonists (mirabegron, vibegron), adenosine A2A antagonists (tozadenant, preladenant), opioid
  // analgesics of the fentanyl series (remifentanil, sufentanil) and of the -adol series (tramadol, tapentadol),
  // class I antiarrhythmics (flecainide, encainide), alkylating sulfonates (busulfan, treosulfan), arotinoids
  // (bexarotene, tazarotene), calcium channel blockers of the verapamil series (verapamil, gallopamil), renin
  // inhibitors (aliskiren), synthetic heparinoid pentasaccharides (fondaparinux), antiestrogens of the clomifene
  // and tamoxifen groups (clomifene, bazedoxifene, ospemifene)
  ['begron', false], ['adenant', false], ['fentanil', false], ['adol', false], ['cainide', false], ['sulfan', false],
  ['arotene', false], ['pamil', false], ['kiren', false], ['parinux', false], ['ifene', false],
  // potassium-competitive acid blockers (vonoprazan, tegoprazan), non-nucleoside reverse transcriptase inhibitors
  // (etravirine, rilpivirine, doravirine), colony-stimulating factors and thrombopoietin receptor agonists
  // (romiplostim, ancestim; eltrombopag, avatrombopag), cromoglicate-type antiallergics (nedocromil), hydralazine
  // and relatives, bradycardic agents (ivabradine), benzodiazepine receptor ligands (flumazenil), muscarinic
  // antagonists (solifenacin, darifenacin), piperazine antihistamines (cetirizine, cinnarizine)
  ['prazan', false], ['virine', false], ['stim', false], ['trombopag', false], ['cromil', false], ['dralazine', false],
  ['bradine', false], ['azenil', false], ['fenacin', false], ['izine', false],
  // integrin antagonists (lifitegrast), serotonin 5-HT2 receptor antagonists (ketanserin, pimavanserin), cannabinoid
  // receptor antagonists (rimonabant), MTP inhibitors (lomitapide), PPARα/γ dual agonists (saroglitazar)
  ['tegrast', false], ['anserin', false], ['nabant', false], ['tapide', false], ['glitazar', false],
  // thalidomide derivatives (lenalidomide, pomalidomide, iberdomide, mezigdomide); bisphosphonates named as acids
  // (zoledronic acid, ibandronic acid: the recogniser takes "acid" after a -dronic word into the name)
  ['domide', false], ['dronic', false],
  // AMPA receptor antagonists (perampanel), aromatase inhibitors (exemestane, formestane), vasodilators (minoxidil,
  // nicorandil, urapidil; a capitalised one must be in the medical word list: Kandil is a surname)
  ['ampanel', false], ['mestane', false], ['dil', 'capitalised'],
  // after the first run of blind21: ileal bile acid transporter inhibitors (odevixibat, volixibat), FXR agonists
  // (cilofexor, tropifexor), cathepsin and DPP1 inhibitors (odanacatib, brensocatib), CXCR1/2 antagonists (navarixin,
  // danirixin)
  ['xibat', false], ['fexor', false], ['catib', false], ['rixin', false],
  // after blind88: oxytocin receptor antagonists (atosiban, retosiban, nolasiban)
  ['siban', false],
];

/**
 * INN stems that start a word: cephalosporins (cef-: cefazolin, ceftriaxone) and rifamycins (rif-: rifampicin,
 * rifapentine). A word is taken for a drug when it starts with one, has at least four letters after it and is not in
 * `notDrugs`; a capitalised one must be in the medical word list (Rifkin is a surname).
 */
const PREFIX_STEMS: ReadonlyArray<[stem: string, needsConfirmation: boolean | 'capitalised']> = [
  ['cef', 'capitalised'], ['rif', 'capitalised'],
];

/** A stem that does not apply after this letter: -terol and -terone after "s" are sterols and steroid hormones. */
const NOT_AFTER: Readonly<Record<string, string>> = { terol: 's', terone: 's' };

/** Dictionary words that end in a stem and are drugs all the same (the rest of such words are not drugs). */
const ENGLISH_DRUG_WORDS = ['penicillin', 'phenobarbital'];
/** Medical-dictionary words that end in a stem and are no drugs (signs, eponyms, a pesticide, a provitamin, devices, ADC payload classes). */
const MEDICAL_NOT_DRUGS = [
  // the pituitary and placental hormones themselves (drugs of the -tropin stem carry a prefix or 'alfa': somatropin,
  // follitropin alfa, thyrotropin alfa)
  'gonadotropin', 'gonadotrophin', 'thyrotropin', 'corticotropin', 'somatotropin', 'lipotropin', 'melanotropin',
  // endogenous neurosteroids and steroid precursors (the drug of allopregnanolone is brexanolone)
  'pregnenolone', 'allopregnanolone',
  // the payload classes of antibody–drug conjugates (the conjugate's INN is the drug: brentuximab vedotin)
  'auristatin', 'auristatins',
  'endosulfan', 'interstim', 'thermastim', 'crepitant', 'subcrepitant', 'petersen', 'intussuscept', 'ectropium', 'entropium', 'iridectropium', 'iridentropium', 'heliotropium'];

function findFile(dir: string, name: string): string | undefined {
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) {
      const found = findFile(p, name);
      if (found) return found;
    } else if (e === name) return p;
  }
  return undefined;
}

function endsInStem(word: string): boolean {
  return (
    STEMS.some(([s]) => word.length >= s.length + 3 && word.endsWith(s) && word[word.length - s.length - 1] !== NOT_AFTER[s]) ||
    PREFIX_STEMS.some(([s]) => word.length >= s.length + 4 && word.startsWith(s))
  );
}

function main(): void {
  const medical = new Set(
    gunzipSync(readFileSync(path.join(ROOT, 'node_modules/@cspell/dict-medicalterms/dict/medicalterms-en.txt.gz')))
      .toString('utf8')
      .split('\n')
      .map((w) => w.trim().toLowerCase())
      .filter((w) => /^[a-z]+$/.test(w)),
  );
  const wordsFile = findFile(path.join(ROOT, '.cache/ontology/unpacked'), 'american-english');
  if (!wordsFile) throw new Error('wamerican not unpacked in .cache/ontology; run scripts/build-ontology.ts first');
  const english = new Set(
    readFileSync(wordsFile, 'utf8')
      .split('\n')
      .map((w) => w.trim())
      .filter((w) => /^[a-z]+$/.test(w)),
  );
  // English words that collide with bundle surfaces (symbols, aliases, curated synonyms), letters and digits only.
  const genes = JSON.parse(readFileSync(path.join(ROOT, 'data/ontology/bundle/genes.json'), 'utf8')) as {
    symbol: string[];
    aliases: string[];
  };
  const entities = JSON.parse(readFileSync(path.join(ROOT, 'data/ontology/bundle/entities.json'), 'utf8')) as {
    entities: Array<{ name: string; synonyms: string[] }>;
    synonyms: Array<{ synonyms: string[] }>;
  };
  // English words that end in a stem are not drugs (concept, thermostat), unless the curated list has them.
  const curatedDrugs = new Set<string>();
  for (const e of entities.entities) {
    if ((e as { type?: string }).type === 'drug') for (const n of [e.name, ...e.synonyms]) curatedDrugs.add(n.toLowerCase());
  }
  for (const w of ENGLISH_DRUG_WORDS) curatedDrugs.add(w);
  const notDrugs = [...new Set([...english].filter((w) => endsInStem(w) && !curatedDrugs.has(w)).concat(MEDICAL_NOT_DRUGS))].sort();
  const notDrugSet = new Set(notDrugs);
  const confirmed = [...medical].filter((w) => endsInStem(w) && !notDrugSet.has(w)).sort();

  const surfaces: string[] = [...genes.symbol];
  for (const a of genes.aliases) if (a) surfaces.push(...a.split('|'));
  for (const s of entities.synonyms) surfaces.push(...s.synonyms);
  for (const e of entities.entities) surfaces.push(e.name, ...e.synonyms);
  // Gene-name heads ("furin" of "furin, paired basic amino acid cleaving enzyme") and first words.
  for (const n of (genes as unknown as { name: string[] }).name) surfaces.push(n.split(',')[0]!, n.split(' ')[0]!);
  const collisions = new Set<string>();
  for (const s of surfaces) {
    const k = s.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (english.has(k)) collisions.add(k);
  }
  const out = {
    note: 'Generated by scripts/build-drug-stems.ts from @cspell/dict-medicalterms and Debian wamerican; do not edit.',
    stems: [
      ...STEMS.map(([stem, needsConfirmation]) => ({
        ...(needsConfirmation === 'capitalised' ? { stem, capitalisedNeedsConfirmation: true } : needsConfirmation ? { stem, needsConfirmation } : { stem }),
        ...(NOT_AFTER[stem] ? { notAfter: NOT_AFTER[stem] } : {}),
      })),
      ...PREFIX_STEMS.map(([stem, needsConfirmation]) => ({
        ...(needsConfirmation === 'capitalised' ? { stem, capitalisedNeedsConfirmation: true } : needsConfirmation ? { stem, needsConfirmation } : { stem }),
        prefix: true,
      })),
    ],
    confirmed,
    notDrugs,
    english: [...collisions].sort(),
    // English words a drug cue could name (drug-cues.ts rejects the other shapes by itself); curated drugs stay out.
    englishLong: [...english].filter((w) => w.length >= CUE_MIN_LENGTH && !NOT_DRUG_SHAPE.test(w) && !curatedDrugs.has(w)).sort(),
    // Words of gene names too common to tell candidates apart (the recogniser's namedAround).
    commonNameWords: commonNameWords((genes as unknown as { name: string[] }).name),
  };
  writeFileSync(OUT, JSON.stringify(out, null, 0).replace(/\],"/g, '],\n"') + '\n');
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${STEMS.length} stems, ${PREFIX_STEMS.length} prefix stems, ${confirmed.length} confirmed, ${notDrugs.length} not-drugs, ${collisions.size} English collisions, ${out.englishLong.length} long English words`);
}

/** Words of `NAME_WORD_MIN_LENGTH` letters or more in the full names of more than 25 genes (see Lexicon.commonNameWords). */
function commonNameWords(names: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const n of names) for (const w of new Set(n.toLowerCase().split(/[^a-z]+/))) if (w.length >= NAME_WORD_MIN_LENGTH) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].filter(([, c]) => c > 25).map(([w]) => w).sort();
}

main();
// The lexicon is imported at module load: the index is built in a fresh process.
const index = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'build-index.ts')], { stdio: 'inherit' });
if (index.status !== 0) process.exitCode = 1;
