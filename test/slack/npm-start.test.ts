import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeSlack } from './fake-slack.ts';
import { FORM, JSON_TYPE, mentionEnvelope, sendSigned, SIGNING_SECRET, slashCommandBody } from './slack-requests.ts';
import { freePort } from '../helpers/free-port.ts';

let fake: FakeSlack;
let child: ChildProcess | undefined;
let dir: string;
let eventsUrl: string;
let stderr = '';


beforeAll(async () => {
  fake = await FakeSlack.start();
  dir = mkdtempSync(join(tmpdir(), 'ainews-slack-start-'));
  const port = await freePort();
  eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  child = spawn(process.execPath, ['bin/ainews.js', 'start'], {
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      SLACK_APP_TOKEN: '',
      DISCORD_TOKEN: '',
      DISCORD_PUBLIC_KEY: '',
      PORT: String(port),
      AINEWS_DB: join(dir, 'ainews.db'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    child!.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('listening on port')) resolve();
    });
    child!.once('exit', (code) => reject(new Error(`ainews start exited with ${code}:\n${stderr}`)));
  });
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('npm start answers Slack as the issue says: mention in its thread, /claim at its response_url, a retry once, a bad signature 401', async () => {
  const { body, ts } = mentionEnvelope({ text: '<@U0BOT> who said sputnik', user: 'U0START' });
  expect((await sendSigned(eventsUrl, body, JSON_TYPE)).status).toBe(200);
  const post = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts, 'the answer to the mention');
  expect(post.body.channel).toBe('C0NEWS');
  expect(String(post.body.text)).toContain('Marc Andreessen');

  const claim = await sendSigned(eventsUrl, slashCommandBody('/claim', 'chips', fake.responseUrl('claim'), 'U0START'), FORM);
  expect(claim.status).toBe(200);
  const answer = await fake.waitFor((c) => c.method === 'respond/claim', 'the /claim answer at its response_url');
  expect(answer.body.response_type).toBe('ephemeral');
  expect(JSON.stringify(answer.body.blocks)).toMatch(/chips/i);

  expect((await sendSigned(eventsUrl, body, JSON_TYPE, { retryNum: 1 })).status).toBe(200);
  const later = mentionEnvelope({ text: '<@U0BOT> help', user: 'U0START' });
  await sendSigned(eventsUrl, later.body, JSON_TYPE);
  await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.thread_ts === later.ts, 'the answer to a later mention');
  expect(fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts)).toHaveLength(1);

  expect((await sendSigned(eventsUrl, body, JSON_TYPE, { secret: 'not-the-signing-secret' })).status).toBe(401);
}, 30_000);
