/**
 * Recognition after the errors left on the earlier blind sets, before the first runs of the two-hundred-and-ninety-third
 * to three-hundredth sets. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('eponymous diseases', () => {
  test('"Adams" in Adams–Oliver syndrome is a surname, not the ADAM family in mouse-style plural', () => {
    assert.deepEqual(brief('Adams–Oliver syndrome and Adams-Oliver syndrome both follow NOTCH1 variants (3).'), ['NOTCH1→NOTCH1']);
  });

  test('the second name of an eponym is a surname too (Stokes–Adams attacks)', () => {
    assert.deepEqual(brief('Stokes–Adams attacks recurred before pacing (4).'), []);
  });

  test('a family plural written in its own case stays the family (ADAMs, Smads)', () => {
    assert.deepEqual(brief('ADAMs shed the ligand and Smads carry the signal (5).'), ['ADAMs→ADAMs', 'Smads→SMADs']);
  });
});

describe('the Rho family', () => {
  test('"Rho" before "family", "-GTPase" or in "the Ras and Rho families" names the Rho GTPases, as "Ras" names RAS', () => {
    assert.deepEqual(brief('Toxins inactivate Rho family GTPases, Rho-GTPase signalling and the Ras and Rho families (6).'), [
      'Rho→Rho GTPases',
      'Rho→Rho GTPases',
      'Ras→RAS',
      'Rho→Rho GTPases',
    ]);
  });

  test('Rho kinase stays ROCK and RHO in capitals stays rhodopsin', () => {
    assert.deepEqual(brief('Rho kinase inhibitors were tested in RHO mutation carriers (7).'), ['Rho kinase→ROCK', 'RHO→RHO']);
  });

  test("Spearman's Rho and Rho(D) immune globulin are no Rho GTPases", () => {
    assert.deepEqual(brief("Spearman's Rho was 0.4, and Rho(D) immune globulin was given at 28 weeks (8)."), []);
  });
});

describe("a family's class noun beside a gene", () => {
  test('a class noun in the singular after "the" or "a" before any gene is a label (the tetraspanin CD151)', () => {
    assert.deepEqual(brief('Laminin-332 binds the tetraspanin CD151 at hemidesmosomes (9).'), ['Laminin-332→laminin 332', 'CD151→CD151']);
  });

  test('a class noun in apposition after a gene is a label too ("CXCL9, a chemokine induced by …")', () => {
    assert.deepEqual(brief('Urinary CXCL9, a chemokine induced by interferon, rose early (10).'), ['CXCL9→CXCL9']);
  });

  test('the class noun in the singular after a member is its head noun; in the plural it names the set', () => {
    assert.deepEqual(brief('Bacteria bind the α5β1 integrin, and entry involves the α2β1 and αvβ3 integrins (11).'), [
      'α5β1→ITGA5',
      'α5β1→ITGB1',
      'α2β1→ITGA2',
      'α2β1→ITGB1',
      'αvβ3→ITGAV',
      'αvβ3→ITGB3',
      'integrins→integrins',
    ]);
  });

  test('plurals before members and a class noun naming an entity of its own stay (chemokines such as, an integrin that)', () => {
    assert.deepEqual(brief('Chemokines such as CXCL1 recruit cells, and an integrin that binds MAdCAM-1 homes them (12).'), [
      'Chemokines→chemokines',
      'CXCL1→CXCL1',
      'integrin→integrins',
      'MAdCAM-1→MADCAM1',
    ]);
  });
});

describe('family words that name no family', () => {
  test('a family word opening a compound modifier names a process (integrin-mediated, selectin-dependent)', () => {
    assert.deepEqual(brief('Firm integrin-mediated adhesion follows selectin-dependent rolling and chemokine-guided arrest (13).'), []);
  });

  test("a parasite's or virus's protein family is no human family (a schistosome TRPM channel, viral neuraminidase)", () => {
    assert.deepEqual(brief('Praziquantel opens a schistosome TRPM channel, and oseltamivir blocks viral neuraminidase (14).'), [
      'Praziquantel→praziquantel',
      'oseltamivir→oseltamivir',
    ]);
  });
});

describe('development codes named by a plural class noun or in a list', () => {
  test('"the inhibitors MF-094 and MTX325": a plural class noun before a code, and a code after a cued one', () => {
    assert.deepEqual(brief('The inhibitors MF-094 and MTX325 are in early development (15).'), ['MF-094→MF-094', 'MTX325→MTX325']);
  });

  test('a code after a drug in a list, and a code of eight digits after a class noun', () => {
    assert.deepEqual(brief('The USP7 inhibitor FT671 and P5091 differ, as does the ketohexokinase inhibitor PF-06835919 (16).'), [
      'USP7→USP7',
      'FT671→FT671',
      'P5091→P5091',
      'ketohexokinase→KHK',
      'PF-06835919→PF-06835919',
    ]);
  });

  test('a list word that the ontology knows stays what it is (CD133 after a drug is the gene)', () => {
    assert.deepEqual(brief('Rituximab and CD133 were both studied (17).'), ['Rituximab→rituximab', 'CD133→PROM1']);
  });
});

describe('disease types named by a series code', () => {
  test('HLD1 … HLD15 (hypomyelinating leukodystrophies) and AOA2 are disease series, not aliases of PLP1 or SETX', () => {
    assert.deepEqual(brief('HLD1 and HLD7 differ from AOA2 in onset (18).'), []);
  });

  test('"HPS-2" is a type of the disease a draft defines as HPS, while the symbol written HPS1 stays the gene', () => {
    assert.deepEqual(brief('Hermansky–Pudlak syndrome (HPS) has types. Variants in AP3B1 cause HPS-2, and HPS1 variants cause HPS-1 (19).'), [
      'AP3B1→AP3B1',
      'HPS1→HPS1',
    ]);
  });

  test('a family\'s stem defined as a disease keeps its hyphenated members ("mucous membrane pemphigoid (MMP)", MMP-9)', () => {
    assert.deepEqual(brief('Mucous membrane pemphigoid (MMP) raises MMP-9 in tears (20).'), ['MMP-9→MMP9']);
  });
});

describe('curated names, complexes and brands of this round', () => {
  test('enzyme and receptor names the gene data lacks', () => {
    assert.deepEqual(brief('HMG-CoA lyase, the sigma-2 receptor, phospholipase C δ1 and tubulin β-4A were assayed (21).'), [
      'HMG-CoA lyase→HMGCL',
      'sigma-2 receptor→TMEM97',
      'phospholipase C δ1→PLCD1',
      'tubulin β-4A→TUBB4A',
    ]);
  });

  test('RNA polymerase I and III by their short names, and the DM20 isoform of PLP1', () => {
    assert.deepEqual(brief('Pol III and RNA polymerase I transcribe, and DM20 is spliced (22).'), [
      'Pol III→RNA polymerase III',
      'RNA polymerase I→RNA polymerase I',
      'DM20→DM20',
    ]);
  });

  test('impetigo brands and codes name their drugs', () => {
    assert.deepEqual(brief('Bactroban, Fucidin, Altargo (SB-275833) and Xepi were compared with CT1812 (23).'), [
      'Bactroban→mupirocin',
      'Fucidin→fusidic acid',
      'Altargo→retapamulin',
      'SB-275833→retapamulin',
      'Xepi→ozenoxacin',
      'CT1812→zervimesine',
    ]);
  });
});

describe('trial names that are terms the draft defines', () => {
  test('a disease defined with one eponym among lower-case words is no trial ("Dementia with Lewy bodies (DLB)", "a small DLB study")', () => {
    assert.deepEqual(
      brief('Dementia with Lewy bodies (DLB) is common [1]. Nilotinib (Tasigna) is being evaluated in a small DLB study [2].').filter((s) => s.startsWith('DLB')),
      [],
    );
  });

  test('a numbered type of a defined term is no trial (PCH2 after "pontocerebellar hypoplasia (PCH)")', () => {
    assert.deepEqual(
      brief('Pontocerebellar hypoplasia (PCH) has types [1]. Hyperthermia episodes in PCH2 are central in origin, and the PCH2 trial of cooling is planned [2].').filter((s) => s.startsWith('PCH')),
      [],
    );
  });

  test('a study group trial with a two-digit number stays a trial (CLL14 beside "chronic lymphocytic leukaemia (CLL)")', () => {
    assert.deepEqual(
      brief('In chronic lymphocytic leukaemia (CLL), the CLL14 trial set the standard [3]. In CLL14, venetoclax was given with obinutuzumab [4].').filter((s) => s.startsWith('CLL')),
      ['CLL14→CLL14', 'CLL14→CLL14'],
    );
  });
});

describe('curation after the first runs of blind293–300', () => {
  test('enzyme and transporter names, sargramostim by its brand, sorbinil', () => {
    assert.deepEqual(brief('NBCe1, aldehyde reductase and P5C dehydrogenase differ; Leukine and sorbinil were given (24).'), [
      'NBCe1→SLC4A4',
      'aldehyde reductase→AKR1A1',
      'P5C dehydrogenase→ALDH4A1',
      'Leukine→sargramostim',
      'sorbinil→sorbinil',
    ]);
  });
});
