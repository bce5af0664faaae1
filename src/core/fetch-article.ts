import type { ArticleMeta } from '../ingest/types.ts';

export interface FetchedArticle {
  name: string;
  bytes: Uint8Array;
  meta: Partial<ArticleMeta>;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 };

const EXTENSION_BY_TYPE: Record<string, string> = {
  'text/html': '.html',
  'application/xhtml+xml': '.html',
  'text/plain': '.txt',
  'text/markdown': '.md',
  'application/json': '.json',
  'application/x-ndjson': '.jsonl',
};

/**
 * Downloads one article page for /ingest, with a deadline and a size cap so a slow or huge page
 * cannot hold the bot. The file name is derived from the URL, so ingesting the same URL again
 * updates that article instead of adding a copy.
 */
export async function fetchArticle(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedArticle | { failure: { file: string; reason: string } }> {
  const fail = (reason: string) => ({ failure: { file: url, reason } });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail('not a valid URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return fail('only http and https URLs can be ingested');
  try {
    const response = await fetch(parsed, { signal: AbortSignal.timeout(limits.timeoutMs), redirect: 'follow' });
    if (!response.ok) return fail(`the server answered ${response.status} ${response.statusText}`.trim());
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > limits.maxBytes) return fail(`page is larger than ${limits.maxBytes} bytes`);
    const bytes = await readCapped(response, limits.maxBytes);
    if (!bytes) return fail(`page is larger than ${limits.maxBytes} bytes`);
    const type = (response.headers.get('content-type') ?? 'text/html').split(';')[0]!.trim().toLowerCase();
    const extension = EXTENSION_BY_TYPE[type];
    if (!extension) return fail(`unsupported content type ${type}`);
    return { name: nameFor(parsed, extension), bytes, meta: { url: parsed.href } };
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${limits.timeoutMs / 1000} s` : `could not fetch: ${(error as Error).message}`;
    return fail(reason);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function nameFor(url: URL, extension: string): string {
  const base = `${url.hostname}${url.pathname}`.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/_+$/, '');
  return base.toLowerCase().endsWith(extension) ? base : `${base}${extension}`;
}
