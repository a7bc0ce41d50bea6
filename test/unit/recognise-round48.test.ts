/**
 * Recognition after the first runs of the hundred-and-forty-first to hundred-and-forty-fourth blind sets: Latin disease
 * words (planus, planopilaris, sclerosus) end long forms that define no gene (lichen planopilaris (LPP) is no LPP
 * gene); curated drugs with codes and brands and protein names of these fields. Sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief } from './recognise-helpers';

describe('abbreviations of Latin disease names', () => {
  test('lichen planopilaris (LPP) defines no gene', () => {
    assert.deepEqual(brief('Lichen planopilaris (LPP) scars the scalp; LPP responds to hydroxychloroquine.'), ['hydroxychloroquine→hydroxychloroquine']);
  });
});

describe('curated names of these fields', () => {
  test('drugs with codes and brands; lipases and Argonaute 2', () => {
    assert.deepEqual(brief('Juxtapid (AEGR-733), Fabhalta (LNP023), delgocitinib (JTE-052) and probucol; endothelial lipase, hepatic lipase and Argonaute 2.'), [
      'Juxtapid→lomitapide',
      'AEGR-733→lomitapide',
      'Fabhalta→iptacopan',
      'LNP023→iptacopan',
      'delgocitinib→delgocitinib',
      'JTE-052→delgocitinib',
      'probucol→probucol',
      'endothelial lipase→LIPG',
      'hepatic lipase→LIPC',
      'Argonaute 2→AGO2',
    ]);
  });
});
