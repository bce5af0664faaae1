import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { GatewayIntentBits } from 'discord.js';
import { FakeDiscord } from './fake-discord.ts';
import { FakeGateway } from './fake-gateway.ts';
import { cleanEnv } from './run-cli-async.ts';
import { commandPayload } from './payloads.ts';
import type { SentMessage } from './limits.ts';

// `npm start` in gateway mode, logging in to a local stand-in for Discord's gateway and REST API:
// one client, then two shard processes sharing one SQLite file.

const BIN = fileURLToPath(new URL('../../bin/ainews.js', import.meta.url));

let fake: FakeDiscord;
let gateway: FakeGateway;
let child: ChildProcess | undefined;
let dir: string;
let stderr = '';

beforeEach(async () => {
  fake = await FakeDiscord.start();
  gateway = new FakeGateway(fake);
  dir = mkdtempSync(join(tmpdir(), 'ainews-discord-gateway-'));
});

afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await gateway.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

function start(extra: Record<string, string> = {}): void {
  stderr = '';
  child = spawn(process.execPath, [BIN, 'start'], {
    cwd: dir,
    env: cleanEnv({ DISCORD_TOKEN: 'gateway-token', DISCORD_APPLICATION_ID: '1', DISCORD_API_URL: fake.apiUrl, AINEWS_DB: join(dir, 'ainews.db'), ...extra }),
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
}

async function answer(payload: ReturnType<typeof commandPayload>): Promise<SentMessage> {
  gateway.dispatchInteraction(payload);
  const [call] = await fake.waitForCalls(payload.token, 1, 10_000);
  expect(call!.path).toBe(`/interactions/${payload.id}/${payload.token}/callback`);
  const { type, data } = call!.body as { type: number; data: SentMessage };
  expect(type).toBe(4);
  expect(data.allowed_mentions).toEqual({ parse: [] });
  return data;
}

test('gateway mode logs in with only the Guilds intent and answers /who said sputnik', async () => {
  start();
  const [identify] = await gateway.waitForShards(1).catch((error: Error) => {
    throw new Error(`${error.message}\n${stderr}`);
  });
  expect(identify).toEqual({ token: 'gateway-token', intents: GatewayIntentBits.Guilds, shard: [0, 1] });
  const message = await answer(commandPayload(['who', 'said'], { phrase: 'sputnik' }));
  expect(message.embeds![0]!.description).toContain('**Marc Andreessen**');
}, 40_000);

test('DISCORD_SHARDS=2 runs two shard processes on the same database, each answering its own servers', async () => {
  start({ DISCORD_SHARDS: '2' });
  const identifies = await gateway.waitForShards(2, 45_000).catch((error: Error) => {
    throw new Error(`${error.message}\n${stderr}`);
  });
  expect(identifies.map((i) => i.shard).sort()).toEqual([
    [0, 2],
    [1, 2],
  ]);
  // Server ids whose shard ((id >> 22) % 2) is 0 and 1.
  for (const guildId of ['100', String(1n << 22n)]) {
    const message = await answer(commandPayload(['quotes'], { person: 'Altman' }, { guildId }));
    expect(message.embeds![0]!.title).toBe('Quotes by Sam Altman');
  }
}, 60_000);
