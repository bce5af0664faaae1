import { parseArgs } from 'node:util';
import 'dotenv/config';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { openLibrary } from './open-library.ts';
import { answerText, allUsage } from '../core/run-command.ts';
import { renderJson } from '../render/json.ts';
import { renderTerminal } from '../render/terminal.ts';
import { describeReport } from '../core/describe-report.ts';
import type { CommandContext } from '../../commands/command.ts';

const USAGE = `usage:
  ainews ingest [--json] [--db FILE] PATH...   add or update articles from files or folders
  ainews ask [--json] [--db FILE] COMMAND...   answer commands, e.g. ainews ask "/who said sputnik"
  ainews reindex [--db FILE]                   rebuild extraction and search index
  ainews start                                 the bot (Discord and/or Slack when configured, else a console)
  ainews discord commands | register [--guild ID]

commands:
${allUsage()}`;

/** Exit statuses of the CLI contract. */
const EXIT = { ok: 0, error: 1, usage: 2, someFailed: 3 } as const;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === 'help' || verb === '--help' || verb === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return verb === undefined ? EXIT.usage : EXIT.ok;
  }
  const config = loadConfig();
  switch (verb) {
    case 'ingest':
      return ingest(config, rest);
    case 'ask':
      return ask(config, rest);
    case 'reindex':
      return reindex(config, rest);
    case 'start': {
      const { start } = await import('../start.ts');
      return start(config);
    }
    case 'discord': {
      const { discordCli } = await import('../discord/discord-cli.ts');
      return discordCli(config, rest);
    }
    default:
      throw new UsageError(`unknown command “${verb}”`);
  }
}

function options(args: string[], flags: { json?: boolean }) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, ...(flags.json && { json: { type: 'boolean' as const } }) },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function dbPath(config: Config, db: string | undefined): string {
  return db ?? config.AINEWS_DB;
}

function ingest(config: Config, args: string[]): number {
  const { values, positionals } = options(args, { json: true });
  if (positionals.length === 0) throw new UsageError('ingest needs at least one file or folder');
  const library = openLibrary(config, dbPath(config, values.db), { fill: false });
  try {
    const report = library.ingestPaths(positionals);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(report)}\n`);
    } else {
      const lines = [`Ingest: ${describeReport(report)}`];
      for (const file of report.added) lines.push(`  added: ${file}`);
      for (const file of report.updated) lines.push(`  updated: ${file}`);
      for (const { file, reason } of report.failed) lines.push(`  failed: ${file}: ${reason}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return report.failed.length > 0 ? EXIT.someFailed : EXIT.ok;
  } finally {
    library.close();
  }
}

async function ask(config: Config, args: string[]): Promise<number> {
  const { values, positionals } = options(args, { json: true });
  if (positionals.length === 0) throw new UsageError('ask needs a command, e.g. ainews ask "/who said sputnik"');
  const library = openLibrary(config, dbPath(config, values.db), { fill: true });
  const ctx: CommandContext = { library, user: { id: 'cli', platform: 'cli', isAdmin: true } };
  let status: number = EXIT.ok;
  try {
    for (const text of positionals) {
      const outcome = await answerText(text, ctx);
      if (outcome.kind === 'usage') {
        process.stderr.write(`ainews: ${outcome.error}\nusage:\n${outcome.usage}\n`);
        status = EXIT.usage;
        continue;
      }
      process.stdout.write(`${values.json ? renderJson(outcome.answer) : `${renderTerminal(outcome.answer)}\n`}\n`);
    }
    return status;
  } finally {
    library.close();
  }
}

function reindex(config: Config, args: string[]): number {
  const { values, positionals } = options(args, {});
  if (positionals.length > 0) throw new UsageError('reindex takes no paths');
  const library = openLibrary(config, dbPath(config, values.db), { fill: true });
  try {
    const { articles, quotes, claims } = library.reindex();
    process.stdout.write(`Reindexed ${articles} articles: ${quotes} quotes, ${claims} claims.\n`);
    return EXIT.ok;
  } finally {
    library.close();
  }
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`ainews: ${error.message}\n${USAGE}\n`);
      process.exitCode = EXIT.usage;
    } else if (error instanceof ConfigError) {
      process.stderr.write(`ainews: ${error.message}\n`);
      process.exitCode = EXIT.error;
    } else {
      process.stderr.write(`ainews: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT.error;
    }
  },
);
