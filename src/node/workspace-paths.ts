/** Confining file access to the workspace folders, and converting between file paths and `file:` URIs. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** True when `child` is `parent` or lies inside it (lexically; both absolute). */
export function isWithin(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function realOrSelf(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return p;
  }
}

/**
 * True when `abs` lies inside one of `folders`, both as written and after resolving symbolic links (so a link inside
 * the workspace that points outside it is refused).
 */
export async function isInsideFolders(abs: string, folders: readonly string[]): Promise<boolean> {
  const target = path.resolve(abs);
  if (!folders.some((f) => isWithin(path.resolve(f), target))) return false;
  const real = await realOrSelf(target);
  for (const f of folders) if (isWithin(await realOrSelf(path.resolve(f)), real)) return true;
  return false;
}

/** The file path of a `file:` URI, or undefined for other schemes and malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The `file:` URI of an absolute path. */
export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** True when `file` lies inside `folder` (lexically; not the folder itself). */
export function isInsideFolder(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** A path relative to the workspace folder containing it (with `/`), else absolute. */
export function displayIn(folders: readonly string[], abs: string): string {
  for (const f of folders) if (isInsideFolder(f, abs)) return path.relative(f, abs).split(path.sep).join('/');
  return abs;
}

/** The innermost of `folders` that holds `abs` (or is it), if any. */
export function owningFolder(folders: readonly string[], abs: string): string | undefined {
  let best: string | undefined;
  for (const f of folders) if (isWithin(path.resolve(f), path.resolve(abs)) && (!best || f.length > best.length)) best = f;
  return best;
}
