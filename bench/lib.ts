/**
 * Bench utilities: child server processes (the real server, or a baseline), /proc readings,
 * percentiles, bounded waits. Everything listens on loopback only.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const HOST = "127.0.0.1";
const CLK_TCK = 100; // USER_HZ on Linux

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, HOST, () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolvePort(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `cond` every `step` ms; resolves true when it holds, false after `timeoutMs`. */
export async function waitFor(cond: () => boolean, timeoutMs: number, step = 2): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!cond()) {
    if (performance.now() > deadline) return false;
    await sleep(step);
  }
  return true;
}

export interface MemoryReading {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

export interface LoopReading {
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

export interface ChildServer {
  name: string;
  port: number;
  wsUrl: string;
  httpUrl: string;
  pid: number;
  process: ChildProcess;
  output(): string;
  /** utime+stime of the process so far, in seconds. */
  cpuSeconds(): number;
  /** Resident set size from /proc/<pid>/status, in bytes. */
  rssBytes(): number;
  /** process.memoryUsage() inside the child after a full GC (through bench/probe.mjs over IPC). */
  memory(): Promise<MemoryReading>;
  /** Starts timing the child's event-loop delay (bench/probe.mjs). */
  loopStart(): Promise<void>;
  /** The child's event-loop delay since loopStart, in ms. */
  loopRead(): Promise<LoopReading | null>;
  /** Starts V8's CPU profiler in the child (bench/probe.mjs, node:inspector). */
  profileStart(): Promise<void>;
  /** Stops it and writes the .cpuprofile to `path`. */
  profileStop(path: string): Promise<void>;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  /** Entry script relative to the repo root, run with `node --import tsx`. */
  entry: string;
  env?: Record<string, string>;
  /** Wait for this HTTP path to answer 200 (default /healthz); null waits for a "listening" line. */
  readyPath?: string | null;
  /** Whole-process V8 CPU profile into this directory when the child exits (node --cpu-prof). */
  cpuProfDir?: string;
  /** Run the entry from this checkout instead of this one (to measure another commit's server). */
  cwd?: string;
  /** Listen here (default: a free port); a cluster process needs its port before it starts, for PUBLIC_ADDRESS. */
  port?: number;
}

/**
 * Starts `node --import tsx <entry>` (what `tsx <entry>` does, minus tsx's own wrapper process,
 * so that the pid we read /proc for is the server itself).
 */
export async function startChild(name: string, opts: SpawnOptions): Promise<ChildServer> {
  const port = opts.port ?? (await freePort());
  let out = "";
  // Node 20 refuses --cpu-prof in NODE_OPTIONS ("not allowed"), so it goes on the command line.
  const profArgs: string[] = [];
  if (opts.cpuProfDir) {
    mkdirSync(opts.cpuProfDir, { recursive: true });
    profArgs.push(
      "--cpu-prof",
      `--cpu-prof-dir=${opts.cpuProfDir}`,
      `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`,
    );
  }
  const child = spawn(
    process.execPath,
    [...profArgs, "--expose-gc", "--import", "tsx", "--import", join(ROOT, "bench", "probe.mjs"), opts.entry],
    {
      cwd: opts.cwd ?? ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST,
        NODE_ENV: "production",
        // Every bench client comes from 127.0.0.1: per-address limits off.
        LIMIT_CONNECTIONS_PER_ADDRESS: "0",
        LIMIT_SEMINARS_PER_ADDRESS_PER_HOUR: "0",
        LIMIT_PARTICIPANTS_PER_ADDRESS: "0",
        LIMIT_MESSAGES_PER_ADDRESS_PER_SECOND: "0",
        ...opts.env,
      },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    },
  );
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const httpUrl = `http://${HOST}:${port}`;
  const deadline = Date.now() + 30_000;
  const readyPath = opts.readyPath === undefined ? "/healthz" : opts.readyPath;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited early:\n${out}`);
    if (readyPath === null) {
      if (/listening/i.test(out)) break;
    } else {
      try {
        if ((await fetch(httpUrl + readyPath)).ok) break;
      } catch {
        // not listening yet
      }
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${name} did not start:\n${out}`);
    }
    await sleep(100);
  }
  const pid = child.pid!;
  let askSeq = 0;
  /** One request to bench/probe.mjs in the child, answered over IPC. */
  const ask = <T>(type: string, extra: Record<string, unknown> = {}): Promise<T> => {
    const id = ++askSeq;
    return new Promise<T>((resolveAsk, reject) => {
      const timer = setTimeout(() => {
        child.off("message", onMessage);
        reject(new Error(`${name}: no answer to ${type}`));
      }, 5000);
      const onMessage = (m: unknown) => {
        if ((m as { id?: number })?.id !== id) return;
        clearTimeout(timer);
        child.off("message", onMessage);
        const error = (m as { error?: string }).error;
        if (error) reject(new Error(`${name}: ${type}: ${error}`));
        else resolveAsk(m as T);
      };
      child.on("message", onMessage);
      child.send({ id, type, ...extra });
    });
  };
  return {
    name,
    port,
    httpUrl,
    wsUrl: `ws://${HOST}:${port}`,
    pid,
    process: child,
    output: () => out,
    cpuSeconds() {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the ")" of the command name: state is field 3; utime 14, stime 15.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
    },
    rssBytes() {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      return m ? Number(m[1]) * 1024 : NaN;
    },
    memory() {
      return ask<{ memory: MemoryReading }>("memory").then((m) => m.memory);
    },
    async loopStart() {
      await ask("loopStart");
    },
    loopRead() {
      return ask<{ loop: LoopReading | null }>("loopRead").then((m) => m.loop);
    },
    async profileStart() {
      await ask("profileStart");
    },
    async profileStop(path: string) {
      await ask("profileStop", { path });
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Busy CPU seconds of the whole machine so far (all cores, from /proc/stat). */
export function machineCpuSeconds(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0];
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return (user + nice + system + irq + softirq + steal) / CLK_TCK;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export interface Summary {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p90: percentile(s, 90),
    p99: percentile(s, 99),
    max: s[s.length - 1] ?? NaN,
    mean,
  };
}

export const round = (x: number, digits = 2) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

/** A short printable payload of about `bytes` bytes (ASCII), distinct per `tag`. */
export function payloadText(tag: string, bytes: number): string {
  const filler = "The strikers wanted soap before they wanted a new constitution. ";
  let s = `${tag} `;
  while (s.length < bytes) s += filler;
  return s.slice(0, bytes);
}
