import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeFsError } from './read-text';

/** Files found for the given paths, and the paths that could not be used. */
export interface Discovery {
  files: string[];
  problems: Array<{ path: string; message: string }>;
}

/**
 * Expands command-line paths: files of any extension are taken as given; directories are searched recursively for
 * `*.md`, skipping `node_modules` and folders whose names start with a dot. Results are sorted and unique.
 */
export async function discoverFiles(paths: readonly string[]): Promise<Discovery> {
  const files = new Set<string>();
  const problems: Discovery['problems'] = [];
  for (const p of paths) {
    try {
      const stat = await fs.stat(p);
      if (stat.isDirectory()) await walk(p, files);
      else files.add(p);
    } catch (e) {
      problems.push({ path: p, message: describeFsError(e) });
    }
  }
  return { files: [...files].sort(), problems };
}

async function walk(dir: string, out: Set<string>): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      await walk(full, out);
    } else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) {
      out.add(full);
    }
  }
}
