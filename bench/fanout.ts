/**
 * Speech fan-out: one room, one speaker, N listeners. The time from `speak` sent to the `spoke`
 * event received, at every listener, for many speeches; and the same payload through baselines
 * with the same kind of clients and the same pacing: a bare Colyseus room (the ratio target:
 * what the application adds on top of Colyseus) and a bare `ws` echo-to-all server (context).
 *
 * Speaker and listeners live in this process, so one clock times both ends. A speaker sends one
 * speech at a time, waits until every listener has it (or a timeout), and keeps at least
 * paceMs between speeches (the rate limit refills 5/s on top of a burst of 20). All targets are
 * connected at once and take turns in rounds of a few speeches, in a rotating order, so that
 * background load on this shared machine falls on all of them alike. What one listener receives
 * on its socket while measuring (WebSocket messages and their bytes, per speech) says what each
 * target sends per speech to every listener.
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
  /** Measured speeches per target and N. */
  speeches: number;
  /** Unmeasured speeches per target and N, first. */
  warmup: number;
  /** Speeches per target per round. */
  round: number;
  paceMs: number;
  textBytes: number;
  dataDir: string;
  /** Also run the seminar at the largest N with DATA_DIR here (tmpfs: fsync costs nothing). */
  tmpfsDataDir?: string;
  /** Whole-process profiles (node --cpu-prof). */
  cpuProfDir?: string;
  /** Write a CPU profile of the seminar server over the rounds at the largest N into this directory. */
  profileDir?: string;
  log(msg: string): void;
}

export type FanoutTargetName = "seminar" | "seminar-tmpfs" | "bare-colyseus" | "bare-ws";

export interface FanoutRow {
  listeners: number;
  target: FanoutTargetName;
  latencyMs: Summary;
  /** Deliveries that did not arrive within the per-speech timeout. */
  lost: number;
  rejected: number;
  /** WebSocket messages one listener received per measured speech, everything counted. */
  messagesPerSpeech: number;
  /** Their bytes (payloads as sent on the socket) per measured speech. */
  bytesPerSpeech: number;
}

/** The socket under a colyseus.js room (its WebSocket transport), to count what arrives on it. */
function socketOf(room: Room): { addEventListener(type: "message", fn: (e: { data: unknown }) => void): void } {
  return (room.connection as unknown as { transport: { ws: ReturnType<typeof socketOf> } }).transport.ws;
}

/** The size of one received WebSocket payload. */
function byteLength(data: unknown): number {
  if (typeof data === "string") return Buffer.byteLength(data);
  if (data instanceof ArrayBuffer) return data.byteLength;
  if (ArrayBuffer.isView(data)) return data.byteLength;
  return 0;
}

const DELIVERY_TIMEOUT_MS = 3000;
const JOIN_BATCH = 20;

/** Speech tags are "#<n>" at the start of the text; returns n or -1. */
function tagOf(text: unknown): number {
  if (typeof text !== "string" || text[0] !== "#") return -1;
  return Number.parseInt(text.slice(1), 10);
}

/** One connected target: a speaker and N listeners, and what they received. */
class Target {
  sentAt = new Map<number, number>();
  received = new Map<number, number>();
  samples: number[] = [];
  measuring = false;
  lost = 0;
  rejected = 0;
  /** What the first listener received on its socket while measuring. */
  wire = { messages: 0, bytes: 0 };
  measuredSpeeches = 0;
  private tag = 0;

  constructor(
    readonly name: FanoutTargetName,
    readonly listeners: number,
    private opts: FanoutOptions,
    readonly send: (text: string) => void,
    readonly close: () => Promise<void>,
    private recover: () => Promise<void> = async () => {},
  ) {}

  /** One WebSocket message arrived at the first listener. */
  onWire(data: unknown): void {
    if (!this.measuring) return;
    this.wire.messages++;
    this.wire.bytes += byteLength(data);
  }

  onReceive(text: unknown): void {
    const tag = tagOf(text);
    const t0 = this.sentAt.get(tag);
    if (t0 === undefined) return;
    const dt = performance.now() - t0;
    this.received.set(tag, (this.received.get(tag) ?? 0) + 1);
    if (this.measuring) this.samples.push(dt);
  }

  /** `count` speeches, one at a time, paced. */
  async speak(count: number, measuring: boolean): Promise<void> {
    this.measuring = measuring;
    for (let i = 0; i < count; i++) {
      const tag = ++this.tag;
      const text = payloadText(`#${tag}`, this.opts.textBytes);
      const t0 = performance.now();
      this.sentAt.set(tag, t0);
      this.send(text);
      const ok = await waitFor(() => (this.received.get(tag) ?? 0) >= this.listeners, DELIVERY_TIMEOUT_MS, 1);
      if (!ok) {
        if (measuring) this.lost += this.listeners - (this.received.get(tag) ?? 0);
        await this.recover();
      }
      const wait = this.opts.paceMs - (performance.now() - t0);
      if (wait > 0) await sleep(wait);
      if (measuring) this.measuredSpeeches++;
    }
    this.measuring = false;
  }

  row(): FanoutRow {
    const row: FanoutRow = {
      listeners: this.listeners,
      target: this.name,
      latencyMs: summarize(this.samples),
      lost: this.lost,
      rejected: this.rejected,
      messagesPerSpeech: this.wire.messages / Math.max(1, this.measuredSpeeches),
      bytesPerSpeech: this.wire.bytes / Math.max(1, this.measuredSpeeches),
    };
    return row;
  }
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

/** The seminar: a moderator (facilitator) gives a speaker the floor for 600 s; N listeners. */
async function seminarTarget(
  name: FanoutTargetName,
  server: ChildServer,
  opts: FanoutOptions,
  n: number,
): Promise<Target> {
  const client = () => new Client(server.wsUrl);
  const moderator = await client().create("seminar", { name: "Moderator" });
  const speaker = await client().joinById(moderator.roomId, { name: "Speaker" });
  let floorLost = false;
  let floorAt = 0;
  let target: Target | null = null;
  moderator.onMessage("*", () => {});
  speaker.onMessage("*", () => {});
  speaker.onMessage("rejected", (r: { code: string }) => {
    if (target) target.rejected++;
    if (r.code === "NOT_YOUR_TURN") floorLost = true;
  });
  speaker.onMessage("event", (e: { type: string; data: { to?: string } }) => {
    if (e.type === "floorGiven" && e.data.to === speaker.sessionId) floorAt = performance.now();
  });
  const listeners = await joinMany(n, async (i) => {
    const room = await client().joinById(moderator.roomId, { name: `Listener ${i + 1}` });
    room.onMessage("event", (e: { type: string; data: { text?: string } }) => {
      if (e.type === "spoke") target?.onReceive(e.data.text);
    });
    room.onMessage("*", () => {});
    if (i === 0) socketOf(room).addEventListener("message", (e) => target?.onWire(e.data));
    return room;
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
  const t = new Target(
    name,
    n,
    opts,
    (text) => speaker.send("speak", { text }),
    () => leaveAll([...listeners, speaker, moderator]),
    async () => {
      if (floorLost) await giveFloor();
    },
  );
  target = t;
  return t;
}

async function bareColyseusTarget(server: ChildServer, opts: FanoutOptions, n: number): Promise<Target> {
  let target: Target | null = null;
  const client = () => new Client(server.wsUrl);
  const speaker = await client().create("bare", {});
  speaker.onMessage("*", () => {});
  const listeners = await joinMany(n, async (i) => {
    const room = await client().joinById(speaker.roomId, {});
    room.onMessage("event", (e: { type: string; data: { text?: string } }) => {
      if (e.type === "spoke") target?.onReceive(e.data.text);
    });
    room.onMessage("*", () => {});
    if (i === 0) socketOf(room).addEventListener("message", (e) => target?.onWire(e.data));
    return room;
  });
  target = new Target(
    "bare-colyseus",
    n,
    opts,
    (text) => speaker.send("speak", { text }),
    () => leaveAll([...listeners, speaker]),
  );
  return target;
}

async function bareWsTarget(server: ChildServer, opts: FanoutOptions, n: number): Promise<Target> {
  let target: Target | null = null;
  const open = () =>
    new Promise<WsSocket>((resolveOpen, reject) => {
      const s = new WebSocket(server.wsUrl);
      s.once("open", () => resolveOpen(s));
      s.once("error", reject);
    });
  const speaker = await open();
  const listeners = await joinMany(n, async (i) => {
    const s = await open();
    s.on("message", (data) => {
      if (i === 0) target?.onWire(data);
      const e = JSON.parse(String(data)) as { type: string; data: { text?: string } };
      if (e.type === "spoke") target?.onReceive(e.data.text);
    });
    return s;
  });
  target = new Target(
    "bare-ws",
    n,
    opts,
    (text) => speaker.send(JSON.stringify({ seq: 0, at: Date.now(), type: "spoke", actor: "speaker", data: { text } })),
    async () => {
      for (const s of [...listeners, speaker]) s.close();
      await sleep(100);
    },
  );
  return target;
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
    ? await startChild("seminar-fanout-tmpfs", {
        entry: "server/main.ts",
        env: { DATA_DIR: opts.tmpfsDataDir, RECONNECT_SECONDS: "0" },
      })
    : null;
  const bareColyseus = await startChild("bare-colyseus", { entry: "bench/bare-colyseus-server.ts" });
  const bareWs = await startChild("bare-ws", { entry: "bench/bare-ws-server.ts" });
  try {
    for (const n of opts.listeners) {
      const t0 = performance.now();
      const targets: Target[] = [
        await seminarTarget("seminar", seminar, opts, n),
        await bareColyseusTarget(bareColyseus, opts, n),
        await bareWsTarget(bareWs, opts, n),
      ];
      if (seminarTmpfs && n === maxN) targets.push(await seminarTarget("seminar-tmpfs", seminarTmpfs, opts, n));
      const profile = opts.profileDir && n === maxN ? `${opts.profileDir}/fanout-seminar-${n}.cpuprofile` : null;
      try {
        for (const t of targets) await t.speak(opts.warmup, false);
        if (profile) await seminar.profileStart();
        const rounds = Math.ceil(opts.speeches / opts.round);
        for (let r = 0; r < rounds; r++) {
          const count = Math.min(opts.round, opts.speeches - r * opts.round);
          for (let k = 0; k < targets.length; k++) await targets[(r + k) % targets.length].speak(count, true);
        }
        if (profile) {
          await seminar.profileStop(profile);
          profiles.push(profile);
        }
      } finally {
        for (const t of targets) await t.close();
      }
      for (const t of targets) {
        const row = t.row();
        rows.push(row);
        opts.log(
          `  fan-out ${t.name.padEnd(13)} N=${String(n).padStart(3)}: p50 ${row.latencyMs.p50.toFixed(2)} ms, p99 ${row.latencyMs.p99.toFixed(2)} ms` +
            ` (${row.latencyMs.n} deliveries, ${row.lost} lost, ${row.rejected} rejected; per speech per listener ` +
            `${row.messagesPerSpeech.toFixed(2)} messages, ${row.bytesPerSpeech.toFixed(0)} bytes)`,
        );
      }
      opts.log(`  (N=${n}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await Promise.all([seminar.stop(), seminarTmpfs?.stop(), bareColyseus.stop(), bareWs.stop()]);
  }
  return { rows, profiles };
}
