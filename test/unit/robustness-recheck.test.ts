import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from 'recheck';
import { collectRegexes, isBounded } from './regex-inventory';

// Static ReDoS analysis with recheck (https://makenowjust-labs.github.io/recheck/): every regex of src/core must be
// `safe` (linear). The few recheck calls polynomial are exactly the ones listed in BOUNDED, whose inputs are short
// where they are used; robustness-regex.test.ts complements this with pumped inputs run for real.

test('recheck finds every regex of src/core linear, except the bounded ones', async (t) => {
  const { found } = collectRegexes();
  const unsafe: string[] = [];
  const boundedFlagged: string[] = [];
  for (const { where, re } of found) {
    const r = await check(re.source, re.flags, { timeout: 20_000 });
    if (r.status === 'safe') continue;
    const why = r.status === 'vulnerable' ? `${r.complexity.summary}, attack ${r.attack.pattern}` : `${r.status}: ${JSON.stringify(r.error)}`;
    if (isBounded(where, re) && r.status === 'vulnerable') boundedFlagged.push(where);
    else unsafe.push(`${where} /${re.source}/${re.flags}: ${why}`);
  }
  t.diagnostic(`${found.length} regexes; polynomial but bounded where used: ${boundedFlagged.join(', ') || 'none'}`);
  assert.deepEqual(unsafe, []);
  assert.ok(found.length > 150, `only ${found.length} regexes checked`);
});

test('recheck catches the shapes it is here for', async () => {
  assert.equal((await check('^(a+)+$', '')).status, 'vulnerable');
  assert.equal((await check('[,;]?\\s*\\bet al\\.?$', 'i')).status, 'vulnerable');
  assert.equal((await check('^(?:miR|mir)-\\d+[a-z]?(?:-[35]p)?$', 'u')).status, 'safe');
});
