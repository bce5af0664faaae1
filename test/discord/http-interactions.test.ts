import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MessageFlags, REST } from 'discord.js';
import { tempLibrary } from '../helpers/temp-library.ts';
import { interactionsHandler } from '../../src/discord/http-interactions.ts';
import { FakeDiscord } from './fake-discord.ts';
import { testDeps } from './gateway-harness.ts';
import { autocompletePayload, buttonPayload, commandPayload } from './payloads.ts';
import { discordKeys, postInteraction } from './signing.ts';
import { expectWithinDiscordLimits, type SentMessage } from './limits.ts';
import { htmlArticle } from './articles.ts';

let fake: FakeDiscord;
let server: Server;
let endpoint: string;
let temp: ReturnType<typeof tempLibrary>;
const keys = discordKeys();

beforeAll(async () => {
  fake = await FakeDiscord.start();
  temp = tempLibrary();
  const rest = new REST({ api: fake.apiUrl });
  const handle = interactionsHandler(keys.publicKeyHex, rest, testDeps(temp.library, { readyWithinMs: 30, perMinute: 1000 }));
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/discord/interactions`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await fake.close();
  temp.dispose();
});

async function signedPost(payload: unknown) {
  const body = JSON.stringify(payload);
  return postInteraction(endpoint, body, keys.sign(body));
}

function count(table: string): number {
  return (temp.library.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('HTTP interactions: signatures', () => {
  test('a signed PING is answered with a PONG', async () => {
    const ping = { id: '1', application_id: '1', type: 1, token: 'ping-token', version: 1 };
    const response = await signedPost(ping);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ type: 1 });
  });

  test('forged, tampered, replayed-with-another-time and unsigned requests get 401 with no detail, and are not answered', async () => {
    const payload = commandPayload(['who', 'said'], { phrase: 'sputnik' });
    const body = JSON.stringify(payload);
    const stranger = discordKeys();
    const good = keys.sign(body);
    const attempts = [
      stranger.sign(body),
      { ...good, 'x-signature-timestamp': String(Number(good['x-signature-timestamp']) + 1) },
      keys.sign(JSON.stringify({ ...payload, id: '1' }), good['x-signature-timestamp']),
      { 'content-type': 'application/json' },
      { ...good, 'x-signature-ed25519': 'zz' },
    ];
    for (const headers of attempts) {
      const response = await postInteraction(endpoint, body, headers);
      expect(response.status).toBe(401);
      expect(response.text).toBe('');
    }
    expect(fake.callsFor(payload.token)).toEqual([]);
  });

  test('only POST to /discord/interactions is served', async () => {
    const other = await fetch(endpoint.replace('/interactions', '/other'), { method: 'POST' });
    expect(other.status).toBe(404);
    const get = await fetch(endpoint);
    expect(get.status).toBe(405);
  });
});

describe('HTTP interactions: answers', () => {
  test('/who said sputnik is answered in the HTTP reply with an embed naming Marc Andreessen', async () => {
    const response = await signedPost(commandPayload(['who', 'said'], { phrase: 'sputnik' }));
    expect(response.status).toBe(200);
    const { type, data } = response.json as { type: number; data: SentMessage };
    expect(type).toBe(4);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.embeds![0]!.description).toContain('**Marc Andreessen**');
    expectWithinDiscordLimits(data);
  });

  test('an admin command is deferred in the HTTP reply, then edited in through REST', async () => {
    fake.files.set('http-slow.html', { type: 'text/html', body: htmlArticle('Later', ['“Worth the wait,” said Ines Moreau, an analyst.']), delayMs: 250 });
    const payload = commandPayload(['ingest'], { source: fake.fileUrl('http-slow.html') }, { admin: true });
    const response = await signedPost(payload);
    expect(response.json).toEqual({ type: 5 });
    const [edit] = await fake.waitForCalls(payload.token, 1);
    expect(`${edit!.method} ${edit!.path}`).toBe(`PATCH /webhooks/1/${payload.token}/messages/@original`);
    // Interaction webhooks carry the interaction's token in the path, never the bot token.
    expect(edit!.headers.authorization).toBeUndefined();
    const message = edit!.body as SentMessage;
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.embeds![0]!.fields).toEqual([{ name: 'Added (1)', value: expect.stringMatching(/http-slow\.html$/) as unknown as string }]);
  });

  test('a refused admin command from a DM is answered at once and writes nothing', async () => {
    const before = count('ingest_log');
    const response = await signedPost(commandPayload(['reindex'], {}, { dm: true }));
    const { data } = response.json as { data: SentMessage };
    expect(data.embeds![0]!.title).toBe('Admins only');
    expect(count('ingest_log')).toBe(before);
  });

  test('autocomplete is answered in the HTTP reply', async () => {
    const response = await signedPost(autocompletePayload(['quotes'], 'person', 'amo'));
    const { type, data } = response.json as { type: number; data: { choices: { name: string }[] } };
    expect(type).toBe(8);
    expect(data.choices.map((c) => c.name)).toContain('Dario Amodei');
  });

  test('autocomplete for a command ainews no longer has gets no choices', async () => {
    const response = await signedPost(autocompletePayload(['weather'], 'city', 'par'));
    expect(response.json).toEqual({ type: 8, data: { choices: [] } });
  });

  test('"More" updates the message it is on with the next page', async () => {
    const first = (await signedPost(commandPayload(['claim'], { topic: 'cost' }))).json as { data: SentMessage };
    const more = first.data.components![0]!.components[0]!;
    const response = await signedPost(buttonPayload(more.custom_id!, { embeds: first.data.embeds }));
    const { type, data } = response.json as { type: number; data: SentMessage };
    expect(type).toBe(7);
    expect(data.embeds![0]!.footer!.text).toMatch(/^Page 2 of/);
  });

  test('an unknown command gets a private notice', async () => {
    const response = await signedPost(commandPayload(['weather'], {}));
    const { type, data } = response.json as { type: number; data: SentMessage };
    expect(type).toBe(4);
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.content).toMatch(/Try \/help/);
  });
});
