const WINDOW_MS = 60_000;

/**
 * At most `perMinute` commands per user in any sliding minute. Each process counts on its own, so
 * behind a load balancer a user gets up to this many per instance: a guard against floods, not a quota.
 */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(readonly perMinute: number) {}

  /** Records a command and returns 0, or returns how many ms until the user may send another. */
  take(userId: string, now = Date.now()): number {
    const times = (this.recent.get(userId) ?? []).filter((t) => now - t < WINDOW_MS);
    if (times.length >= this.perMinute) {
      this.recent.set(userId, times);
      return WINDOW_MS - (now - times[0]!);
    }
    times.push(now);
    this.recent.set(userId, times);
    if (this.recent.size > 10_000) this.forgetIdle(now);
    return 0;
  }

  private forgetIdle(now: number): void {
    for (const [id, times] of this.recent) if (times.every((t) => now - t >= WINDOW_MS)) this.recent.delete(id);
  }
}
