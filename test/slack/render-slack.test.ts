import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Result } from '../../src/core/answer.ts';
import { escapeMrkdwn, fitMrkdwn, fitPlain } from '../../src/render/slack-mrkdwn.ts';
import { readVoteValue, renderSlack, SLACK_LIMITS, type SlackMessage } from '../../src/render/slack.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** The only markup ainews itself writes: a link to the article and the sharer's mention. */
const OWN_MARKUP = /<https?:\/\/[^\s<>|&]+\|article>|<@[UW][A-Z0-9]+>/g;

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Every text a Slack client would render from the message, with the limit that applies to it. */
function textsOf(message: SlackMessage): { text: string; max: number; mrkdwn: boolean }[] {
  const texts: { text: string; max: number; mrkdwn: boolean }[] = [{ text: message.text, max: SLACK_LIMITS.fallbackText, mrkdwn: true }];
  for (const block of message.blocks) {
    if (block.type === 'header') texts.push({ text: block.text.text, max: SLACK_LIMITS.headerText, mrkdwn: false });
    if (block.type === 'section' && block.text) texts.push({ text: block.text.text, max: SLACK_LIMITS.sectionText, mrkdwn: true });
    if (block.type === 'context') {
      for (const e of block.elements) if (e.type === 'mrkdwn') texts.push({ text: e.text, max: SLACK_LIMITS.contextText, mrkdwn: true });
    }
  }
  return texts;
}

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('a', ' ', '<', '>', '&', '!', '|', '😀', 'é', '\n'), minLength: 0, maxLength: 7000 }),
  fc.constantFrom('<!channel> <https://evil.example|click>', '<!here>', '<@U0VICTIM>', 'AT&T &amp; co'),
);

const resultArb: fc.Arbitrary<Result> = fc.record({
  kind: fc.constantFrom('quote', 'claim', 'passage', 'article'),
  text: anyText,
  excerpt: anyText,
  speaker: fc.option(anyText, { nil: null }),
  source: fc.record({
    id: fc.string(),
    file: anyText,
    title: fc.option(anyText, { nil: null }),
    outlet: fc.option(anyText, { nil: null }),
    date: fc.constant('2025-01-27'),
    url: fc.option(fc.constantFrom('https://example.com/a', 'https://evil.example/x|click', 'javascript:alert(1)'), { nil: null }),
    paragraph: fc.option(fc.nat(), { nil: null }),
  }),
});

const answerArb: fc.Arbitrary<Answer> = fc.record(
  {
    command: fc.constantFrom('claim', 'who-said', 'search'),
    query: anyText,
    title: anyText,
    results: fc.array(resultArb, { maxLength: 70 }),
    message: anyText,
    facts: fc.array(fc.record({ label: anyText, value: anyText }), { maxLength: 30 }),
  },
  { requiredKeys: ['command', 'query', 'title', 'results'] },
);

describe('renderSlack', () => {
  it('stays within every Block Kit limit, never splits a surrogate pair, and shows article markup as text', () => {
    fc.assert(
      fc.property(answerArb, fc.option(anyText, { nil: undefined }), (answer, share) => {
        const message = renderSlack(answer, { share, vote: { command: answer.command, query: answer.query }, sharedBy: 'U0SHARER' });
        expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
        for (const { text, max, mrkdwn } of textsOf(message)) {
          expect(text.length).toBeLessThanOrEqual(max);
          expect(text).not.toMatch(LONE_SURROGATE);
          if (mrkdwn) expect(text.replace(OWN_MARKUP, '')).not.toMatch(/</);
        }
        const actions = message.blocks.find((b) => b.type === 'actions');
        for (const button of actions?.type === 'actions' ? actions.elements : []) {
          if (button.type === 'button') expect((button.value ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('says how many results did not fit when there are more than 50 blocks can hold', () => {
    const result: Result = {
      kind: 'quote',
      text: 'We will keep building.',
      excerpt: 'She said: “We will keep building.”',
      speaker: 'Jane Roe',
      source: { id: '1', file: 'a.txt', title: 'A title', outlet: 'Outlet', date: null, url: null, paragraph: 2 },
    };
    const answer: Answer = { command: 'quotes', query: 'Jane Roe', title: 'Quotes by Jane Roe', results: Array.from({ length: 40 }, () => result) };
    const message = renderSlack(answer, { vote: { command: 'quotes', query: 'Jane Roe' } });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    const shown = message.blocks.filter((b) => b.type === 'section').length;
    expect(JSON.stringify(message.blocks)).toContain(`…and ${40 - shown} more results`);
  });

  it('round-trips what a vote button carries, and refuses values it did not write', () => {
    const message = renderSlack({ command: 'claim', query: 'x'.repeat(5000), title: 't', results: [] }, { vote: { command: 'claim', query: 'x'.repeat(5000) } });
    const actions = message.blocks.find((b) => b.type === 'actions');
    const button = actions?.type === 'actions' ? actions.elements[0] : undefined;
    const value = button?.type === 'button' ? (button.value ?? '') : '';
    expect(readVoteValue(value)?.command).toBe('claim');
    expect(readVoteValue(value)?.query.startsWith('xxx')).toBe(true);
    expect(readVoteValue('not json')).toBeNull();
    expect(readVoteValue('{"command":1}')).toBeNull();
  });
});

describe('fitMrkdwn and fitPlain', () => {
  it('keep a prefix of the text, cut at a word and marked with an ellipsis', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (text, max) => {
        const fitted = fitMrkdwn(text, max);
        expect(fitted.length).toBeLessThanOrEqual(max);
        expect(fitted).not.toMatch(LONE_SURROGATE);
        expect(fitted).not.toMatch(/&(?!amp;|lt;|gt;)/);
        const shown = unescape(fitted.endsWith('…') && escapeMrkdwn(text) !== fitted ? fitted.slice(0, -1) : fitted);
        expect(text.startsWith(shown)).toBe(true);
        const plain = fitPlain(text, max);
        expect(plain.length).toBeLessThanOrEqual(max);
        expect(plain).not.toMatch(LONE_SURROGATE);
      }),
    );
  });

  it('cuts between words, not inside one', () => {
    expect(fitPlain('the quick brown fox jumps', 16)).toBe('the quick brown…');
    expect(fitMrkdwn('a <b> c & d', 12)).toBe('a &lt;b&gt;…');
    expect(fitPlain('😀😀😀', 4)).toBe('😀…');
  });
});
