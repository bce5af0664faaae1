// Reads a file only if it is a regular file within the size limit, checked on the open handle.

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { tooLargeReason } from './file-types.ts';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** Short, human reasons for the file-system errors a person can act on. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file or folder';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENOTDIR':
      return 'not a folder';
    case 'EISDIR':
      return 'is a folder';
    case 'EIO':
      return 'input/output error';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function readFileBounded(path: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    // O_NONBLOCK so that a FIFO swapped in after the folder walk cannot hang the ingest.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: `cannot read file (${describeFsError(error)})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxBytes) return { ok: false, reason: tooLargeReason(stat.size, maxBytes) };
    // One byte of headroom shows a file that grew past the limit after it was checked.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) return { ok: false, reason: tooLargeReason(length, maxBytes) };
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) return { ok: false, reason: tooLargeReason(length, maxBytes) };
    }
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } catch (error) {
    return { ok: false, reason: `cannot read file (${describeFsError(error)})` };
  } finally {
    closeSync(fd);
  }
}
