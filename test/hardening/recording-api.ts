// One local server on 127.0.0.1 standing in for Slack's Web API, Slack's response URLs, Discord's
// REST API and a news site, recording everything the bot sends it except the Authorization header
// and its form-field twin on Slack's API (the places a token belongs), so a test can search it all
// for secrets.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  /** Every header but Authorization. */
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export const ARTICLE_PAGE =
  '<html><head><title>Chips and costs</title></head><body><article><h1>Chips and costs</h1>' +
  '<p>“Training runs keep getting cheaper,” said Ada Park, an analyst at Example Research.</p></article></body></html>';

/**
 * Slack's WebClient sends a token passed to one call (Bolt's auth.test at start) both as the
 * Authorization header and as the form field `token`, to Slack's API only: the same credential in
 * the place Slack's API also reads it. Anywhere else a token in a body is a leak.
 */
function withoutSlackAuthField(url: string, body: string): string {
  if (!url.startsWith('/slack/api/')) return body;
  const form = new URLSearchParams(body);
  if (!form.has('token')) return body;
  form.delete('token');
  return form.toString();
}

export class RecordingApi {
  readonly requests: RecordedRequest[] = [];
  /** How many more chat.postMessage calls get Slack's invalid_auth error, to exercise the error path. */
  failPosts = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<RecordingApi> {
    let api: RecordingApi | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const { authorization: _auth, ...headers } = req.headers;
        const url = req.url ?? '';
        const recorded = { method: req.method ?? '', url, headers, body: withoutSlackAuthField(url, Buffer.concat(chunks).toString('utf8')) };
        api!.requests.push(recorded);
        const { status, type, body } = api!.answer(recorded);
        res.writeHead(status, { 'content-type': type }).end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = new RecordingApi(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return api;
  }

  /** What the bot sent and would show to people: request lines, headers and bodies. */
  everythingSent(): string {
    return JSON.stringify(this.requests);
  }

  async waitFor(match: (request: RecordedRequest) => boolean, what: string, timeoutMs = 10_000): Promise<RecordedRequest> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.requests.find(match);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no ${what}; requests so far: ${this.requests.map((r) => `${r.method} ${r.url}`).join(', ')}`);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(request: RecordedRequest): { status: number; type: string; body: string } {
    const json = (body: unknown) => ({ status: 200, type: 'application/json', body: JSON.stringify(body) });
    const path = request.url.split('?')[0]!;
    if (path === '/news/article.html') return { status: 200, type: 'text/html; charset=utf-8', body: ARTICLE_PAGE };
    if (path.startsWith('/respond/')) return { status: 200, type: 'text/plain', body: 'ok' };
    if (path.startsWith('/discord/')) return json({ id: '990', channel_id: '200', content: '' });
    switch (path) {
      case '/slack/api/auth.test':
        return json({ ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0TEAM', user: 'ainews', team: 'Test' });
      case '/slack/api/users.info':
        return json({ ok: true, user: { id: 'U0ASKER', is_admin: false, is_owner: false } });
      case '/slack/api/chat.postMessage':
        if (this.failPosts > 0) {
          this.failPosts -= 1;
          return json({ ok: false, error: 'invalid_auth' });
        }
        return json({ ok: true, channel: 'C0NEWS', ts: `${Date.now() / 1000}` });
      default:
        return json({ ok: true });
    }
  }
}
