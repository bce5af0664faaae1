// Word and punctuation tokens with offsets, the unit the name and attribution rules look at.

export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

// Linear: every repetition must consume a separator and then at least one letter or digit.
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    const start = from + m.index;
    tokens.push({ text: m[0], start, end: start + m[0].length, word: /^[\p{L}\p{N}]/u.test(m[0]) });
  }
  return tokens;
}

export function isCapitalised(token: Token): boolean {
  return token.word && /^\p{Lu}/u.test(token.text);
}

/** "Musk's" → "Musk"; other words unchanged. */
export function stripPossessive(word: string): string {
  return /['’]s$/i.test(word) ? word.slice(0, -2) : word;
}

export function isPossessive(word: string): boolean {
  return /['’]s$/i.test(word);
}

export function lower(token: Token | undefined): string {
  return token ? stripPossessive(token.text).toLowerCase() : '';
}

/** Only spaces (no line break, no punctuation) lie between two tokens. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '\u00a0';
}

/** Index of the first token starting at or after `offset`. */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
