// Issue 7, item 7: tokens never appear in what ainews logs or sends, and a malformed setting stops
// it at start with the variable named and its value unprinted. `npm start` runs as a real child
// process against a local stand-in for Slack's and Discord's APIs.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordKeys, postInteraction } from '../discord/signing.ts';
import { commandPayload } from '../discord/payloads.ts';
import { FORM, JSON_TYPE, mentionEnvelope, sendSigned, slashCommandBody } from '../slack/slack-requests.ts';
import { runCli } from '../helpers/run-cli.ts';
import { RecordingApi } from './recording-api.ts';
import { freePort } from '../helpers/free-port.ts';

const SECRETS = {
  SLACK_BOT_TOKEN: 'xoxb-FAKE-SECRET-slack-bot-7391',
  SLACK_SIGNING_SECRET: 'FAKE-SECRET-slack-signing-5528',
  DISCORD_TOKEN: 'FAKE-SECRET-discord-bot-8842',
};
/** Every secret shares this, so a token printed only in part is caught too. */
const MARKER = 'FAKE-SECRET';

const ROOT = join(import.meta.dirname, '../..');


describe('npm start with fake tokens', () => {
  let api: RecordingApi;
  let bot: ChildProcess;
  let dir: string;
  let base: string;
  let logged = '';
  const keys = discordKeys();
  const replies: string[] = [];

  beforeAll(async () => {
    api = await RecordingApi.start();
    dir = mkdtempSync(join(tmpdir(), 'ainews-secrets-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    bot = spawn(process.execPath, ['bin/ainews.js', 'start'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...SECRETS,
        SLACK_API_URL: `${api.url}/slack/api/`,
        SLACK_APP_TOKEN: '',
        SLACK_ADMIN_USER_IDS: '',
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
        DISCORD_APPLICATION_ID: '1',
        DISCORD_API_URL: `${api.url}/discord`,
        DISCORD_SHARDS: '',
        PORT: String(port),
        AINEWS_DB: join(dir, 'ainews.db'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    bot.stdout!.on('data', (chunk: Buffer) => (logged += chunk.toString()));
    bot.stderr!.on('data', (chunk: Buffer) => (logged += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (!logged.includes('listening on port')) return;
        clearInterval(poll);
        resolve();
      }, 20);
      bot.once('exit', (code) => {
        clearInterval(poll);
        reject(new Error(`ainews start exited with ${code}:\n${logged}`));
      });
    });
  }, 60_000);

  afterAll(async () => {
    if (bot && bot.exitCode === null) {
      const exited = new Promise((resolve) => bot.once('exit', resolve));
      bot.kill('SIGTERM');
      await exited;
    }
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers Slack and Discord, fails and recovers, and no token appears in its logs, its requests or its answers', async () => {
    const slack = `${base}/slack/events`;
    const secret = { secret: SECRETS.SLACK_SIGNING_SECRET };

    // A mention whose answer Slack refuses (invalid_auth), so the error path logs; then one that goes through.
    api.failPosts = 1;
    const refused = mentionEnvelope({ text: '<@U0BOT> who said sputnik' });
    expect((await sendSigned(slack, refused.body, JSON_TYPE, secret)).status).toBe(200);
    await api.waitFor((r) => r.url.endsWith('chat.postMessage') && r.body.includes(refused.ts), 'the refused answer');
    const mention = mentionEnvelope({ text: '<@U0BOT> who said sputnik' });
    expect((await sendSigned(slack, mention.body, JSON_TYPE, secret)).status).toBe(200);
    const posted = await api.waitFor((r) => r.url.endsWith('chat.postMessage') && r.body.includes(mention.ts), 'the answer to the mention');
    expect(posted.body).toContain('Andreessen');

    const claim = slashCommandBody('/claim', 'chips', `${api.url}/respond/claim`);
    expect((await sendSigned(slack, claim, FORM, secret)).status).toBe(200);
    await api.waitFor((r) => r.url === '/respond/claim', 'the /claim answer');
    // Slack's /ingest from a non-admin is refused; the refusal is an answer like any other.
    const ingest = slashCommandBody('/ainews', `ingest ${api.url}/news/article.html`, `${api.url}/respond/ingest`);
    expect((await sendSigned(slack, ingest, FORM, secret)).status).toBe(200);
    await api.waitFor((r) => r.url === '/respond/ingest', 'the /ingest refusal');
    expect((await sendSigned(slack, mention.body, JSON_TYPE, { secret: 'a-wrong-secret' })).status).toBe(401);

    const discord = `${base}/discord/interactions`;
    const who = JSON.stringify(commandPayload(['who', 'said'], { phrase: 'sputnik' }));
    const answered = await postInteraction(discord, who, keys.sign(who));
    expect(answered.status).toBe(200);
    expect(answered.text).toContain('Andreessen');
    replies.push(answered.text);
    // An admin's /ingest of a URL is deferred, then edited through Discord's REST API.
    const add = JSON.stringify(commandPayload(['ingest'], { source: `${api.url}/news/article.html` }, { admin: true }));
    const deferred = await postInteraction(discord, add, keys.sign(add));
    expect(deferred.status).toBe(200);
    replies.push(deferred.text);
    await api.waitFor((r) => r.url.startsWith('/discord/') && r.method === 'PATCH', 'the edited /ingest answer');
    expect((await postInteraction(discord, who, { ...keys.sign(who), 'x-signature-ed25519': '00'.repeat(64) })).status).toBe(401);

    const everything = [logged, api.everythingSent(), ...replies].join('\n');
    expect(api.requests.length).toBeGreaterThan(5);
    for (const value of Object.values(SECRETS)) expect(everything).not.toContain(value);
    expect(everything).not.toContain(MARKER);
  }, 60_000);
});

describe('a malformed setting', () => {
  it('stops ainews at start, exit 1, naming each variable and what is wrong, never its value', () => {
    const { status, stdout, stderr } = runCli(['start'], {
      env: {
        SLACK_BOT_TOKEN: 'xoxp-FAKE-SECRET-user-token-1234',
        SLACK_SIGNING_SECRET: SECRETS.SLACK_SIGNING_SECRET,
        DISCORD_TOKEN: SECRETS.DISCORD_TOKEN,
        DISCORD_PUBLIC_KEY: 'FAKE-SECRET-not-hex',
        PORT: 'eighty',
      },
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(/SLACK_BOT_TOKEN: must start with xoxb-/);
    expect(stderr).toMatch(/DISCORD_PUBLIC_KEY: must be 64 hex characters/);
    expect(stderr).toMatch(/PORT: /);
    expect(`${stdout}${stderr}`).not.toContain(MARKER);
    expect(`${stdout}${stderr}`).not.toContain('eighty');
  });
});
