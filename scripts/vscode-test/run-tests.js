// Adapted from the team's offline VS Code testing recipe (shared/vscode-offline-testing/run-tests.js).
// Run a VS Code extension's mocha suite inside code-server's REAL node extension host (VS Code server),
// driven by headless Debian chromium via playwright-core. Exit code = extension test result
// (0 pass, 1 tests failed / error, 2 timeout, 3 code-server died).
//
// usage: node run-tests.js --codeServer <tools>/code-server   (wrapper made by install-code-server.sh)
//          --extensionDevelopmentPath <ext dir> --extensionTestsPath <compiled suite index.js>
//          [--folder <workspace dir to open>] [--timeout <seconds, default 180>]
// env: PW_CORE (path to playwright-core, default: resolved next to code-server), CHROMIUM (default /usr/bin/chromium),
//      VSCODE_TEST_RESULTS is set for the suite (write {passes,failures,pending} there).
//      KEEP_WORK=1 keeps the temp dir (server.log, user-data). Everything else in env reaches the extension host.
const { spawn } = require('child_process');
const fs = require('fs'), os = require('os'), path = require('path');

const argv = {};
for (let i = 2; i < process.argv.length; i += 2) argv[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['codeServer', 'extensionDevelopmentPath', 'extensionTestsPath'])
  if (!argv[k]) { console.error(`missing --${k}`); process.exit(1); }
const codeServer = path.resolve(argv.codeServer);
const { chromium } = require(process.env.PW_CORE ||
  require.resolve('playwright-core', { paths: [path.dirname(codeServer)] }));
const timeoutMs = Number(argv.timeout || 180) * 1000;
const log = (...a) => console.log('[run-tests]', ...a);

const { freePort, waitForHttp, stopServer, removeWorkDir } = require('./net-helpers');

(async () => {
  const t0 = Date.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-test-'));
  const folder = path.resolve(argv.folder || path.join(work, 'ws'));
  fs.mkdirSync(folder, { recursive: true });
  const host = `127.0.0.1:${await freePort()}`;
  const remote = p => `vscode-remote://${host}${path.resolve(p)}`;
  const resultsFile = path.join(work, 'results.json');
  fs.mkdirSync(path.join(work, 'tmp'));    // ext-host/git IPC sockets land here and are removed with it
  const env = { ...process.env, TMPDIR: path.join(work, 'tmp'), VSCODE_TEST_RESULTS: resultsFile, XDG_CONFIG_HOME: path.join(work, 'xdg-config'), XDG_DATA_HOME: path.join(work, 'xdg-data'),
                XDG_CACHE_HOME: path.join(work, 'xdg-cache') };
  const server = spawn(codeServer, [
    '--config', path.join(work, 'config.yaml'), '--auth', 'none', '--bind-addr', host,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', path.join(work, 'user-data'), '--extensions-dir', path.join(work, 'extensions'),
  ], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const serverLog = fs.createWriteStream(path.join(work, 'server.log'));
  serverLog.on('error', () => {});
  server.stdout.pipe(serverLog, { end: false }); server.stderr.pipe(serverLog, { end: false });

  let exitCode = 1, ctx, profile;
  try {
    await waitForHttp(`http://${host}/healthz`, 30000, server);
    log(`code-server ${host} up after ${Date.now() - t0} ms`);
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
      env: { ...process.env, XDG_CONFIG_HOME: path.join(work, 'chromium-config'), XDG_CACHE_HOME: path.join(work, 'chromium-cache') },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
             '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const page = ctx.pages()[0] || await ctx.newPage();
    let done;
    const finished = new Promise(r => (done = r));
    // VS Code's web workbench calls these when the extension host prints / exits (same hooks @vscode/test-web uses)
    await page.exposeFunction('codeAutomationLog', (type, args) => console.log(...(Array.isArray(args) ? args : [args])));
    await page.exposeFunction('codeAutomationExit', async code => done(code));
    page.on('pageerror', e => console.log('[pageerror]', e.message));
    if (process.env.VERBOSE) page.on('console', m => console.log('[browser]', m.text()));
    server.on('exit', c => done(`server-exit-${c}`));
    // VS Code >= ~1.10x only honours the dev/test payload on a built product when the workbench option
    // developmentOptions.enableSmokeTestDriver is set (VS Code server flag --enable-smoke-test-driver, which
    // code-server's CLI does not accept): patch it into the workbench configuration of the served page.
    await page.addInitScript(() => {
      const orig = Element.prototype.getAttribute;
      Element.prototype.getAttribute = function (name) {
        const v = orig.call(this, name);
        if (name === 'data-settings' && this.id === 'vscode-workbench-web-configuration' && v) {
          const cfg = JSON.parse(v);
          cfg.developmentOptions = { ...(cfg.developmentOptions || {}), enableSmokeTestDriver: true };
          return JSON.stringify(cfg);
        }
        return v;
      };
    });
    const payload = [
      ['extensionDevelopmentPath', remote(argv.extensionDevelopmentPath)],
      ['extensionTestsPath', remote(argv.extensionTestsPath)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(`http://${host}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const res = await Promise.race([finished, new Promise(r => setTimeout(() => r('timeout'), timeoutMs))]);
    if (res === 'timeout') { log(`TIMEOUT after ${timeoutMs} ms (server log: ${work}/server.log)`); exitCode = 2; }
    else if (typeof res === 'string') { log(`code-server died: ${res}`); exitCode = 3; }
    else exitCode = Number(res) ? 1 : 0;
    log(`extension tests ${exitCode === 0 ? 'PASSED' : 'FAILED'} (code ${res}) after ${Date.now() - t0} ms`);
    if (fs.existsSync(resultsFile)) {            // written by the suite's index.js (see ext/test/suite/index.js)
      const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
      if (exitCode === 0 && r.failures > 0) exitCode = 1;
      console.log(`${r.passes} passed, ${r.failures} failed` + (r.pending ? `, ${r.pending} skipped` : ''));
    } else if (exitCode === 0) { log('no results file written by the suite'); }
  } catch (e) {
    console.error(e); exitCode = 1;
  } finally {
    if (ctx) await ctx.close().catch(() => {});
    await stopServer(server);
    if (profile) removeWorkDir(profile);
    if (exitCode !== 0 && exitCode !== 1) process.stdout.write(fs.readFileSync(path.join(work, 'server.log'), 'utf8').slice(-3000));
    if (!process.env.KEEP_WORK) removeWorkDir(work);
  }
  setTimeout(() => process.exit(exitCode), 300);
})();
