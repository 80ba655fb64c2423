/**
 * Cluster: what a second process on Redis + PostgreSQL buys and costs, on this machine.
 *
 * - Capacity: seminars of 12 (chair and 11 participants), each running the many-rooms script
 *   (raise hand, give floor, speak, react, speak, post, yield, react) at one command every
 *   `stepMs` per seminar; the number of seminars steps up until the p99 latency of a speech (the
 *   `speak` command to its `spoke` event at every other participant) passes 100 ms, or an event
 *   is lost. Once for one process on SQLite (the default), once for two processes sharing Redis
 *   and PostgreSQL, where each seminar is opened through one process and half its participants
 *   join through the other.
 * - Join: the time from `joinById` to the history arriving, through the process that runs the
 *   seminar and through the other one (the seat is reserved over Redis).
 * - Store: the PostgreSQL store's append latency, measured as the store section measures SQLite's.
 *
 * PostgreSQL and redis-server are temporary ones of this run (tests/support/services.ts).
 */
import { Client } from "colyseus.js";
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { PostgresSessionStore } from "../server/store/postgres-session-store.js";
import { startPostgres, startRedis } from "../tests/support/services.js";
import {
  freePort,
  machineCpuSeconds,
  sleep,
  startChild,
  summarize,
  waitFor,
  type ChildServer,
  type Summary,
} from "./lib.js";
import { makeBenchRoom, setUpSeq, type BenchRoom } from "./rooms.js";
import { runStore, type StoreOptions, type StoreResult } from "./store.js";

export interface CapacityStep {
  rooms: number;
  participants: number;
  speechMs: Summary;
  /** Every command's latency, not only speeches. */
  latencyMs: Summary;
  lost: number;
  eventsPerSecond: number;
  /** Busy CPU of the whole machine over the window, in % of one core (other people's work included). */
  machineCpuPercent: number;
  benchCpuPercent: number;
  /** Each server process's CPU over the window, in % of one core. */
  serverCpuPercent: number[];
}

export interface CapacityRun {
  processes: number;
  steps: CapacityStep[];
  /** Participants at the largest step with speech p99 under the target and nothing lost (0: none). */
  maxParticipants: number;
}

export interface ClusterResult {
  perRoom: number;
  stepMs: number;
  targetP99Ms: number;
  one: CapacityRun;
  two: CapacityRun;
  join: { sameProcessMs: Summary; otherProcessMs: Summary };
  postgresStore: StoreResult;
}

export interface ClusterOptions {
  tmpRoot: string;
  perRoom: number;
  stepMs: number;
  roomSteps: number[];
  warmupMs: number;
  measureMs: number;
  joins: number;
  targetP99Ms: number;
  store: Omit<StoreOptions, "open" | "tmpRoot">;
  log(msg: string): void;
}

const passes = (step: CapacityStep, opts: ClusterOptions) => step.speechMs.p99 <= opts.targetP99Ms && step.lost === 0;

/** Runs every room's script for a warm-up and a measured window; the window's figures. */
async function measureStep(rooms: BenchRoom[], servers: ChildServer[], opts: ClusterOptions): Promise<CapacityStep> {
  for (const r of rooms) {
    r.samples = [];
    r.speechSamples = [];
    r.lost = 0;
    r.events = 0;
  }
  const stopAt = performance.now() + opts.warmupMs + opts.measureMs;
  const runs = rooms.map(async (r, i) => {
    await sleep((i * opts.stepMs) / rooms.length);
    await r.run(opts.stepMs, () => performance.now() >= stopAt);
  });
  await sleep(opts.warmupMs);
  const machine0 = machineCpuSeconds();
  const server0 = servers.map((sv) => sv.cpuSeconds());
  const bench0 = process.cpuUsage();
  const t0 = performance.now();
  for (const r of rooms) r.measuring = true;
  await Promise.all(runs);
  const seconds = (performance.now() - t0) / 1000;
  for (const r of rooms) r.measuring = false;
  const bench = process.cpuUsage(bench0);
  const step: CapacityStep = {
    rooms: rooms.length,
    participants: rooms.length * opts.perRoom,
    speechMs: summarize(rooms.flatMap((r) => r.speechSamples)),
    latencyMs: summarize(rooms.flatMap((r) => r.samples)),
    lost: rooms.reduce((a, r) => a + r.lost, 0),
    eventsPerSecond: rooms.reduce((a, r) => a + r.events, 0) / seconds,
    machineCpuPercent: ((machineCpuSeconds() - machine0) / seconds) * 100,
    benchCpuPercent: ((bench.user + bench.system) / 1e6 / seconds) * 100,
    serverCpuPercent: servers.map((sv, i) => ((sv.cpuSeconds() - server0[i]) / seconds) * 100),
  };
  opts.log(
    `  ${servers.length} process(es), ${step.participants} participants in ${step.rooms} seminars: speech p50 ${step.speechMs.p50.toFixed(1)} / p99 ${step.speechMs.p99.toFixed(1)} ms, ` +
      `${step.eventsPerSecond.toFixed(0)} events/s, lost ${step.lost}, server CPU ${step.serverCpuPercent.map((c) => `${c.toFixed(0)}%`).join(" + ")}, machine CPU ${step.machineCpuPercent.toFixed(0)}%, bench CPU ${step.benchCpuPercent.toFixed(0)}%`,
  );
  return step;
}

async function stepUp(servers: ChildServer[], opts: ClusterOptions): Promise<CapacityRun> {
  const rooms: BenchRoom[] = [];
  const steps: CapacityStep[] = [];
  let maxParticipants = 0;
  const via = (i: number) => servers[i % servers.length].wsUrl;
  try {
    for (const target of opts.roomSteps) {
      while (rooms.length < target) {
        const batch = Math.min(10, target - rooms.length);
        const first = rooms.length;
        rooms.push(
          ...(await Promise.all(
            Array.from({ length: batch }, (_, k) =>
              makeBenchRoom(first + k, opts.perRoom, via(first + k), (j) => via(first + k + j)),
            ),
          )),
        );
      }
      await waitFor(() => rooms.every((r) => r.lastSeq >= setUpSeq(opts.perRoom)), 30_000, 20);
      // On a machine others share, one stall can fail a step: a step breaks only if it fails twice.
      let step = await measureStep(rooms, servers, opts);
      if (!passes(step, opts)) step = await measureStep(rooms, servers, opts);
      steps.push(step);
      if (!passes(step, opts)) break;
      maxParticipants = step.participants;
    }
  } finally {
    await Promise.allSettled(rooms.flatMap((r) => r.members.map((m) => m.leave(true))));
  }
  return { processes: servers.length, steps, maxParticipants };
}

/** Milliseconds from joinById through `url` to the history message. */
async function timedJoin(url: string, roomId: string, name: string): Promise<number> {
  const t0 = performance.now();
  const room = await new Client(url).joinById(roomId, { name });
  await new Promise<void>((resolve) => room.onMessage("history", () => resolve()));
  const ms = performance.now() - t0;
  room.onMessage("*", () => {});
  await room.leave(true);
  return ms;
}

export async function runCluster(opts: ClusterOptions): Promise<ClusterResult> {
  opts.log("  one process on SQLite:");
  const single = await startChild("seminar-single", {
    entry: "server/main.ts",
    env: { DATA_DIR: mkdtempSync(join(opts.tmpRoot, "cluster-single-")), RECONNECT_SECONDS: "0" },
  });
  let one: CapacityRun;
  try {
    one = await stepUp([single], opts);
  } finally {
    await single.stop();
  }

  const [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  try {
    const databaseUrl = await pg.createDatabase();
    const env = { DATABASE_URL: databaseUrl, REDIS_URL: redis.url, RECONNECT_SECONDS: "0" };
    const start = async (name: string) => {
      const port = await freePort();
      return startChild(name, {
        entry: "server/main.ts",
        port,
        env: { ...env, DATA_DIR: mkdtempSync(join(opts.tmpRoot, `${name}-`)), PUBLIC_ADDRESS: `127.0.0.1:${port}` },
      });
    };
    opts.log("  two processes on Redis + PostgreSQL:");
    const a = await start("seminar-a");
    const b = await start("seminar-b");
    let two: CapacityRun;
    const same: number[] = [];
    const other: number[] = [];
    try {
      two = await stepUp([a, b], opts);
      const chair = await new Client(a.wsUrl).create("seminar", { name: "Chair" });
      chair.onMessage("*", () => {});
      for (let i = 0; i < opts.joins; i++) {
        same.push(await timedJoin(a.wsUrl, chair.roomId, `Same ${i}`));
        other.push(await timedJoin(b.wsUrl, chair.roomId, `Other ${i}`));
      }
      await chair.leave(true);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    const joins = { sameProcessMs: summarize(same), otherProcessMs: summarize(other) };
    opts.log(
      `  join through the owner: p50 ${joins.sameProcessMs.p50.toFixed(1)} / p99 ${joins.sameProcessMs.p99.toFixed(1)} ms; ` +
        `through the other process: p50 ${joins.otherProcessMs.p50.toFixed(1)} / p99 ${joins.otherProcessMs.p99.toFixed(1)} ms`,
    );

    const storeUrl = await pg.createDatabase();
    const postgresStore = await runStore({
      ...opts.store,
      tmpRoot: opts.tmpRoot,
      open: () => PostgresSessionStore.open(storeUrl),
    });
    return {
      perRoom: opts.perRoom,
      stepMs: opts.stepMs,
      targetP99Ms: opts.targetP99Ms,
      one,
      two,
      join: joins,
      postgresStore,
    };
  } finally {
    await Promise.all([redis.stop(), pg.stop()]);
  }
}
