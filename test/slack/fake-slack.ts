import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  /** "chat.postMessage", "reactions.add", … for Web API calls; "respond/<name>" for response URLs. */
  method: string;
  body: Record<string, unknown>;
}

/**
 * A local stand-in for Slack on 127.0.0.1: answers the Web API the way Slack does and records every
 * call (Web API and response_url), so a test sees exactly what the bot sent. It can also serve
 * article pages for /ingest and answer one call with a 429.
 */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly admins = new Set<string>();
  readonly pages = new Map<string, { type: string; body: string }>();
  readonly pageRequests: string[] = [];
  /** What apps.connections.open hands a Socket Mode client. */
  socketUrl = '';
  private readonly rateLimited = new Set<string>();
  private listeners: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeSlack> {
    let fake: FakeSlack | undefined;
    const server = createServer((req, res) => {
      void fake!.handle(req).then(({ status, headers, body }) => res.writeHead(status, headers).end(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake = new FakeSlack(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return fake;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(name: string): string {
    return `${this.url}/respond/${name}`;
  }

  /** The next call to `method` gets a 429 with Retry-After: 0, as Slack answers a burst. */
  rateLimitNext(method: string): void {
    this.rateLimited.add(method);
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** The first recorded call that matches, waiting for it to arrive. */
  waitFor(match: (call: SlackCall) => boolean, what: string, timeoutMs = 5000): Promise<SlackCall> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.calls.find(match);
        if (!found) return false;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(found);
        return true;
      };
      const listener = () => void check();
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`no ${what} arrived; calls so far: ${this.calls.map((c) => c.method).join(', ')}`));
      }, timeoutMs);
      if (!check()) this.listeners.push(listener);
    });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; headers: Record<string, string>; body: string }> {
    const path = (req.url ?? '/').split('?')[0]!;
    const raw = await readBody(req);
    if (req.method === 'GET') {
      this.pageRequests.push(path);
      const page = this.pages.get(path);
      return page ? { status: 200, headers: { 'content-type': page.type }, body: page.body } : { status: 404, headers: {}, body: 'not found' };
    }
    const method = path.startsWith('/api/') ? path.slice('/api/'.length) : path.slice(1);
    if (this.rateLimited.delete(method)) {
      return { status: 429, headers: { 'retry-after': '0', 'content-type': 'application/json' }, body: JSON.stringify({ ok: false, error: 'ratelimited' }) };
    }
    const body = parseBody(raw, req.headers['content-type'] ?? '');
    this.calls.push({ method, body });
    for (const listener of [...this.listeners]) listener();
    if (!path.startsWith('/api/')) return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' };
    return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(this.apiAnswer(method, body)) };
  }

  private apiAnswer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0TEAM', user: 'ainews', team: 'Test' };
      case 'users.info': {
        const id = String(body.user);
        return { ok: true, user: { id, is_admin: this.admins.has(id), is_owner: false } };
      }
      case 'apps.connections.open':
        return { ok: true, url: this.socketUrl };
      case 'chat.postMessage':
        return { ok: true, channel: body.channel, ts: `${Date.now() / 1000}` };
      default:
        return { ok: true };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The WebClient posts form fields with nested values as JSON strings; response URLs get JSON. */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return body;
}
