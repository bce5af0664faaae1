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
  const fetched = await fetchBytes(parsed, limits, 'the server');
  if ('reason' in fetched) return fail(fetched.reason);
  const type = (fetched.contentType ?? 'text/html').split(';')[0]!.trim().toLowerCase();
  const extension = EXTENSION_BY_TYPE[type];
  if (!extension) return fail(`unsupported content type ${type}`);
  return { name: nameFor(parsed, extension), bytes: fetched.bytes, meta: { url: parsed.href } };
}

/**
 * GETs a URL within the limits: refused on a declared size over the cap, stopped at the cap or the
 * deadline. `who` names the far side in the reasons ("the server", "Discord").
 */
export async function fetchBytes(url: URL | string, limits: FetchLimits, who: string): Promise<{ bytes: Uint8Array; contentType: string | null } | { reason: string }> {
  const tooLarge = { reason: `larger than ${limits.maxBytes} bytes` };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(limits.timeoutMs), redirect: 'follow' });
    if (!response.ok) return { reason: `${who} answered ${response.status} ${response.statusText}`.trim() };
    if (Number(response.headers.get('content-length') ?? 0) > limits.maxBytes) return tooLarge;
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of response.body ?? []) {
      total += chunk.byteLength;
      if (total > limits.maxBytes) return tooLarge;
      chunks.push(chunk);
    }
    return { bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type') };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return { reason: timedOut ? `no answer within ${limits.timeoutMs / 1000} s` : `could not fetch: ${(error as Error).message}` };
  }
}

function nameFor(url: URL, extension: string): string {
  const base = `${url.hostname}${url.pathname}`.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/_+$/, '');
  return base.toLowerCase().endsWith(extension) ? base : `${base}${extension}`;
}
