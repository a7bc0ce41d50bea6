import { throwIfCancelled, type CancellationToken, type Span } from '../types';
import { combineFacts, combineNamed, factsStillHold, resolvePart, type DocumentFacts, type PartMentions, type PreparedProse, type Recogniser } from './recogniser';
import type { Mention } from './types';

/** A chunk of the document as the streaming recogniser needs it: where it lies and its prose, relative to its start. */
export interface StreamedChunk {
  start: number;
  end: number;
  /** Prose spans relative to `start`, sorted. */
  prose: readonly Span[];
}

interface Part {
  end: number;
  prepared: PreparedProse;
  result: PartMentions;
}

/**
 * Recognition of a document whose chunks arrive in document order while it is still being parsed (the CLI feeds a
 * worker thread this way). Each chunk is recognised on arrival under the facts of the chunks seen so far; `finish`
 * combines the facts of the final chunks, recognises again only the chunks whose mentions depended on a fact that
 * changed (see `factsStillHold`), and applies the document-level disambiguation. The result equals
 * `recogniser.recognise` over the whole parsed document (a property test holds it to that).
 */
export class StreamingRecognition {
  private readonly parts = new Map<number, Part>();
  private facts: DocumentFacts = combineFacts([]);

  constructor(
    private readonly recogniser: Recogniser,
    private readonly text: string,
    private readonly token?: CancellationToken,
  ) {}

  /** Recognises one chunk; a chunk added again at the same start (re-parsed) replaces the earlier one. */
  add(chunk: StreamedChunk): void {
    throwIfCancelled(this.token);
    const prepared = this.recogniser.prepare(this.text.slice(chunk.start, chunk.end), chunk.prose, this.token);
    const f = prepared.facts;
    if (f.trials.size || f.defined.size || f.fusionCandidates.pairs.size || f.fusionCandidates.slashPairs.size) this.facts = combineFacts([this.facts, f]);
    this.parts.set(chunk.start, { end: chunk.end, prepared, result: this.recogniser.recognisePrepared(prepared, this.facts, this.token) });
  }

  /**
   * The mentions of the document made of `chunks` (its final chunks in order, each added before), sorted, with
   * spans in the document's text. Throws when a chunk was never added.
   */
  finish(chunks: ReadonlyArray<{ start: number; end: number }>): Mention[] {
    const parts = chunks.map((c) => {
      const p = this.parts.get(c.start);
      if (!p || p.end !== c.end) throw new Error(`streaming recognition: chunk ${c.start}–${c.end} was not added`);
      return p;
    });
    const facts = combineFacts(parts.map((p) => p.prepared.facts));
    for (const p of parts) {
      throwIfCancelled(this.token);
      if (!factsStillHold(p.result.uses, facts)) p.result = this.recogniser.recognisePrepared(p.prepared, facts, this.token);
    }
    const named = combineNamed(parts.map((p) => p.result.named));
    const out: Mention[] = [];
    chunks.forEach((c, k) => {
      for (const m of resolvePart(parts[k]!.result.mentions, named).mentions) {
        out.push(c.start === 0 ? m : { ...m, span: { start: m.span.start + c.start, end: m.span.end + c.start } });
      }
    });
    return out;
  }
}
