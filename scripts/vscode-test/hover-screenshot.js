// UI check (adapted from the team's offline VS Code recipe, shared/vscode-offline-testing/hover-ui.js): installs the
// packaged .vsix into a fresh code-server, opens a fixture draft in headless Debian chromium, hovers a word and saves
// a screenshot of the hover card. Exit 0 when the hover shows the expected text. Prints "N passed, N failed".
//
// usage: node scripts/vscode-test/hover-screenshot.js [--vsix evidence-lens-<version>.vsix] [--file numeric.md]
//          [--target HER2] [--occurrence 1] [--expect "erb-b2 receptor tyrosine kinase 2"] [--out images/hover.png] [--timeout 180]
// env:   EVIDENCE_LENS_VSCODE_TEST_CACHE (code-server tools, default ~/.cache/evidence-lens-vscode-test), CHROMIUM
// The target is any text of the draft: by default the gene name HER2 in the first paragraph, whose card names ERBB2.
const { spawn, execFileSync } = require('child_process');
const fs = require('fs'), os = require('os'), path = require('path');

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const opts = { vsix: `${pkg.name}-${pkg.version}.vsix`, file: 'numeric.md', target: 'HER2', occurrence: '1',
  expect: 'erb-b2 receptor tyrosine kinase 2', out: 'images/hover.png', timeout: '180' };
for (let i = 2; i < process.argv.length; i += 2) opts[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const tools = process.env.EVIDENCE_LENS_VSCODE_TEST_CACHE || path.join(os.homedir(), '.cache/evidence-lens-vscode-test');
const codeServer = path.join(tools, 'code-server');
const { chromium } = require(process.env.PW_CORE || require.resolve('playwright-core', { paths: [tools] }));
const log = (...a) => console.log('[hover-screenshot]', ...a);

const { freePort, waitForHttp, stopServer, removeWorkDir } = require('./net-helpers');

(async () => {
  const t0 = Date.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-lens-ui-'));
  const ws = path.join(work, 'workspace');
  fs.cpSync(path.join(root, 'test/vscode/fixtures/workspace'), ws, { recursive: true });
  const userData = path.join(work, 'user-data'), extensions = path.join(work, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'workbench.tips.enabled': false,
    'editor.minimap.enabled': false, 'editor.hover.delay': 100, 'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.commandCenter.enabled': false, 'extensions.autoCheckUpdates': false, 'update.mode': 'none',
  }));
  const env = { ...process.env, TMPDIR: work, XDG_CONFIG_HOME: path.join(work, 'xdg-config'), XDG_DATA_HOME: path.join(work, 'xdg-data'), XDG_CACHE_HOME: path.join(work, 'xdg-cache') };
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
  execFileSync(codeServer, [...common, '--install-extension', path.resolve(root, opts.vsix)], { env, stdio: 'inherit' });

  const host = `127.0.0.1:${await freePort()}`;
  const server = spawn(codeServer, ['--config', path.join(work, 'config.yaml'), '--auth', 'none', '--bind-addr', host,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', ...common],
  { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const serverLog = fs.createWriteStream(path.join(work, 'server.log'));
  server.stdout.pipe(serverLog); server.stderr.pipe(serverLog);
  let code = 1, ctx, text = '';
  const profile = path.join(work, 'chromium-profile');
  try {
    await waitForHttp(`http://${host}/healthz`, 30000, server);
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 720 }, deviceScaleFactor: 2,
      env: { ...env, XDG_CONFIG_HOME: path.join(work, 'chromium-config'), XDG_CACHE_HOME: path.join(work, 'chromium-cache') },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const page = ctx.pages()[0] || await ctx.newPage();
    page.setDefaultTimeout(Number(opts.timeout) * 1000);
    page.on('pageerror', (e) => log('[pageerror]', e.message));
    await page.goto(`http://${host}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench');
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: path.basename(opts.file) }).first();
    await row.waitFor();
    await row.click();
    await page.locator('.editor-instance .view-lines').first().waitFor();
    // the rectangle of the target text in the rendered editor lines, whatever the tokenisation splits it into
    const rectOf = () => page.evaluate(({ target, occurrence }) => {
      let seen = 0;
      for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes = []; let all = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.data; }
        all = all.replace(/\u00a0/g, ' ');
        for (let at = all.indexOf(target); at >= 0; at = all.indexOf(target, at + 1)) {
          if (seen++ < occurrence) continue;
          const locate = (off) => { for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= off) return [nodes[i][0], off - nodes[i][1]]; };
          const range = document.createRange();
          range.setStart(...locate(at)); range.setEnd(...locate(at + target.length - 1)); range.setEnd(range.endContainer, range.endOffset + 1);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
      }
      return null;
    }, { target: opts.target, occurrence: Number(opts.occurrence) });
    const deadline = Date.now() + Number(opts.timeout) * 1000;
    let box = null;
    while (Date.now() < deadline && !text.includes(opts.expect)) {
      await page.mouse.move(5, 5);
      box = await rectOf();
      if (!box) { await page.waitForTimeout(500); continue; }
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
      try {
        await page.waitForFunction((want) => [...document.querySelectorAll('.monaco-hover')].some((h) => h.innerText.includes(want)), opts.expect, { timeout: 5000 });
      } catch { /* the extension host or the server may still be starting: hover again */ }
      text = await page.evaluate(() => [...document.querySelectorAll('.monaco-hover')].map((h) => h.innerText).join('\n'));
    }
    log('hover text:', JSON.stringify(text), `after ${Date.now() - t0} ms`);
    if (text.includes(opts.expect)) {
      await page.waitForTimeout(300); // let the card finish its fade-in before the picture
      const card = await page.evaluate(() => {
        const h = [...document.querySelectorAll('.monaco-hover')].find((e) => e.offsetParent !== null && e.innerText.trim());
        if (!h) return null;
        const r = h.getBoundingClientRect();
        const lines = document.querySelector('.editor-instance .view-lines').getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height, linesX: lines.x };
      });
      const left = Math.max(0, Math.min(card.x, box.x, card.linesX) - 8), top = Math.max(0, Math.min(card.y, box.y) - 24);
      const right = Math.min(1280, Math.max(card.x + card.width, box.x + box.width) + 24);
      const bottom = Math.min(720, Math.max(card.y + card.height, box.y + box.height) + 48);
      fs.mkdirSync(path.dirname(path.resolve(root, opts.out)), { recursive: true });
      await page.screenshot({ path: path.resolve(root, opts.out), clip: { x: left, y: top, width: right - left, height: bottom - top } });
      log(`saved ${opts.out}`);
      code = 0;
    } else {
      await page.screenshot({ path: path.join(os.tmpdir(), 'evidence-lens-hover-failed.png') });
      log(`no hover with '${opts.expect}'; full-page screenshot in ${path.join(os.tmpdir(), 'evidence-lens-hover-failed.png')}`);
    }
  } catch (e) {
    console.error(e);
  } finally {
    if (ctx) await ctx.close().catch(() => {});
    await stopServer(server);
    if (code !== 0) process.stdout.write(fs.readFileSync(path.join(work, 'server.log'), 'utf8').slice(-2000));
    removeWorkDir(work);
  }
  console.log(code === 0 ? '1 passed, 0 failed' : '0 passed, 1 failed');
  setTimeout(() => process.exit(code), 400);
})().catch((e) => { console.error(e); process.exit(1); });
