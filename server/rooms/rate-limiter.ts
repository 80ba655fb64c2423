/**
 * A token bucket per sender: a burst of `burst` messages, refilled at `perSecond`. It keeps one
 * flooding client from filling the room's serial command queue ahead of everyone else.
 */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 5, burst: 20 };

export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly limit: RateLimit = DEFAULT_RATE_LIMIT) {}

  /** True if `key` may send one more message at `now` (ms); spends a token when it may. */
  take(key: string, now: number): boolean {
    const b = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    b.tokens = Math.min(this.limit.burst, b.tokens + ((now - b.at) / 1000) * this.limit.perSecond);
    b.at = now;
    const allowed = b.tokens >= 1;
    if (allowed) b.tokens -= 1;
    this.buckets.set(key, b);
    return allowed;
  }

  forget(key: string): void {
    this.buckets.delete(key);
  }
}
