// @ts-check
// The log worker's thread: loads log-jobs.ts through tsx's API and serves its jobs. Plain
// JavaScript started with no loaders of the parent (like the store's sqlite-writer.mjs), so it
// starts the same under tsx, vitest, `node --import tsx` and the bench's probes.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

// Heavy work yields the CPU to live seminars: on Linux a thread has its own id (/proc/thread-self
// names it) and its own nice value, so this thread runs at a lower priority than the main thread
// and the store's writer. Elsewhere it stays at the normal priority.
try {
  const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
  if (Number.isInteger(tid) && tid > 0) setPriority(tid, 15);
} catch {
  // not Linux, or not allowed: run at the normal priority
}

if (!parentPort) throw new Error("log-worker-thread.mjs runs as a worker thread");
/** @type {unknown} */
const loaded = await tsImport("./log-jobs.ts", import.meta.url);
const { serveLogJobs } = /** @type {typeof import("./log-jobs.js")} */ (loaded);
serveLogJobs(parentPort);
