// Generators of hostile article text for the extraction property test: the shapes that make
// backtracking regexes and quadratic scans blow up, repeated up to a total of 100 kB.

import fc from 'fast-check';

export const MAX_ARTICLE_CHARS = 100_000;

const QUOTE_MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '「', '」'];

const name = fc
  .tuple(fc.constantFrom('A', 'B', 'Mc', 'O’', 'De', 'Van', 'Ü', 'Ж'), fc.stringMatching(/^[a-z]{1,8}$/))
  .map(([head, tail]) => head + tail);

/** One piece of a paragraph; a paragraph repeats and mixes these. */
const piece = fc.oneof(
  fc.constantFrom(...QUOTE_MARKS),
  name,
  fc.array(name, { minLength: 2, maxLength: 6 }).map((names) => names.join(' ')),
  fc.constantFrom(' said ', ' told reporters ', ', said ', ' wrote on X: ', ' he said.', ', the CEO of ', ' according to ', ' stated', ': '),
  fc.constantFrom('.', '!', '?', '…', ',', ';', ':', '—', '-', '(', ')', '[', ']', '*', '_', '`', '#', '@', '/', '\\'),
  fc.constantFrom('U.S.', 'Dr.', 'Inc.', 'No.', 'e.g.', 'a.m.', 'St.', 'Mr.'),
  fc.constantFrom('$5.6 million', '2,000 H800 chips', '90%', '€1.2bn', 'two months', '10,000,000,000', '3.14159'),
  fc.constantFrom('😀', '深度求索', 'ديب سيك', 'Сэм', '\t', '  ', 'e\u0301'),
  fc.string({ maxLength: 20 }),
  fc.stringMatching(/^[a-z ]{1,40}$/),
);

/** A piece repeated many times: thousands of capitalised words, long runs of punctuation or quotes. */
const run = fc.tuple(piece, fc.integer({ min: 1, max: 3_000 })).map(([p, times]) => p.repeat(times));

const nestedQuotes = fc
  .tuple(fc.integer({ min: 1, max: 500 }), fc.constantFrom(['“', '”'], ['‘', '’'], ['"', '"'], ["'", "'"]), fc.boolean())
  .map(([depth, [open, close], balanced]) => `${open}Ann Lee said ${'a'}`.repeat(depth) + (balanced ? `${close} he said`.repeat(depth) : ''));

const paragraph = fc.array(fc.oneof({ arbitrary: piece, weight: 4 }, { arbitrary: run, weight: 2 }, { arbitrary: nestedQuotes, weight: 1 }), {
  minLength: 1,
  maxLength: 60,
}).map((parts) => parts.join(''));

/** An article: up to 40 non-empty paragraphs, cut to MAX_ARTICLE_CHARS in total. */
export const adversarialArticle = fc.array(paragraph, { minLength: 1, maxLength: 40 }).map((paragraphs) => {
  const kept: string[] = [];
  let room = MAX_ARTICLE_CHARS;
  for (const p of paragraphs) {
    if (room <= 0) break;
    const text = p.slice(0, room);
    if (text.length > 0) kept.push(text);
    room -= text.length;
  }
  return kept;
});
