/**
 * An analysis as plain data that can cross a thread boundary (structured clone): without the syntax tree (only the
 * analysis itself reads it), the text (the receiver already has it) and the line index (a class, rebuilt from the
 * text). `analysisFromData` restores everything editor features read.
 */
import type { Analysis } from './analysis';
import type { AnalysedDocument } from './parse/document';
import { LineIndex } from './parse/line-index';

/** The document part of `AnalysisData`: every field but the tree, the text and the line index. */
export type AnalysedDocumentData = Omit<AnalysedDocument, 'text' | 'lines'>;

/** An `Analysis` whose document has no text and no line index. Objects shared within it stay shared through a clone. */
export type AnalysisData = Omit<Analysis, 'doc'> & { doc: AnalysedDocumentData };

/** The plain data of `analysis`, ready for `postMessage`. */
export function analysisData(analysis: Analysis): AnalysisData {
  const { text: _text, lines: _lines, ...doc } = analysis.doc;
  if ('tree' in doc) delete (doc as { tree?: unknown }).tree;
  return { ...analysis, doc };
}

/**
 * The analysis again, from its data and the exact text that was analysed (as given to `parseDocument`, with its
 * byte-order mark if it had one).
 */
export function analysisFromData(data: AnalysisData, analysedText: string): Analysis {
  const text = data.doc.hadBom ? analysedText.slice(1) : analysedText;
  return { ...data, doc: { ...data.doc, text, lines: new LineIndex(text) } };
}
