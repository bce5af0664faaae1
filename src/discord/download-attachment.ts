import { fetchBytes, type FetchLimits } from '../core/fetch-article.ts';
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
  const fetched = await fetchBytes(attachment.url, limits, 'Discord');
  return 'reason' in fetched ? fail(fetched.reason) : { name: attachment.name, bytes: fetched.bytes };
}
