import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cutText, escapeArticleText, fitTransformed } from '../../src/render/discord-text.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('cutText', () => {
  test('keeps text that fits', () => {
    expect(cutText('DeepSeek is fast.', 17)).toBe('DeepSeek is fast.');
  });

  test('prefers the end of a sentence', () => {
    const text = 'DeepSeek trained V3 for $5.6 million. Rivals spent far more on theirs, analysts said.';
    expect(cutText(text, 60)).toBe('DeepSeek trained V3 for $5.6 million. …');
  });

  test('else the end of a word', () => {
    expect(cutText('Nvidia shares fell sharply on Monday morning', 30)).toBe('Nvidia shares fell sharply on…');
  });

  test('a hard cut never splits an emoji’s surrogate pair', () => {
    const text = '😀'.repeat(20);
    const cut = cutText(text, 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(cut).not.toMatch(LONE_SURROGATE);
  });

  test('property: within the limit, a prefix of the text, and never a lone surrogate', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (raw, max) => {
        const text = raw.replace(LONE_SURROGATE, 'x');
        fc.pre(!LONE_SURROGATE.test(text));
        const cut = cutText(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut).not.toMatch(LONE_SURROGATE);
        const kept = cut.replace(/ ?…$/, '');
        expect(text.startsWith(kept)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('escapeArticleText', () => {
  test('markdown in article text is shown literally', () => {
    expect(escapeArticleText('**bold** _x_ [link](http://e.com) `code` ||spoiler||')).toBe(
      '\\*\\*bold\\*\\* \\_x\\_ \\[link](http://e.com) \\`code\\` \\|\\|spoiler\\|\\|',
    );
    expect(escapeArticleText('# Heading')).toBe('\\# Heading');
  });

  test('mass, role and user mentions are broken so they can never ping', () => {
    const shown = escapeArticleText('@everyone @here <@&123> <@456> <@!789> mail me@example.com');
    expect(shown).not.toMatch(/@(everyone|here)|<@[!&]?\d/);
    expect(shown.replace(/\u200D/g, '')).toBe('@everyone @here <@&123> <@456> <@!789> mail me@example.com');
  });

  test('fitTransformed keeps escaped text within the limit without a dangling backslash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (text, max) => {
        const shown = fitTransformed(text, max, escapeArticleText);
        expect(shown.length).toBeLessThanOrEqual(max);
        expect(shown).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
      }),
      { numRuns: 500 },
    );
  });
});
