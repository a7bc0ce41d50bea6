import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DOI_PATTERN,
  PMCID_PATTERN,
  PMID_PATTERN,
  isValidDoi,
  isValidPmcid,
  isValidPmid,
  normaliseDoi,
} from '../../src/core/bibliography';
import { checkIdentifiers } from '../../src/core/bibliography/identifiers';

test('identifier patterns are Manubot\'s', () => {
  assert.equal(DOI_PATTERN.source, '^10\\.[0-9]{4,9}\\/\\S+$');
  assert.equal(PMID_PATTERN.source, '^[1-9][0-9]{0,7}$');
  assert.equal(PMCID_PATTERN.source, '^PMC[0-9]+$');
});

test('normaliseDoi strips prefixes and lowercases', () => {
  assert.equal(normaliseDoi('10.5555/ABC.1'), '10.5555/abc.1');
  assert.equal(normaliseDoi(' https://doi.org/10.5555/X '), '10.5555/x');
  assert.equal(normaliseDoi('http://dx.doi.org/10.5555/X'), '10.5555/x');
  assert.equal(normaliseDoi('doi:10.5555/X'), '10.5555/x');
  assert.equal(normaliseDoi('DOI: 10.5555/X'), '10.5555/x');
});

test('isValidDoi', () => {
  for (const ok of ['10.5555/example.1', '10.55555/x', '10.123456789/x', 'doi:10.5555/x', 'https://doi.org/10.5555/(SICI)1-2']) {
    assert.equal(isValidDoi(ok), true, ok);
  }
  for (const bad of ['', '10.12/x', '10.555/x', '10.1234567890/x', '10.5555/', '10.5555/a b', '11.5555/x', '5555/x', 'doi:']) {
    assert.equal(isValidDoi(bad), false, bad);
  }
});

test('isValidPmid', () => {
  for (const ok of ['1', '12345678', ' 23456789 ']) assert.equal(isValidPmid(ok), true, ok);
  for (const bad of ['', '0', '0123', '123456789', '12a45', 'PMID12345', '-1', '1.5']) assert.equal(isValidPmid(bad), false, bad);
});

test('isValidPmcid', () => {
  for (const ok of ['PMC1', 'PMC1234567', ' PMC7654321 ']) assert.equal(isValidPmcid(ok), true, ok);
  for (const bad of ['', 'PMC', '12345', 'pmc12345', 'PMC12a', 'PMCID12345', 'PMC 123']) assert.equal(isValidPmcid(bad), false, bad);
});

test('checkIdentifiers keeps malformed values as raw and normalises good ones', () => {
  assert.deepEqual(checkIdentifiers({ doi: 'https://doi.org/10.5555/ABC', pmid: '123', pmcid: 'PMC9' }), {
    doi: '10.5555/abc',
    pmid: '123',
    pmcid: 'PMC9',
  });
  assert.deepEqual(checkIdentifiers({ doi: '10.12/x', pmid: '12a45', pmcid: '12345' }), {
    raw: { doi: '10.12/x', pmid: '12a45', pmcid: '12345' },
  });
  assert.deepEqual(checkIdentifiers({ doi: '  ', pmid: undefined }), {});
});
