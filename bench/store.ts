/**
 * Store: durable appends through server/store/sqlite-session-store.ts, in this process, in a temp
 * directory on the same filesystem as the default DATA_DIR. Single events one at a time (each
 * waits for its own commit, so one WAL fsync each), batches (one append of 100 events), and many
 * sessions appending at once, each waiting for its previous append as a room does (the writer
 * thread commits what arrives together in one transaction: group commit). For the last, how busy
 * this process's main thread was (event-loop utilisation) and its longest event-loop delay.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { SqliteSessionStore } from "../server/store/sqlite-session-store.js";
import type { SessionStore } from "../server/store/session-store.js";
import type { SeminarEvent } from "../shared/events.js";
import { payloadText, summarize, type Summary } from "./lib.js";

export interface StoreOptions {
  tmpRoot: string;
  singleCount: number;
  batchSize: number;
  batchCount: number;
  concurrentSessions: number;
  /** Appends in all, over all sessions. */
  concurrentCount: number;
  /** Stop a phase early after this long. */
  maxPhaseMs: number;
  /** Another store to measure (default: SQLite in a temp directory under tmpRoot). */
  open?: () => Promise<SessionStore>;
}

export interface StoreResult {
  single: { events: number; eventsPerSecond: number; usPerEvent: number; appendMs: Summary; transactions?: number };
  batched: { batchSize: number; events: number; eventsPerSecond: number; usPerEvent: number; appendMs: Summary };
  concurrent?: {
    sessions: number;
    events: number;
    eventsPerSecond: number;
    appendMs: Summary;
    /** Transactions the writer committed for them (null for a store without `writeStats`). */
    transactions: number | null;
    mainThreadBusyPercent: number;
    /** The longest event-loop delay; the whole phase if the loop never turned in it. */
    loopDelayMaxMs: number;
  };
}

/** `writeStats` of the store with the writer thread; absent from older stores. */
const transactionsOf = (store: object): number | null =>
  (store as { writeStats?: { transactions: number } }).writeStats?.transactions ?? null;

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
  const store = opts.open ? await opts.open() : new SqliteSessionStore(dir);
  try {
    await store.createSession({ id: "single", scenarioId: "sputnik-1990", createdAt: Date.now() });
    await store.createSession({ id: "batched", scenarioId: "sputnik-1990", createdAt: Date.now() });

    const singleTimes: number[] = [];
    const tx0 = transactionsOf(store);
    const t0 = performance.now();
    let seq = 0;
    while (seq < opts.singleCount && performance.now() - t0 < opts.maxPhaseMs) {
      const e = event(++seq);
      const s = performance.now();
      await store.append("single", [e]);
      singleTimes.push(performance.now() - s);
    }
    const singleMs = performance.now() - t0;
    const tx1 = transactionsOf(store);

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

    const sessions = Array.from({ length: opts.concurrentSessions }, (_, i) => `concurrent-${i}`);
    for (const id of sessions) await store.createSession({ id, scenarioId: "sputnik-1990", createdAt: Date.now() });
    const perSession = Math.ceil(opts.concurrentCount / sessions.length);
    const concurrentTimes: number[] = [];
    const ctx0 = transactionsOf(store);
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const elu0 = performance.eventLoopUtilization();
    const t2 = performance.now();
    await Promise.all(
      sessions.map(async (id) => {
        for (let cseq = 1; cseq <= perSession && performance.now() - t2 < opts.maxPhaseMs; cseq++) {
          const e = event(cseq);
          const s = performance.now();
          await store.append(id, [e]);
          concurrentTimes.push(performance.now() - s);
        }
      }),
    );
    const concurrentMs = performance.now() - t2;
    const elu = performance.eventLoopUtilization(elu0);
    delay.disable();
    const ctx1 = transactionsOf(store);
    return {
      single: {
        events: seq,
        eventsPerSecond: seq / (singleMs / 1000),
        usPerEvent: (singleMs * 1000) / seq,
        appendMs: summarize(singleTimes),
        ...(tx0 !== null && tx1 !== null ? { transactions: tx1 - tx0 } : {}),
      },
      batched: {
        batchSize: opts.batchSize,
        events: bseq,
        eventsPerSecond: bseq / (batchMs / 1000),
        usPerEvent: (batchMs * 1000) / bseq,
        appendMs: summarize(batchTimes),
      },
      concurrent: {
        sessions: sessions.length,
        events: concurrentTimes.length,
        eventsPerSecond: concurrentTimes.length / (concurrentMs / 1000),
        appendMs: summarize(concurrentTimes),
        transactions: ctx0 !== null && ctx1 !== null ? ctx1 - ctx0 : null,
        mainThreadBusyPercent: elu.utilization * 100,
        // No sample at all: the loop never turned during the phase (a store that never yields).
        loopDelayMaxMs: delay.count > 0 ? delay.max / 1e6 : concurrentMs,
      },
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
