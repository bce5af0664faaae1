import { describe, expect, it } from 'vitest';
import { plainFromSlack } from '../../src/slack/slack-text.ts';
import { slashCommandText } from '../../src/slack/listeners/slash-commands.ts';
import { parseCommandText } from '../../src/core/run-command.ts';

describe('plainFromSlack', () => {
  it('drops the mention and reads the rest as a command', () => {
    const text = plainFromSlack('<@U0BOT> who said   sputnik');
    expect(text).toBe('who said sputnik');
    const parsed = parseCommandText(text);
    expect(parsed.ok && parsed.command.name).toBe('who-said');
    expect(parsed.ok && parsed.args).toEqual({ phrase: 'sputnik' });
  });

  it('finds the command wherever the mention is, and in a mention with a label', () => {
    expect(plainFromSlack('claim chips <@U0BOT|ainews>')).toBe('claim chips');
    expect(plainFromSlack('<!here> <@U0BOT> help')).toBe('help');
  });

  it('unwraps links Slack formatted, so ingest gets the URL', () => {
    expect(plainFromSlack('<@U0BOT> ingest <https://example.com/a?b=1&amp;c=2|example.com/a>')).toBe('ingest https://example.com/a?b=1&c=2');
    expect(plainFromSlack('ingest <http://example.com/x>')).toBe('ingest http://example.com/x');
  });

  it('decodes the characters Slack escapes', () => {
    expect(plainFromSlack('search R&amp;D &lt;budget&gt;')).toBe('search R&D <budget>');
  });
});

describe('slashCommandText', () => {
  it('reads each slash command as the command it names; /ainews takes any command', () => {
    expect(slashCommandText('/who', 'said sputnik')).toBe('who said sputnik');
    expect(slashCommandText('/claim', 'chips')).toBe('claim chips');
    expect(slashCommandText('/ainews', 'sources')).toBe('sources');
    expect(slashCommandText('/ainews', '')).toBe('');
  });
});
