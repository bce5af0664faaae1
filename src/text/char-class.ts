// Character tests for the tokenizers of search and extraction, which scan text a character at a
// time: a regex with Unicode classes per token cost most of their time.

/** 2 for a surrogate pair starting at i and ending before `to`, else 1: the code units of one code point. */
export function unitsAt(text: string, i: number, to = text.length): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/**
 * A test of the code point at i (of `units` code units) against a regex matching one character.
 * ASCII, nearly all text, is answered from a table read off the regex itself, so the fast path
 * cannot disagree with it.
 */
export function charClass(re: RegExp): (text: string, i: number, units: number) => boolean {
  const ascii = Uint8Array.from({ length: 128 }, (_, c) => Number(re.test(String.fromCharCode(c))));
  return (text, i, units) => {
    const c = text.charCodeAt(i);
    return c < 0x80 ? ascii[c] === 1 : re.test(text.slice(i, i + units));
  };
}
