/**
 * The SQLite store's writer thread (server/store/sqlite-writer.mjs): writes from many sessions at
 * once all resolve and are stored in order, they share transactions (group commit), a failing
 * write rejects only its own promise, reads see every write that has resolved, and close() first
 * commits every write already made. (That a resolved write survives a SIGKILL is
 * tests/integration/store-kill.test.ts.)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { SqliteSessionStore } from "../../server/store/sqlite-session-store.js";
import { range, storeEvent as ev } from "../fixtures/store-events.js";

const root = mkdtempSync(join(tmpdir(), "sqlite-writer-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => join(root, String(++dirs));

it("stores concurrent appends from many sessions in order, in far fewer transactions than appends", async () => {
  const dir = freshDir();
  const store = new SqliteSessionStore(dir);
  const sessions = range(1, 40).map((i) => `s${i}`);
  const PER = 25;
  // Not awaited: each session's create and appends are queued in call order, as a room's are.
  const all: Promise<void>[] = [];
  for (const id of sessions) all.push(store.createSession({ id, scenarioId: "sputnik-1990", createdAt: 1 }));
  for (const seq of range(1, PER)) for (const id of sessions) all.push(store.append(id, [ev(seq)]));
  await Promise.all(all);
  const stats = store.writeStats;
  expect(stats.writes).toBe(sessions.length * (PER + 1));
  expect(stats.transactions).toBeGreaterThan(0);
  // Group commit: the writes queued while one transaction was being written went into the next.
  expect(stats.transactions).toBeLessThan(stats.writes / 4);
  for (const id of sessions) expect((await store.events(id)).map((e) => e.seq)).toEqual(range(1, PER));
  await store.close();

  // Durable: a fresh store on the same file has every event, byte for byte, and the counts.
  const again = new SqliteSessionStore(dir);
  for (const id of sessions) {
    expect(await again.events(id)).toEqual(range(1, PER).map((seq) => ev(seq)));
    expect(await again.session(id)).toMatchObject({ id, eventCount: PER, endedAt: null });
  }
  await again.close();
});

it("sees every write that has resolved (reads run on another connection)", async () => {
  const store = new SqliteSessionStore(freshDir());
  await store.createSession({ id: "a", scenarioId: "x", createdAt: 5 });
  expect(await store.session("a")).toMatchObject({ id: "a", eventCount: 0 });
  for (const seq of range(1, 30)) {
    await store.append("a", [ev(seq)]);
    const events = await store.events("a");
    expect(events.length).toBe(seq);
    expect(events[seq - 1]).toEqual(ev(seq));
  }
  expect((await store.events("a", 10)).length).toBe(10);
  await store.addSeat("a", "p1", "f".repeat(64));
  expect(await store.seatHolder("a", "f".repeat(64))).toBe("p1");
  expect((await store.unended()).map((s) => s.id)).toEqual(["a"]);
  await store.markEnded("a", 99);
  expect(await store.session("a")).toMatchObject({ endedAt: 99, eventCount: 30 });
  expect(await store.unended()).toEqual([]);
  await store.close();
});

it("rejects only the failing write, rolls it back whole, and stays usable", async () => {
  const store = new SqliteSessionStore(freshDir());
  await store.createSession({ id: "a", scenarioId: "x", createdAt: 1 });
  await store.createSession({ id: "b", scenarioId: "x", createdAt: 2 });
  await store.append("a", [ev(1), ev(2), ev(3)]);
  const before = store.writeStats.transactions;

  // One burst: good writes around three bad ones, all in flight together.
  const results = await Promise.allSettled([
    store.append("a", [ev(4)]),
    store.append("a", [ev(5), ev(2)]), // seq 2 again: the whole append fails, seq 5 included
    store.append("b", [ev(1)]),
    store.append("nobody", [ev(1)]), // no such session
    store.createSession({ id: "b", scenarioId: "x", createdAt: 3 }), // exists
    store.append("b", [ev(2), ev(3)]),
    store.append("a", [ev(5)]),
  ]);
  expect(results.map((r) => r.status)).toEqual([
    "fulfilled",
    "rejected",
    "fulfilled",
    "rejected",
    "rejected",
    "fulfilled",
    "fulfilled",
  ]);
  const reason = (i: number) => (results[i] as PromiseRejectedResult).reason as Error & { code?: string };
  expect(reason(1).code).toBe("SQLITE_CONSTRAINT_PRIMARYKEY");
  expect(reason(3).code).toBe("SQLITE_CONSTRAINT_FOREIGNKEY");
  expect(reason(4).code).toBe("SQLITE_CONSTRAINT_PRIMARYKEY");
  expect(reason(1)).toBeInstanceOf(Error);
  // Bad writes shared transactions with good ones (7 writes, fewer commits) without harming them.
  expect(store.writeStats.transactions - before).toBeLessThan(7);

  expect((await store.events("a")).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  expect((await store.events("a"))[1]).toEqual(ev(2));
  expect((await store.events("b")).map((e) => e.seq)).toEqual([1, 2, 3]);
  expect(await store.session("a")).toMatchObject({ eventCount: 5 });
  expect(await store.session("b")).toMatchObject({ eventCount: 3, createdAt: 2 });
  expect(await store.session("nobody")).toBeNull();

  // An import is all or none too: a bad event leaves no session and no origin behind.
  const meta = { id: "imp", scenarioId: "x", createdAt: 1, endedAt: 2, origin: { sessionId: "orig", importedAt: 3 } };
  await expect(store.importSession(meta, [ev(1), ev(2), ev(1)])).rejects.toMatchObject({
    code: "SQLITE_CONSTRAINT_PRIMARYKEY",
  });
  expect(await store.session("imp")).toBeNull();
  await store.importSession(meta, [ev(1), ev(2)]);
  expect(await store.session("imp")).toMatchObject({
    eventCount: 2,
    endedAt: 2,
    origin: { sessionId: "orig", importedAt: 3 },
  });

  // Still usable.
  await store.append("a", [ev(6)]);
  expect((await store.events("a")).length).toBe(6);
  await store.close();
});

it("close() commits every write already made before it returns, then refuses new ones", async () => {
  const dir = freshDir();
  const store = new SqliteSessionStore(dir);
  const writes: Promise<void>[] = [store.createSession({ id: "a", scenarioId: "x", createdAt: 1 })];
  for (const seq of range(1, 300)) writes.push(store.append("a", [ev(seq)]));
  writes.push(store.markEnded("a", 7));
  const settled = Promise.allSettled(writes);
  await store.close();
  expect((await settled).every((r) => r.status === "fulfilled")).toBe(true);
  await expect(store.append("a", [ev(301)])).rejects.toThrow(/closed/);
  await store.close(); // twice is fine

  const again = new SqliteSessionStore(dir);
  expect((await again.events("a")).map((e) => e.seq)).toEqual(range(1, 300));
  expect(await again.session("a")).toMatchObject({ eventCount: 300, endedAt: 7 });
  await again.close();
});
