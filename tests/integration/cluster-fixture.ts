/**
 * A cluster of a test run's own: a temporary PostgreSQL and redis-server on free loopback ports,
 * server processes on them (each with PUBLIC_ADDRESS set to its own loopback address), and the
 * colyseus.js participants seated through them; `stop` removes all of it, whatever state the test
 * left it in.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SeminarEvent } from "../../shared/events.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { startPostgres, startRedis, type TempPostgres, type TempRedis } from "../support/services.js";
import { freePort, startChildServer, type ChildServer } from "./child-server.js";
import { parseNdjson } from "./harness.js";
import { seat, type SeatedParticipant } from "./seated.js";

export interface TestCluster {
  postgres: TempPostgres;
  /** Replaced by the test that restarts it (an outage). */
  redis: TempRedis;
  /** DATABASE_URL, REDIS_URL and what the test added: every process's environment. */
  env: Record<string, string>;
  dataDir: string;
  /** Every participant seated through `seat`, for cleanup and for checks across all of them. */
  participants: SeatedParticipant[];
  /** A server process on `port` (a free one unless given, e.g. to restart one where it was). */
  start(port?: number): Promise<ChildServer>;
  /** Creates (roomId null) or joins a seminar through `server`. */
  seat(server: ChildServer, roomId: string | null, name: string, seatKey?: string): Promise<SeatedParticipant>;
  /** A seminar's exported log, through `server`. */
  logOf(server: ChildServer, id: string): Promise<SeminarEvent[]>;
  stop(): Promise<void>;
}

export async function startTestCluster(name: string, env: Record<string, string>): Promise<TestCluster> {
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  let databaseUrl: string;
  try {
    databaseUrl = await postgres.createDatabase();
  } catch (err) {
    await Promise.all([redis.stop("SIGKILL"), postgres.stop()]);
    throw err;
  }
  const servers: ChildServer[] = [];
  const cluster: TestCluster = {
    postgres,
    redis,
    env: { DATABASE_URL: databaseUrl, REDIS_URL: redis.url, ...env },
    dataDir: mkdtempSync(join(tmpdir(), `seminar-${name}-`)),
    participants: [],
    async start(port) {
      const p = port ?? (await freePort());
      const server = await startChildServer(cluster.dataDir, { ...cluster.env, PUBLIC_ADDRESS: `127.0.0.1:${p}` }, p);
      servers.push(server);
      return server;
    },
    async seat(server, roomId, name, seatKey) {
      const p = await seat(server.wsUrl, roomId, { name, ...(seatKey ? { seatKey } : {}) });
      cluster.participants.push(p);
      return p;
    },
    async logOf(server, id) {
      return parseNdjson(await (await fetch(`${server.url}/api/sessions/${id}/log`)).text()).events;
    },
    async stop() {
      for (const p of cluster.participants) if (p.open) await p.leave().catch(() => undefined);
      for (const s of servers) await s.stop("SIGKILL");
      await Promise.all([cluster.redis.stop("SIGKILL"), postgres.stop()]);
      rmSync(cluster.dataDir, { recursive: true, force: true });
    },
  };
  return cluster;
}

const [roleA, roleB] = sputnik1990.roles.filter((r) => !r.chair);

/**
 * The debate both cluster tests run: `speaker` and `other` take the first two roles that are not
 * the chair, `speaker` raises a hand and the facilitator gives them the floor; returns the roles.
 */
export async function giveTheFloor(fac: SeatedParticipant, speaker: SeatedParticipant, other: SeatedParticipant) {
  speaker.send("claimRole", { roleId: roleA.id });
  other.send("claimRole", { roleId: roleB.id });
  speaker.send("raiseHand");
  await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === speaker.id);
  fac.send("giveFloor", {});
  for (const p of [speaker, other]) await p.waitForEvent((e) => e.type === "floorGiven");
  return { roleA, roleB };
}
