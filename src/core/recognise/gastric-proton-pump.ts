/**
 * The gastric proton pump written by its ions: "H+/K+-ATPase", "H+,K+-ATPase", "H⁺/K⁺ ATPase", "H,K-ATPase". The pump
 * is one enzyme of two genes' chains, ATP4A (the catalytic α chain) and ATP4B (the β chain), so a mention names both,
 * as coordinated forms do. Its name is no curated synonym: lookup keys drop '+' and '/', and when tried as one it
 * matched a bare "H". Looked for only where "ATPase" stands.
 */
import type { Span } from '../types';

/** A gastric proton pump mention: its span and the official symbols of its two chains. */
export interface ProtonPumpMention {
  span: Span;
  symbols: [alpha: string, beta: string];
}

/** H and K with optional charge signs (+ or superscript ⁺), joined by '/' or ',', then "-ATPase" or " ATPase". */
const PUMP_RE = /(?<![\p{L}\p{N}])H(?:\+|⁺)?\s?[/,]\s?K(?:\+|⁺)?[-‐– ]ATPase(?![\p{L}\p{N}])/gu;

/** The gastric proton pump mentions in `text[start, end)`, with spans in `text`, in text order. */
export function gastricProtonPumps(text: string, start: number, end: number): ProtonPumpMention[] {
  const slice = text.slice(start, end);
  if (!slice.includes('ATPase')) return [];
  const out: ProtonPumpMention[] = [];
  for (const m of slice.matchAll(PUMP_RE)) {
    out.push({ span: { start: start + m.index, end: start + m.index + m[0].length }, symbols: ['ATP4A', 'ATP4B'] });
  }
  return out;
}
