/** REDIS_URL read into ioredis options that wait out an outage instead of failing (server/cluster/redis-link.ts). */
import { expect, it } from "vitest";
import { redisOptionsFromUrl } from "../../server/cluster/redis-link.js";

it("reads host, port, user, password and database, and waits for Redis however long it is away", () => {
  const options = redisOptionsFromUrl("redis://seminar:p%40ss%3Aword@redis.school.example:6380/2");
  expect(options).toMatchObject({
    host: "redis.school.example",
    port: 6380,
    username: "seminar",
    password: "p@ss:word",
    db: 2,
    maxRetriesPerRequest: null,
    enableOfflineQueue: true,
  });
  expect(options).not.toHaveProperty("tls");
  // Reconnection is retried for ever, at most a second apart.
  const retry = options.retryStrategy!;
  expect([1, 5, 10, 1000].map((n) => retry(n))).toEqual([100, 500, 1000, 1000]);
});

it("defaults the port, reads rediss:// as TLS and an IPv6 host without its brackets", () => {
  expect(redisOptionsFromUrl("redis://127.0.0.1")).toMatchObject({ host: "127.0.0.1", port: 6379 });
  expect(redisOptionsFromUrl("rediss://[::1]:6390")).toMatchObject({ host: "::1", port: 6390, tls: {} });
  expect(redisOptionsFromUrl("redis://h:1/")).not.toHaveProperty("db");
});

it("refuses what it cannot read", () => {
  for (const url of ["redis://h:1/zero", "http://h:1", "redis://", "not a url"])
    expect(() => redisOptionsFromUrl(url), url).toThrow();
});
