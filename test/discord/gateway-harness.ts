import type { Client } from 'discord.js';
import { createGatewayClient, listenForInteractions } from '../../src/discord/gateway.ts';
import type { DiscordDeps } from '../../src/discord/answer-interaction.ts';
import { RateLimiter } from '../../src/core/rate-limiter.ts';
import type { Library } from '../../src/core/library.ts';
import type { FakeDiscord } from './fake-discord.ts';

export interface DepsOptions {
  readyWithinMs?: number;
  perMinute?: number;
  maxBytes?: number;
  timeoutMs?: number;
}

/** Handler settings for tests: short deadlines so nothing waits seconds, and a log the test can read. */
export function testDeps(library: Library, opts: DepsOptions = {}): DiscordDeps & { logged: string[] } {
  const logged: string[] = [];
  return {
    library,
    limiter: new RateLimiter(opts.perMinute ?? 1000),
    readyWithinMs: opts.readyWithinMs ?? 200,
    fetchLimits: { timeoutMs: opts.timeoutMs ?? 2000, maxBytes: opts.maxBytes ?? 1024 * 1024 },
    log: (line) => logged.push(line),
    logged,
  };
}

/**
 * A real discord.js Client whose REST calls go to the fake Discord. `dispatch` hands it an
 * INTERACTION_CREATE payload exactly as its gateway connection would, so discord.js builds the
 * real interaction object and the bot answers it through discord.js.
 */
export function gatewayBot(fake: FakeDiscord, deps: DiscordDeps): { client: Client; dispatch(payload: unknown): void } {
  const client = createGatewayClient({ DISCORD_API_URL: fake.apiUrl });
  listenForInteractions(client, deps);
  return { client, dispatch: (payload) => dispatchTo(client, payload) };
}

/** What discord.js does with an INTERACTION_CREATE packet from its gateway connection. */
export function dispatchTo(client: Client, payload: unknown): void {
  const actions = (client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }).actions;
  actions.InteractionCreate.handle(payload);
}
