import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/core/rate-limiter.ts';

describe('RateLimiter', () => {
  it('admits a user perMinute times in a minute, says when to retry, and admits again after the window', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.admit('U1')).toEqual({ ok: true });
      now += 10_000;
    }
    expect(limiter.admit('U1')).toEqual({ ok: false, retryInSeconds: 30 });
    expect(limiter.admit('U2')).toEqual({ ok: true });
    now += 30_001;
    expect(limiter.admit('U1')).toEqual({ ok: true });
  });
});
