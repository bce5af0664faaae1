import { afterAll, beforeAll, expect, test } from 'vitest';
import { Events, MessageFlags } from 'discord.js';
import { tempLibrary } from '../helpers/temp-library.ts';
import { respondInTime } from '../../src/discord/answer-interaction.ts';
import { createGatewayClient, gatewayResponder } from '../../src/discord/gateway.ts';
import { outcomeAnswer, runCommand } from '../../src/core/run-command.ts';
import { findCommand } from '../../commands/index.ts';
import { renderDiscord, type DiscordMessage } from '../../src/render/discord.ts';
import { FakeDiscord } from './fake-discord.ts';
import { dispatchTo } from './gateway-harness.ts';
import { commandPayload } from './payloads.ts';
import type { SentMessage } from './limits.ts';

// The deadline logic on its own, through a real discord.js interaction: the answer is the real
// /who said answer, made to arrive early or late, or to fail early or late.

let fake: FakeDiscord;
let temp: ReturnType<typeof tempLibrary>;
const logged: string[] = [];
const READY_WITHIN_MS = 40;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  temp = tempLibrary();
});
afterAll(async () => {
  await fake.close();
  temp.dispose();
});

async function realAnswer(): Promise<DiscordMessage> {
  const ctx = { library: temp.library, user: { id: '300', platform: 'discord' as const, isAdmin: false } };
  return renderDiscord(outcomeAnswer(await runCommand(findCommand('who-said')!, { phrase: 'sputnik' }, ctx)));
}

function after<T>(ms: number, make: () => Promise<T>): Promise<T> {
  return new Promise((resolve) => setTimeout(resolve, ms)).then(make);
}

async function answerWith(work: () => Promise<DiscordMessage>, expectedCalls: number) {
  const client = createGatewayClient({ DISCORD_API_URL: fake.apiUrl });
  client.on(Events.InteractionCreate, (interaction) => {
    void respondInTime(work(), gatewayResponder(interaction), { readyWithinMs: READY_WITHIN_MS, log: (line) => logged.push(line) });
  });
  const payload = commandPayload(['who', 'said'], { phrase: 'sputnik' });
  dispatchTo(client, payload);
  const calls = await fake.waitForCalls(payload.token, expectedCalls);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(fake.callsFor(payload.token)).toHaveLength(expectedCalls);
  return { payload, calls };
}

test('an answer ready in time is the reply itself', async () => {
  const { calls } = await answerWith(realAnswer, 1);
  const body = calls[0]!.body as { type: number; data: SentMessage };
  expect(body.type).toBe(4);
  expect(body.data.embeds![0]!.description).toContain('**Marc Andreessen**');
});

test('a slow answer is deferred when the threshold passes, then edited in', async () => {
  const { payload, calls } = await answerWith(() => after(READY_WITHIN_MS * 5, realAnswer), 2);
  expect((calls[0]!.body as { type: number }).type).toBe(5);
  expect(`${calls[1]!.method} ${calls[1]!.path}`).toBe(`PATCH /webhooks/1/${payload.token}/messages/@original`);
  expect((calls[1]!.body as SentMessage).embeds![0]!.description).toContain('**Marc Andreessen**');
});

test('a failure before the threshold is a private reply, and nothing else is sent', async () => {
  const { calls } = await answerWith(() => Promise.reject(new Error('index unreadable')), 1);
  const body = calls[0]!.body as { type: number; data: SentMessage };
  expect(body.type).toBe(4);
  expect(body.data.flags).toBe(MessageFlags.Ephemeral);
  expect(body.data.content).toMatch(/^Sorry, something went wrong/);
  expect(logged.some((line) => line.includes('index unreadable'))).toBe(true);
});

test('a failure after the defer takes the placeholder back and tells only the asker', async () => {
  const { payload, calls } = await answerWith(() => after(READY_WITHIN_MS * 5, () => Promise.reject(new Error('disk gone'))), 3);
  expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
    `POST /interactions/${payload.id}/${payload.token}/callback`,
    `DELETE /webhooks/1/${payload.token}/messages/@original`,
    `POST /webhooks/1/${payload.token}`,
  ]);
  expect((calls[2]!.body as SentMessage).flags).toBe(MessageFlags.Ephemeral);
});
