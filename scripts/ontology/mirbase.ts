/** Parses the miRBase human GFF3 shipped by Debian's `optimir` (pure). */
import type { RawMirbase } from './types';

function attributes(field: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of field.split(';')) {
    const eq = kv.indexOf('=');
    if (eq > 0) out[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return out;
}

/** Reads precursor (`miRNA_primary_transcript`) and mature (`miRNA`) records and the header. */
export function parseMirbaseGff(text: string): RawMirbase {
  const header: Record<string, string> = {};
  const out: RawMirbase = { header, precursors: [], matures: [] };
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('#')) {
      const date = /^##date\s+(\S+)/.exec(line);
      if (date) header.date = date[1]!;
      const rel = /^#\s*microRNAs:\s+(.+?)\s*$/.exec(line);
      if (rel) header.release = rel[1]!;
      const build = /^#\s*genome-build-id:\s+(\S+)/.exec(line);
      if (build) header.genomeBuild = build[1]!;
      continue;
    }
    const f = line.split('\t');
    if (f.length < 9) continue;
    const a = attributes(f[8]!);
    if (f[2] === 'miRNA_primary_transcript' && a.ID && a.Name) {
      out.precursors.push({ acc: a.ID, name: a.Name });
    } else if (f[2] === 'miRNA' && a.Name && a.Derives_from) {
      const acc = a.Alias ?? a.ID!.replace(/_\d+$/, '');
      out.matures.push({ acc, name: a.Name, precursor: a.Derives_from });
    }
  }
  return out;
}
