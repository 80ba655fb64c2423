/**
 * Speech fan-out: one room, one speaker, N listeners. The time from `speak` sent to the `spoke`
 * event received, at every listener, for many speeches; then the same payload through two
 * baselines with the same clients and the same pacing: a bare Colyseus room (the ratio target) and
 * a bare `ws` echo-to-all server (context).
 *
 * Speaker and listeners live in this process, so one clock times both ends. The speaker sends one
 * speech at a time, waits until every listener has it (or a timeout), and keeps at least
 * PACE_MS between speeches: under the rate limit's 5/s refill plus its burst of 20.
 */
import { Client, type Room } from "colyseus.js";
import { createRequire } from "node:module";
import { payloadText, sleep, startChild, summarize, waitFor, type ChildServer, type Summary } from "./lib.js";

/** The part of the `ws` client used here (loaded through its CJS entry; ws ships no types). */
interface WsSocket {
  send(data: string): void;
  close(): void;
  on(event: "message", fn: (data: Buffer) => void): void;
  once(event: "open" | "error", fn: (arg?: unknown) => void): void;
}
const require = createRequire(import.meta.url);
const { WebSocket } = require("ws") as { WebSocket: new (url: string) => WsSocket };

export interface FanoutOptions {
  listeners: number[];
  speeches: number;
  warmup: number;
  paceMs: number;
  textBytes: number;
  dataDir: string;
  /** Also run the seminar at the largest N with DATA_DIR here (tmpfs: fsync costs nothing). */
  tmpfsDataDir?: string;
  /** Whole-process profiles (node --cpu-prof). */
  cpuProfDir?: string;
  /** Write a CPU profile of the seminar server over its run at the largest N into this directory. */
  profileDir?: string;
  log(msg: string): void;
}

export interface FanoutRow {
  listeners: number;
  target: "seminar" | "seminar-tmpfs" | "bare-colyseus" | "bare-ws";
  latencyMs: Summary;
  /** Deliveries that did not arrive within the per-speech timeout. */
  lost: number;
  rejected: number;
}

const DELIVERY_TIMEOUT_MS = 3000;
const JOIN_BATCH = 20;

/** Speech tags are "#<n>" at the start of the text; returns n or -1. */
function tagOf(text: unknown): number {
  if (typeof text !== "string" || text[0] !== "#") return -1;
  return Number.parseInt(text.slice(1), 10);
}

class Deliveries {
  sentAt = new Map<number, number>();
  received = new Map<number, number>();
  samples: number[] = [];
  measuring = false;
  onReceive(tag: number): void {
    const t0 = this.sentAt.get(tag);
    if (t0 === undefined) return;
    const dt = performance.now() - t0;
    this.received.set(tag, (this.received.get(tag) ?? 0) + 1);
    if (this.measuring) this.samples.push(dt);
  }
}

/** Runs the speeches: `send(tag, text)` must deliver to `listeners` receivers feeding `d`. */
async function speechLoop(
  opts: FanoutOptions,
  listeners: number,
  d: Deliveries,
  send: (tag: number, text: string) => void,
  recover?: () => Promise<void>,
): Promise<number> {
  let lost = 0;
  const total = opts.warmup + opts.speeches;
  for (let tag = 1; tag <= total; tag++) {
    d.measuring = tag > opts.warmup;
    const text = payloadText(`#${tag}`, opts.textBytes);
    const t0 = performance.now();
    d.sentAt.set(tag, t0);
    send(tag, text);
    const ok = await waitFor(() => (d.received.get(tag) ?? 0) >= listeners, DELIVERY_TIMEOUT_MS, 1);
    if (!ok) {
      if (d.measuring) lost += listeners - (d.received.get(tag) ?? 0);
      await recover?.();
    }
    const wait = opts.paceMs - (performance.now() - t0);
    if (wait > 0) await sleep(wait);
  }
  return lost;
}

async function joinMany<T>(count: number, join: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += JOIN_BATCH) {
    const batch = await Promise.all(Array.from({ length: Math.min(JOIN_BATCH, count - i) }, (_, k) => join(i + k)));
    out.push(...batch);
  }
  return out;
}

async function leaveAll(rooms: Room[]): Promise<void> {
  await Promise.allSettled(rooms.map((r) => r.leave(true)));
}

async function seminarFanout(server: ChildServer, opts: FanoutOptions, n: number): Promise<FanoutRow> {
  const d = new Deliveries();
  const client = () => new Client(server.wsUrl);
  const moderator = await client().create("seminar", { name: "Moderator" });
  const speaker = await client().joinById(moderator.roomId, { name: "Speaker" });
  let rejected = 0;
  let floorLost = false;
  speaker.onMessage("rejected", (r: { code: string }) => {
    rejected++;
    if (r.code === "NOT_YOUR_TURN") floorLost = true;
  });
  for (const r of [moderator, speaker]) {
    r.onMessage("*", () => {});
  }
  const listeners = await joinMany(n, async (i) => {
    const room = await client().joinById(moderator.roomId, { name: `Listener ${i + 1}` });
    room.onMessage("event", (e: { type: string; data: { text?: string } }) => {
      if (e.type === "spoke") d.onReceive(tagOf(e.data.text));
    });
    room.onMessage("*", () => {});
    return room;
  });
  // The floor: speech limit at its maximum, then the floor to the speaker.
  let floorAt = 0;
  speaker.onMessage("event", (e: { type: string; data: { to?: string } }) => {
    if (e.type === "floorGiven" && e.data.to === speaker.sessionId) floorAt = performance.now();
  });
  const giveFloor = async () => {
    floorAt = 0;
    floorLost = false;
    moderator.send("yieldFloor", {});
    moderator.send("giveFloor", { to: speaker.sessionId });
    if (!(await waitFor(() => floorAt > 0, 5000))) throw new Error("the speaker never got the floor");
  };
  moderator.send("setSpeechLimit", { seconds: 600 });
  await giveFloor();
  const lost = await speechLoop(
    opts,
    n,
    d,
    (_tag, text) => speaker.send("speak", { text }),
    async () => {
      if (floorLost) await giveFloor();
    },
  );
  await leaveAll([...listeners, speaker, moderator]);
  return { listeners: n, target: "seminar", latencyMs: summarize(d.samples), lost, rejected };
}

async function bareColyseusFanout(server: ChildServer, opts: FanoutOptions, n: number): Promise<FanoutRow> {
  const d = new Deliveries();
  const client = () => new Client(server.wsUrl);
  const speaker = await client().create("bare", {});
  speaker.onMessage("*", () => {});
  const listeners = await joinMany(n, async () => {
    const room = await client().joinById(speaker.roomId, {});
    room.onMessage("event", (e: { type: string; data: { text?: string } }) => {
      if (e.type === "spoke") d.onReceive(tagOf(e.data.text));
    });
    room.onMessage("*", () => {});
    return room;
  });
  const lost = await speechLoop(opts, n, d, (_tag, text) => speaker.send("speak", { text }));
  await leaveAll([...listeners, speaker]);
  return { listeners: n, target: "bare-colyseus", latencyMs: summarize(d.samples), lost, rejected: 0 };
}

async function bareWsFanout(server: ChildServer, opts: FanoutOptions, n: number): Promise<FanoutRow> {
  const d = new Deliveries();
  const open = () =>
    new Promise<WsSocket>((resolveOpen, reject) => {
      const s = new WebSocket(server.wsUrl);
      s.once("open", () => resolveOpen(s));
      s.once("error", reject);
    });
  const speaker = await open();
  const listeners = await joinMany(n, async () => {
    const s = await open();
    s.on("message", (data) => {
      const e = JSON.parse(String(data)) as { type: string; data: { text?: string } };
      if (e.type === "spoke") d.onReceive(tagOf(e.data.text));
    });
    return s;
  });
  const lost = await speechLoop(opts, n, d, (_tag, text) =>
    speaker.send(JSON.stringify({ seq: 0, at: Date.now(), type: "spoke", actor: "speaker", data: { text } })),
  );
  for (const s of [...listeners, speaker]) s.close();
  await sleep(100);
  return { listeners: n, target: "bare-ws", latencyMs: summarize(d.samples), lost, rejected: 0 };
}

export async function runFanout(opts: FanoutOptions): Promise<{ rows: FanoutRow[]; profiles: string[] }> {
  const rows: FanoutRow[] = [];
  const profiles: string[] = [];
  const maxN = Math.max(...opts.listeners);
  const seminar = await startChild("seminar-fanout", {
    entry: "server/main.ts",
    env: { DATA_DIR: opts.dataDir, RECONNECT_SECONDS: "0" },
    cpuProfDir: opts.cpuProfDir,
  });
  const seminarTmpfs = opts.tmpfsDataDir
    ? await startChild("seminar-fanout-tmpfs", { entry: "server/main.ts", env: { DATA_DIR: opts.tmpfsDataDir, RECONNECT_SECONDS: "0" } })
    : null;
  const bareColyseus = await startChild("bare-colyseus", { entry: "bench/bare-colyseus-server.ts" });
  const bareWs = await startChild("bare-ws", { entry: "bench/bare-ws-server.ts" });
  try {
    for (const n of opts.listeners) {
      const runs: [string, () => Promise<FanoutRow>][] = [
        [
          "seminar",
          async () => {
            const profile = opts.profileDir && n === maxN ? `${opts.profileDir}/fanout-seminar-${n}.cpuprofile` : null;
            if (profile) await seminar.profileStart();
            const row = await seminarFanout(seminar, opts, n);
            if (profile) {
              await seminar.profileStop(profile);
              profiles.push(profile);
            }
            return row;
          },
        ],
        ["bare-colyseus", () => bareColyseusFanout(bareColyseus, opts, n)],
        ["bare-ws", () => bareWsFanout(bareWs, opts, n)],
      ];
      if (seminarTmpfs && n === maxN) {
        runs.splice(1, 0, ["seminar-tmpfs", async () => ({ ...(await seminarFanout(seminarTmpfs, opts, n)), target: "seminar-tmpfs" as const })]);
      }
      for (const [name, run] of runs) {
        const t0 = performance.now();
        const row = await run();
        rows.push(row);
        opts.log(
          `  fan-out ${name.padEnd(13)} N=${String(n).padStart(3)}: p50 ${row.latencyMs.p50.toFixed(2)} ms, p99 ${row.latencyMs.p99.toFixed(2)} ms` +
            ` (${row.latencyMs.n} deliveries, ${row.lost} lost, ${row.rejected} rejected, ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
        );
      }
    }
  } finally {
    await Promise.all([seminar.stop(), seminarTmpfs?.stop(), bareColyseus.stop(), bareWs.stop()]);
  }
  return { rows, profiles };
}
