import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { renderDiscord, renderNotice } from '../../src/render/discord.ts';
import { decodePageId, encodePageId } from '../../src/render/discord-page-id.ts';
import type { Answer, Result } from '../../src/core/answer.ts';
import { expectWithinDiscordLimits } from './limits.ts';

function quote(text: string, speaker: string | null, extra: Partial<Result['source']> = {}): Result {
  return {
    kind: 'quote',
    text,
    excerpt: text,
    speaker,
    source: { id: '1', file: 'a.txt', title: 'A title', outlet: 'Wire', date: '2025-01-27', url: 'https://example.com/a', paragraph: 1, ...extra },
  };
}

function answer(results: Result[], extra: Partial<Answer> = {}): Answer {
  return { command: 'who-said', query: 'q', title: 'Who said “q”', results, ...extra };
}

describe('renderDiscord', () => {
  test('a quote is a block quote, its speaker bold, its source line with the link in angle brackets', () => {
    const message = renderDiscord(answer([quote('It is AI’s Sputnik moment.', 'Marc Andreessen')]));
    expect(message.embeds[0]!.description).toBe(
      '> It is AI’s Sputnik moment.\n— **Marc Andreessen** · Wire · “A title” · 2025-01-27 · <https://example.com/a>',
    );
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  test('a multi-line quote stays inside its block quote, headings and lists included', () => {
    const text = 'first line\n# not a heading\n- not a list\n> not nested';
    const description = renderDiscord(answer([quote(text, null)])).embeds[0]!.description!;
    const quoted = description.split('\n—')[0]!;
    for (const line of quoted.split('\n')) expect(line.startsWith('> ')).toBe(true);
    expect(description).toContain('> \\# not a heading');
    expect(description).toContain('— **Unnamed speaker**');
  });

  test('a URL that could break out of its angle brackets is left out', () => {
    const description = renderDiscord(answer([quote('x', 'Y', { url: 'https://e.com/a>b <@&1>' })])).embeds[0]!.description!;
    expect(description).not.toContain('e.com');
  });

  test('the comparison summary opens a /claim answer', () => {
    const summary = 'Sources differ: $5.57 million to $6 million (4 sources)';
    const comparison = { unit: 'USD', kind: 'money' as const, min: 5.57e6, max: 6e6, values: [], agree: false, summary };
    const message = renderDiscord(answer([{ ...quote('It cost $6 million.', null), kind: 'claim' }], { command: 'claim', comparison }));
    expect(message.embeds[0]!.description!.split('\n')[0]).toBe(`**${summary}**`);
  });

  test('an ingest report lists added and failed files as fields', () => {
    const report = { added: ['a.txt'], updated: [], unchanged: [], failed: [{ file: 'b.pdf', reason: 'unsupported file type .pdf' }] };
    const message = renderDiscord({ command: 'ingest', query: '', title: 'Ingest report', results: [], report, message: '1 added, 0 updated, 0 unchanged, 1 failed' });
    expect(message.embeds[0]!.fields).toEqual([
      { name: 'Added (1)', value: 'a.txt' },
      { name: 'Failed (1)', value: 'b.pdf: unsupported file type .pdf' },
    ]);
  });

  test('a long file list is cut at whole lines and says how many more there are', () => {
    const added = Array.from({ length: 200 }, (_, i) => `article-${String(i).padStart(3, '0')}.txt`);
    const message = renderDiscord({ command: 'ingest', query: '', title: 'Ingest report', results: [], report: { added, updated: [], unchanged: [], failed: [] } });
    const value = message.embeds[0]!.fields![0]!.value;
    expect(value).toMatch(/\narticle-\d{3}\.txt\n…and \d+ more$/);
    const shown = value.split('\n').length - 1;
    expect(value.endsWith(`…and ${200 - shown} more`)).toBe(true);
  });

  test('pages: five results a page, buttons that carry the page, and the last page has no "More"', () => {
    const results = Array.from({ length: 12 }, (_, i) => quote(`Quote number ${i}.`, 'Someone'));
    const first = renderDiscord(answer(results));
    expect(first.components[0]!.components).toMatchObject([{ label: 'More ▶', custom_id: 'page:1:who-said:q' }]);
    const last = renderDiscord(answer(results), 2);
    expect(last.embeds[0]!.footer!.text).toBe('Page 3 of 3 · results 11–12 of 12');
    expect(last.components[0]!.components).toMatchObject([{ label: '◀ Back', custom_id: 'page:1:who-said:q' }]);
    expect(renderDiscord(answer(results), 99).embeds[0]!.footer!.text).toMatch(/^Page 3 of 3/);
  });

  test('a query too long for a 100-character button id gets no buttons rather than a wrong page', () => {
    const results = Array.from({ length: 12 }, (_, i) => quote(`Quote ${i}.`, 'Someone'));
    const message = renderDiscord(answer(results, { query: 'word '.repeat(30) }));
    expect(message.components).toEqual([]);
    expect(message.embeds[0]!.footer!.text).toMatch(/^Page 1 of 3/);
  });

  test('a notice is private plain text within 2,000 characters', () => {
    const notice = renderNotice('x '.repeat(3000));
    expect(notice.flags).toBe(64);
    expect(notice.content!.length).toBeLessThanOrEqual(2000);
  });

  test('property: any answer, on any page, keeps every Discord limit', () => {
    const text = fc.string({ unit: 'binary', maxLength: 6000 });
    const result = fc.record({
      kind: fc.constantFrom('quote', 'claim', 'passage', 'article'),
      text,
      speaker: fc.option(fc.string({ unit: 'binary', maxLength: 400 })),
      title: fc.option(fc.string({ unit: 'binary', maxLength: 2000 })),
      outlet: fc.option(fc.string({ maxLength: 300 })),
      url: fc.option(fc.webUrl()),
    });
    const answers = fc.record({
      command: fc.constantFrom('who-said', 'claim', 'quotes', 'search', 'stats'),
      query: fc.string({ maxLength: 120 }),
      title: fc.string({ unit: 'binary', maxLength: 600 }),
      message: fc.option(fc.string({ unit: 'binary', maxLength: 5000 }), { nil: undefined }),
      results: fc.array(result, { maxLength: 30 }),
      facts: fc.option(fc.array(fc.record({ label: fc.string({ maxLength: 400 }), value: fc.string({ unit: 'binary', maxLength: 3000 }) }), { maxLength: 40 }), { nil: undefined }),
      failed: fc.array(fc.record({ file: fc.string({ maxLength: 300 }), reason: fc.string({ maxLength: 300 }) }), { maxLength: 60 }),
      page: fc.nat(8),
    });
    fc.assert(
      fc.property(answers, (a) => {
        const built: Answer = {
          command: a.command,
          query: a.query,
          title: a.title,
          ...(a.message !== undefined && { message: a.message }),
          ...(a.facts !== undefined && { facts: a.facts }),
          report: { added: [], updated: [], unchanged: [], failed: a.failed },
          results: a.results.map((r) => ({
            kind: r.kind,
            text: r.text,
            excerpt: r.text,
            speaker: r.speaker,
            source: { id: '1', file: 'f.txt', title: r.title, outlet: r.outlet, date: null, url: r.url, paragraph: 1 },
          })),
        };
        expectWithinDiscordLimits(renderDiscord(built, a.page));
      }),
      { numRuns: 300 },
    );
  });
});

describe('page ids', () => {
  test('round-trip, with colons in the query', () => {
    const id = encodePageId('search', 'time: 10:30', 3)!;
    expect(decodePageId(id)).toEqual({ command: 'search', query: 'time: 10:30', page: 3 });
    expect(decodePageId('something-else')).toBeNull();
  });
});
