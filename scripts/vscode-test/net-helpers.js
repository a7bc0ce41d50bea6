// Small helpers shared by the code-server runners: a free loopback port, and waiting for code-server's HTTP server.
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

module.exports = { freePort, waitForHttp };
