import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FakeDiscord } from './fake-discord.ts';
import { cleanEnv } from './run-cli-async.ts';
import { discordKeys, postInteraction } from './signing.ts';
import { commandPayload } from './payloads.ts';
import type { SentMessage } from './limits.ts';
import { freePort } from '../helpers/free-port.ts';

// The "Done when", run for real: `npm start` in HTTP interactions mode, Discord's API
// replaced by a local stand-in, a signed and a forged `/who said sputnik`.

const BIN = fileURLToPath(new URL('../../bin/ainews.js', import.meta.url));

let fake: FakeDiscord;
let child: ChildProcess;
let dir: string;
let endpoint: string;
const keys = discordKeys();


beforeAll(async () => {
  fake = await FakeDiscord.start();
  dir = mkdtempSync(join(tmpdir(), 'ainews-discord-start-'));
  const port = await freePort();
  endpoint = `http://127.0.0.1:${port}/discord/interactions`;
  child = spawn(process.execPath, [BIN, 'start'], {
    cwd: dir,
    env: cleanEnv({
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_APPLICATION_ID: '1',
      DISCORD_TOKEN: 'x',
      DISCORD_API_URL: fake.apiUrl,
      PORT: String(port),
      AINEWS_DB: join(dir, 'ainews.db'),
    }),
  });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ainews did not start:\n${stderr}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes(`listening on port ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`ainews exited with ${code}:\n${stderr}`)));
  });
}, 40_000);

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

test('npm start answers a signed /who said sputnik with an embed naming Marc Andreessen, and a forged one with 401', async () => {
  const payload = commandPayload(['who', 'said'], { phrase: 'sputnik' });
  const body = JSON.stringify(payload);
  const response = await postInteraction(endpoint, body, keys.sign(body));
  expect(response.status).toBe(200);
  const reply = response.json as { type: number; data?: SentMessage };
  // Inline when ready within ~2 s, else deferred and sent to the API URL.
  let message: SentMessage;
  if (reply.type === 4) {
    message = reply.data!;
  } else {
    expect(reply.type).toBe(5);
    const [edit] = await fake.waitForCalls(payload.token, 1);
    message = edit!.body as SentMessage;
  }
  expect(message.allowed_mentions).toEqual({ parse: [] });
  expect(message.embeds![0]!.description).toContain('**Marc Andreessen**');

  const forged = await postInteraction(endpoint, body, discordKeys().sign(body));
  expect(forged.status).toBe(401);
  expect(forged.text).toBe('');
}, 20_000);
