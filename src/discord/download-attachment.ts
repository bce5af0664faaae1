import type { FetchLimits } from '../core/fetch-article.ts';
import { extensionOf, tooLargeReason, unsupportedTypeReason } from '../ingest/file-types.ts';
import type { AttachmentRef } from './interaction-request.ts';

export type Downloaded = { name: string; bytes: Uint8Array } | { failure: { file: string; reason: string } };

/**
 * Downloads a file attached to /ingest, refusing by name and declared size before any byte is read,
 * and stopping at the size cap or the deadline, so an attachment cannot hold the bot.
 */
export async function downloadAttachment(attachment: AttachmentRef, limits: FetchLimits): Promise<Downloaded> {
  const fail = (reason: string) => ({ failure: { file: attachment.name, reason } });
  if (!extensionOf(attachment.name)) return fail(unsupportedTypeReason(attachment.name));
  if (attachment.size > limits.maxBytes) return fail(tooLargeReason(attachment.size, limits.maxBytes));
  try {
    const response = await fetch(attachment.url, { signal: AbortSignal.timeout(limits.timeoutMs) });
    if (!response.ok) return fail(`Discord answered ${response.status} when downloading it`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of response.body ?? []) {
      total += chunk.byteLength;
      if (total > limits.maxBytes) return fail(tooLargeReason(total, limits.maxBytes));
      chunks.push(chunk);
    }
    return { name: attachment.name, bytes: Buffer.concat(chunks) };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return fail(timedOut ? `not downloaded within ${limits.timeoutMs / 1000} s` : `could not download: ${(error as Error).message}`);
  }
}
