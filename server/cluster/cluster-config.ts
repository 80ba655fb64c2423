/**
 * Cluster mode from the environment. Nothing set: one process on SQLite, exactly as before.
 * DATABASE_URL (postgres://): the PostgreSQL store, and sessions owned through its advisory locks.
 * REDIS_URL (redis://): Colyseus' RedisPresence and RedisDriver, so several processes share seat
 * reservations and room listings; it needs DATABASE_URL (one shared log) and PUBLIC_ADDRESS (how
 * browsers reach this very process: a join through another process sends them here).
 */
import { redisOptionsFromUrl } from "./redis-link.js";

export interface ClusterConfig {
  databaseUrl?: string;
  redis?: { url: string; publicAddress: string };
  /** How often (seconds) a process looks for live sessions nobody owns, with a shared store. */
  sweepSeconds: number;
}

export const DEFAULT_SWEEP_SECONDS = 2;

/** host, host:port, optionally a path prefix: what Colyseus puts after ws:// in a seat reservation. */
const PUBLIC_ADDRESS = /^[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~-]+)*$/;

/** The configuration, or the one-line reason the server must refuse to start. */
export function clusterConfigFromEnv(
  env: Record<string, string | undefined>,
): { ok: true; config: ClusterConfig } | { ok: false; reason: string } {
  const databaseUrl = env.DATABASE_URL || undefined;
  const redisUrl = env.REDIS_URL || undefined;
  const publicAddress = env.PUBLIC_ADDRESS || undefined;
  const sweepRaw = env.SWEEP_SECONDS || undefined;
  const sweepSeconds = sweepRaw === undefined ? DEFAULT_SWEEP_SECONDS : Number(sweepRaw);

  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    return { ok: false, reason: "DATABASE_URL must be a postgres:// URL" };
  }
  if (!Number.isFinite(sweepSeconds) || sweepSeconds <= 0 || sweepSeconds > 3600) {
    return { ok: false, reason: `SWEEP_SECONDS must be a number of seconds above 0, got '${sweepRaw}'` };
  }
  if (redisUrl === undefined) {
    if (publicAddress !== undefined) return { ok: false, reason: "PUBLIC_ADDRESS is only used with REDIS_URL" };
    return { ok: true, config: { ...(databaseUrl ? { databaseUrl } : {}), sweepSeconds } };
  }
  if (!/^rediss?:\/\//.test(redisUrl)) return { ok: false, reason: "REDIS_URL must be a redis:// URL" };
  try {
    redisOptionsFromUrl(redisUrl);
  } catch (err) {
    return { ok: false, reason: `REDIS_URL cannot be read: ${(err as Error).message}` };
  }
  if (databaseUrl === undefined) {
    return { ok: false, reason: "REDIS_URL needs DATABASE_URL: the processes of a cluster share one PostgreSQL store" };
  }
  if (publicAddress === undefined) {
    return {
      ok: false,
      reason: "REDIS_URL needs PUBLIC_ADDRESS (host:port[/prefix]): how browsers reach this process",
    };
  }
  if (!PUBLIC_ADDRESS.test(publicAddress)) {
    return { ok: false, reason: `PUBLIC_ADDRESS must look like host:port[/prefix], got '${publicAddress}'` };
  }
  return { ok: true, config: { databaseUrl, redis: { url: redisUrl, publicAddress }, sweepSeconds } };
}
