import type { Config } from '../config.ts';
import type { Library } from '../core/library.ts';
import { READY_WITHIN_MS, type DiscordDeps } from './answer-interaction.ts';
import { RateLimiter } from '../core/rate-limiter.ts';

/** What the Discord handler needs, from the settings. */
export function discordDeps(config: Config, library: Library): DiscordDeps {
  return {
    library,
    limiter: new RateLimiter(config.AINEWS_RATE_LIMIT_PER_MINUTE),
    readyWithinMs: READY_WITHIN_MS,
    // Attachments get the same deadline and size cap as /ingest <url>.
    fetchLimits: library.fetchLimits,
    log: (line) => process.stderr.write(`ainews: ${line}\n`),
  };
}
