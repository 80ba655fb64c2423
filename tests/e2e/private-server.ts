/**
 * For e2e files that must not race other test runs over dist/client: builds the client into a
 * private temporary directory and starts the real server (`startSeminarServer`, in its own Node
 * process) serving that build. Otherwise the same as harness.ts' `startServer`.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, type RunningServer } from "./harness.js";

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(" ")} exited ${code}:\n${out.slice(-4000)}`))));
  });
}

/** `vite build` of client/ into a fresh temporary directory; returns it. */
export async function buildPrivateClient(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "sputnik-e2e-client-"));
  await run(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn", "--outDir", outDir, "--emptyOutDir"]);
  return outDir;
}

/** Starts the server on a free loopback port, serving `clientDir`, with a temporary data dir. */
export async function startPrivateServer(clientDir: string, options: { reconnectSeconds?: number } = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "sputnik-e2e-"));
  const config = JSON.stringify({ port: 0, host: "127.0.0.1", dataDir, clientDir, ...options });
  const script = `
    const { startSeminarServer } = await import(${JSON.stringify(join(ROOT, "server/app.ts"))});
    const server = await startSeminarServer(${config});
    console.log("LISTENING " + server.url);
    process.on("SIGTERM", () => server.stop().then(() => process.exit(0), () => process.exit(1)));
  `;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const exited = new Promise<void>((ok) => child.once("exit", () => ok()));
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`server did not start in 30 s:\n${out}`));
    }, 30_000);
    const onData = (d: Buffer) => {
      out += d;
      const m = /LISTENING (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (d: Buffer) => (out += d));
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code}) before listening:\n${out}`));
    });
  });
  return {
    url,
    port: Number(new URL(url).port),
    dataDir,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(clientDir, { recursive: true, force: true });
    },
  };
}
