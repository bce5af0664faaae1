import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commands } from '../../commands/index.ts';
import { discordCommandJson } from '../../src/discord/command-json.ts';
import { runCliAsync } from './run-cli-async.ts';
import { FakeDiscord } from './fake-discord.ts';

type Json = { name: string; description: string; default_member_permissions?: string; dm_permission?: boolean; contexts?: number[]; options?: Json[]; type?: number; required?: boolean; autocomplete?: boolean };

describe('slash-command JSON built from the command list', () => {
  const json = discordCommandJson(commands) as Json[];
  const byName = (name: string) => json.find((c) => c.name === name)!;

  test('/who said <phrase> is command who, subcommand said, option phrase', () => {
    expect(byName('who').options).toEqual([
      { type: 1, name: 'said', description: expect.any(String), options: [{ type: 3, name: 'phrase', description: expect.any(String), required: true }] },
    ]);
  });

  test('every command is there, each with a description and its option described', () => {
    const typed = commands.map((c) => c.words[0]);
    expect(json.map((c) => c.name).sort()).toEqual([...new Set(typed)].sort());
    const walk = (items: Json[]): void => {
      for (const item of items) {
        expect(item.name).toMatch(/^[-_a-z0-9]{1,32}$/);
        expect(item.description.length).toBeGreaterThan(0);
        expect(item.description.length).toBeLessThanOrEqual(100);
        walk(item.options ?? []);
      }
    };
    walk(json);
  });

  test('admin commands are hidden from non-admins and only exist in servers; others are not', () => {
    for (const command of commands) {
      const entry = byName(command.words[0]!);
      if (command.admin) {
        expect(entry).toMatchObject({ default_member_permissions: '0', dm_permission: false, contexts: [0] });
      } else {
        expect(entry.default_member_permissions).toBeUndefined();
        expect(entry.contexts).toBeUndefined();
      }
    }
    expect(commands.filter((c) => c.admin).map((c) => c.name).sort()).toEqual(['ingest', 'reindex', 'stats']);
  });

  test('options with suggestions autocomplete; /ingest takes a URL or an attached file', () => {
    expect(byName('quotes').options![0]).toMatchObject({ name: 'person', autocomplete: true });
    expect(byName('claim').options![0]).toMatchObject({ name: 'topic', autocomplete: true });
    expect(byName('search').options![0]!.autocomplete).toBeUndefined();
    expect(byName('ingest').options).toEqual([
      { type: 3, name: 'source', description: expect.any(String), required: false },
      { type: 11, name: 'file', description: expect.any(String), required: false },
    ]);
  });
});

describe('ainews discord commands | register', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  test('`discord commands` prints the same JSON without sending it', async () => {
    const result = await runCliAsync(['discord', 'commands'], {});
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(discordCommandJson(commands))));
  });

  test('`discord register` bulk-overwrites the global commands with the bot token', async () => {
    const before = fake.calls.length;
    const result = await runCliAsync(['discord', 'register'], { DISCORD_TOKEN: 'secret-token', DISCORD_APPLICATION_ID: '1', DISCORD_API_URL: fake.apiUrl });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Registered 9 commands globally: \/who /);
    const [call] = fake.calls.slice(before);
    expect(`${call!.method} ${call!.path}`).toBe('PUT /applications/1/commands');
    expect(call!.headers.authorization).toBe('Bot secret-token');
    expect(call!.body).toEqual(JSON.parse(JSON.stringify(discordCommandJson(commands))));
  });

  test('`discord register --guild ID` registers in one server, without the global-only fields', async () => {
    const before = fake.calls.length;
    const result = await runCliAsync(['discord', 'register', '--guild', '4242'], { DISCORD_TOKEN: 'secret-token', DISCORD_APPLICATION_ID: '1', DISCORD_API_URL: fake.apiUrl });
    expect(result.status).toBe(0);
    const [call] = fake.calls.slice(before);
    expect(`${call!.method} ${call!.path}`).toBe('PUT /applications/1/guilds/4242/commands');
    const ingest = (call!.body as Json[]).find((c) => c.name === 'ingest')!;
    expect(ingest.default_member_permissions).toBe('0');
    expect(ingest.contexts).toBeUndefined();
  });

  test('without a token it says what is missing and sends nothing', async () => {
    const before = fake.calls.length;
    const result = await runCliAsync(['discord', 'register'], { DISCORD_API_URL: fake.apiUrl });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/needs DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
    expect(fake.calls.length).toBe(before);
  });
});
