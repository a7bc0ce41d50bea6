/**
 * A full garbage collection once the analysis worker goes idle after large drafts. An analysis leaves its syntax tree
 * and intermediate results behind as garbage (hundreds of MB for a 1 MB draft) that V8 keeps while the thread is
 * idle, and so does the process's resident memory. Worker threads cannot be started with `--expose-gc`, so the
 * collector is reached the way test runners do it (`--expose-gc` set at run time, `gc` read from a new context).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Characters analysed since the last collection above which an idle worker collects. */
export const COLLECT_AFTER_CHARS = 512 * 1024;

/** Counts analysed text and collects garbage when asked while over `COLLECT_AFTER_CHARS`. */
export class IdleCollector {
  private chars = 0;
  private gc: (() => void) | null | undefined;

  /** Notes `chars` characters analysed. */
  analysed(chars: number): void {
    this.chars += chars;
  }

  /** The worker is idle: collects when enough was analysed since the last time. Returns true when it collected. */
  idle(): boolean {
    if (this.chars < COLLECT_AFTER_CHARS) return false;
    this.chars = 0;
    const gc = this.collector();
    gc?.();
    return gc !== null;
  }

  private collector(): (() => void) | null {
    if (this.gc === undefined) {
      try {
        setFlagsFromString('--expose-gc');
        const gc: unknown = runInNewContext('gc');
        this.gc = typeof gc === 'function' ? (gc as () => void) : null;
      } catch {
        this.gc = null;
      }
    }
    return this.gc;
  }
}
