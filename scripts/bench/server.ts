/**
 * Language-server measurements for `npm run bench`: starts the built server (`node dist/server.js --stdio`) as a child
 * process in a temporary workspace folder, opens the 200 KB draft and times its first diagnostics (this includes
 * loading the ontology, which the server does lazily), times 200 sequential hovers spread over the draft (entity
 * mentions and citations), then closes it, opens the 1 MB draft, waits for its diagnostics and reads the server's RSS,
 * then again after two idle seconds.
 * The server process is always killed at the end, also on errors and timeouts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { SERVER_PROCESS_ENV } from '../../src/node/server-process';

export interface ServerBenchResult {
  /** didOpen of the 200 KB draft → its first publishDiagnostics (includes the lazy ontology load). */
  firstDiagnostics200KBMs: number;
  hoverMedianMs: number;
  hoverP95Ms: number;
  /** Hover requests sent, and how many returned content (positions really on an entity or citation). */
  hovers: number;
  hoversWithContent: number;
  /** Server RSS once the 1 MB draft (alone: the 200 KB one is closed first) has its diagnostics. */
  rssAfter1MBDraftMB: number;
  /** Peak RSS of the server process over the whole run (VmHWM; Linux only). */
  rssPeakMB?: number;
  /** Server RSS after the 1 MB draft's diagnostics and `SETTLE_MS` without requests (idle collection done). */
  rssSettledMB: number;
}

/** Idle time after the 1 MB draft's diagnostics before the settled RSS is read. */
const SETTLE_MS = 2000;

const HOVERS = 200;
/** Longest wait for any one response or publication before the measurement is abandoned. */
const TIMEOUT_MS = 120_000;
/** Searched for in the draft; the hover goes one character inside each match. */
const NEEDLES = ['HER2', 'PTEN', 'EGFR', 'PIK3CA', 'TNF', 'miR-21', 'trastuzumab', '(1', '[1'];

/** The value at fraction `q` (0–1) of the sorted samples (nearest rank). */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

/** `HOVERS` positions spread evenly over all the needle matches of `text`, in document order. */
function hoverPositions(text: string): Array<{ line: number; character: number }> {
  const offsets: number[] = [];
  for (const needle of NEEDLES) for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) offsets.push(at + 1);
  offsets.sort((a, b) => a - b);
  if (offsets.length === 0) throw new Error('no hover targets found in the draft');
  const picked = Array.from({ length: HOVERS }, (_, i) => offsets[Math.floor((i * offsets.length) / HOVERS)]!);
  // Line starts, to turn string offsets (UTF-16 code units, as LSP positions count) into line/character.
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return picked.map((off) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= off) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: off - starts[lo]! };
  });
}

/** Resident set size of process `pid` in MB (current, or peak with `field` VmHWM); undefined when unavailable. */
function rssMB(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // Not Linux: fall back to ps below (current RSS only).
  }
  if (field !== 'VmRSS') return undefined;
  const ps = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
  const kb = Number(ps.stdout?.trim());
  return ps.status === 0 && kb > 0 ? kb / 1024 : undefined;
}

/** Rejects after `ms` with a message naming what was awaited. */
function withTimeout<T>(promise: Promise<T>, what: string, ms = TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`language server: no ${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs the measurements against `serverJs` with the two drafts (paths); see the file comment. `nodeArgs` go to node
 * before the script (e.g. V8 flags, to compare settings).
 */
export async function measureServer(serverJs: string, draft200KB: string, draft1MB: string, nodeArgs: readonly string[] = []): Promise<ServerBenchResult> {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'evl-bench-'));
  const small = path.join(workspace, 'draft-200KB.md');
  const large = path.join(workspace, 'draft-1MB.md');
  copyFileSync(draft200KB, small);
  copyFileSync(draft1MB, large);

  // Started as the VS Code client starts it (its environment included).
  const child = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...SERVER_PROCESS_ENV } });
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', kill);
  const stderr: string[] = [];
  child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
  child.stdin.on('error', () => undefined); // EPIPE once the server is gone: reported through `exited` instead.
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) => reject(new Error(`language server exited (${code ?? signal}) during the benchmark: ${stderr.join('').slice(-2000)}`))),
  );
  exited.catch(() => undefined); // Only raced against, never awaited alone.
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  /** Awaits `promise`, failing on timeout or on the server process exiting. */
  const wait = <T>(promise: Promise<T>, what: string) => withTimeout(Promise.race([promise, exited]), what);

  const waiters = new Map<string, () => void>();
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => {
    const resolve = waiters.get(p.uri);
    waiters.delete(p.uri);
    resolve?.();
  });
  connection.listen();

  /** Opens `file` and resolves with the ms until its first diagnostics. */
  const openAndTime = async (file: string): Promise<number> => {
    const uri = pathToFileURL(file).href;
    const published = new Promise<void>((resolve) => waiters.set(uri, resolve));
    const t0 = performance.now();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') } });
    await wait(published, `diagnostics for ${path.basename(file)}`);
    return performance.now() - t0;
  };

  try {
    const folder = pathToFileURL(workspace).href;
    await wait(
      connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: folder,
        workspaceFolders: [{ uri: folder, name: 'bench' }],
        capabilities: {
          workspace: { configuration: true, workspaceFolders: true },
          textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown', 'plaintext'] } },
        },
      }),
      'initialize response',
    );
    await connection.sendNotification('initialized', {});

    const firstDiagnostics200KBMs = await openAndTime(small);

    const smallUri = pathToFileURL(small).href;
    const latencies: number[] = [];
    let withContent = 0;
    for (const position of hoverPositions(readFileSync(small, 'utf8'))) {
      const t0 = performance.now();
      const result = await wait(connection.sendRequest<{ contents?: unknown } | null>('textDocument/hover', { textDocument: { uri: smallUri }, position }), 'hover response');
      latencies.push(performance.now() - t0);
      if (result?.contents) withContent++;
    }

    await connection.sendNotification('textDocument/didClose', { textDocument: { uri: smallUri } });
    await openAndTime(large);
    const rss = rssMB(child.pid!);
    if (rss === undefined) throw new Error('could not read the RSS of the language server process');
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const settled = rssMB(child.pid!);
    if (settled === undefined) throw new Error('could not read the RSS of the language server process');
    const peak = rssMB(child.pid!, 'VmHWM');

    return {
      firstDiagnostics200KBMs,
      hoverMedianMs: quantile(latencies, 0.5),
      hoverP95Ms: quantile(latencies, 0.95),
      hovers: latencies.length,
      hoversWithContent: withContent,
      rssAfter1MBDraftMB: rss,
      rssSettledMB: settled,
      ...(peak !== undefined ? { rssPeakMB: peak } : {}),
    };
  } finally {
    connection.dispose();
    kill();
    process.removeListener('exit', kill);
    rmSync(workspace, { recursive: true, force: true });
  }
}
