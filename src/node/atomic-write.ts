import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Replaces a file's content atomically: writes a temporary file beside it, keeps the original's mode, then renames
 * it over the original, so a crash never leaves a half-written draft.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.evidence-lens-${process.pid}-${Date.now()}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await fs.stat(file)).mode;
  } catch {
    mode = undefined;
  }
  try {
    await fs.writeFile(tmp, content, { encoding: 'utf8', mode });
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
