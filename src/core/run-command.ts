import type { Command, CommandContext } from '../../commands/command.ts';
import { commands, usageOf } from '../../commands/index.ts';
import type { Answer } from './answer.ts';
import { normalizeText } from '../ingest/decode.ts';

export type Outcome =
  | { kind: 'answer'; answer: Answer }
  /** The input was not a command ainews understands; `usage` says how to type it. */
  | { kind: 'usage'; error: string; usage: string };

export type ParsedText =
  | { ok: true; command: Command; args: Record<string, string> }
  | { ok: false; error: string; usage: string };

/** The usage lines of every command, for an input that matches none. */
export function allUsage(): string {
  return commands.map((c) => `  ${usageOf(c)}`).join('\n');
}

/**
 * Reads a command as a user types it in chat or a terminal: `/who said sputnik`, `who said sputnik`
 * (the leading slash is optional, as in a Slack mention), `/claim training cost`. The words after the
 * command are its one option.
 */
export function parseCommandText(text: string): ParsedText {
  const words = normalizeText(text).trim().replace(/^\//, '').split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return { ok: false, error: 'No command given.', usage: allUsage() };
  const matching = commands
    .filter((c) => c.words.every((w, i) => words[i]?.toLowerCase() === w))
    .sort((a, b) => b.words.length - a.words.length);
  const command = matching[0];
  if (!command) {
    const started = commands.find((c) => c.words[0] === words[0]!.toLowerCase());
    if (started) return { ok: false, error: `Incomplete command “${words.join(' ')}”.`, usage: `  ${usageOf(started)}` };
    return { ok: false, error: `Unknown command “${words[0]}”.`, usage: allUsage() };
  }
  const rest = words.slice(command.words.length).join(' ');
  if (!command.option) {
    if (rest) return { ok: false, error: `/${command.words.join(' ')} takes no arguments.`, usage: `  ${usageOf(command)}` };
    return { ok: true, command, args: {} };
  }
  return { ok: true, command, args: rest ? { [command.option.name]: rest } : {} };
}

/** Validates arguments, enforces admin rights, and runs the command. */
export async function runCommand(command: Command, args: Record<string, unknown>, ctx: CommandContext): Promise<Outcome> {
  if (command.admin && !ctx.user.isAdmin) {
    return {
      kind: 'answer',
      answer: {
        command: command.name,
        query: '',
        title: 'Admins only',
        results: [],
        message: `Sorry, /${command.words.join(' ')} is for admins only. Nothing was changed.`,
      },
    };
  }
  const option = command.option;
  // What a user typed is echoed in titles and messages, so it gets the same Trojan Source stripping as article text.
  if (option && typeof args[option.name] === 'string') args = { ...args, [option.name]: normalizeText(args[option.name] as string) };
  if (option?.required && String(args[option.name] ?? '').trim() === '') {
    return { kind: 'usage', error: `/${command.words.join(' ')} needs a ${option.name}: ${option.description}.`, usage: `  ${usageOf(command)}` };
  }
  const parsed = command.schema.safeParse(args);
  if (!parsed.success) {
    const problem = parsed.error.issues[0]?.message ?? 'invalid arguments';
    return { kind: 'usage', error: `/${command.words.join(' ')}: ${problem}.`, usage: `  ${usageOf(command)}` };
  }
  try {
    const run = () => command.run(parsed.data, ctx);
    // Admin commands write (in their own transactions) and may await a download; the others only read.
    return { kind: 'answer', answer: await (command.admin ? run() : ctx.library.snapshot(run)) };
  } catch (error) {
    if (isBusy(error)) {
      return {
        kind: 'answer',
        answer: { command: command.name, query: '', title: 'Busy', results: [], message: 'The library is busy with another write. Try again in a moment.' },
      };
    }
    throw error;
  }
}

export async function answerText(text: string, ctx: CommandContext): Promise<Outcome> {
  const parsed = parseCommandText(text);
  if (!parsed.ok) return { kind: 'usage', error: parsed.error, usage: parsed.usage };
  return runCommand(parsed.command, parsed.args, ctx);
}

/** Chat platforms show a usage problem as an ordinary answer. */
export function outcomeAnswer(outcome: Outcome): Answer {
  if (outcome.kind === 'answer') return outcome.answer;
  return { command: 'usage', query: '', title: 'How to ask', results: [], message: `${outcome.error}\n${outcome.usage}` };
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}
