// The second thread's side of parallel-extraction.ts: it extracts each article it is sent and the
// main thread has not claimed, replies on the same port, then bumps the shared reply counter to
// wake the waiting main thread.

import { workerData, type MessagePort } from 'node:worker_threads';
import { extractArticle } from './extract-article.ts';
import { claim, CURRENT_BATCH, REPLIES, STOPPED, type ExtractionReply, type ExtractionRequest } from './parallel-extraction.ts';

const { port, signal, claims } = workerData as { port: MessagePort; signal: Int32Array; claims: Int32Array };

function wake(): void {
  Atomics.add(signal, REPLIES, 1);
  Atomics.notify(signal, REPLIES);
}

// However this thread ends (an uncaught error included), the waiting main thread must hear of it.
process.on('exit', () => {
  Atomics.store(signal, STOPPED, 1);
  wake();
});

port.on('message', (request: ExtractionRequest) => {
  // What is left of an ingest that failed part-way is not worth the time, and the main thread
  // extracts an article itself when it needs one nobody has started.
  if (request.batch !== Atomics.load(signal, CURRENT_BATCH) || !claim(claims, request.ticket)) return;
  let reply: ExtractionReply;
  try {
    reply = { batch: request.batch, index: request.index, extraction: extractArticle(request.paragraphs) };
  } catch (error) {
    reply = { batch: request.batch, index: request.index, error };
  }
  port.postMessage(reply);
  wake();
});
