/** Cluster mode from the environment: nothing set is today's single process; every refusal is one line. */
import { expect, it } from "vitest";
import { clusterConfigFromEnv } from "../../server/cluster/cluster-config.js";

const db = "postgres://u@127.0.0.1:5432/seminar";
const redis = "redis://127.0.0.1:6379";

it("reads nothing set as one process on SQLite, DATABASE_URL as PostgreSQL, REDIS_URL as a cluster", () => {
  expect(clusterConfigFromEnv({})).toEqual({ ok: true, config: { sweepSeconds: 2 } });
  expect(clusterConfigFromEnv({ DATABASE_URL: "", REDIS_URL: "" })).toEqual({ ok: true, config: { sweepSeconds: 2 } });
  expect(clusterConfigFromEnv({ DATABASE_URL: db, SWEEP_SECONDS: "0.5" })).toEqual({
    ok: true,
    config: { databaseUrl: db, sweepSeconds: 0.5 },
  });
  for (const publicAddress of ["10.0.0.5:2567", "seminar.example.org/p1", "localhost:80/a/b-2"]) {
    expect(clusterConfigFromEnv({ DATABASE_URL: db, REDIS_URL: redis, PUBLIC_ADDRESS: publicAddress })).toEqual({
      ok: true,
      config: { databaseUrl: db, redis: { url: redis, publicAddress }, sweepSeconds: 2 },
    });
  }
});

it("refuses what cannot work, with a one-line reason", () => {
  const refusals: [Record<string, string>, RegExp][] = [
    [{ REDIS_URL: redis, PUBLIC_ADDRESS: "h:1" }, /REDIS_URL needs DATABASE_URL/],
    [{ REDIS_URL: redis, DATABASE_URL: db }, /REDIS_URL needs PUBLIC_ADDRESS/],
    [{ REDIS_URL: "http://x", DATABASE_URL: db, PUBLIC_ADDRESS: "h:1" }, /REDIS_URL must be a redis:\/\/ URL/],
    [{ REDIS_URL: "redis://h:1/zero", DATABASE_URL: db, PUBLIC_ADDRESS: "h:1" }, /REDIS_URL cannot be read/],
    [{ REDIS_URL: "redis://h:99999", DATABASE_URL: db, PUBLIC_ADDRESS: "h:1" }, /REDIS_URL cannot be read/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL must be a postgres:\/\/ URL/],
    [{ PUBLIC_ADDRESS: "h:1" }, /PUBLIC_ADDRESS is only used with REDIS_URL/],
    [{ SWEEP_SECONDS: "0" }, /SWEEP_SECONDS must be/],
    [{ SWEEP_SECONDS: "soon" }, /SWEEP_SECONDS must be/],
    [{ REDIS_URL: redis, DATABASE_URL: db, PUBLIC_ADDRESS: "ws://h:1" }, /PUBLIC_ADDRESS must look like/],
    [{ REDIS_URL: redis, DATABASE_URL: db, PUBLIC_ADDRESS: "h:1/a b" }, /PUBLIC_ADDRESS must look like/],
  ];
  for (const [env, reason] of refusals) {
    const result = clusterConfigFromEnv(env);
    expect(result.ok, JSON.stringify(env)).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(reason);
      expect(result.reason).not.toContain("\n");
    }
  }
});
