const WINDOW_MS = 60_000;

export type Admission = { ok: true } | { ok: false; retryInSeconds: number };

/**
 * At most `perMinute` commands per user in any sliding minute, so one user cannot hog the bot. Each
 * process counts on its own, so behind a load balancer a user gets up to this many per instance:
 * a guard against floods, not a quota. Discord and Slack share it.
 */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  admit(userId: string): Admission {
    const now = this.now();
    const times = (this.recent.get(userId) ?? []).filter((t) => t > now - WINDOW_MS);
    if (times.length >= this.perMinute) {
      this.recent.set(userId, times);
      return { ok: false, retryInSeconds: Math.max(1, Math.ceil((times[0]! + WINDOW_MS - now) / 1000)) };
    }
    times.push(now);
    this.recent.set(userId, times);
    if (this.recent.size > 10_000) this.forgetIdle(now);
    return { ok: true };
  }

  /** Users quiet for a minute hold no slots; dropping them keeps memory flat in a big workspace. */
  private forgetIdle(now: number): void {
    for (const [user, times] of this.recent) {
      if (times.every((t) => t <= now - WINDOW_MS)) this.recent.delete(user);
    }
  }
}
