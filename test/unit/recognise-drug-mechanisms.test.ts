import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledLexicon, drugStem } from '../../src/core/recognise/lexicon';
import { brief } from './recognise-helpers';

// Invented names that follow WHO INN stems: the stem alone must make them drugs.
describe('seventh-round INN stems', () => {
  const lex = bundledLexicon();
  test('oncology stems: -anib, -sidenib, -clax, -trexate, -arabine, -ribine, -poside, -phosphamide, -antrone', () => {
    const words = ['velopanib', 'toralsidenib', 'borvetoclax', 'quinatrexate', 'morfarabine', 'vemiribine', 'plexoposide', 'tetraphosphamide', 'dimoxantrone'];
    assert.deepEqual(words.map((w) => drugStem(lex, w)), ['anib', 'sidenib', 'clax', 'trexate', 'arabine', 'ribine', 'poside', 'phosphamide', 'antrone']);
  });
  test('siRNAs, CNS, cardiovascular and respiratory stems', () => {
    const words = ['vomelisiran', 'pravlafaxine', 'ketaperidone', 'lumipiprazole', 'dorgabalin', 'naltipidem', 'fenspirone', 'zaltorphine', 'dexacuronium', 'tetraflurane', 'norvedilol', 'bretalol', 'kelazosin', 'zilirudin', 'pemofiban', 'vilmoterol', 'glycotropium'];
    assert.deepEqual(words.map((w) => drugStem(lex, w) !== undefined), words.map(() => true));
  });
  test('growth factors, oxytocin analogues, oxicams, avermectins, aminoglycosides, anthelmintics', () => {
    const words = ['darvopoetin', 'lorfilgrastim', 'tebramostim', 'carbatocin', 'relmoxicam', 'doramectin', 'pelikacin', 'oxipantel'];
    assert.deepEqual(words.map((w) => drugStem(lex, w) !== undefined), words.map(() => true));
  });
  test('-terol and -terone do not apply after "s": sterols and steroid hormones are no drugs by their stem', () => {
    assert.equal(drugStem(lex, 'lanosterol'), undefined);
    assert.equal(drugStem(lex, 'aldosterone'), undefined);
    assert.equal(drugStem(lex, 'dihydrotestosterone'), undefined);
    assert.equal(drugStem(lex, 'galeterone'), 'terone', 'an antiandrogen by its stem');
    assert.deepEqual(brief('Aldosterone and lanosterol rose; cholesterol fell.'), []);
  });
  test('-cept needs no medical word list; English words ending in it (concept, intercept) are still no drugs', () => {
    assert.equal(drugStem(lex, 'pelvatercept'), 'cept');
    assert.deepEqual(brief('The concept was to intercept the signal; a precept held.'), []);
  });
  test('medical words that end in a new stem and are no drugs: ectropium, entropium', () => {
    assert.deepEqual(brief('Ectropium and entropium of the eyelid were repaired.'), []);
  });
  test('a drug by stem in running text', () => {
    assert.deepEqual(brief('Patients received velopanib and borvetoclax.'), ['velopanib→velopanib', 'borvetoclax→borvetoclax']);
  });
});

describe('brands in parentheses after a drug', () => {
  test('a lone brand after a drug is that drug, also after a drug known only by its stem', () => {
    assert.deepEqual(brief('Velopanib (Zentravo) was approved.'), ['Velopanib→velopanib', 'Zentravo→velopanib']);
    assert.deepEqual(brief('Patients took trastuzumab (Herceptin) and borvetoclax (Quillora, Brevexa).'), [
      'trastuzumab→trastuzumab', 'Herceptin→trastuzumab', 'borvetoclax→borvetoclax', 'Quillora→borvetoclax', 'Brevexa→borvetoclax',
    ]);
  });
  test('makers, places and notes in parentheses are no brands', () => {
    assert.deepEqual(brief('Velopanib (Roche) and borvetoclax (Japan) were tested; melvopanib (Oral) too.'), ['Velopanib→velopanib', 'borvetoclax→borvetoclax', 'melvopanib→melvopanib']);
  });
  test('a curated combination brand in parentheses keeps one mention per component', () => {
    assert.deepEqual(brief('Lumacaftor with ivacaftor (Orkambi) was approved.'), ['Lumacaftor→lumacaftor', 'ivacaftor→ivacaftor', 'Orkambi→lumacaftor', 'Orkambi→ivacaftor']);
  });
  test('an abbreviation or a gene in parentheses is not read as a brand', () => {
    assert.deepEqual(brief('Velopanib (VEGFR2) blocks angiogenesis.'), ['Velopanib→velopanib', 'VEGFR2→KDR']);
  });
});
