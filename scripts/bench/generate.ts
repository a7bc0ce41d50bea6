/**
 * Generates realistic benchmark drafts from the project's own example text: the example review and the four
 * evaluation drafts, their prose repeated with citation numbers shifted, and a numbered References section.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SOURCES = [
  'examples/her2-resistance-review.md',
  'test/fixtures/drafts/virology-antivirals.md',
  'test/fixtures/drafts/immunology-cytokines.md',
  'test/fixtures/drafts/neurology-neurodegeneration.md',
  'test/fixtures/drafts/cardiology-heart-failure.md',
];

/** The prose sections of a source draft (front matter and References removed). */
function bodyOf(file: string): string {
  const text = readFileSync(path.join(ROOT, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const refs = text.search(/^#{1,6}\s+References\s*$/m);
  return refs >= 0 ? text.slice(0, refs) : text;
}

/** A draft of about `bytes` UTF-8 bytes: repeated sections with citation numbers shifted per copy, then references. */
export function generateDraft(bytes: number): string {
  const bodies = SOURCES.map(bodyOf);
  const parts: string[] = ['---\ntitle: Benchmark draft\n---\n\n'];
  let size = Buffer.byteLength(parts[0]!);
  let copy = 0;
  let maxRef = 0;
  while (size < bytes * 0.92) {
    const body = bodies[copy % bodies.length]!;
    const offset = Math.floor(copy / bodies.length) * 60;
    const shifted = body.replace(/([([])(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)([)\]])/g, (_m, open: string, nums: string, close: string) => {
      const renumbered = nums.replace(/\d+/g, (n) => {
        const v = Number(n) + offset;
        maxRef = Math.max(maxRef, v);
        return String(v);
      });
      return open + renumbered + close;
    });
    const chunk = `\n## Part ${copy + 1}\n\n${shifted}\n`;
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
    copy++;
  }
  const refs = ['\n## References\n'];
  for (let i = 1; i <= maxRef; i++) {
    refs.push(`${i}. Example A${i}, Sample B. An illustrative study number ${i} of signalling in disease. J Example Res. 2020;${i % 50}:1-10. doi:10.5555/bench.${i}`);
  }
  return parts.join('') + refs.join('\n') + '\n';
}
