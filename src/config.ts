import { z } from 'zod';
import { fileURLToPath } from 'node:url';

/** The bundled articles, found wherever ainews is started from. */
export const BUNDLED_ARTICLES = fileURLToPath(new URL('../data/articles', import.meta.url));

const optionalText = z.string().trim().min(1).optional();
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const url = z.url({ protocol: /^https?$/ }).optional();

/**
 * Every setting ainews reads, parsed once at start. `.env.example` lists exactly these names,
 * and a test keeps the two in step.
 */
export const configSchema = z.object({
  AINEWS_DB: z.string().trim().min(1).default('data/ainews.db'),
  AINEWS_ARTICLES_DIR: z.string().trim().min(1).default(BUNDLED_ARTICLES),
  AINEWS_MAX_FILE_MB: positiveInt(10),
  AINEWS_FETCH_TIMEOUT_MS: positiveInt(10_000),
  AINEWS_FETCH_MAX_MB: positiveInt(5),
  AINEWS_RATE_LIMIT_PER_MINUTE: positiveInt(20),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: z.string().trim().regex(/^\d+$/, 'must be a numeric application id').optional(),
  DISCORD_PUBLIC_KEY: z.string().trim().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters').optional(),
  DISCORD_API_URL: url,
  DISCORD_SHARDS: z.union([z.literal('auto'), z.coerce.number().int().positive()]).optional(),
  SLACK_BOT_TOKEN: z.string().trim().startsWith('xoxb-', 'must start with xoxb-').optional(),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: z.string().trim().startsWith('xapp-', 'must start with xapp-').optional(),
  SLACK_API_URL: url,
  SLACK_ADMIN_USER_IDS: z
    .string()
    .trim()
    .default('')
    .transform((ids) => ids.split(',').map((id) => id.trim()).filter((id) => id.length > 0)),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Empty variables count as unset, as in most .env files. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(configSchema.shape)
      .map((key) => [key, env[key]] as const)
      .filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = configSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  // Name the variable and the problem, never the value: it may be a token.
  const problems = parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
  throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
}
