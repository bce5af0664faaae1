// Extraction on a second thread, so that a large ingest extracts the next articles while the main
// thread reads, writes and indexes the ones around them. The main side stays synchronous, because
// an ingest is one SQLite transaction and cannot await: it sleeps in Atomics.wait until the worker
// bumps the reply counter, and reads replies with receiveMessageOnPort.

import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Extraction } from './types.ts';

export interface ExtractionRequest {
  batch: number;
  index: number;
  paragraphs: string[];
}

export type ExtractionReply = { batch: number; index: number } & ({ extraction: Extraction } | { error: unknown });

/** Slots of the shared counters: replies sent so far, the batch whose requests are still wanted, and 1 once the worker has ended. */
export const REPLIES = 0;
export const CURRENT_BATCH = 1;
export const STOPPED = 2;

export class ExtractionWorker {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  private batch = 0;
  private readonly replies = new Map<number, ExtractionReply>();
  /** Requests of this batch not yet replied to. */
  private outstanding = 0;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(new URL('./extraction-worker-thread.js', import.meta.url), {
      workerData: { port: port2, signal: this.signal },
      transferList: [port2],
    });
    // An idle worker must not keep the process alive; Library.close ends it.
    this.worker.unref();
  }

  /** Starts a batch: its requests are numbered afresh, and replies to earlier ones are ignored. */
  begin(): void {
    this.stop();
    Atomics.store(this.signal, CURRENT_BATCH, ++this.batch);
  }

  /** Queues one article of this batch; the worker extracts requests in the order they come. */
  submit(index: number, paragraphs: string[]): void {
    const request: ExtractionRequest = { batch: this.batch, index, paragraphs };
    this.port.postMessage(request);
    this.outstanding++;
  }

  /** The extraction of a submitted article, waiting for it if need be; one that threw throws again here. */
  take(index: number): Extraction {
    let reply = this.replies.get(index);
    while (reply === undefined) {
      if (this.outstanding === 0) throw new Error(`article ${index} was never submitted for extraction`);
      const received = this.receive();
      if (received.batch !== this.batch) continue;
      this.outstanding--;
      this.replies.set(received.index, received);
      reply = this.replies.get(index);
    }
    this.replies.delete(index);
    if ('error' in reply) throw reply.error;
    return reply.extraction;
  }

  /** Ends the batch: the worker skips its requests not started yet. */
  stop(): void {
    Atomics.store(this.signal, CURRENT_BATCH, 0);
    this.replies.clear();
    this.outstanding = 0;
  }

  close(): void {
    void this.worker.terminate();
  }

  private receive(): ExtractionReply {
    for (;;) {
      // Read the counter before looking, so a reply that lands in between ends the wait at once.
      const seen = Atomics.load(this.signal, REPLIES);
      const message = receiveMessageOnPort(this.port);
      if (message) return message.message as ExtractionReply;
      // The worker's own exit events cannot reach a thread that is blocked waiting, so it says so here.
      if (Atomics.load(this.signal, STOPPED) === 1) throw new Error('the extraction worker thread stopped');
      Atomics.wait(this.signal, REPLIES, seen);
    }
  }
}
