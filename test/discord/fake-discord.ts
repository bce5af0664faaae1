import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { botMessage } from './payloads.ts';

export interface DiscordCall {
  method: string;
  /** Path below /api/v10, e.g. "/interactions/1/tok/callback" or "/webhooks/1/tok/messages/@original". */
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown> | unknown[] | null;
}

/** A file the fake serves: an article page for /ingest <url> or an attachment on Discord's CDN. */
export interface ServedFile {
  type: string;
  body: string | Uint8Array;
  delayMs?: number;
}

/**
 * A stand-in for Discord's REST API on 127.0.0.1 that answers as Discord does and records every
 * call, so a test sees exactly what the bot sent. It also serves files under /files/.
 */
export class FakeDiscord {
  readonly calls: DiscordCall[] = [];
  readonly files = new Map<string, ServedFile>();
  readonly fileRequests: string[] = [];
  private listeners: (() => void)[] = [];
  private nextMessageId = 9000;

  private constructor(
    readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeDiscord> {
    let fake: FakeDiscord | undefined;
    const server = createServer((req, res) => {
      void fake!.handle(req).then(({ status, type, body, delayMs }) => {
        const send = () => res.writeHead(status, type ? { 'content-type': type } : {}).end(body);
        if (delayMs) setTimeout(send, delayMs);
        else send();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake = new FakeDiscord(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return fake;
  }

  /** What DISCORD_API_URL is set to. */
  get apiUrl(): string {
    return `${this.url}/api`;
  }

  fileUrl(name: string): string {
    return `${this.url}/files/${name}`;
  }

  callsFor(token: string): DiscordCall[] {
    return this.calls.filter((c) => c.path.includes(`/${token}/`) || c.path.endsWith(`/${token}`));
  }

  /** Waits until `count` calls carry this interaction token, and returns them. */
  waitForCalls(token: string, count: number, timeoutMs = 5000): Promise<DiscordCall[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const calls = this.callsFor(token);
        if (calls.length < count) return false;
        resolve(calls);
        return true;
      };
      if (check()) return;
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`expected ${count} Discord calls for ${token}, got ${JSON.stringify(this.callsFor(token), null, 1)}`));
      }, timeoutMs);
      const listener = () => {
        if (check()) {
          clearTimeout(timer);
          this.listeners = this.listeners.filter((l) => l !== listener);
        }
      };
      this.listeners.push(listener);
    });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; type?: string; body?: string | Uint8Array; delayMs?: number }> {
    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname.startsWith('/files/')) {
      const name = decodeURIComponent(url.pathname.slice('/files/'.length));
      this.fileRequests.push(name);
      const file = this.files.get(name);
      return file ? { status: 200, type: file.type, body: file.body, ...(file.delayMs && { delayMs: file.delayMs }) } : { status: 404 };
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const body = raw ? (JSON.parse(raw) as DiscordCall['body']) : null;
    this.calls.push({ method: req.method ?? 'GET', path, headers: req.headers, body });
    for (const listener of [...this.listeners]) listener();
    if (path === '/gateway/bot') {
      // max_concurrency 16: shards may identify together, so no test waits out Discord's 5 s spacing.
      const limit = { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 };
      return json({ url: this.url.replace(/^http/, 'ws'), shards: 1, session_start_limit: limit });
    }
    if (path.endsWith('/callback') || req.method === 'DELETE') return { status: 204 };
    if (req.method === 'PUT' && Array.isArray(body)) {
      const commands = body.map((command, i) => ({ id: String(500 + i), application_id: '1', version: '1', ...(command as object) }));
      return json(commands);
    }
    // Webhook message create/edit: Discord answers with the message.
    return json(this.message(body as Record<string, unknown> | null));
  }

  private message(body: Record<string, unknown> | null): Record<string, unknown> {
    return botMessage({ id: String(this.nextMessageId++), ...body });
  }
}

function json(value: unknown) {
  return { status: 200, type: 'application/json', body: JSON.stringify(value) };
}
