// Which files ingest reads, and how large they may be.

import { extname } from 'node:path';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl'] as const;
export type SupportedExtension = (typeof SUPPORTED_EXTENSIONS)[number];

/** Files above this are refused before they are read (10 MB). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function extensionOf(name: string): SupportedExtension | null {
  const ext = extname(name).toLowerCase();
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(ext) ? (ext as SupportedExtension) : null;
}

/** Why a file's type is refused, in words that tell the person what to do. */
export function unsupportedTypeReason(name: string): string {
  const ext = extname(name).toLowerCase();
  const list = `${SUPPORTED_EXTENSIONS.slice(0, -1).join(', ')} or ${SUPPORTED_EXTENSIONS.at(-1)}`;
  return `unsupported file type ${ext === '' ? '(no extension)' : ext}; use ${list}`;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

export function tooLargeReason(size: number, maxBytes: number): string {
  return `file too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})`;
}
