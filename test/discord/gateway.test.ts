import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { escapeMarkdown, MessageFlags } from 'discord.js';
import { ask, tempLibrary } from '../helpers/temp-library.ts';
import { commands } from '../../commands/index.ts';
import { FakeDiscord, type DiscordCall } from './fake-discord.ts';
import { gatewayBot, testDeps, type DepsOptions } from './gateway-harness.ts';
import { autocompletePayload, buttonPayload, commandPayload } from './payloads.ts';
import { expectWithinDiscordLimits, type SentMessage } from './limits.ts';
import { MENTION_ARTICLE, htmlArticle, longQuoteParagraphs } from './articles.ts';

type TempLibrary = ReturnType<typeof tempLibrary>;

let fake: FakeDiscord;
const libraries: TempLibrary[] = [];

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.close();
});
afterEach(() => {
  while (libraries.length > 0) libraries.pop()!.dispose();
});

function setup(opts: DepsOptions & { seed?: boolean } = {}) {
  const temp = tempLibrary({ seed: opts.seed ?? true });
  libraries.push(temp);
  const deps = testDeps(temp.library, opts);
  const bot = gatewayBot(fake, deps);
  return { ...temp, deps, bot };
}

/** The message an interaction callback (reply, update) carried. */
function callbackMessage(call: DiscordCall): { type: number; message: SentMessage } {
  expect(call.method).toBe('POST');
  expect(call.path).toMatch(/^\/interactions\/\d+\/[\w-]+\/callback$/);
  const body = call.body as { type: number; data?: SentMessage };
  return { type: body.type, message: body.data ?? {} };
}

async function replyTo(bot: ReturnType<typeof setup>['bot'], payload: { token: string }): Promise<SentMessage> {
  bot.dispatch(payload);
  const [call] = await fake.waitForCalls(payload.token, 1);
  const { type, message } = callbackMessage(call!);
  expect(type).toBe(4);
  expect(message.allowed_mentions).toEqual({ parse: [] });
  expectWithinDiscordLimits(message);
  return message;
}

/** An admin command is deferred before it runs; the answer is then edited in. */
async function deferredAnswer(bot: ReturnType<typeof setup>['bot'], payload: { id: string; token: string }): Promise<SentMessage> {
  bot.dispatch(payload);
  const [defer, edit] = await fake.waitForCalls(payload.token, 2);
  expect(callbackMessage(defer!).type).toBe(5);
  expect(`${edit!.method} ${edit!.path}`).toBe(`PATCH /webhooks/1/${payload.token}/messages/@original`);
  const message = edit!.body as SentMessage;
  expect(message.allowed_mentions).toEqual({ parse: [] });
  expectWithinDiscordLimits(message);
  return message;
}

function count(temp: TempLibrary, table: string): number {
  return (temp.library.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('gateway: each command is answered with an embed', () => {
  test('/who said sputnik names Marc Andreessen, quote as a block quote, speaker in bold', async () => {
    const { bot } = setup();
    const message = await replyTo(bot, commandPayload(['who', 'said'], { phrase: 'sputnik' }));
    const embed = message.embeds![0]!;
    expect(embed.title).toContain('sputnik');
    expect(embed.description).toMatch(/^> .*Sputnik moment/m);
    expect(embed.description).toContain('**Marc Andreessen**');
  });

  const reads: [string[], Record<string, string>][] = [
    [['claim'], { topic: 'cost' }],
    [['quotes'], { person: 'Altman' }],
    [['search'], { text: 'export controls' }],
    [['sources'], {}],
  ];
  test.each(reads)('/%s shows the first results the core finds, each with its source', async (words, values) => {
    const temp = setup();
    const expected = await ask(temp.library, `/${words.join(' ')} ${Object.values(values).join(' ')}`);
    expect(expected.results.length).toBeGreaterThan(0);
    const message = await replyTo(temp.bot, commandPayload(words, values));
    const description = message.embeds![0]!.description!;
    for (const result of expected.results.slice(0, 5)) {
      // Shown escaped and, when a result is long, cut at a word boundary: its opening words are there.
      const opening = escapeMarkdown(result.text.split(/\s+/).slice(0, 6).join(' '));
      expect(description).toContain(opening);
      if (result.kind !== 'article') expect(description).toContain(`> ${opening}`);
      if (result.speaker) expect(description).toContain(`**${result.speaker}**`);
    }
    if (expected.comparison) expect(description).toContain(expected.comparison.summary);
    if (expected.results.length > 5) expect(message.components![0]!.components.map((b) => b.label)).toEqual(['More ▶']);
  });

  test('each command has its own colour', async () => {
    const { bot } = setup();
    const colours = new Set<number>();
    for (const words of [['who', 'said'], ['claim'], ['quotes'], ['search'], ['sources'], ['help']]) {
      const option = commands.find((c) => c.words.join(' ') === words.join(' '))!.option;
      const message = await replyTo(bot, commandPayload(words, option ? { [option.name]: 'deepseek' } : {}));
      colours.add((message.embeds![0] as { color: number }).color);
    }
    expect(colours.size).toBe(6);
  });

  test('/help lists the commands an ordinary member may use as fields, and no admin command', async () => {
    const { bot } = setup();
    const message = await replyTo(bot, commandPayload(['help']));
    const names = message.embeds![0]!.fields!.map((f) => f.name);
    expect(names).toContain('/who said <phrase>');
    expect(names.some((n) => n.startsWith('/ingest') || n.startsWith('/reindex') || n.startsWith('/stats'))).toBe(false);
  });

  test('/stats and /reindex answer an admin', async () => {
    const temp = setup();
    const stats = await deferredAnswer(temp.bot, commandPayload(['stats'], {}, { admin: true }));
    expect(stats.embeds![0]!.fields).toContainEqual({ name: 'Articles', value: String(count(temp, 'articles')) });
    const reindex = await deferredAnswer(temp.bot, commandPayload(['reindex'], {}, { admin: true }));
    expect(reindex.embeds![0]!.description).toMatch(new RegExp(`^Reindexed ${count(temp, 'articles')} articles`));
  });
});

describe('gateway: admin ingest', () => {
  test('an admin ingests an attached Markdown file and gets the report; the article is then searchable', async () => {
    const temp = setup({ seed: false });
    fake.files.set('wire.md', { type: 'text/markdown', body: MENTION_ARTICLE });
    const attachment = { filename: 'wire.md', url: fake.fileUrl('wire.md'), size: Buffer.byteLength(MENTION_ARTICLE) };
    const message = await deferredAnswer(temp.bot, commandPayload(['ingest'], {}, { admin: true }, attachment));
    expect(message.embeds![0]!.description).toBe('1 added, 0 updated, 0 unchanged, 0 failed');
    expect(message.embeds![0]!.fields).toEqual([{ name: 'Added (1)', value: 'wire.md' }]);
    expect(count(temp, 'articles')).toBe(1);
  });

  test('an attachment over the size cap or of an unsupported type is refused unread, with the reason', async () => {
    const temp = setup({ seed: false, maxBytes: 100 });
    fake.fileRequests.length = 0;
    const big = await deferredAnswer(temp.bot, commandPayload(['ingest'], {}, { admin: true }, { filename: 'big.txt', url: fake.fileUrl('big.txt'), size: 5000 }));
    expect(big.embeds![0]!.fields![0]!.name).toBe('Failed (1)');
    expect(big.embeds![0]!.fields![0]!.value).toMatch(/^big\.txt: file too large/);
    const exe = await deferredAnswer(temp.bot, commandPayload(['ingest'], {}, { admin: true }, { filename: 'tool.exe', url: fake.fileUrl('tool.exe'), size: 10 }));
    expect(exe.embeds![0]!.fields![0]!.value).toMatch(/^tool\.exe: unsupported file type \.exe/);
    expect(fake.fileRequests).toEqual([]);
    expect(count(temp, 'articles')).toBe(0);
  });

  test('an admin command is deferred before it runs (a long write cannot miss the deadline), then edited in', async () => {
    const temp = setup({ seed: false });
    fake.files.set('slow.html', { type: 'text/html', body: htmlArticle('Slow page', ['“Patience pays,” said Omar Haddad, a researcher.']), delayMs: 300 });
    const message = await deferredAnswer(temp.bot, commandPayload(['ingest'], { source: fake.fileUrl('slow.html') }, { admin: true }));
    expect(message.embeds![0]!.description).toBe('1 added, 0 updated, 0 unchanged, 0 failed');
    expect(count(temp, 'articles')).toBe(1);
  });

  test('an error after the defer removes the placeholder and tells only the asker, once', async () => {
    const temp = setup({ seed: false, readyWithinMs: 30 });
    fake.files.set('doomed.html', { type: 'text/html', body: htmlArticle('Doomed', ['“Never stored,” said Ann Lee.']), delayMs: 300 });
    const payload = commandPayload(['ingest'], { source: fake.fileUrl('doomed.html') }, { admin: true });
    temp.bot.dispatch(payload);
    await fake.waitForCalls(payload.token, 1);
    // The database goes away while the page is still downloading: the write that follows fails.
    temp.library.close();
    const calls = await fake.waitForCalls(payload.token, 3);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      `POST /interactions/${payload.id}/${payload.token}/callback`,
      `DELETE /webhooks/1/${payload.token}/messages/@original`,
      `POST /webhooks/1/${payload.token}`,
    ]);
    const notice = calls[2]!.body as SentMessage;
    expect(notice.flags).toBe(MessageFlags.Ephemeral);
    expect(notice.content).toMatch(/^Sorry, something went wrong/);
    expect(temp.deps.logged.some((line) => line.includes('after defer'))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.callsFor(payload.token)).toHaveLength(3);
  });
});

describe('gateway: admin commands are checked again when they run', () => {
  test('a member without Manage Server who was granted /ingest is refused, nothing is downloaded or written', async () => {
    const temp = setup();
    const before = { articles: count(temp, 'articles'), log: count(temp, 'ingest_log') };
    fake.fileRequests.length = 0;
    fake.files.set('sneaky.md', { type: 'text/markdown', body: MENTION_ARTICLE });
    const attachment = { filename: 'sneaky.md', url: fake.fileUrl('sneaky.md'), size: 100 };
    const refused = await replyTo(temp.bot, commandPayload(['ingest'], { source: fake.fileUrl('sneaky.md') }, {}, attachment));
    expect(refused.embeds![0]!.description).toMatch(/is for admins only\. Nothing was changed\./);
    const inDm = await replyTo(temp.bot, commandPayload(['reindex'], {}, { dm: true }));
    expect(inDm.embeds![0]!.title).toBe('Admins only');
    expect(fake.fileRequests).toEqual([]);
    expect({ articles: count(temp, 'articles'), log: count(temp, 'ingest_log') }).toEqual(before);
  });
});

describe('gateway: autocomplete', () => {
  test('/quotes offers the people the library quotes, matching what was typed', async () => {
    const temp = setup();
    const payload = autocompletePayload(['quotes'], 'person', 'alt');
    temp.bot.dispatch(payload);
    const [call] = await fake.waitForCalls(payload.token, 1);
    const body = call!.body as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(body.type).toBe(8);
    const expected = commands.find((c) => c.name === 'quotes')!.option!.suggest!('alt', temp.library);
    expect(body.data.choices.map((c) => c.value)).toEqual(expected.slice(0, 25));
    expect(body.data.choices.map((c) => c.name)).toContain('Sam Altman');
  });

  test('/claim offers at most 25 topics, even for an empty prefix', async () => {
    const temp = setup();
    const payload = autocompletePayload(['claim'], 'topic', '');
    temp.bot.dispatch(payload);
    const [call] = await fake.waitForCalls(payload.token, 1);
    const choices = (call!.body as { data: { choices: { name: string }[] } }).data.choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
  });
});

describe('gateway: "More" pages through a long answer without keeping state', () => {
  test('the button runs the command again and updates the message with the next page, then back', async () => {
    const temp = setup();
    const expected = await ask(temp.library, '/claim cost');
    expect(expected.results.length).toBeGreaterThan(5);
    const first = await replyTo(temp.bot, commandPayload(['claim'], { topic: 'cost' }));
    const more = first.components![0]!.components.find((b) => b.label === 'More ▶')!;
    expect(more.custom_id!.length).toBeLessThanOrEqual(100);

    // A different member clicks, on another instance for all it matters: only the id travels.
    const click = buttonPayload(more.custom_id!, { embeds: first.embeds, components: first.components }, { userId: '301' });
    temp.bot.dispatch(click);
    const [call] = await fake.waitForCalls(click.token, 1);
    const { type, message } = callbackMessage(call!);
    expect(type).toBe(7);
    expectWithinDiscordLimits(message);
    const pages = Math.ceil(expected.results.length / 5);
    expect(message.embeds![0]!.footer!.text).toMatch(new RegExp(`^Page 2 of ${pages} · results 6–`));
    const opening = escapeMarkdown(expected.results[5]!.text.split(/\s+/).slice(0, 6).join(' '));
    expect(message.embeds![0]!.description).toContain(opening);
    expect(message.embeds![0]!.description).not.toContain(escapeMarkdown(expected.results[0]!.text.split(/\s+/).slice(0, 6).join(' ')));
    const labels = message.components![0]!.components.map((b) => b.label);
    expect(labels[0]).toBe('◀ Back');

    const back = buttonPayload(message.components![0]!.components[0]!.custom_id!, message as Record<string, unknown>);
    temp.bot.dispatch(back);
    const [backCall] = await fake.waitForCalls(back.token, 1);
    expect(callbackMessage(backCall!).message.embeds![0]!.footer!.text).toMatch(/^Page 1 of/);
  });

  test('a forged button for an admin command is not run', async () => {
    const temp = setup();
    const before = count(temp, 'ingest_log');
    const click = buttonPayload(`page:1:ingest:${fake.fileUrl('x.html')}`, {}, { admin: true });
    temp.bot.dispatch(click);
    const [call] = await fake.waitForCalls(click.token, 1);
    const { message } = callbackMessage(call!);
    expect(message.flags).toBe(MessageFlags.Ephemeral);
    expect(count(temp, 'ingest_log')).toBe(before);
  });
});

describe('gateway: safe by default', () => {
  test('article text with @everyone, @here and a role mention pings nobody and cannot leave its block quote', async () => {
    const temp = setup({ seed: false });
    fake.files.set('mentions.md', { type: 'text/markdown', body: MENTION_ARTICLE });
    const attachment = { filename: 'mentions.md', url: fake.fileUrl('mentions.md'), size: Buffer.byteLength(MENTION_ARTICLE) };
    await deferredAnswer(temp.bot, commandPayload(['ingest'], {}, { admin: true }, attachment));

    for (const payload of [commandPayload(['who', 'said'], { phrase: 'pinged by a news bot' }), commandPayload(['search'], { text: 'free GPUs' })]) {
      const message = await replyTo(temp.bot, payload);
      const description = message.embeds![0]!.description!;
      expect(description).toMatch(/^> .*@\u200Deveryone/m);
      expect(description).not.toMatch(/@(everyone|here)|<@&?\d/);
      expect(description).toContain('<https://example.com/news/chatbot-posts>');
    }
    const quote = await replyTo(temp.bot, commandPayload(['who', 'said'], { phrase: 'pinged by a news bot' }));
    expect(quote.embeds![0]!.description).toContain('**Priya Raman**');
    expect(quote.embeds![0]!.description).toContain('Example Wire · “Chatbot posts spark moderation debate” · 2025-02-03');
  });

  test('the client itself sends no mentions by default', () => {
    const { bot } = setup({ seed: false });
    expect(bot.client.options.allowedMentions).toEqual({ parse: [] });
    expect(bot.client.options.intents.toArray()).toEqual(['Guilds']);
  });

  test('a user over the rate limit is told to slow down, privately, and others are not affected', async () => {
    const { bot } = setup({ perMinute: 2 });
    for (let i = 0; i < 2; i++) await replyTo(bot, commandPayload(['help'], {}, { userId: '900' }));
    const slow = await replyTo(bot, commandPayload(['help'], {}, { userId: '900' }));
    expect(slow.flags).toBe(MessageFlags.Ephemeral);
    expect(slow.content).toMatch(/^Slow down: 2 commands a minute at most\. Try again in \d+ s\.$/);
    expect(slow.embeds).toEqual([]);
    const other = await replyTo(bot, commandPayload(['help'], {}, { userId: '901' }));
    expect(other.embeds![0]!.title).toMatch(/^ainews/);
  });

  test('an over-long answer is cut to fit every Discord limit, at word boundaries', async () => {
    const temp = setup({ seed: false });
    const page = htmlArticle('Compute budgets', longQuoteParagraphs(12));
    fake.files.set('long.html', { type: 'text/html', body: page });
    const report = await deferredAnswer(temp.bot, commandPayload(['ingest'], { source: fake.fileUrl('long.html') }, { admin: true }));
    expect(report.embeds![0]!.description).toBe('1 added, 0 updated, 0 unchanged, 0 failed');
    for (const payload of [commandPayload(['quotes'], { person: 'Lena Ortiz' }), commandPayload(['who', 'said'], { phrase: 'frontier training runs' })]) {
      const message = await replyTo(temp.bot, payload);
      const description = message.embeds![0]!.description!;
      expect(description.length).toBeGreaterThan(3000);
      expect(description).toMatch(/(\w|\.|\)) ?…\n— /);
      expect(message.components![0]!.components.map((b) => b.label)).toEqual(['More ▶']);
    }
  });
});
