import { promises as fs } from 'node:fs';

/** A file read as text, or the reason it could not be. */
export type ReadTextResult = { ok: true; text: string } | { ok: false; message: string };

/** Default largest file read, in bytes (5 MiB). */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Reads a file as text: UTF-8 (a BOM is kept for the core to strip), or UTF-16 with a BOM. Refuses, with a message
 * naming the problem and where it is, directories, files over `maxBytes`, binary files and invalid UTF-8.
 */
export async function readTextFile(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<ReadTextResult> {
  let data: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) return { ok: false, message: 'is a directory, not a file' };
    if (stat.size > maxBytes) {
      return { ok: false, message: `is ${formatBytes(stat.size)}, over the size limit of ${formatBytes(maxBytes)}; it was not checked (raise the limit with --max-file-size or "maxFileSizeMB")` };
    }
    data = await fs.readFile(path);
  } catch (e) {
    return { ok: false, message: describeFsError(e) };
  }
  return decodeText(data);
}

/** Decodes bytes as UTF-8 (or BOM-marked UTF-16), refusing binary data and naming the line of the first invalid byte. */
export function decodeText(data: Uint8Array): ReadTextResult {
  if (data[0] === 0xff && data[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(data.subarray(2)) };
  if (data[0] === 0xfe && data[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(data.subarray(2)) };
  const nul = data.subarray(0, 8192).indexOf(0);
  if (nul >= 0) return { ok: false, message: `looks like a binary file (NUL byte at offset ${nul}); only text files are checked` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(data) };
  } catch {
    const at = firstInvalidUtf8(data);
    let line = 1;
    for (let i = 0; i < at; i++) if (data[i] === 10) line++;
    return { ok: false, message: `is not valid UTF-8 (invalid byte 0x${data[at]?.toString(16).padStart(2, '0')} at line ${line}, byte offset ${at}); save it as UTF-8` };
  }
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence. */
function firstInvalidUtf8(d: Uint8Array): number {
  let i = 0;
  while (i < d.length) {
    const b = d[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= d.length || (d[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return d.length;
}

/** A short message for a file-system error: "not found", "permission denied", … */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'not found';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot be read (${(e as Error)?.message ?? String(e)})`;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(0)} KB`;
}
