import { describe, expect, it } from 'vitest';
import { parseCommandText } from '../../src/core/run-command.ts';

describe('parseCommandText', () => {
  it('reads a slash command with its option', () => {
    const parsed = parseCommandText('/who said sputnik moment');
    expect(parsed.ok && parsed.command.name).toBe('who-said');
    expect(parsed.ok && parsed.args).toEqual({ phrase: 'sputnik moment' });
  });

  it('takes the command without the slash, as a Slack mention carries it, in any case', () => {
    const parsed = parseCommandText('  Claim   training cost ');
    expect(parsed.ok && parsed.command.name).toBe('claim');
    expect(parsed.ok && parsed.args).toEqual({ topic: 'training cost' });
  });

  it('leaves a missing option to validation, so the command can explain it', () => {
    const parsed = parseCommandText('/quotes');
    expect(parsed.ok && parsed.args).toEqual({});
  });

  it('answers an unknown command with the usage of every command', () => {
    const parsed = parseCommandText('/weather tomorrow');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toContain('Unknown command “weather”');
    expect(parsed.usage).toContain('/who said <phrase>');
    expect(parsed.usage).toContain('/claim <topic>');
  });

  it('shows the right usage for a half-typed command', () => {
    const parsed = parseCommandText('/who');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.usage.trim()).toBe('/who said <phrase>');
  });

  it('refuses arguments for a command that takes none', () => {
    const parsed = parseCommandText('/sources everything');
    expect(parsed.ok).toBe(false);
  });

  it('is not fooled by an empty line', () => {
    expect(parseCommandText('   ').ok).toBe(false);
  });
});
