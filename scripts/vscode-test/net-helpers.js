// Small helpers shared by the code-server runners: a free loopback port, waiting for code-server's HTTP server,
// stopping it with its children, and removing a work directory without failing the run.
const http = require('http');
const net = require('net');

/** A free TCP port on 127.0.0.1. */
const freePort = () => new Promise((res, rej) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }).on('error', rej);
});

/** Resolves when `url` answers, rejects when `server` exits first or `ms` pass. */
const waitForHttp = (url, ms, server) => new Promise((resolve, reject) => {
  const end = Date.now() + ms;
  (function poll() {
    if (server.exitCode !== null) return reject(new Error('code-server exited early'));
    http.get(url, (r) => { r.resume(); resolve(); }).on('error', () =>
      (Date.now() > end ? reject(new Error('code-server did not start')) : setTimeout(poll, 250)));
  })();
});

/**
 * Stops code-server and every process it started (it is spawned `detached`, so it leads its own process group):
 * SIGTERM to the group, SIGKILL after `ms` if it has not exited. Resolves once it is gone.
 */
const stopServer = (server, ms = 5000) => new Promise((resolve) => {
  if (server.exitCode !== null || server.signalCode !== null) return resolve();
  const signalGroup = (sig) => { try { process.kill(-server.pid, sig); } catch { try { server.kill(sig); } catch { /* gone */ } } };
  const timer = setTimeout(() => signalGroup('SIGKILL'), ms);
  server.once('exit', () => { clearTimeout(timer); setTimeout(resolve, 100); });
  signalGroup('SIGTERM');
});

/**
 * Removes a temporary work directory. Straggling writers (an extension host flushing its logs) can make one pass fail
 * with ENOTEMPTY: retry, and if the directory still cannot go, say so and carry on; a leftover temp folder is no test failure.
 */
const removeWorkDir = (dir) => {
  try {
    require('fs').rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (e) {
    console.warn(`[cleanup] could not remove ${dir}: ${e.code || e.message}`);
  }
};

module.exports = { freePort, waitForHttp, stopServer, removeWorkDir };
