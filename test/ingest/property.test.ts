import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/ingest/parse-article-file.ts';

const EXTENSIONS = ['txt', 'md', 'html', 'json', 'jsonl'];
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/;
// Pieces that exercise the parsers' edges: markup, controls, quotes, boilerplate, dates.
const PIECES = [
  '<p>', '</p>', '<div>', '<script>', '</script>', '<!--', '-->', '![', '](', '[', ']', '(', ')', '**', '_', '`',
  '---\n', '# ', '\n', '\n\n', '\r\n', ' ', '\u00a0', '\u202e', '\u200b', '\ufeff', 'e\u0301', '“', '”', '’', '"',
  'Skip to main content', 'Leave a Reply', 'By Jane Smith', 'January 22, 2025', '© 2025 X', '{"text":"a"}',
  'Sam Altman said', 'word', '.',
];
const hostileText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 200 }).map((a) => a.join(''));

describe('parseArticleFile on arbitrary input', () => {
  it('never throws on arbitrary bytes, and accounts for the file as articles or failures', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(...EXTENSIONS), (bytes, ext) => {
        const out = parseArticleFile(`f.${ext}`, bytes);
        expect(out.articles.length + out.failures.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('yields paragraphs that are trimmed, single-spaced, NFC and free of invisible controls', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom(...EXTENSIONS), (text, ext) => {
        const out = parseArticleFile(`f.${ext}`, new TextEncoder().encode(text));
        for (const article of out.articles) {
          expect(article.paragraphs.length).toBeGreaterThan(0);
          for (const p of article.paragraphs) {
            expect(p).not.toBe('');
            expect(p).toBe(p.trim());
            expect(p).not.toMatch(/\s\s|\n/);
            expect(p).not.toMatch(INVISIBLE);
            expect(p).toBe(p.normalize('NFC'));
          }
          for (const value of Object.values(article.meta)) if (value !== null) expect(value).not.toMatch(INVISIBLE);
        }
      }),
      { numRuns: 500 },
    );
  });
});
