/**
 * Re-analysis after one-character edits of a draft (issue #4): an incremental analyser analyses the draft, then
 * seeded random edits, measured in two windows of `EDITS` (after `WARM_UP_EDITS` and after `STEADY_AFTER` edits),
 * with remark-parse of the draft timed between them. `npm run bench`
 * runs it in three fresh processes that hold only this draft, as a language server does (`edit-process.ts`; medians
 * reported), and once in its own process for comparison.
 */
import type { createIncrementalAnalyzer } from '../../src/core/incremental';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Edits measured per window (see `measureEdits`), the edits before the first window, and before the second. */
export const EDITS = 50;
export const WARM_UP_EDITS = 10;
export const STEADY_AFTER = 200;

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

/** What one window of `EDITS` edits measured: medians, and the edit median as a fraction of remark-parse's. */
export interface EditWindow {
  /** Edits typed before the window's first. */
  after: number;
  editMedianMs: number;
  editP90Ms: number;
  remarkParseMs: number;
  editVsParse: number;
}

/**
 * Re-analysis after one-character edits: an incremental analyser analyses the draft once, then each edited text. Two
 * windows of `EDITS` edits are measured, each against remark-parse of the draft timed after every fifth edit in it:
 * the first after `warmUp` edits (the keystrokes just after the draft was opened, while V8 is still compiling the
 * analyser: 1.3–1.6× slower in the runs of 2026-12-01), and the second after `STEADY_AFTER` (a server in use, its code
 * compiled; remark-parse warms up too). The first window's figures are also the top-level fields, as before the second
 * was added.
 */
export function measureEdits(text: string, analyse: () => ReturnType<typeof createIncrementalAnalyzer>, parse: () => void, warmUp = WARM_UP_EDITS) {
  const analyzer = analyse();
  analyzer.analyze(text);
  const windows: EditWindow[] = [];
  let edits: number[] = [];
  let parses: number[] = [];
  let n = 0;
  const starts = [warmUp, Math.max(STEADY_AFTER, warmUp + EDITS)];
  for (const next of randomEdits(text)) {
    // The language server's analysis worker receives each version by structured clone (a flat string), so the
    // analyser is handed one here too: the edit itself leaves a concatenation whose flattening (a copy of the whole
    // draft) is the host's transfer, not re-analysis.
    const edited = structuredClone(next);
    const inWindow = starts.some((s) => n >= s && n < s + EDITS);
    const t0 = performance.now();
    analyzer.analyze(edited);
    const t = performance.now() - t0;
    if (inWindow) {
      edits.push(t);
      if (edits.length % 5 === 3) {
        const t1 = performance.now();
        parse();
        parses.push(performance.now() - t1);
      }
      if (edits.length === EDITS) {
        const editMs = median(edits);
        const parseMs = median(parses);
        windows.push({ after: n + 1 - EDITS, editMedianMs: editMs, editP90Ms: [...edits].sort((a, b) => a - b)[Math.floor(EDITS * 0.9)]!, remarkParseMs: parseMs, editVsParse: editMs / parseMs });
        edits = [];
        parses = [];
        if (windows.length === starts.length) break;
      }
    }
    n++;
  }
  const [opened, steady] = windows as [EditWindow, EditWindow];
  return { edits: EDITS, ...opened, steady };
}
