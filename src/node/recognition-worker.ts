/**
 * Entry point of `dist/recognition-worker.js`: the worker thread in which the command-line tool recognises the
 * entities of a long draft while its main thread parses it. Chunks arrive as the parser yields them and are recognised
 * on arrival (see `StreamingRecognition`); the result equals recognition in the main thread.
 */
import { parentPort } from 'node:worker_threads';
import type { Span } from '../core/types';
import { StreamingRecognition } from '../core/recognise/streaming';
import type { Recogniser } from '../core/recognise';
import { loadEntities } from './entities';
import { loadBundledOntology } from './ontology';
import type { FromRecognitionWorker, ToRecognitionWorker } from './recognition-protocol';

/** Tests only: a draft containing this text makes the worker throw an uncaught error, as a crash would. */
const CRASH_MARKER = process.env.EVIDENCE_LENS_TEST_WORKER_CRASH;

const port = parentPort;
if (!port) throw new Error('recognition-worker.js runs as a worker thread of the evidence-lens command');
// The bundled ontology first, while the main thread is still loading; the user's files come with 'init'.
loadBundledOntology();
let recogniser: Recogniser | undefined;
const post = (m: FromRecognitionWorker) => port.postMessage(m);

let current: { id: number; stream: StreamingRecognition } | undefined;
let failed: { id: number; message: string } | undefined;

port.on('message', (m: ToRecognitionWorker) => {
  try {
    if (m.kind === 'init') {
      recogniser = loadEntities(m.folder, m.ontologyFiles).recogniser;
      return;
    }
    if (m.kind === 'begin') {
      if (!recogniser) throw new Error('recognition worker: a draft came before init');
      if (CRASH_MARKER && m.text.includes(CRASH_MARKER)) {
        process.nextTick(() => {
          throw new Error('recognition worker: crash requested by a test');
        });
      }
      current = { id: m.id, stream: new StreamingRecognition(recogniser, m.text) };
      failed = undefined;
      return;
    }
    if (failed?.id === m.id) {
      if (m.kind === 'finish') post({ kind: 'error', id: m.id, message: failed.message });
      return;
    }
    if (!current || current.id !== m.id) throw new Error(`recognition worker: draft ${m.id} was not begun`);
    if (m.kind === 'chunks') {
      for (let k = 0; k < m.prose.length; k++) current.stream.add({ start: m.bounds[2 * k]!, end: m.bounds[2 * k + 1]!, prose: spansOf(m.prose[k]!) });
    } else {
      post({ kind: 'mentions', id: m.id, mentions: current.stream.finish(spansOf(m.bounds)) });
      current = undefined;
    }
  } catch (e) {
    // Reported when the draft is finished: the main thread then recognises it itself (a failed init fails each draft).
    if (m.kind === 'init') return;
    failed = { id: m.id, message: (e as Error)?.stack ?? String(e) };
    if (m.kind === 'finish') post({ kind: 'error', id: m.id, message: failed.message });
  }
});

/** Start/end pairs as spans. */
function spansOf(flat: Int32Array): Span[] {
  const out: Span[] = new Array<Span>(flat.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = { start: flat[2 * i]!, end: flat[2 * i + 1]! };
  return out;
}
