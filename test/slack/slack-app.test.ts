import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { answerText, outcomeAnswer } from '../../src/core/run-command.ts';
import { escapeMrkdwn } from '../../src/render/slack-mrkdwn.ts';
import { SHARE_ACTION, SLACK_LIMITS, VOTE_UP_ACTION } from '../../src/render/slack.ts';
import { FakeSlack, type SlackCall } from './fake-slack.ts';
import { makeLibraryDir, startSlackApp, type RunningSlackApp } from './slack-harness.ts';
import { buttonClickBody, FORM, JSON_TYPE, mentionEnvelope, sendSigned, slashCommandBody } from './slack-requests.ts';

const ADMIN = 'U0ADMIN';
const RATE_LIMIT = 8;

let fake: FakeSlack;
let app: RunningSlackApp;
let library: ReturnType<typeof makeLibraryDir>;
let extraDir: string;

let users = 0;
/** A fresh user per request, so the per-user rate limit only bites in the test about it. */
function newUser(): string {
  users += 1;
  return `U0USER${users}`;
}

let urls = 0;
function newResponseUrl(): { url: string; method: string } {
  urls += 1;
  return { url: fake.responseUrl(`r${urls}`), method: `respond/r${urls}` };
}

beforeAll(async () => {
  extraDir = mkdtempSync(join(tmpdir(), 'ainews-slack-articles-'));
  writeFileSync(
    join(extraDir, 'hostile.txt'),
    [
      'Quokka researchers met in Perth on Tuesday to compare open models.',
      '“Quokkas deserve better benchmarks <!channel> <https://evil.example|click> today,” said Jane Quimby, a researcher at the Open Lab.',
    ].join('\n'),
  );
  const words = Array.from({ length: 900 }, (_, i) => `item${i} 😀`).join(' ');
  writeFileSync(join(extraDir, 'long.txt'), `The xylophonic inventory lists ${words} and more.\n`);
  library = makeLibraryDir([extraDir]);
  fake = await FakeSlack.start();
  app = await startSlackApp(fake, library.dbPath, { SLACK_ADMIN_USER_IDS: ADMIN, AINEWS_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) });
});

afterAll(async () => {
  await app?.close();
  await fake?.close();
  library?.cleanup();
  rmSync(extraDir, { recursive: true, force: true });
});

async function mention(text: string, opts: { threadTs?: string; user?: string } = {}): Promise<{ post: SlackCall; ts: string; eventBody: string }> {
  const { body, ts } = mentionEnvelope({ text, user: opts.user ?? newUser(), threadTs: opts.threadTs });
  const response = await sendSigned(app.eventsUrl, body, JSON_TYPE);
  expect(response.status).toBe(200);
  const post = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.thread_ts === (opts.threadTs ?? ts), `reply to ${text}`);
  // The :eyes: comes off last; waiting for it keeps one test's calls out of the next one's.
  await fake.waitFor((c) => c.method === 'reactions.remove' && c.body.timestamp === ts, `reactions.remove after ${text}`);
  return { post, ts, eventBody: body };
}

async function slash(command: string, text: string, user = newUser()): Promise<{ status: number; ackBody: string; reply: Record<string, unknown> }> {
  const { url, method } = newResponseUrl();
  const response = await sendSigned(app.eventsUrl, slashCommandBody(command, text, url, user), FORM);
  const reply = await fake.waitFor((c) => c.method === method, `answer to ${command} ${text}`);
  return { status: response.status, ackBody: response.text, reply: reply.body };
}

function blocksOf(body: Record<string, unknown>): types.KnownBlock[] {
  return body.blocks as types.KnownBlock[];
}

function buttonValue(body: Record<string, unknown>, actionId: string): string | undefined {
  for (const block of blocksOf(body) ?? []) {
    if (block.type !== 'actions') continue;
    for (const element of block.elements) if (element.type === 'button' && element.action_id === actionId) return element.value;
  }
  return undefined;
}

/** What the core answers to the same text: the Slack message must show it. */
async function coreAnswer(text: string) {
  return outcomeAnswer(await answerText(text, { library: app.library, user: { id: 'U0CHECK', platform: 'slack', isAdmin: false } }));
}

function countRows(table: string): number {
  return (app.library.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('mentions', () => {
  it('answers "@ainews who said sputnik" in a thread under the mention, with :eyes: while it works', async () => {
    const { post, ts } = await mention('<@U0BOT> who said sputnik');
    expect(post.body.channel).toBe('C0NEWS');
    expect(post.body.thread_ts).toBe(ts);
    expect(JSON.stringify(post.body.blocks)).toContain('*Marc Andreessen*');
    expect(String(post.body.text)).toContain('Marc Andreessen');
    const order = fake.calls.filter((c) => c.body.timestamp === ts || c === post).map((c) => `${c.method}:${String(c.body.name ?? '')}`);
    expect(order).toEqual(['reactions.add:eyes', 'chat.postMessage:', 'reactions.remove:eyes']);
  });

  it('answers a mention inside a thread in that same thread', async () => {
    const threadTs = '1690000000.000777';
    const { post, ts } = await mention('<@U0BOT> claim chips', { threadTs });
    expect(ts).not.toBe(threadTs);
    expect(post.body.thread_ts).toBe(threadTs);
    const expected = await coreAnswer('claim chips');
    expect(expected.results.length).toBeGreaterThan(0);
    expect(JSON.stringify(post.body.blocks)).toContain(JSON.stringify(escapeMrkdwn(expected.results[0]!.text.slice(0, 40))).slice(1, -1));
  });

  it('answers a bare mention with help, and an unknown command with how to ask', async () => {
    const help = await mention('<@U0BOT>');
    expect(JSON.stringify(help.post.body.blocks)).toContain('/who said &lt;phrase&gt;');
    const unknown = await mention('<@U0BOT> frobnicate the news');
    expect(JSON.stringify(unknown.post.body.blocks)).toContain('Unknown command “frobnicate”');
  });
});

describe('slash commands', () => {
  it.each([
    ['/claim', 'chips', 'claim chips'],
    ['/who', 'said sputnik', 'who said sputnik'],
    ['/quotes', 'Musk', 'quotes Musk'],
    ['/search', 'export controls', 'search export controls'],
    ['/ainews', 'sources', 'sources'],
  ])('%s %s is acknowledged at once and answered to the asker only, with Share in channel', async (command, text, asked) => {
    const { status, ackBody, reply } = await slash(command, text);
    expect(status).toBe(200);
    expect(ackBody).toBe('');
    expect(reply.response_type).toBe('ephemeral');
    const expected = await coreAnswer(asked);
    expect(expected.results.length).toBeGreaterThan(0);
    const shown = JSON.stringify(reply.blocks);
    const first = expected.results[0]!;
    expect(shown).toContain(JSON.stringify(escapeMrkdwn(first.text.slice(0, 40))).slice(1, -1));
    if (first.speaker) expect(shown).toContain(`*${first.speaker}*`);
    expect(buttonValue(reply, SHARE_ACTION)).toBe(asked);
    expect(buttonValue(reply, VOTE_UP_ACTION)).toBeDefined();
  });

  it('/claim shows where sources differ right under the heading', async () => {
    const expected = await coreAnswer('claim training cost');
    expect(expected.comparison).toBeDefined();
    const { reply } = await slash('/claim', 'training cost');
    const second = blocksOf(reply)[1]!;
    const icon = expected.comparison!.agree ? ':white_check_mark:' : ':warning:';
    expect(second.type === 'section' && second.text?.text).toBe(`${icon} ${escapeMrkdwn(expected.comparison!.summary)}`);
    expect(String(reply.text).split('\n')[1]).toBe(escapeMrkdwn(expected.comparison!.summary));
  });

  it('/ainews with nothing after it is help, listing admin commands only for admins', async () => {
    const asUser = await slash('/ainews', '');
    const asAdmin = await slash('/ainews', 'help', ADMIN);
    expect(JSON.stringify(asUser.reply.blocks)).toContain('/claim &lt;topic&gt;');
    expect(JSON.stringify(asUser.reply.blocks)).not.toContain('/reindex');
    expect(JSON.stringify(asAdmin.reply.blocks)).toContain('/reindex');
    expect(buttonValue(asUser.reply, SHARE_ACTION)).toBeUndefined();
  });

  it('"Share in channel" posts the answer for everyone and removes the private copy', async () => {
    const { reply } = await slash('/who', 'said sputnik');
    const sharer = newUser();
    const { url, method } = newResponseUrl();
    const click = await sendSigned(app.eventsUrl, buttonClickBody(SHARE_ACTION, buttonValue(reply, SHARE_ACTION)!, url, sharer), FORM);
    expect(click.status).toBe(200);
    const shared = await fake.waitFor((c) => c.method === method && c.body.response_type === 'in_channel', 'shared answer');
    expect(shared.body.replace_original).toBe(false);
    expect(JSON.stringify(shared.body.blocks)).toContain('*Marc Andreessen*');
    expect(JSON.stringify(shared.body.blocks)).toContain(`Shared by <@${sharer}>`);
    expect(buttonValue(shared.body, SHARE_ACTION)).toBeUndefined();
    await fake.waitFor((c) => c.method === method && c.body.delete_original === true, 'delete of the ephemeral answer');
  });

  it('never runs an admin command from a Share click, even an admin\'s', async () => {
    fake.pages.set('/news/shared.txt', { type: 'text/plain', body: 'Shared article.\n“Never fetched,” said Bo Peep.\n' });
    const before = countRows('ingest_log');
    const { url, method } = newResponseUrl();
    await sendSigned(app.eventsUrl, buttonClickBody(SHARE_ACTION, `ingest ${fake.url}/news/shared.txt`, url, ADMIN), FORM);
    const refusal = await fake.waitFor((c) => c.method === method, 'the refusal');
    expect(refusal.body.text).toBe('That answer cannot be shared.');
    expect(fake.pageRequests).not.toContain('/news/shared.txt');
    expect(countRows('ingest_log')).toBe(before);
  });
});

describe('admin commands', () => {
  it('refuses ingest, reindex and stats to anyone else, politely, and writes nothing', async () => {
    fake.pages.set('/news/refused.txt', { type: 'text/plain', body: 'Refused article.\n“Never stored,” said Ann Other.\n' });
    const before = { articles: countRows('articles'), log: countRows('ingest_log'), quotes: countRows('quotes') };
    const ingest = await slash('/ainews', `ingest ${fake.url}/news/refused.txt`);
    const reindex = await mention('<@U0BOT> reindex');
    const stats = await slash('/ainews', 'stats');
    for (const body of [ingest.reply, reindex.post.body, stats.reply]) expect(JSON.stringify(body.blocks)).toMatch(/is for admins only\. Nothing was changed\./);
    expect(fake.pageRequests).toEqual([]);
    expect({ articles: countRows('articles'), log: countRows('ingest_log'), quotes: countRows('quotes') }).toEqual(before);
  });

  it('lets a user in SLACK_ADMIN_USER_IDS ingest a URL, answering with the ingest report', async () => {
    fake.pages.set('/news/added.txt', { type: 'text/plain', body: 'Pangolin chips arrive.\n“Pangolin chips are fast,” said Ada Byron, chief engineer at Pangolin.\n' });
    const before = countRows('articles');
    const { reply } = await slash('/ainews', `ingest ${fake.url}/news/added.txt`, ADMIN);
    expect(fake.pageRequests).toContain('/news/added.txt');
    expect(countRows('articles')).toBe(before + 1);
    expect(JSON.stringify(reply.blocks)).toMatch(/1 added/);
    expect(buttonValue(reply, SHARE_ACTION)).toBeUndefined();
  });

  it('lets a workspace admin (users.info is_admin) see /stats, counting 👍 feedback', async () => {
    const workspaceAdmin = 'U0WSADMIN';
    fake.admins.add(workspaceAdmin);
    const upBefore = (app.library.db.prepare(`SELECT count(*) AS n FROM feedback WHERE vote = 'up'`).get() as { n: number }).n;
    const { reply } = await slash('/search', 'export controls');
    const voter = newUser();
    const { url, method } = newResponseUrl();
    await sendSigned(app.eventsUrl, buttonClickBody(VOTE_UP_ACTION, buttonValue(reply, VOTE_UP_ACTION)!, url, voter), FORM);
    const thanks = await fake.waitFor((c) => c.method === method, 'thanks for the vote');
    expect(thanks.body.text).toContain('👍');
    const row = app.library.db.prepare('SELECT platform, user_id, command, query, vote FROM feedback ORDER BY rowid DESC LIMIT 1').get();
    expect(row).toEqual({ platform: 'slack', user_id: voter, command: 'search', query: 'export controls', vote: 'up' });
    const stats = await slash('/ainews', 'stats', workspaceAdmin);
    expect(JSON.stringify(stats.reply.blocks)).toContain(`*Feedback*: ${upBefore + 1} 👍`);
  });
});

describe('retries, signatures and limits', () => {
  it('answers an event redelivered with X-Slack-Retry-Num once, also after a restart on the same database', async () => {
    const { post, ts, eventBody } = await mention('<@U0BOT> who said sputnik');
    expect(post).toBeDefined();
    expect((await sendSigned(app.eventsUrl, eventBody, JSON_TYPE, { retryNum: 1 })).status).toBe(200);
    // A later event's answer arriving means the retry, handled before it, was dropped or answered by now.
    await mention('<@U0BOT> help');
    await app.close();
    app = await startSlackApp(fake, library.dbPath, { SLACK_ADMIN_USER_IDS: ADMIN, AINEWS_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) });
    expect((await sendSigned(app.eventsUrl, eventBody, JSON_TYPE, { retryNum: 2 })).status).toBe(200);
    await mention('<@U0BOT> help');
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts)).toHaveLength(1);
    expect(fake.calls.filter((c) => c.method === 'reactions.add' && c.body.timestamp === ts)).toHaveLength(1);
  });

  it('rejects a bad signature and a stale timestamp with 401, and answers neither', async () => {
    const before = fake.calls.length;
    const { body } = mentionEnvelope({ text: '<@U0BOT> who said sputnik' });
    expect((await sendSigned(app.eventsUrl, body, JSON_TYPE, { secret: 'not-the-secret' })).status).toBe(401);
    expect((await sendSigned(app.eventsUrl, body, JSON_TYPE, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    const { url } = newResponseUrl();
    expect((await sendSigned(app.eventsUrl, slashCommandBody('/claim', 'chips', url), FORM, { secret: 'wrong' })).status).toBe(401);
    expect(fake.calls.length).toBe(before);
  });

  it('asks a user over AINEWS_RATE_LIMIT_PER_MINUTE to slow down', async () => {
    const user = newUser();
    const replies = [];
    for (let i = 0; i <= RATE_LIMIT; i++) replies.push((await slash('/search', 'chips', user)).reply);
    expect(replies.slice(0, RATE_LIMIT).every((r) => !JSON.stringify(r.blocks).includes('Slow down'))).toBe(true);
    expect(JSON.stringify(replies[RATE_LIMIT]!.blocks)).toContain('Slow down');
  });

  it('retries a chat.postMessage that Slack answers with 429 after its Retry-After', async () => {
    fake.rateLimitNext('chat.postMessage');
    const { post } = await mention('<@U0BOT> who said sputnik');
    expect(JSON.stringify(post.body.blocks)).toContain('Marc Andreessen');
  }, 15_000);
});

describe('what an article contains is shown, never acted on', () => {
  it('escapes <!channel> and a disguised link from an article, in a mention and a slash command', async () => {
    const { post } = await mention('<@U0BOT> search quokkas deserve');
    const { reply } = await slash('/search', 'quokkas deserve');
    for (const body of [post.body, reply]) {
      const sent = JSON.stringify({ text: body.text, blocks: body.blocks });
      expect(sent).toContain('&lt;!channel&gt; &lt;https://evil.example|click&gt;');
      expect(sent).not.toContain('<!channel>');
      expect(sent).not.toContain('<https://evil.example');
    }
  });

  it('keeps an over-long answer within Slack limits, cut at a word', async () => {
    const { reply } = await slash('/search', 'xylophonic inventory');
    const blocks = blocksOf(reply);
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    expect(String(reply.text).length).toBeLessThan(4000);
    const sections = blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
    for (const text of sections) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    const long = sections.find((t) => t.startsWith('The xylophonic inventory lists item0'));
    expect(long).toBeDefined();
    expect(long!.split('\n')[0]).toMatch(/ (item\d+|😀)…$/);
  });
});
