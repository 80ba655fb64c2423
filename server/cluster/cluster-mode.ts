/**
 * What a server process is made of in the mode its configuration names: the store, who owns
 * which session, and the Colyseus presence and driver. The single-machine default is SQLite,
 * ownership in memory and Colyseus' own in-process presence and driver.
 */
import { matchMaker, type ServerOptions } from "colyseus";
import { PostgresSessionStore } from "../store/postgres-session-store.js";
import type { SessionStore } from "../store/session-store.js";
import type { ClusterConfig } from "./cluster-config.js";
import { RedisLink } from "./redis-link.js";
import { LocalOwnership, PostgresOwnership, type SessionOwnership } from "./session-ownership.js";

export interface ModeParts {
  store: SessionStore;
  ownership: SessionOwnership;
  colyseus: Pick<ServerOptions, "presence" | "driver" | "publicAddress" | "selectProcessIdToCreateRoom">;
  /** Seconds between sweeps for unowned live sessions; null: only the one at boot. */
  sweepSeconds: number | null;
  /** With REDIS_URL: the link to Redis, and whether it is up. */
  redis: RedisLink | null;
}

export async function modeParts(
  config: ClusterConfig | undefined,
  defaultStore: () => SessionStore,
  onOwnershipLost: (reason: Error) => void,
): Promise<ModeParts> {
  if (!config?.databaseUrl) {
    return { store: defaultStore(), ownership: new LocalOwnership(), colyseus: {}, sweepSeconds: null, redis: null };
  }
  const store = await PostgresSessionStore.open(config.databaseUrl);
  let ownership: SessionOwnership;
  try {
    ownership = await PostgresOwnership.connect(config.databaseUrl, onOwnershipLost);
  } catch (err) {
    await store.close();
    throw err;
  }
  const redis = config.redis ? new RedisLink(config.redis.url) : null;
  const colyseus =
    config.redis && redis
      ? {
          presence: redis.presence,
          driver: redis.driver,
          publicAddress: config.redis.publicAddress,
          // A new seminar lives on the process that got the request (the proxy spreads those), not
          // on whichever has the fewest rooms: no hop over Redis, and its owner is known at once.
          selectProcessIdToCreateRoom: async () => matchMaker.processId,
        }
      : {};
  return { store, ownership, colyseus, sweepSeconds: config.sweepSeconds, redis };
}
