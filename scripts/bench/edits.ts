/**
 * Re-analysis after one-character edits of a draft (issue #4): an incremental analyser analyses the draft, then
 * `EDITS` seeded random edits after `WARM_UP_EDITS`, with remark-parse of the draft timed between them. `npm run bench`
 * runs it in three fresh processes that hold only this draft, as a language server does (`edit-process.ts`; medians
 * reported), and once in its own process for comparison.
 */
import type { createIncrementalAnalyzer } from '../../src/core/incremental';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Edits measured for the incremental analysis, after some to warm up. */
export const EDITS = 50;
export const WARM_UP_EDITS = 10;

/** A one-character edit at a random place: insert, delete or replace a character (seeded, so every run makes the same edits). */
export function* randomEdits(text: string, seed = 1): Generator<string> {
  let state = seed;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 0x80000000);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz ,.;()[]0123456789-\n';
  for (;;) {
    const at = Math.floor(random() * text.length);
    const ch = alphabet[Math.floor(random() * alphabet.length)]!;
    const kind = random();
    text = kind < 0.4 ? text.slice(0, at) + ch + text.slice(at) : kind < 0.7 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + ch + text.slice(at + 1);
    yield text;
  }
}

/**
 * Re-analysis after one-character edits: an incremental analyser analyses the draft once, then each edited text; the
 * median of `EDITS` edits (after `WARM_UP_EDITS`) is compared with remark-parse of the draft, timed after every fifth edit.
 */
export function measureEdits(text: string, analyse: () => ReturnType<typeof createIncrementalAnalyzer>, parse: () => void, warmUp = WARM_UP_EDITS) {
  const analyzer = analyse();
  analyzer.analyze(text);
  const edits: number[] = [];
  const parses: number[] = [];
  let n = 0;
  for (const edited of randomEdits(text)) {
    const t0 = performance.now();
    analyzer.analyze(edited);
    if (n >= warmUp) edits.push(performance.now() - t0);
    if (n % 5 === 2) {
      const t1 = performance.now();
      parse();
      parses.push(performance.now() - t1);
    }
    if (++n === warmUp + EDITS) break;
  }
  const editMs = median(edits);
  const parseMs = median(parses);
  return { edits: EDITS, editMedianMs: editMs, editP90Ms: [...edits].sort((a, b) => a - b)[Math.floor(EDITS * 0.9)]!, remarkParseMs: parseMs, editVsParse: editMs / parseMs };
}
