/** The token bucket and its bounded refusals: one RATE_LIMITED per limited stretch, then silence. */
import { expect, it } from "vitest";
import { RateLimiter } from "../../server/session/rate-limiter.js";

it("admits a burst, then refuses once and drops the rest until a token is back", () => {
  const limiter = new RateLimiter({ perSecond: 5, burst: 20 });
  const t0 = 1_000_000;
  const first = Array.from({ length: 1000 }, () => limiter.admit("flooder", t0));
  expect(first.filter((a) => a === "allow")).toHaveLength(20);
  expect(first.filter((a) => a === "refuse")).toHaveLength(1);
  expect(first[20]).toBe("refuse");
  expect(first.slice(21).every((a) => a === "drop")).toBe(true);
  // 200 ms later one token is back: one more admitted, then one more refusal.
  expect(limiter.admit("flooder", t0 + 200)).toBe("allow");
  expect(limiter.admit("flooder", t0 + 200)).toBe("refuse");
  expect(limiter.admit("flooder", t0 + 201)).toBe("drop");
  // Others are untouched.
  expect(limiter.admit("calm", t0 + 201)).toBe("allow");
});

it("bounds refusals to perSecond a second under a continuous flood", () => {
  const limiter = new RateLimiter({ perSecond: 5, burst: 20 });
  let refusals = 0;
  let allowed = 0;
  for (let ms = 0; ms < 10_000; ms++) {
    for (let k = 0; k < 10; k++) {
      const a = limiter.admit("flooder", ms);
      if (a === "refuse") refusals++;
      if (a === "allow") allowed++;
    }
  }
  expect(allowed).toBeLessThanOrEqual(20 + 50);
  expect(refusals).toBeLessThanOrEqual(1 + 50);
});

it("keeps the old boolean take()", () => {
  const limiter = new RateLimiter({ perSecond: 1, burst: 1 });
  expect(limiter.take("a", 0)).toBe(true);
  expect(limiter.take("a", 0)).toBe(false);
  expect(limiter.take("a", 1000)).toBe(true);
});
