// The second thread's side of parallel-extraction.ts: it extracts each article it is sent and
// replies on the same port, then bumps the shared reply counter to wake the waiting main thread.

import { workerData, type MessagePort } from 'node:worker_threads';
import { extractArticle } from './extract-article.ts';
import { CURRENT_BATCH, REPLIES, STOPPED, type ExtractionReply, type ExtractionRequest } from './parallel-extraction.ts';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

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
  // What is left of an ingest that failed part-way is not worth the time.
  if (request.batch !== Atomics.load(signal, CURRENT_BATCH)) return;
  let reply: ExtractionReply;
  try {
    reply = { batch: request.batch, index: request.index, extraction: extractArticle(request.paragraphs) };
  } catch (error) {
    reply = { batch: request.batch, index: request.index, error };
  }
  port.postMessage(reply);
  wake();
});
