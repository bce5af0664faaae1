import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SLASH_COMMANDS } from '../../src/slack/listeners/slash-commands.ts';

const manifest = readFileSync(new URL('../../src/slack/manifest.yml', import.meta.url), 'utf8');

/** The items of the YAML list under `key:` (one `- item` a line, comments skipped). */
function listUnder(key: string): string[] {
  const lines = manifest.split('\n');
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim().startsWith('#')) continue;
    const item = /^\s*- ([\w:.]+)\s*$/.exec(line);
    if (!item) break;
    items.push(item[1]!);
  }
  return items;
}

it('declares exactly the slash commands the app listens to, all on /slack/events', () => {
  const declared = [...manifest.matchAll(/- command: (\S+)/g)].map((m) => m[1]);
  expect(declared).toEqual([...SLASH_COMMANDS]);
  const urls = [...manifest.matchAll(/(?:url|request_url): (\S+)/g)].map((m) => m[1]);
  expect(urls.length).toBe(SLASH_COMMANDS.length + 2);
  for (const url of urls) expect(url).toMatch(/^https:\/\/YOUR-HOST\/slack\/events$/);
});

it('asks for the least bot scopes, the app_mention event and interactivity', () => {
  expect(listUnder('bot').sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'reactions:write', 'users:read']);
  expect(listUnder('bot_events')).toEqual(['app_mention']);
  expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
});
