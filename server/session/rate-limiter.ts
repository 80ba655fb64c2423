/**
 * A token bucket per participant: a burst of `burst` messages, refilled at `perSecond`. It keeps
 * one flooding client from filling the room's serial command queue ahead of everyone else.
 *
 * Refusals are bounded too: a sender over the limit gets one RATE_LIMITED rejection, then its
 * further messages are dropped silently until one is admitted again. A continuous flood thus
 * earns at most `perSecond` rejections a second, however fast it sends (docs/reliability.md).
 */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 5, burst: 20 };

/** allow: handle it. refuse: answer RATE_LIMITED once. drop: say nothing (already told). */
export type Admission = "allow" | "refuse" | "drop";

export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number; told: boolean }>();
  constructor(private readonly limit: RateLimit = DEFAULT_RATE_LIMIT) {}

  /** True if `key` may send one more message at `now` (ms); spends a token when it may. */
  take(key: string, now: number): boolean {
    return this.admit(key, now) === "allow";
  }

  /** Like `take`, but also says whether the sender has already been told it is limited. */
  admit(key: string, now: number): Admission {
    const b = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now, told: false };
    b.tokens = Math.min(this.limit.burst, b.tokens + (Math.max(0, now - b.at) / 1000) * this.limit.perSecond);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      b.told = false;
      return "allow";
    }
    if (b.told) return "drop";
    b.told = true;
    return "refuse";
  }

  forget(key: string): void {
    this.buckets.delete(key);
  }
}
