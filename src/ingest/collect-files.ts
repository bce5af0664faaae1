// Expands the paths given to ingest into the article files to read, reporting what it cannot use.

import { accessSync, constants, lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, join } from 'node:path';
import type { ParseFailure } from './types.ts';
import { DEFAULT_MAX_BYTES, extensionOf, tooLargeReason, unsupportedTypeReason } from './file-types.ts';
import { METADATA_FILE } from './metadata-file.ts';
import { describeFsError } from './read-file-bounded.ts';

export interface CollectOptions {
  /** Files above this many bytes are refused without being read; default 10 MB. */
  maxBytes?: number;
}

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'named pipe';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  return 'special file';
}

/**
 * Folders are walked depth-first in sorted order, following symbolic links; a folder reached again
 * through a link to one of its ancestors is a loop, reported once. Dotfiles and the metadata file
 * are not articles and are skipped silently; every other file that cannot be used is reported.
 */
export function collectFiles(paths: string[], opts: CollectOptions = {}): { files: string[]; failures: ParseFailure[] } {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const files: string[] = [];
  const failures: ParseFailure[] = [];
  const seenFiles = new Set<string>();
  const walkedFolders = new Set<string>();
  const reportedLoops = new Set<string>();
  const fail = (file: string, reason: string) => failures.push({ file, reason });

  const statOrReport = (path: string): Stats | null => {
    try {
      return statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      let dangling = false;
      try {
        dangling = code === 'ENOENT' && lstatSync(path).isSymbolicLink();
      } catch {
        // The path itself is missing; the stat error says so.
      }
      fail(path, dangling ? 'broken symbolic link (its target does not exist)' : describeFsError(error));
      return null;
    }
  };

  const addFile = (path: string, stat: Stats) => {
    if (basename(path) === METADATA_FILE) return;
    if (extensionOf(path) === null) return fail(path, unsupportedTypeReason(path));
    if (stat.size > maxBytes) return fail(path, tooLargeReason(stat.size, maxBytes));
    try {
      accessSync(path, constants.R_OK);
      const real = realpathSync(path);
      if (seenFiles.has(real)) return;
      seenFiles.add(real);
      files.push(path);
    } catch (error) {
      fail(path, `cannot read file (${describeFsError(error)})`);
    }
  };

  const walk = (folder: string, ancestors: Set<string>) => {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(folder);
    } catch (error) {
      return fail(folder, describeFsError(error));
    }
    if (ancestors.has(real)) {
      if (!reportedLoops.has(real)) fail(folder, `symbolic link loop (leads back to ${real})`);
      reportedLoops.add(real);
      return;
    }
    if (walkedFolders.has(real)) return;
    walkedFolders.add(real);
    try {
      names = readdirSync(folder).sort();
    } catch (error) {
      return fail(folder, `cannot read folder (${describeFsError(error)})`);
    }
    ancestors.add(real);
    for (const name of names) {
      if (name.startsWith('.')) continue;
      visit(join(folder, name), ancestors);
    }
    ancestors.delete(real);
  };

  const visit = (path: string, ancestors: Set<string>) => {
    const stat = statOrReport(path);
    if (stat === null) return;
    if (stat.isDirectory()) walk(path, ancestors);
    else if (stat.isFile()) addFile(path, stat);
    else fail(path, `not a regular file (${kindOf(stat)})`);
  };

  for (const path of paths) visit(path, new Set());
  return { files, failures };
}
