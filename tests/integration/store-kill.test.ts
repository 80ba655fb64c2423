/**
 * The SQLite store's promise at its own level: an append that has resolved survives a SIGKILL of
 * the process a moment later, even though the commit happens on the writer thread. (The room only
 * broadcasts after its append resolved; crash.test.ts checks the same through the whole server.)
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { SqliteSessionStore } from "../../server/store/sqlite-session-store.js";
import { waitUntil } from "./harness.js";

const dataDir = mkdtempSync(join(tmpdir(), "store-kill-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it("keeps every append that had resolved when the process was killed", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "store-kill-child.ts")], {
    cwd: join(import.meta.dirname, "..", ".."),
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const acked = () => out.split("\n").filter((l) => l.startsWith("ok ")).length;
  await waitUntil(() => acked() >= 400 || child.exitCode !== null, "appends acknowledged", 20_000);
  expect(err).toBe("");
  child.kill("SIGKILL");
  await exited;

  const lastAcked = new Map<string, number>();
  for (const line of out.split("\n")) {
    const m = /^ok (\S+) (\d+)$/.exec(line);
    if (m) lastAcked.set(m[1], Math.max(lastAcked.get(m[1]) ?? 0, Number(m[2])));
  }
  expect(lastAcked.size).toBe(8);
  const store = new SqliteSessionStore(dataDir);
  try {
    for (const [id, last] of lastAcked) {
      const seqs = (await store.events(id)).map((e) => e.seq);
      // Everything acknowledged is there, gapless; perhaps a little more (committed, not yet printed).
      expect(seqs.length, id).toBeGreaterThanOrEqual(last);
      expect(seqs, id).toEqual(seqs.map((_, i) => i + 1));
      expect((await store.session(id))?.eventCount, id).toBe(seqs.length);
    }
  } finally {
    await store.close();
  }
}, 60_000);
