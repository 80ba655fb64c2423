/**
 * Real PostgreSQL and Redis for a test run: a temporary PostgreSQL cluster and a redis-server,
 * each on a free loopback port, removed again afterwards. Tests that need them call
 * `servicesAvailable()` first: on a developer machine without the binaries (and CI unset) they
 * skip with a message saying what to install; in CI a missing binary fails the run.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "../integration/child-server.js";

const PG_ROOT = "/usr/lib/postgresql";

/** The directory holding initdb and pg_ctl: PG_BIN, else Debian's newest, else the PATH's. */
function pgBinDir(): string | null {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  if (existsSync(PG_ROOT)) {
    const versions = readdirSync(PG_ROOT)
      .filter((v) => existsSync(join(PG_ROOT, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(PG_ROOT, versions[0], "bin");
  }
  try {
    const initdb = execFileSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).trim();
    return initdb ? join(initdb, "..") : null;
  } catch {
    return null;
  }
}

function onPath(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * True when what `needs` names is installed. When it is not: in CI (CI set) this throws, so the
 * tests that need it can never pass by not running; elsewhere it says why they skip.
 */
export function servicesAvailable(
  what: string,
  needs: readonly ("postgres" | "redis")[] = ["postgres", "redis"],
): boolean {
  const absent = [
    needs.includes("postgres") && !pgBinDir() ? "PostgreSQL (initdb, pg_ctl)" : null,
    needs.includes("redis") && !onPath("redis-server") ? "redis-server" : null,
  ].filter((m): m is string => m !== null);
  if (absent.length === 0) return true;
  const reason = `${what} need ${absent.join(" and ")}, not found`;
  if (process.env.CI) {
    throw new Error(`${reason}; CI is set, so they must run (apt-get install postgresql redis-server)`);
  }
  console.warn(`SKIPPED: ${reason} (apt-get install postgresql redis-server, or set PG_BIN). In CI this fails.`);
  return false;
}

export interface TempPostgres {
  /** A URL for the `postgres` database, as superuser; make test databases with `createDatabase`. */
  url: string;
  port: number;
  /** A fresh, empty database and its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * initdb refuses to run as root, so as root the cluster belongs to the `postgres` user (the
 * Debian package creates it) and its directory is chowned to it; otherwise it is the caller's.
 */
export async function startPostgres(): Promise<TempPostgres> {
  const bin = pgBinDir();
  if (!bin) throw new Error("PostgreSQL binaries not found");
  const dir = mkdtempSync(join(tmpdir(), "pg-test-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[]) =>
    execFileSync(
      asRoot ? "runuser" : join(bin, cmd),
      asRoot ? ["-u", "postgres", "--", join(bin, cmd), ...args] : args,
      {
        stdio: ["ignore", "pipe", "pipe"],
        encoding: "utf8",
      },
    );
  const port = await freePort();
  const data = join(dir, "data");
  try {
    run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "--encoding=UTF8", "--locale=C"]);
    // fsync stays on: the tests rely on a committed write surviving a killed server process.
    run("pg_ctl", [
      "-D",
      data,
      "-w",
      "-l",
      join(dir, "log"),
      "-o",
      `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=200`,
      "start",
    ]);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start a temporary PostgreSQL: ${(err as { stderr?: string }).stderr ?? String(err)}`, {
      cause: err,
    });
  }
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let databases = 0;
  return {
    url,
    port,
    async createDatabase() {
      const name = `test_${++databases}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      try {
        run("pg_ctl", ["-D", data, "-w", "-m", "immediate", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export interface TempRedis {
  url: string;
  port: number;
  process: ChildProcess;
  /** Sends `signal` (SIGTERM unless given) and waits for redis-server to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Its own redis-server: Colyseus' keys have no prefix and pub/sub ignores the database number.
 * `port` starts it again where a stopped one was (an outage test), empty like a restarted Redis.
 */
export async function startRedis(port?: number): Promise<TempRedis> {
  port ??= await freePort();
  const child = spawn(
    "redis-server",
    ["--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no"],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!out.includes("Ready to accept connections")) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`redis-server did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    process: child,
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}
