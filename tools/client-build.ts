/**
 * Builds the browser client (vite build into dist/client) only when it is older than anything it
 * is made from, so `npm start` after `npm start` starts at once. `npm run prestart` and the e2e
 * harness both come here; `npm run build` always builds.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** What the bundle is made from: a change to any of them makes dist/client stale. */
const SOURCES = [
  "client",
  "shared",
  "assets",
  // Bundled as text into the facilitator's guide panel.
  "docs/facilitator-guide.md",
  "vite.config.ts",
  "package.json",
  "package-lock.json",
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when dist/client/index.html is missing or older than a source. */
export function clientBuildIsStale(outDir = join(ROOT, "dist/client")): boolean {
  const built = join(outDir, "index.html");
  if (!existsSync(built)) return true;
  const sources = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  return statSync(built).mtimeMs <= sources;
}

/** Runs `vite build` (quiet unless it fails: warnings are fixed in vite.config.ts, not printed). */
export function buildClient(extraArgs: string[] = []): Promise<void> {
  return new Promise((ok, fail) => {
    const vite = join(ROOT, "node_modules/vite/bin/vite.js");
    const child = spawn(process.execPath, [vite, "build", "--logLevel", "warn", ...extraArgs], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", fail);
    child.on("exit", (code) => {
      if (code !== 0) return fail(new Error(`vite build exited ${code}:\n${out.slice(-4000)}`));
      // A warning vite.config.ts does not expect is still shown, so it gets fixed rather than missed.
      if (out.trim()) process.stderr.write(out);
      ok();
    });
  });
}

/** Builds dist/client when it is stale; says which it did. */
export async function buildClientIfStale(): Promise<"built" | "fresh"> {
  if (!clientBuildIsStale()) return "fresh";
  await buildClient();
  return "built";
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const result = await buildClientIfStale();
  console.log(
    result === "fresh"
      ? "client: dist/client is up to date"
      : `client: built into dist/client in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
