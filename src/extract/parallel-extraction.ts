// Extraction on a second thread, so that a large ingest extracts the next articles while the main
// thread reads, writes and indexes the ones around them. The main side stays synchronous, because
// an ingest is one SQLite transaction and cannot await: it sleeps in Atomics.wait until the worker
// bumps the reply counter, and reads replies with receiveMessageOnPort.
//
// Either thread may extract a submitted article: each request has a claim slot in shared memory,
// and whichever thread claims it first extracts it. The worker claims requests in the order they
// come; the main thread, when it needs an article nobody has started, claims and extracts it
// itself instead of waiting. So whichever thread is ahead does the next article, and neither idles
// while there is an article to extract.

import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { extractArticle } from './extract-article.ts';
import type { Extraction } from './types.ts';

export interface ExtractionRequest {
  batch: number;
  index: number;
  /** Numbers every request of this worker; its claim slot is `ticket % CLAIM_RING` (see claim). */
  ticket: number;
  paragraphs: string[];
}

export type ExtractionReply = { batch: number; index: number } & ({ extraction: Extraction } | { error: unknown });

/** Slots of the shared counters: replies sent so far, the batch whose requests are still wanted, and 1 once the worker has ended. */
export const REPLIES = 0;
export const CURRENT_BATCH = 1;
export const STOPPED = 2;

/**
 * Claim slots in a ring: more than the requests that can be waiting at once (an ingest reads 32
 * articles ahead). A slot holds 2 × ticket while the request waits and 2 × ticket + 1 once claimed,
 * so a claim on a request whose slot has since been reused fails.
 */
export const CLAIM_RING = 256;

/** Claims the request for the calling thread; true for exactly one of the two threads. */
export function claim(claims: Int32Array, ticket: number): boolean {
  const waiting = 2 * ticket;
  return Atomics.compareExchange(claims, ticket % CLAIM_RING, waiting, waiting + 1) === waiting;
}

interface Submitted {
  ticket: number;
  paragraphs: string[];
}

export class ExtractionWorker {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  private readonly claims = new Int32Array(new SharedArrayBuffer(CLAIM_RING * Int32Array.BYTES_PER_ELEMENT));
  private batch = 0;
  private tickets = 0;
  private readonly submitted = new Map<number, Submitted>();
  private readonly replies = new Map<number, ExtractionReply>();

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(new URL('./extraction-worker-thread.js', import.meta.url), {
      workerData: { port: port2, signal: this.signal, claims: this.claims },
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

  /** Queues one article of this batch; the worker takes requests in the order they come. */
  submit(index: number, paragraphs: string[]): void {
    // Tickets stay below 2^30 so that 2 × ticket + 1 fits a slot; wrapping around is safe once the ring has turned.
    const ticket = (this.tickets = (this.tickets + 1) % 2 ** 30);
    Atomics.store(this.claims, ticket % CLAIM_RING, 2 * ticket);
    this.submitted.set(index, { ticket, paragraphs });
    const request: ExtractionRequest = { batch: this.batch, index, ticket, paragraphs };
    this.port.postMessage(request);
  }

  /**
   * The extraction of a submitted article: extracted here if the worker has not started it, else
   * the worker's. While the worker is still on it, this thread extracts the next article nobody has
   * started rather than wait. One that threw throws again here.
   */
  take(index: number): Extraction {
    if (!this.submitted.has(index) && !this.replies.has(index)) throw new Error(`article ${index} was never submitted for extraction`);
    for (;;) {
      const reply = this.replies.get(index);
      if (reply !== undefined) {
        this.replies.delete(index);
        if ('error' in reply) throw reply.error;
        return reply.extraction;
      }
      const request = this.submitted.get(index);
      if (request && claim(this.claims, request.ticket)) {
        this.submitted.delete(index);
        return extractArticle(request.paragraphs);
      }
      // Replies that have come are taken first, so this thread goes back to writing as soon as it can.
      if (this.keepArrivedReplies() || this.helpWithNext()) continue;
      this.receiveReply();
    }
  }

  /** Keeps the replies already sent to this thread, without waiting; true when there were any. */
  private keepArrivedReplies(): boolean {
    let any = false;
    for (let message = receiveMessageOnPort(this.port); message; message = receiveMessageOnPort(this.port)) {
      any = this.keep(message.message as ExtractionReply) || any;
    }
    return any;
  }

  private keep(reply: ExtractionReply): boolean {
    if (reply.batch !== this.batch) return false;
    this.submitted.delete(reply.index);
    this.replies.set(reply.index, reply);
    return true;
  }

  /** Extracts the first submitted article neither thread has started, keeping the result; false when there is none. */
  private helpWithNext(): boolean {
    for (const [index, request] of this.submitted) {
      if (!claim(this.claims, request.ticket)) continue;
      this.submitted.delete(index);
      try {
        this.replies.set(index, { batch: this.batch, index, extraction: extractArticle(request.paragraphs) });
      } catch (error) {
        this.replies.set(index, { batch: this.batch, index, error });
      }
      return true;
    }
    return false;
  }

  /** Waits for the worker's next reply to this batch and keeps it. */
  private receiveReply(): void {
    while (!this.keep(this.receive()));
  }

  /** Ends the batch: the worker skips its requests not started yet. */
  stop(): void {
    Atomics.store(this.signal, CURRENT_BATCH, 0);
    this.submitted.clear();
    this.replies.clear();
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
