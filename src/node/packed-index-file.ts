/**
 * The packed lookup index file of the bundled ontology (`data/ontology/lookup-index.tsv`): where it is, the digest
 * of the files it is built from, and reading it with a check that it is current. A missing, stale or unreadable
 * file is never fatal: the caller builds the index in memory instead and reports the note.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKED_INDEX_VERSION, PackedLookupIndex, packedIndexHeader } from '../core/recognise/packed-index';

/** File name of the packed index, in `data/ontology/` beside `bundle/` and `lexicon.json`. */
export const PACKED_INDEX_FILE = 'lookup-index.tsv';
/** How messages name it. */
export const PACKED_INDEX_DISPLAY = 'data/ontology/lookup-index.tsv';
const REGENERATE = 'regenerate it with `npx tsx scripts/build-index.ts` (also run by `npm run build:ontology`)';

/** The packed index path for a bundle folder. */
export function packedIndexPath(bundleDir: string): string {
  return path.join(bundleDir, '..', PACKED_INDEX_FILE);
}

/** The lexicon path for a bundle folder. */
export function lexiconPath(bundleDir: string): string {
  return path.join(bundleDir, '..', 'lexicon.json');
}

/**
 * `sha256:` digest of named files' bytes (the bundle files and the lexicon), in the order given. CRLF line ends
 * count as LF, so a checkout that converts line ends still matches its index.
 */
export function sourceDigest(files: ReadonlyArray<readonly [name: string, bytes: Uint8Array]>): string {
  const h = createHash('sha256');
  for (const [name, raw] of files) {
    const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    const lf = bytes.indexOf(13) < 0 ? bytes : Buffer.from(bytes.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
    h.update(`${name}\0${lf.length}\0`);
    h.update(lf);
  }
  return `sha256:${h.digest('hex')}`;
}

/** The packed index in `file` when it was built from sources with `digest`; otherwise a note saying why not. */
export function readPackedIndex(file: string, digest: string): { index: PackedLookupIndex } | { note: string } {
  const fallback = 'the lookup index is built in memory instead (slower start-up)';
  let text: string;
  try {
    text = readFileSync(file, 'latin1');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? String(e)})`;
    return { note: `the prebuilt ${PACKED_INDEX_DISPLAY} ${what}; ${fallback}; ${REGENERATE}` };
  }
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n/g, '\n');
  const header = packedIndexHeader(text);
  if (!header) return { note: `the prebuilt ${PACKED_INDEX_DISPLAY} is not a lookup index; ${fallback}; ${REGENERATE}` };
  if (header.version !== PACKED_INDEX_VERSION || header.digest !== digest) {
    const why = header.version !== PACKED_INDEX_VERSION ? `is of format version ${header.version}, not ${PACKED_INDEX_VERSION}` : 'is stale (built from other ontology or lexicon files)';
    return { note: `the prebuilt ${PACKED_INDEX_DISPLAY} ${why}; ${fallback}; ${REGENERATE}` };
  }
  try {
    return { index: new PackedLookupIndex(text) };
  } catch (e) {
    return { note: `the prebuilt ${PACKED_INDEX_DISPLAY} is damaged (${(e as Error).message}); ${fallback}; ${REGENERATE}` };
  }
}
