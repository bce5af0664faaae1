// Plain text: one paragraph per non-empty line, as scraped articles are usually saved, unless the
// text is hard-wrapped (as wire copy and e-mailed articles are), where a blank line ends a paragraph.

/** Hard-wrapped text: no line passes a fixed width, and most lines that end a block early come close to it. */
const WRAP_WIDTH = 100;
const NEAR_WIDTH = 55;
const WRAPPED_SHARE = 0.6;

export function plainTextParagraphs(text: string): string[] {
  const blocks = text.split(/\n[ \t]*\n/).map((b) => b.split('\n').filter((l) => l.trim() !== '')).filter((b) => b.length > 0);
  if (isHardWrapped(blocks)) return blocks.map((lines) => lines.map((l) => l.trim()).join(' '));
  return blocks.flatMap((lines) => joinBrokenLines(lines));
}

function isHardWrapped(blocks: string[][]): boolean {
  if (blocks.flat().some((l) => l.length > WRAP_WIDTH)) return false;
  // A block's last line is as short as its paragraph's end; the lines before it show the wrapping.
  const inner = blocks.flatMap((b) => b.slice(0, -1));
  if (inner.length < 2) return false;
  return inner.filter((l) => l.trimEnd().length >= NEAR_WIDTH).length / inner.length >= WRAPPED_SHARE;
}

/** A line that stops mid-sentence and a next line that starts in lower case are one paragraph. */
function joinBrokenLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length - 1;
    if (last >= 0 && /[\p{L}\d,;]$/u.test(out[last]!.trimEnd()) && /^\s*\p{Ll}/u.test(line)) {
      out[last] = `${out[last]!.trimEnd()} ${line.trim()}`;
    } else {
      out.push(line);
    }
  }
  return out;
}
