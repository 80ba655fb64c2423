/**
 * Store: durable appends through server/store/sqlite-session-store.ts, in this process, in a temp
 * directory on the same filesystem as the default DATA_DIR. Single events (one transaction, so
 * one WAL fsync, each) and batches (one transaction per batch).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { SqliteSessionStore } from "../server/store/sqlite-session-store.js";
import type { SeminarEvent } from "../shared/events.js";
import { payloadText, summarize, type Summary } from "./lib.js";

export interface StoreOptions {
  tmpRoot: string;
  singleCount: number;
  batchSize: number;
  batchCount: number;
  /** Stop a phase early after this long. */
  maxPhaseMs: number;
}

export interface StoreResult {
  single: { events: number; eventsPerSecond: number; usPerEvent: number; appendMs: Summary };
  batched: { batchSize: number; events: number; eventsPerSecond: number; usPerEvent: number; appendMs: Summary };
}

function event(seq: number): SeminarEvent {
  const actor = `p${seq % 12}`;
  return seq % 3 === 0
    ? { seq, at: 1_724_155_100_000 + seq, type: "spoke", actor, data: { text: payloadText(`#${seq}`, 160) } }
    : seq % 3 === 1
      ? { seq, at: 1_724_155_100_000 + seq, type: "reacted", actor, data: { kind: "applause" } }
      : { seq, at: 1_724_155_100_000 + seq, type: "handRaised", actor, data: {} };
}

export async function runStore(opts: StoreOptions): Promise<StoreResult> {
  const dir = mkdtempSync(join(opts.tmpRoot, "store-"));
  const store = new SqliteSessionStore(dir);
  try {
    await store.createSession({ id: "single", scenarioId: "sputnik-1990", createdAt: Date.now() });
    await store.createSession({ id: "batched", scenarioId: "sputnik-1990", createdAt: Date.now() });

    const singleTimes: number[] = [];
    const t0 = performance.now();
    let seq = 0;
    while (seq < opts.singleCount && performance.now() - t0 < opts.maxPhaseMs) {
      const e = event(++seq);
      const s = performance.now();
      await store.append("single", [e]);
      singleTimes.push(performance.now() - s);
    }
    const singleMs = performance.now() - t0;

    const batchTimes: number[] = [];
    const t1 = performance.now();
    let bseq = 0;
    for (let b = 0; b < opts.batchCount && performance.now() - t1 < opts.maxPhaseMs; b++) {
      const events = Array.from({ length: opts.batchSize }, () => event(++bseq));
      const s = performance.now();
      await store.append("batched", events);
      batchTimes.push(performance.now() - s);
    }
    const batchMs = performance.now() - t1;
    return {
      single: { events: seq, eventsPerSecond: seq / (singleMs / 1000), usPerEvent: (singleMs * 1000) / seq, appendMs: summarize(singleTimes) },
      batched: {
        batchSize: opts.batchSize,
        events: bseq,
        eventsPerSecond: bseq / (batchMs / 1000),
        usPerEvent: (batchMs * 1000) / bseq,
        appendMs: summarize(batchTimes),
      },
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
