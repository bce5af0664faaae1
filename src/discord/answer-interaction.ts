import type { CommandContext } from '../../commands/command.ts';
import type { Library } from '../core/library.ts';
import type { FetchLimits } from '../core/fetch-article.ts';
import { outcomeAnswer, runCommand } from '../core/run-command.ts';
import { describeReport } from '../core/describe-report.ts';
import type { Answer, IngestReport } from '../core/answer.ts';
import { renderDiscord, renderNotice, type DiscordMessage } from '../render/discord.ts';
import { DISCORD_LIMITS, cutText } from '../render/discord-text.ts';
import { downloadAttachment } from './download-attachment.ts';
import type { DiscordRequest } from './interaction-request.ts';
import type { RateLimiter } from '../core/rate-limiter.ts';
import type { Responder } from './responder.ts';

export interface DiscordDeps {
  library: Library;
  limiter: RateLimiter;
  /** An answer ready within this many ms is sent as the reply; a slower one is deferred first (Discord allows 3 s). */
  readyWithinMs: number;
  fetchLimits: FetchLimits;
  log: (line: string) => void;
}

/** About 2 s: leaves a second of Discord's 3 s for the defer itself to arrive. */
export const READY_WITHIN_MS = 2000;

const FAILED = 'Sorry, something went wrong while answering. Nothing more was sent; please try again later.';
const UNKNOWN = 'That command or button is not one ainews knows (any more). Try /help.';

/** Answers one interaction, whichever way it arrived; never throws, never responds twice. */
export async function answerInteraction(request: DiscordRequest, responder: Responder, deps: DiscordDeps): Promise<void> {
  try {
    if (request.kind === 'autocomplete') return await responder.suggest(choices(request.command?.option?.suggest?.(request.typed, deps.library) ?? []));
    if (request.kind === 'unknown') return await responder.notify(renderNotice(UNKNOWN));
    const admission = deps.limiter.admit(request.asker.id);
    if (!admission.ok) {
      const limit = deps.limiter.perMinute;
      return await responder.notify(renderNotice(`Slow down: ${limit} command${limit === 1 ? '' : 's'} a minute at most. Try again in ${admission.retryInSeconds} s.`));
    }
    // Admin commands write (ingest, reindex) and can hold the thread longer than Discord waits; a held
    // thread cannot defer in time, so they are deferred before they start.
    if (request.kind === 'command' && request.command.admin && request.asker.isAdmin) {
      await responder.defer();
      return await finishDeferred(answerFor(request, deps), responder, deps);
    }
    await respondInTime(answerFor(request, deps), responder, deps);
  } catch (error) {
    // Sending itself failed (Discord unreachable, token expired): nothing else can be sent.
    deps.log(`discord: could not answer ${request.kind}: ${describe(error)}`);
  }
}

async function answerFor(request: Extract<DiscordRequest, { kind: 'command' | 'page' }>, deps: DiscordDeps): Promise<DiscordMessage> {
  const ctx: CommandContext = { library: deps.library, user: { id: request.asker.id, platform: 'discord', isAdmin: request.asker.isAdmin } };
  if (request.kind === 'page') {
    const args = request.command.option ? { [request.command.option.name]: request.query } : {};
    return renderDiscord(outcomeAnswer(await runCommand(request.command, args, ctx)), request.page);
  }
  const { command, attachment } = request;
  // Only an admin's attachment is downloaded; anyone else's /ingest is refused by runCommand unread.
  if (attachment && command.acceptsFiles && request.asker.isAdmin) {
    const downloaded = await downloadAttachment(attachment, deps.fetchLimits);
    if ('failure' in downloaded) return renderDiscord(failedIngest(command.name, downloaded.failure));
    ctx.files = [downloaded];
  }
  return renderDiscord(outcomeAnswer(await runCommand(command, request.args, ctx)));
}

/**
 * Sends the answer as the reply when it is ready within `readyWithinMs`, else defers first and edits
 * it in when it comes; a failure becomes a private notice, sent once.
 */
export async function respondInTime(work: Promise<DiscordMessage>, responder: Responder, deps: Pick<DiscordDeps, 'readyWithinMs' | 'log'>): Promise<void> {
  const settled = settle(work);
  let timer: NodeJS.Timeout | undefined;
  const early = await Promise.race([settled, new Promise<null>((resolve) => (timer = setTimeout(resolve, deps.readyWithinMs, null)))]);
  clearTimeout(timer);
  if (early) {
    if ('message' in early) return responder.respond(early.message);
    deps.log(`discord: answering failed: ${describe(early.error)}`);
    return responder.notify(renderNotice(FAILED));
  }
  await responder.defer();
  return finishDeferred(work, responder, deps);
}

async function finishDeferred(work: Promise<DiscordMessage>, responder: Responder, deps: Pick<DiscordDeps, 'log'>): Promise<void> {
  const late = await settle(work);
  if ('message' in late) return responder.edit(late.message);
  deps.log(`discord: answering failed after defer: ${describe(late.error)}`);
  return responder.failAfterDefer(renderNotice(FAILED));
}

function settle<T>(work: Promise<T>): Promise<{ message: T } | { error: unknown }> {
  return work.then(
    (message) => ({ message }),
    (error: unknown) => ({ error }),
  );
}

function failedIngest(command: string, failure: { file: string; reason: string }): Answer {
  const report: IngestReport = { added: [], updated: [], unchanged: [], failed: [failure] };
  return { command, query: failure.file, title: 'Ingest report', results: [], report, message: describeReport(report) };
}

/** Discord shows at most 25 choices of at most 100 characters each. */
function choices(suggestions: string[]): string[] {
  const unique = [...new Set(suggestions.map((s) => cutText(s, DISCORD_LIMITS.choiceText)).filter((s) => s.length > 0))];
  return unique.slice(0, DISCORD_LIMITS.choices);
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
