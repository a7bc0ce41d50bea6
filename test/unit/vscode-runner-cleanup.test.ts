// The code-server runners' cleanup (scripts/vscode-test/net-helpers.js): CI once failed after every test had passed,
// because a work folder was removed while code-server's children still wrote into it (ENOTEMPTY). These tests run the
// helpers on real processes and folders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const { stopServer, removeWorkDir } = require(path.join(__dirname, '../../scripts/vscode-test/net-helpers.js')) as {
  stopServer: (server: ReturnType<typeof spawn>, ms?: number) => Promise<void>;
  removeWorkDir: (dir: string) => void;
};

/** Whether `pid` still runs: it exists and is not a zombie (a container's init may never reap an orphan). */
const alive = (pid: number): boolean => {
  try { process.kill(pid, 0); } catch { return false; }
  try { return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return false; }
};

test('stopServer ends a detached process and the children it started, then resolves', async () => {
  // A shell that starts a grandchild and prints its pid, like code-server starting its extension host.
  const server = spawn('sh', ['-c', 'sleep 60 & echo $!; wait'], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
  const child = await new Promise<number>((resolve) => server.stdout!.once('data', (d) => resolve(Number(String(d).trim()))));
  assert.ok(alive(child), 'the grandchild runs before the stop');
  await stopServer(server, 2000);
  assert.notEqual(server.exitCode ?? server.signalCode, null, 'the server has exited');
  for (let i = 0; i < 20 && alive(child); i++) await new Promise((r) => setTimeout(r, 50));
  assert.equal(alive(child), false, 'the grandchild was stopped with its process group');
});

test('stopServer resolves at once for a server that has already exited', async () => {
  const server = spawn('true', [], { detached: true, stdio: 'ignore' });
  await new Promise((r) => server.once('exit', r));
  await stopServer(server, 2000);
});

test('removeWorkDir removes a nested folder and only warns about one it cannot remove', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidence-lens-cleanup-'));
  mkdirSync(path.join(dir, 'a/b'), { recursive: true });
  writeFileSync(path.join(dir, 'a/b/log.txt'), 'x');
  removeWorkDir(dir);
  assert.equal(existsSync(dir), false);
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (m: string) => warnings.push(m);
  try {
    removeWorkDir('\0not a path'); // rmSync throws on a NUL byte: the helper reports it and does not throw
  } finally {
    console.warn = warn;
  }
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /could not remove/);
});
