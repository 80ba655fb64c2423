/**
 * `npm run bench`: the performance benchmark (not part of `npm test`). Starts the real server as
 * separate processes on loopback with temp data directories, drives them with colyseus.js
 * clients from this process, prints a table with targets, and writes bench/results.json.
 * docs/performance.md explains every figure and records the latest results.
 *
 * Environment:
 *   BENCH_ONLY=fanout,rooms,store,replay,debrief,client,cluster,heavy   run only these sections
 *   BENCH_HEAVY_ROOT=DIR                          the heavy section measures the server of another checkout
 *   BENCH_QUICK=1                                 smaller sizes, for trying the bench itself
 *   BENCH_PROFILE=1 | DIR                         CPU-profile the seminar server over the measured windows
 *                                                 (fan-out at the largest N, many rooms) through bench/probe.mjs;
 *                                                 profiles go to DIR (default a temp dir), summarised at the end
 *   BENCH_CPU_PROF=1                              also whole-process profiles of the seminar servers (node --cpu-prof;
 *                                                 Node 20 does not allow --cpu-prof in NODE_OPTIONS, so it is an argument)
 *   BENCH_TMPFS=0                                 skip the diagnostic runs with DATA_DIR on /dev/shm
 */
import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { runClient, type ClientResult } from "./client.js";
import { runCluster, type ClusterResult } from "./cluster.js";
import { formatProfile, summarizeProfile, type ProfileSummary } from "./cpuprofile-summary.js";
import { runFanout, type FanoutRow } from "./fanout.js";
import { runHeavy, type HeavyResult } from "./heavy.js";
import { ROOT, round } from "./lib.js";
import { runReplay, type ReplayResult } from "./replay.js";
import { runDebrief, type DebriefResult } from "./debrief.js";
import { runRooms, type RoomsResult } from "./rooms.js";
import { runStore, type StoreResult } from "./store.js";

// colyseus.js warns when a message arrives before its handler is registered (the history right
// after a join); that is expected here and would drown the output.
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === "string" && args[0].includes("onMessage() not registered")) return;
  warn(...args);
};

const quick = process.env.BENCH_QUICK === "1";
const only = new Set(
  (process.env.BENCH_ONLY ?? "fanout,rooms,store,replay,debrief,client,cluster,heavy").split(",").map((s) => s.trim()),
);
const profileDir =
  process.env.BENCH_PROFILE && process.env.BENCH_PROFILE !== "0"
    ? process.env.BENCH_PROFILE === "1"
      ? mkdtempSync(join(tmpdir(), "sputnik-bench-profiles-"))
      : process.env.BENCH_PROFILE
    : undefined;
const cpuProfDir =
  process.env.BENCH_CPU_PROF === "1"
    ? (profileDir ?? mkdtempSync(join(tmpdir(), "sputnik-bench-profiles-")))
    : undefined;
const tmpfs = process.env.BENCH_TMPFS !== "0" && existsSync("/dev/shm");
const log = (msg: string) => console.log(msg);
const tmpRoot = mkdtempSync(join(tmpdir(), "sputnik-bench-"));
const started = performance.now();

const FS_TYPES: Record<number, string> = {
  0xef53: "ext4",
  0x01021994: "tmpfs",
  0x58465342: "xfs",
  0x9123683e: "btrfs",
  0x794c7630: "overlayfs",
};
const fsType = (path: string) => {
  const t = statfsSync(path).type;
  return FS_TYPES[t] ?? `0x${t.toString(16)}`;
};
const gitCommit = () => {
  try {
    return execSync("git rev-parse --short HEAD", { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return null;
  }
};

const machine = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? "?",
  memoryGB: round(totalmem() / 2 ** 30, 1),
  loadAverageBefore: loadavg().map((x) => round(x, 2)),
  loadAverageAfter: [] as number[],
  commit: gitCommit(),
  tmpFilesystem: fsType(tmpRoot),
  quick,
};

const results: {
  machine: typeof machine;
  fanout?: { baseline: string; speechBytes: number; speeches: number; paceMs: number; rows: FanoutRow[] };
  rooms?: RoomsResult;
  roomsTmpfs?: RoomsResult;
  store?: StoreResult;
  replay?: ReplayResult;
  debrief?: DebriefResult;
  client?: ClientResult;
  heavy?: HeavyResult;
  cluster?: ClusterResult;
  targets: { figure: string; value: string; target: string; pass: boolean | null }[];
  profiles?: ProfileSummary[];
  errors: { section: string; error: string }[];
  seconds?: number;
  /** The printed table, as Markdown (docs/performance.md carries it). */
  table?: string;
} = { machine, targets: [], errors: [] };

async function section(name: string, run: () => Promise<void>): Promise<void> {
  if (!only.has(name)) return;
  log(`\n== ${name}`);
  const t0 = performance.now();
  try {
    await run();
  } catch (err) {
    const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
    results.errors.push({ section: name, error });
    log(`  ${name} FAILED: ${error}`);
  }
  log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

log(
  `sputnik-seminar bench: Node ${machine.node}, ${machine.cpus} cores (${machine.cpuModel}), load average ${machine.loadAverageBefore.join(" ")}${quick ? ", QUICK" : ""}`,
);
if (profileDir) log(`CPU profiles of the server children go to ${profileDir}`);

const profilePaths: string[] = [];

await section("fanout", async () => {
  const shm = tmpfs ? mkdtempSync("/dev/shm/sputnik-bench-") : undefined;
  const speeches = quick ? 20 : 50;
  try {
    const r = await runFanout({
      listeners: quick ? [10, 50] : [10, 50, 200],
      speeches,
      warmup: 5,
      round: 10,
      paceMs: 150,
      textBytes: 160,
      dataDir: mkdtempSync(join(tmpRoot, "fanout-")),
      tmpfsDataDir: shm,
      cpuProfDir,
      profileDir,
      log,
    });
    profilePaths.push(...r.profiles);
    results.fanout = {
      baseline:
        "bare Colyseus 0.16 room (bench/bare-colyseus-server.ts); bare ws echo-to-all (bench/bare-ws-server.ts) for context",
      speechBytes: 160,
      speeches,
      paceMs: 150,
      rows: r.rows,
    };
  } finally {
    if (shm) rmSync(shm, { recursive: true, force: true });
  }
});

await section("rooms", async () => {
  const opts = {
    rooms: quick ? 10 : 40,
    perRoom: 12,
    stepMs: 200,
    warmupMs: quick ? 2000 : 5000,
    measureMs: quick ? 8000 : 20_000,
    textBytes: 160,
    log,
  };
  const profilePath = profileDir ? join(profileDir, "rooms-seminar.cpuprofile") : undefined;
  results.rooms = await runRooms({ ...opts, dataDir: mkdtempSync(join(tmpRoot, "rooms-")), cpuProfDir, profilePath });
  if (profilePath) profilePaths.push(profilePath);
  logRooms(results.rooms);
  if (tmpfs) {
    log("  -- again with DATA_DIR on tmpfs (/dev/shm), where fsync costs nothing: a diagnostic, not a target");
    const shm = mkdtempSync("/dev/shm/sputnik-bench-");
    try {
      results.roomsTmpfs = await runRooms({ ...opts, measureMs: quick ? 8000 : 15_000, dataDir: shm });
      logRooms(results.roomsTmpfs);
    } finally {
      rmSync(shm, { recursive: true, force: true });
    }
  }
});

function logRooms(r: RoomsResult): void {
  log(
    `  ${r.participants} participants in ${r.rooms} rooms: ${r.eventsPerSecond.toFixed(0)} events/s (${r.deliveriesPerSecond.toFixed(0)} deliveries/s), ` +
      `latency p50 ${r.latencyMs.p50.toFixed(1)} / p99 ${r.latencyMs.p99.toFixed(1)} / max ${r.latencyMs.max.toFixed(1)} ms, ` +
      `server CPU ${r.serverCpuPercent.toFixed(0)}%, server loop delay p99 ${r.serverLoopDelayMs?.p99.toFixed(1)} / max ${r.serverLoopDelayMs?.max.toFixed(1)} ms, ` +
      `bench CPU ${r.benchCpuPercent.toFixed(0)}%, whole machine ${r.machineCpuPercent.toFixed(0)}% of ${machine.cpus * 100}%, lost ${r.lost}, rejected ${JSON.stringify(r.rejected)}`,
  );
}

/** The store phases' sizes, for SQLite here and for PostgreSQL in the cluster section. */
const storeSizes = {
  singleCount: quick ? 500 : 3000,
  batchSize: 100,
  batchCount: quick ? 50 : 300,
  concurrentSessions: 40,
  concurrentCount: quick ? 1000 : 6000,
  maxPhaseMs: 8000,
};

await section("store", async () => {
  results.store = await runStore({ tmpRoot, ...storeSizes });
  const s = results.store;
  log(
    `  one append at a time: ${s.single.eventsPerSecond.toFixed(0)} events/s, ${s.single.usPerEvent.toFixed(0)} µs/event (p99 ${s.single.appendMs.p99.toFixed(2)} ms, max ${s.single.appendMs.max.toFixed(2)} ms) in ${s.single.transactions ?? "?"} transactions`,
  );
  log(
    `  batches of ${s.batched.batchSize}: ${s.batched.eventsPerSecond.toFixed(0)} events/s, ${s.batched.usPerEvent.toFixed(1)} µs/event`,
  );
  const c = s.concurrent;
  if (c) {
    log(
      `  ${c.sessions} sessions appending at once: ${c.eventsPerSecond.toFixed(0)} events/s, append p50 ${c.appendMs.p50.toFixed(2)} / p99 ${c.appendMs.p99.toFixed(2)} ms, ` +
        `${c.events} appends in ${c.transactions ?? "?"} transactions; main thread busy ${c.mainThreadBusyPercent.toFixed(0)}% (event-loop delay max ${c.loopDelayMaxMs.toFixed(1)} ms)`,
    );
  }
});

await section("replay", async () => {
  results.replay = await runReplay({ foldEvents: 100_000, foldRepeats: 5, seekLogEvents: 10_000, seeks: 200 });
  const r = results.replay;
  log(
    `  fold ${r.fold.events} events: median ${r.fold.medianMs.toFixed(1)} ms, ${(r.fold.eventsPerSecond / 1e6).toFixed(2)} M events/s`,
  );
  log(
    `  seek in ${r.seek.logEvents} events (${r.seek.method}): p50 ${r.seek.seekMs.p50.toFixed(2)} ms, max ${r.seek.seekMs.max.toFixed(2)} ms; index build ${r.seek.indexBuildMs?.toFixed(1)} ms; fold from start ${r.seek.foldFromStartMs.toFixed(1)} ms`,
  );
});

await section("debrief", async () => {
  results.debrief = runDebrief({ events: 100_000, repeats: 5 });
  const d = results.debrief;
  log(
    `  debrief of ${d.events} events: median ${d.medianMs.toFixed(1)} ms (best ${d.bestMs.toFixed(1)}), heap ${d.heapMB === null ? "not measured (no --expose-gc)" : `${d.heapMB.toFixed(1)} MB`}, JSON ${d.jsonKB.toFixed(0)} KB (${d.speeches} speeches, ${d.participants} participants)`,
  );
  return Promise.resolve();
});

await section("client", async () => {
  results.client = await runClient({
    tmpRoot,
    loads: 3,
    updateParticipants: quick ? 50 : 200,
    updateSamples: quick ? 10 : 30,
    screenshotPath: join(tmpRoot, "..", "sputnik-bench-scene.png"),
    log,
  });
});

await section("heavy", async () => {
  results.heavy = await runHeavy({ tmpRoot, events: quick ? 50_000 : 200_000, speeches: quick ? 30 : 80, paceMs: 220 });
  const h = results.heavy;
  const w = (x: typeof h.calm) =>
    `speech p50 ${x.speechMs.p50.toFixed(1)} / p99 ${x.speechMs.p99.toFixed(1)} / max ${x.speechMs.max.toFixed(1)} ms, ` +
    `/healthz p99 ${x.healthzMs.p99.toFixed(1)} / max ${x.healthzMs.max.toFixed(1)} ms, server loop delay max ${x.serverLoop?.max.toFixed(1) ?? "?"} ms`;
  log(`  server: ${h.server}`);
  log(`  calm: ${w(h.calm)}`);
  log(
    `  during a loop of /debrief and /debrief.csv of the ${h.sessionEvents}-event session (${h.debriefs.debriefs} answered` +
      `${h.debriefs.failures.length ? `, failures ${h.debriefs.failures.slice(0, 3).join("; ")}` : ""}): ${w(h.debriefs)}`,
  );
  log(
    `  during a ${(h.loaded.importBytes / 2 ** 20).toFixed(0)} MB import (${h.loaded.importStatus}, stored after ${h.loaded.importSeconds?.toFixed(1) ?? "?"} s) and reads of a ${h.sessionEvents}-event session ` +
      `(${JSON.stringify(h.loaded.reads)}${h.loaded.failures.length ? `, failures ${h.loaded.failures.slice(0, 3).join("; ")}` : ""}): ${w(h.loaded)}`,
  );
});

await section("cluster", async () => {
  results.cluster = await runCluster({
    tmpRoot,
    perRoom: 12,
    // One command per seminar every 500 ms: 120 a minute, livelier than any real class.
    stepMs: 500,
    roomSteps: quick ? [2, 5, 10] : [5, 10, 15, 20, 25, 30, 40, 50, 60, 80],
    warmupMs: quick ? 1000 : 2000,
    measureMs: quick ? 4000 : 8000,
    joins: quick ? 10 : 30,
    targetP99Ms: 100,
    store: storeSizes,
    log,
  });
  const s = results.cluster.postgresStore;
  log(
    `  PostgreSQL store: one append at a time p50 ${s.single.appendMs.p50.toFixed(2)} / p99 ${s.single.appendMs.p99.toFixed(2)} ms (${s.single.eventsPerSecond.toFixed(0)} ev/s); ` +
      `40 sessions at once p50 ${s.concurrent?.appendMs.p50.toFixed(2)} / p99 ${s.concurrent?.appendMs.p99.toFixed(2)} ms (${s.concurrent?.eventsPerSecond.toFixed(0)} ev/s)`,
  );
});

// Targets.
const T = results.targets;
const fan = (n: number, target: string) => results.fanout?.rows.find((r) => r.listeners === n && r.target === target);
const fanNs = [...new Set(results.fanout?.rows.map((r) => r.listeners) ?? [])];
for (const n of fanNs) {
  const s = fan(n, "seminar");
  const b = fan(n, "bare-colyseus");
  const w = fan(n, "bare-ws");
  if (!s || !b) continue;
  const ratio = s.latencyMs.p99 / b.latencyMs.p99;
  T.push({
    figure: `speech fan-out, ${n} listeners: p50 / p99 (bare room; bare ws)`,
    value: `${s.latencyMs.p50.toFixed(1)} / ${s.latencyMs.p99.toFixed(1)} ms (${b.latencyMs.p50.toFixed(1)} / ${b.latencyMs.p99.toFixed(1)}; ${w ? `${w.latencyMs.p50.toFixed(1)} / ${w.latencyMs.p99.toFixed(1)}` : "-"}) → ×${ratio.toFixed(2)}`,
    target: n === 200 ? "p99 ≤ 1.5 × bare room" : "-",
    pass: n === 200 ? ratio <= 1.5 && s.lost === 0 : null,
  });
  T.push({
    figure: `↳ one listener's socket, per speech: messages / bytes (bare room)`,
    value: `${s.messagesPerSpeech.toFixed(2)} / ${s.bytesPerSpeech.toFixed(0)} B (${b.messagesPerSpeech.toFixed(2)} / ${b.bytesPerSpeech.toFixed(0)} B)`,
    target: "-",
    pass: null,
  });
  const st = fan(n, "seminar-tmpfs");
  if (st) {
    T.push({
      figure: `↳ same, DATA_DIR on tmpfs (diagnostic)`,
      value: `${st.latencyMs.p50.toFixed(1)} / ${st.latencyMs.p99.toFixed(1)} ms → ×${(st.latencyMs.p99 / b.latencyMs.p99).toFixed(2)}`,
      target: "-",
      pass: null,
    });
  }
}
if (results.heavy) {
  const h = results.heavy.loaded;
  T.push({
    figure: "live speech during a 50 MB import and heavy reads: p99 (max)",
    value: `${h.speechMs.p99.toFixed(1)} (${h.speechMs.max.toFixed(1)}) ms`,
    target: "p99 < 150 ms",
    pass: h.speechMs.p99 < 150 && h.importStatus === 201,
  });
  T.push({
    figure: "/healthz during the same: p99 (max)",
    value: `${h.healthzMs.p99.toFixed(1)} (${h.healthzMs.max.toFixed(1)}) ms`,
    target: "max < 150 ms",
    pass: h.healthzMs.max < 150,
  });
}
if (results.rooms) {
  const r = results.rooms;
  T.push({
    figure: `${r.rooms} rooms × ${r.perRoom}: events/s, latency p50 / p99`,
    value: `${r.eventsPerSecond.toFixed(0)} ev/s, ${r.latencyMs.p50.toFixed(1)} / ${r.latencyMs.p99.toFixed(1)} ms, server CPU ${r.serverCpuPercent.toFixed(0)}% (machine ${r.machineCpuPercent.toFixed(0)}%)`,
    target: `${r.participants >= 480 ? "480" : r.participants} participants, p99 < 50 ms`,
    pass: r.participants >= 480 && r.latencyMs.p99 < 50 && r.lost === 0,
  });
  T.push({
    figure: "server memory per participant: RSS Δ/participants (heapUsed; marginal RSS, heap)",
    value: `${(r.memory.rssPerParticipant / 1024).toFixed(1)} KB (${(r.memory.heapPerParticipant / 1024).toFixed(1)}; ${(r.memory.rssPerParticipantMarginal / 1024).toFixed(1)}, ${(r.memory.heapPerParticipantMarginal / 1024).toFixed(1)} KB)`,
    target: "< 100 KB",
    pass: r.memory.rssPerParticipant < 100 * 1024,
  });
}
if (results.roomsTmpfs) {
  const r = results.roomsTmpfs;
  T.push({
    figure: `↳ same, DATA_DIR on tmpfs (diagnostic)`,
    value: `${r.eventsPerSecond.toFixed(0)} ev/s, ${r.latencyMs.p50.toFixed(1)} / ${r.latencyMs.p99.toFixed(1)} ms (machine ${r.machineCpuPercent.toFixed(0)}%)`,
    target: "-",
    pass: null,
  });
}
if (results.store) {
  const s = results.store;
  T.push({
    figure: "store: durable appends, 1 event per transaction",
    value: `${s.single.eventsPerSecond.toFixed(0)} ev/s, ${s.single.usPerEvent.toFixed(0)} µs/event`,
    target: "-",
    pass: null,
  });
  T.push({
    figure: `store: batches of ${s.batched.batchSize}`,
    value: `${s.batched.eventsPerSecond.toFixed(0)} ev/s, ${s.batched.usPerEvent.toFixed(1)} µs/event`,
    target: "-",
    pass: null,
  });
  if (s.concurrent) {
    const c = s.concurrent;
    T.push({
      figure: `store: ${c.sessions} sessions appending at once (appends/transaction)`,
      value: `${c.eventsPerSecond.toFixed(0)} ev/s, p50 ${c.appendMs.p50.toFixed(2)} / p99 ${c.appendMs.p99.toFixed(2)} ms${c.transactions ? ` (${(c.events / c.transactions).toFixed(1)})` : ""}`,
      target: "-",
      pass: null,
    });
  }
}
if (results.replay) {
  const r = results.replay;
  T.push({
    figure: `replay: fold ${r.fold.events} events`,
    value: `${(r.fold.eventsPerSecond / 1e6).toFixed(2)} M ev/s`,
    target: "> 1 M ev/s",
    pass: r.fold.eventsPerSecond > 1e6,
  });
  T.push({
    figure: `replay: seek in ${r.seek.logEvents} events, p99 (max) of ${r.seek.seekMs.n}`,
    value: `${r.seek.seekMs.p99.toFixed(2)} ms (${r.seek.seekMs.max.toFixed(1)}; index build ${r.seek.indexBuildMs?.toFixed(1) ?? "-"} ms)`,
    target: "< 50 ms",
    pass: r.seek.seekMs.p99 < 50,
  });
}
if (results.debrief) {
  const d = results.debrief;
  T.push({
    figure: `debrief: ${d.events} events (heap growth; JSON)`,
    value: `${d.medianMs.toFixed(0)} ms (${d.heapMB === null ? "-" : `${d.heapMB.toFixed(1)} MB`}; ${d.jsonKB.toFixed(0)} KB)`,
    target: "< 1000 ms",
    pass: d.medianMs < 1000,
  });
}
if (results.client) {
  const c = results.client;
  T.push({
    figure: "client JavaScript, gzip (all chunks; initial; fetched)",
    value: `${(c.js.totalGzip / 1024).toFixed(1)} KB (${(c.js.initialGzip / 1024).toFixed(1)}; ${c.js.loadedGzip !== null ? (c.js.loadedGzip / 1024).toFixed(1) : "-"})`,
    target: "< 350 KB",
    pass: c.js.totalGzip < 350 * 1024,
  });
  T.push({
    figure: "client: page load → room scene drawn (median)",
    value:
      c.sceneDrawnMedianMs !== null
        ? `${c.sceneDrawnMedianMs.toFixed(0)} ms (${c.sceneDrawnMs.map((x) => x.toFixed(0)).join(", ")})`
        : `failed: ${c.error}`,
    target: "-",
    pass: null,
  });
  const u = c.updates;
  if (u) {
    for (const [what, cost] of [
      ["one raised hand", u.handRaise],
      ["one board post", u.boardPost],
    ] as const)
      T.push({
        figure: `client: ${what}, hall of ${u.participants}, main thread (median / p95)`,
        value: `${cost.taskMs.median.toFixed(1)} / ${cost.taskMs.p95.toFixed(1)} ms`,
        target: "-",
        pass: null,
      });
    const first = u.rooms[0];
    const last = u.rooms[u.rooms.length - 1];
    T.push({
      figure: `client: JS heap after leaving a room, then ${u.rooms.length - 1} more joined and left`,
      value: `${first.heapMB.toFixed(1)} → ${last.heapMB.toFixed(1)} MB; DOM nodes ${first.nodes} → ${last.nodes}`,
      target: "no growth (heap < 0.5 MB, nodes < 100)",
      pass: last.heapMB - first.heapMB < 0.5 && last.nodes - first.nodes < 100,
    });
  }
}

if (results.cluster) {
  const c = results.cluster;
  T.push({
    figure: `capacity: participants in seminars of ${c.perRoom}, one process (SQLite), speech p99 < ${c.targetP99Ms} ms`,
    value: `${c.one.maxParticipants}`,
    target: "-",
    pass: null,
  });
  T.push({
    figure: "capacity: the same, two processes (Redis + PostgreSQL); ratio",
    value: `${c.two.maxParticipants} (${c.one.maxParticipants ? (c.two.maxParticipants / c.one.maxParticipants).toFixed(2) : "-"}×)`,
    target: "-",
    pass: null,
  });
  T.push({
    figure: "join through the other process: extra p50 (p99)",
    value: `${(c.join.otherProcessMs.p50 - c.join.sameProcessMs.p50).toFixed(1)} ms (${(c.join.otherProcessMs.p99 - c.join.sameProcessMs.p99).toFixed(1)})`,
    target: "-",
    pass: null,
  });
  const p = c.postgresStore;
  const sq = results.store;
  T.push({
    figure: "append p50 (p99), one at a time: PostgreSQL vs SQLite",
    value: `${p.single.appendMs.p50.toFixed(2)} (${p.single.appendMs.p99.toFixed(2)}) ms vs ${sq ? `${sq.single.appendMs.p50.toFixed(2)} (${sq.single.appendMs.p99.toFixed(2)})` : "-"} ms`,
    target: "-",
    pass: null,
  });
}

machine.loadAverageAfter = loadavg().map((x) => round(x, 2));
results.seconds = round((performance.now() - started) / 1000, 1);

const w1 = Math.max(...T.map((t) => t.figure.length), 6);
const w2 = Math.max(...T.map((t) => t.value.length), 5);
const w3 = Math.max(...T.map((t) => t.target.length), 6);
const table = [
  `| ${"figure".padEnd(w1)} | ${"value".padEnd(w2)} | ${"target".padEnd(w3)} | result |`,
  `|-${"-".repeat(w1)}-|-${"-".repeat(w2)}-|-${"-".repeat(w3)}-|--------|`,
  ...T.map(
    (t) =>
      `| ${t.figure.padEnd(w1)} | ${t.value.padEnd(w2)} | ${t.target.padEnd(w3)} | ${(t.pass === null ? "" : t.pass ? "PASS" : "MISS").padEnd(6)} |`,
  ),
].join("\n");
results.table = table;
log(`\n${table}`);
log(
  `\nload average before ${machine.loadAverageBefore.join(" ")}, after ${machine.loadAverageAfter.join(" ")}; ${results.seconds} s in all`,
);

const allProfiles = [
  ...profilePaths,
  ...(cpuProfDir && existsSync(cpuProfDir)
    ? readdirSync(cpuProfDir)
        .filter((x) => x.endsWith(".cpuprofile"))
        .map((f) => join(cpuProfDir, f))
    : []),
].filter((f, i, a) => existsSync(f) && a.indexOf(f) === i);
if (allProfiles.length) {
  results.profiles = [];
  for (const f of allProfiles) {
    const s = summarizeProfile(f, 20, ROOT);
    results.profiles.push(s);
    log(`\n${formatProfile(s)}`);
  }
}
for (const e of results.errors) log(`\nERROR in ${e.section}: ${e.error.split("\n")[0]}`);

writeFileSync(join(ROOT, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
log(`\nwrote bench/results.json`);
rmSync(tmpRoot, { recursive: true, force: true });
process.exit(results.errors.length ? 1 : 0);
