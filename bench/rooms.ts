/**
 * Many rooms: ROOMS rooms of PER_ROOM participants on one server process, each running a seminar
 * script paced per room (raise hand, give floor, speak, react, speak, post, yield, react, with the
 * speaker rotating), one command at a time. Measures sustained events per second, the latency
 * from a command sent to its event received by the other participants of the room, the server's
 * CPU (/proc/<pid>/stat) and its memory per participant (RSS from /proc/<pid>/status, heapUsed
 * through bench/probe.mjs after a full GC).
 */
import { Client, type Room } from "colyseus.js";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { sputnik1990 } from "../shared/scenarios/sputnik-1990/index.js";
import {
  machineCpuSeconds,
  payloadText,
  sleep,
  startChild,
  summarize,
  waitFor,
  type LoopReading,
  type MemoryReading,
  type Summary,
} from "./lib.js";

export interface RoomsOptions {
  rooms: number;
  perRoom: number;
  /** One command per room every stepMs. */
  stepMs: number;
  warmupMs: number;
  measureMs: number;
  textBytes: number;
  dataDir: string;
  /** Server entry (default server/main.ts). */
  entry?: string;
  /** Whole-process profile (node --cpu-prof). */
  cpuProfDir?: string;
  /** Write a CPU profile of the server over the measurement window to this file. */
  profilePath?: string;
  log(msg: string): void;
}

export interface RoomsResult {
  rooms: number;
  perRoom: number;
  participants: number;
  stepMs: number;
  measureSeconds: number;
  /** Events the server accepted and broadcast, per second, over the measurement window. */
  eventsPerSecond: number;
  /** Event messages received by all clients, per second. */
  deliveriesPerSecond: number;
  latencyMs: Summary;
  /** Deliveries that had not arrived when the step timed out. */
  lost: number;
  rejected: Record<string, number>;
  /** Server CPU over the window, in % of one core (the machine has 2). */
  serverCpuPercent: number;
  /** The server's event-loop delay over the window (bench/probe.mjs), in ms. */
  serverLoopDelayMs: LoopReading | null;
  /** Event-loop delay of this bench process over the window: it also times the deliveries. */
  benchLoopDelayP99Ms: number;
  /** This bench process's CPU over the window, in % of one core. */
  benchCpuPercent: number;
  /** The whole machine's busy CPU over the window (every process, including other people's), in % of one core. */
  machineCpuPercent: number;
  memory: {
    idleRss: number;
    halfJoinedRss: number;
    joinedRss: number;
    loadedRss: number;
    idleHeapUsed: number;
    halfJoinedHeapUsed: number;
    joinedHeapUsed: number;
    loadedHeapUsed: number;
    /** (loaded − idle) / participants: what the brief asks for; includes the first room's one-off costs. */
    rssPerParticipant: number;
    heapPerParticipant: number;
    /** (all joined − half joined) / (participants / 2): the marginal cost of one more participant. */
    rssPerParticipantMarginal: number;
    heapPerParticipantMarginal: number;
  };
  joinSeconds: number;
  /** The server's last output line after it stopped (the prototype store reports its commits there). */
  serverNote?: string;
}

const STEP_TIMEOUT_MS = 2000;
const PROMPT = sputnik1990.prompts[0].id;
const ROLE_IDS = sputnik1990.roles.filter((r) => !r.chair).map((r) => r.id);

interface SeminarEventLike {
  seq: number;
  type: string;
  actor: string;
}

interface Pending {
  type: string;
  actor: string;
  t0: number;
  got: number;
}

export class BenchRoom {
  members: Room[] = [];
  pending: Pending | null = null;
  lastSeq = 0;
  /** Events seen by the facilitator during the measurement window. */
  events = 0;
  deliveries = 0;
  samples: number[] = [];
  /** The samples of speeches alone (command `speak` to event `spoke` at every other participant). */
  speechSamples: number[] = [];
  lost = 0;
  rejected: Record<string, number> = {};
  measuring = false;
  step = 0;

  constructor(readonly index: number) {}

  attach(room: Room, isFacilitator: boolean): void {
    room.onMessage("event", (e: SeminarEventLike) => {
      if (this.measuring) this.deliveries++;
      if (isFacilitator && e.seq > this.lastSeq) {
        this.lastSeq = e.seq;
        if (this.measuring) this.events++;
      }
      const p = this.pending;
      if (p && e.type === p.type && e.actor === p.actor && room.sessionId !== p.actor) {
        p.got++;
        if (this.measuring) {
          this.samples.push(performance.now() - p.t0);
          if (p.type === "spoke") this.speechSamples.push(performance.now() - p.t0);
        }
      }
    });
    room.onMessage("rejected", (r: { command: string; code: string }) => {
      const key = `${r.command}:${r.code}`;
      this.rejected[key] = (this.rejected[key] ?? 0) + 1;
    });
    room.onMessage("*", () => {});
    this.members.push(room);
  }

  /** The next command of the script: who sends it, what, and the event type it should produce. */
  private next(): { from: Room; type: string; payload: unknown; event: string; actor: string } {
    const k = this.step++;
    const chair = this.members[0];
    const others = this.members.length - 1;
    const turn = Math.floor(k / 8);
    const speaker = this.members[1 + (turn % others)];
    const bystander = this.members[1 + ((turn + 1 + (k % 3)) % others)];
    const text = payloadText(`r${this.index}s${k}`, 160);
    switch (k % 8) {
      case 0:
        return { from: speaker, type: "raiseHand", payload: {}, event: "handRaised", actor: speaker.sessionId };
      case 1:
        return { from: chair, type: "giveFloor", payload: {}, event: "floorGiven", actor: chair.sessionId };
      case 2:
      case 4:
        return { from: speaker, type: "speak", payload: { text }, event: "spoke", actor: speaker.sessionId };
      case 3:
        return {
          from: bystander,
          type: "react",
          payload: { kind: "applause" },
          event: "reacted",
          actor: bystander.sessionId,
        };
      case 5:
        return {
          from: bystander,
          type: "post",
          payload: { promptId: PROMPT, text },
          event: "posted",
          actor: bystander.sessionId,
        };
      case 6:
        return { from: speaker, type: "yieldFloor", payload: {}, event: "floorYielded", actor: speaker.sessionId };
      default:
        return {
          from: bystander,
          type: "react",
          payload: { kind: "question" },
          event: "reacted",
          actor: bystander.sessionId,
        };
    }
  }

  /** Runs the script until `until` (performance.now()), one command per stepMs. */
  async run(stepMs: number, until: () => boolean): Promise<void> {
    const receivers = this.members.length - 1;
    while (!until()) {
      const t0 = performance.now();
      const cmd = this.next();
      const pending: Pending = { type: cmd.event, actor: cmd.actor, t0, got: 0 };
      this.pending = pending;
      cmd.from.send(cmd.type, cmd.payload);
      const ok = await waitFor(() => pending.got >= receivers, STEP_TIMEOUT_MS, 2);
      if (!ok && this.measuring) this.lost += receivers - pending.got;
      this.pending = null;
      const wait = stepMs - (performance.now() - t0);
      if (wait > 0) await sleep(wait);
    }
  }
}

/**
 * A room of `perRoom`: its chair creates it through `createUrl`, the others join one after another,
 * the k-th through `joinUrl(k)`; then the chair sets a long speech limit and opens a prompt, and
 * everyone else claims a role.
 */
export async function makeBenchRoom(
  i: number,
  perRoom: number,
  createUrl: string,
  joinUrl: (k: number) => string,
): Promise<BenchRoom> {
  const r = new BenchRoom(i);
  const chair = await new Client(createUrl).create("seminar", { name: `Chair ${i}` });
  r.attach(chair, true);
  for (let k = 1; k < perRoom; k++) {
    const m = await new Client(joinUrl(k)).joinById(chair.roomId, { name: `P${i}-${k}` });
    r.attach(m, false);
  }
  chair.send("setSpeechLimit", { seconds: 600 });
  chair.send("openPrompt", { promptId: PROMPT });
  r.members.slice(1).forEach((m, k) => m.send("claimRole", { roleId: ROLE_IDS[k % ROLE_IDS.length] }));
  return r;
}

/** The seq a bench room's chair has seen once everyone has joined and the set-up commands are in. */
export const setUpSeq = (perRoom: number) => 1 + perRoom + 2 + (perRoom - 1);

const mb = (bytes: number) => bytes / (1024 * 1024);

export async function runRooms(opts: RoomsOptions): Promise<RoomsResult> {
  const server = await startChild("seminar-rooms", {
    entry: opts.entry ?? "server/main.ts",
    env: { DATA_DIR: opts.dataDir, RECONNECT_SECONDS: "0" },
    cpuProfDir: opts.cpuProfDir,
  });
  const rooms: BenchRoom[] = [];
  let result: RoomsResult | null;
  try {
    await sleep(1000);
    const idle = await server.memory();
    const idleRss = server.rssBytes();
    opts.log(`  idle server: RSS ${mb(idleRss).toFixed(1)} MB, heapUsed ${mb(idle.heapUsed).toFixed(1)} MB`);

    // Join: rooms in parallel batches, participants of one room one after another.
    const tJoin = performance.now();
    const makeRoom = (i: number) => makeBenchRoom(i, opts.perRoom, server.wsUrl, () => server.wsUrl);
    const expectedSeq = setUpSeq(opts.perRoom);
    const half = Math.floor(opts.rooms / 2);
    const joinRooms = async (from: number, to: number) => {
      for (let i = from; i < to; i += 10) {
        rooms.push(...(await Promise.all(Array.from({ length: Math.min(10, to - i) }, (_, k) => makeRoom(i + k)))));
      }
      await waitFor(() => rooms.every((r) => r.lastSeq >= expectedSeq), 20_000, 20);
    };
    await joinRooms(0, half);
    const halfParticipants = rooms.reduce((a, r) => a + r.members.length, 0);
    const halfJoined = await server.memory();
    const halfJoinedRss = server.rssBytes();
    await joinRooms(half, opts.rooms);
    const participants = rooms.reduce((a, r) => a + r.members.length, 0);
    const joinSeconds = (performance.now() - tJoin) / 1000;
    await sleep(500);
    const joined = await server.memory();
    const joinedRss = server.rssBytes();
    opts.log(
      `  ${participants} participants in ${rooms.length} rooms joined in ${joinSeconds.toFixed(1)} s: RSS ${mb(joinedRss).toFixed(1)} MB, heapUsed ${mb(joined.heapUsed).toFixed(1)} MB`,
    );

    // Script: warm up, then measure.
    const tStart = performance.now();
    const stopAt = tStart + opts.warmupMs + opts.measureMs;
    const runs = rooms.map(async (r, i) => {
      await sleep((i * opts.stepMs) / rooms.length); // stagger the rooms across one step
      await r.run(opts.stepMs, () => performance.now() >= stopAt);
    });
    await sleep(opts.warmupMs);
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    await server.loopStart();
    if (opts.profilePath) await server.profileStart();
    const cpu0 = server.cpuSeconds();
    const benchCpu0 = process.cpuUsage();
    const machine0 = machineCpuSeconds();
    const t0 = performance.now();
    for (const r of rooms) r.measuring = true;
    await Promise.all(runs);
    const seconds = (performance.now() - t0) / 1000;
    for (const r of rooms) r.measuring = false;
    const cpu1 = server.cpuSeconds();
    const benchCpu = process.cpuUsage(benchCpu0);
    const machine1 = machineCpuSeconds();
    const serverLoop = await server.loopRead();
    if (opts.profilePath) await server.profileStop(opts.profilePath);
    loop.disable();
    const loaded: MemoryReading = await server.memory();
    const loadedRss = server.rssBytes();
    opts.log(`  loaded: RSS ${mb(loadedRss).toFixed(1)} MB, heapUsed ${mb(loaded.heapUsed).toFixed(1)} MB`);

    const samples = rooms.flatMap((r) => r.samples);
    const rejected: Record<string, number> = {};
    for (const r of rooms) for (const [k, v] of Object.entries(r.rejected)) rejected[k] = (rejected[k] ?? 0) + v;
    result = {
      rooms: rooms.length,
      perRoom: opts.perRoom,
      participants,
      stepMs: opts.stepMs,
      measureSeconds: seconds,
      eventsPerSecond: rooms.reduce((a, r) => a + r.events, 0) / seconds,
      deliveriesPerSecond: rooms.reduce((a, r) => a + r.deliveries, 0) / seconds,
      latencyMs: summarize(samples),
      lost: rooms.reduce((a, r) => a + r.lost, 0),
      rejected,
      serverCpuPercent: ((cpu1 - cpu0) / seconds) * 100,
      serverLoopDelayMs: serverLoop,
      benchLoopDelayP99Ms: loop.percentile(99) / 1e6,
      benchCpuPercent: ((benchCpu.user + benchCpu.system) / 1e6 / seconds) * 100,
      machineCpuPercent: ((machine1 - machine0) / seconds) * 100,
      memory: {
        idleRss,
        halfJoinedRss,
        joinedRss,
        loadedRss,
        idleHeapUsed: idle.heapUsed,
        halfJoinedHeapUsed: halfJoined.heapUsed,
        joinedHeapUsed: joined.heapUsed,
        loadedHeapUsed: loaded.heapUsed,
        rssPerParticipant: (loadedRss - idleRss) / participants,
        heapPerParticipant: (loaded.heapUsed - idle.heapUsed) / participants,
        rssPerParticipantMarginal: (joinedRss - halfJoinedRss) / (participants - halfParticipants),
        heapPerParticipantMarginal: (joined.heapUsed - halfJoined.heapUsed) / (participants - halfParticipants),
      },
      joinSeconds,
    };
  } finally {
    await Promise.allSettled(rooms.flatMap((r) => r.members.map((m) => m.leave(true))));
    await server.stop();
  }
  const lines = server.output().trim().split("\n");
  result.serverNote = lines[lines.length - 1];
  return result;
}
