import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ConfigError, configSchema, loadConfig } from '../../src/config.ts';

describe('loadConfig', () => {
  it('fills defaults and treats empty variables as unset', () => {
    const config = loadConfig({ AINEWS_DB: '', PORT: '' });
    expect(config.AINEWS_DB).toBe('data/ainews.db');
    expect(config.PORT).toBe(3000);
    expect(config.SLACK_ADMIN_USER_IDS).toEqual([]);
  });

  it('names a malformed setting and what is wrong with it, never its value', () => {
    const secret = 'not-a-bot-token-s3cr3t';
    let error: unknown;
    try {
      loadConfig({ SLACK_BOT_TOKEN: secret, PORT: 'eighty' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('SLACK_BOT_TOKEN');
    expect(message).toContain('PORT');
    expect(message).not.toContain(secret);
  });

  it('splits the Slack admin list', () => {
    expect(loadConfig({ SLACK_ADMIN_USER_IDS: 'U1, U2,,' }).SLACK_ADMIN_USER_IDS).toEqual(['U1', 'U2']);
  });

  it('lists in .env.example exactly the settings the schema knows', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const names = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]).sort();
    expect(names).toEqual(Object.keys(configSchema.shape).sort());
  });
});
