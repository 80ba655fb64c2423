/**
 * The SessionStore contract, run against both stores: the embedded SQLite one and the
 * PostgreSQL one (on a temporary PostgreSQL cluster of its own). Whatever the room and the HTTP
 * API rely on holds for both: order, all-or-none appends and imports, seats, counts, unended
 * sessions, durability across a reopen, and close.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SeminarEvent } from "../../shared/events.js";
import { MIGRATIONS } from "../../server/store/postgres-migrations.js";
import { PostgresSessionStore } from "../../server/store/postgres-session-store.js";
import type { SessionStore } from "../../server/store/session-store.js";
import { SqliteSessionStore } from "../../server/store/sqlite-session-store.js";
import { range, storeEvent } from "../fixtures/store-events.js";
import { servicesAvailable, startPostgres, type TempPostgres } from "../support/services.js";

/** A place for one store's data: `open` opens a store on it (again after a close). */
interface Place {
  open(): Promise<SessionStore>;
}

interface StoreKind {
  name: string;
  available: boolean;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  place(): Promise<Place>;
  /** The error codes the store's driver reports for a repeated key and for a missing session. */
  codes: { duplicate: string; missingSession: string };
}

const root = mkdtempSync(join(tmpdir(), "store-contract-"));
let dirs = 0;
const sqlite: StoreKind = {
  name: "SQLite",
  available: true,
  setUp: async () => undefined,
  tearDown: async () => rmSync(root, { recursive: true, force: true }),
  place: async () => {
    const dir = join(root, String(++dirs));
    return { open: async () => new SqliteSessionStore(dir) };
  },
  codes: { duplicate: "SQLITE_CONSTRAINT_PRIMARYKEY", missingSession: "SQLITE_CONSTRAINT_FOREIGNKEY" },
};

let pgServer: TempPostgres | undefined;
const postgres: StoreKind = {
  name: "PostgreSQL",
  available: servicesAvailable("the PostgreSQL store's contract tests", ["postgres"]),
  setUp: async () => {
    pgServer = await startPostgres();
  },
  tearDown: async () => pgServer?.stop(),
  place: async () => {
    const url = await pgServer!.createDatabase();
    return { open: () => PostgresSessionStore.open(url) };
  },
  // unique_violation, foreign_key_violation
  codes: { duplicate: "23505", missingSession: "23503" },
};

/** A speech's text also carries quotes, a backslash and a line separator, which JSON must round-trip. */
const ev = (seq: number, actor?: string): SeminarEvent => {
  const e = storeEvent(seq, actor);
  return e.type === "spoke" ? { ...e, data: { text: `${e.data.text} 'q' \\ \u2028` } } : e;
};
const joined = (seq: number, actor: string): SeminarEvent => ({
  seq,
  at: 1_724_155_100_000 + seq,
  type: "joined",
  actor,
  data: { name: actor, facilitator: false },
});

describe.each([sqlite, postgres])("the $name session store", (kind) => {
  beforeAll(async () => {
    if (kind.available) await kind.setUp();
  });
  afterAll(async () => {
    if (kind.available) await kind.tearDown();
  });
  const test = it.skipIf(!kind.available);

  test("keeps each session's log in seq order, whole and byte for byte, across a reopen", async () => {
    const place = await kind.place();
    const store = await place.open();
    const sessions = range(1, 20).map((i) => `s${i}`);
    const all: Promise<void>[] = [];
    for (const [i, id] of sessions.entries())
      all.push(store.createSession({ id, scenarioId: "sputnik-1990", createdAt: 1_000 + i }));
    await Promise.all(all);
    // Many sessions at once, each session's appends in order (as each room's serial chain makes them).
    await Promise.all(
      sessions.map(async (id) => {
        for (const seq of range(1, 15)) await store.append(id, seq % 5 === 0 ? [ev(seq)] : [ev(seq)]);
        await store.append(id, [ev(16), ev(17), ev(18)]);
      }),
    );
    await store.append("s1", []);
    for (const id of sessions) expect((await store.events(id)).map((e) => e.seq)).toEqual(range(1, 18));
    expect((await store.events("s1", 10)).map((e) => e.seq)).toEqual(range(1, 10));
    expect(await store.events("nobody")).toEqual([]);
    await store.close();

    const again = await place.open();
    for (const id of sessions) {
      expect(await again.events(id)).toEqual(range(1, 18).map((seq) => ev(seq)));
      expect(await again.session(id)).toMatchObject({ id, scenarioId: "sputnik-1990", eventCount: 18, endedAt: null });
    }
    // Newest first.
    expect((await again.list()).map((s) => s.id)).toEqual([...sessions].reverse());
    await again.close();
  });

  test("summarises a session: counts, distinct participants, ended, origin", async () => {
    const store = await (await kind.place()).open();
    await store.createSession({ id: "a", scenarioId: "x", createdAt: 1_724_155_100_123 });
    await store.append("a", [joined(1, "p1"), joined(2, "p2"), ev(3, "p1"), joined(4, "p1")]);
    expect(await store.session("a")).toEqual({
      id: "a",
      scenarioId: "x",
      createdAt: 1_724_155_100_123,
      endedAt: null,
      eventCount: 4,
      participantCount: 2,
      title: null,
      listed: false,
      hasPasscode: false,
    });
    expect((await store.unended()).map((s) => s.id)).toEqual(["a"]);
    expect(await store.unended()).toEqual([{ id: "a", scenarioId: "x", createdAt: 1_724_155_100_123, endedAt: null }]);
    await store.markEnded("a", 1_724_155_200_000);
    await store.markEnded("a", 1_724_155_300_000); // the first end stays
    expect(await store.session("a")).toMatchObject({ endedAt: 1_724_155_200_000 });
    expect(await store.unended()).toEqual([]);
    expect(await store.session("nobody")).toBeNull();
    await store.close();
  });

  test("keeps settings, lists listed sessions a page at a time, replaces an event, deletes a session", async () => {
    const store = await (await kind.place()).open();
    const settings = (listed: boolean) => ({
      title: `T ${listed}`,
      listed,
      passcodeHash: listed ? null : "scrypt$a$b",
    });
    for (const [id, at, listed] of [
      ["a", 1, true],
      ["b", 2, false],
      ["c", 3, true],
      ["d", 3, true],
    ] as const)
      await store.createSession({ id, scenarioId: "x", createdAt: at, settings: settings(listed) });
    await store.createSession({ id: "e", scenarioId: "x", createdAt: 4 });
    expect(await store.session("b")).toMatchObject({ title: "T false", listed: false, hasPasscode: true });
    expect(await store.session("e")).toMatchObject({ title: null, listed: false, hasPasscode: false });
    expect(await store.passcodeHash("b")).toBe("scrypt$a$b");
    expect(await store.passcodeHash("a")).toBeNull();
    expect((await store.list()).map((s) => s.id)).toEqual(["e", "c", "d", "b", "a"]);
    const listed = async (q = {}) => (await store.list({ listedOnly: true, ...q })).map((s) => s.id);
    expect(await listed()).toEqual(["c", "d", "a"]);
    expect(await listed({ limit: 1 })).toEqual(["c"]);
    expect(await listed({ limit: 1, after: { createdAt: 3, id: "c" } })).toEqual(["d"]);
    expect(await listed({ after: { createdAt: 3, id: "d" } })).toEqual(["a"]);

    await store.append("a", [ev(1), ev(2)]);
    await store.addSeat("a", "p1", "hash");
    await store.replaceEvent("a", { ...ev(2), actor: "p9" });
    expect((await store.events("a")).map((e) => e.actor)).toEqual([ev(1).actor, "p9"]);
    await expect(store.replaceEvent("a", ev(3))).rejects.toThrow();
    await store.markEnded("a", 100);
    await store.markEnded("c", 300);
    expect((await store.endedBefore(200)).sort()).toEqual(["a"]);
    await store.deleteSession("a");
    expect(await store.session("a")).toBeNull();
    expect(await store.events("a")).toEqual([]);
    expect(await store.seatHolder("a", "hash")).toBeNull();
    expect(await store.endedBefore(1000)).toEqual(["c"]);
    await store.close();
  });

  test("rejects only the failing write, rolls it back whole, and stays usable", async () => {
    const store = await (await kind.place()).open();
    await store.createSession({ id: "a", scenarioId: "x", createdAt: 1 });
    await store.createSession({ id: "b", scenarioId: "x", createdAt: 2 });
    await store.append("a", [ev(1), ev(2), ev(3)]);
    const results = await Promise.allSettled([
      store.append("a", [ev(4)]),
      store.append("a", [ev(5), ev(2)]), // seq 2 again: the whole append fails, seq 5 included
      store.append("b", [ev(1)]),
      store.append("nobody", [ev(1)]), // no such session
      store.createSession({ id: "b", scenarioId: "x", createdAt: 3 }), // exists
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled", "rejected", "rejected"]);
    const reason = (i: number) => (results[i] as PromiseRejectedResult).reason as Error & { code?: string };
    expect(reason(1)).toBeInstanceOf(Error);
    expect(reason(1).code).toBe(kind.codes.duplicate);
    expect(reason(3).code).toBe(kind.codes.missingSession);
    expect(reason(4).code).toBe(kind.codes.duplicate);
    await store.append("a", [ev(5)]);
    expect((await store.events("a")).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect((await store.events("a"))[1]).toEqual(ev(2));
    expect(await store.session("a")).toMatchObject({ eventCount: 5 });
    expect(await store.session("b")).toMatchObject({ eventCount: 1, createdAt: 2 });
    expect(await store.session("nobody")).toBeNull();
    await store.close();
  });

  test("imports a whole log all or none, with its origin", async () => {
    const store = await (await kind.place()).open();
    const meta = { id: "imp", scenarioId: "x", createdAt: 1, endedAt: 2, origin: { sessionId: "orig", importedAt: 3 } };
    await expect(store.importSession(meta, [ev(1), ev(2), ev(1)])).rejects.toMatchObject({
      code: kind.codes.duplicate,
    });
    expect(await store.session("imp")).toBeNull();
    expect(await store.list()).toEqual([]);
    await store.importSession(meta, [ev(1), ev(2)]);
    expect(await store.session("imp")).toMatchObject({
      eventCount: 2,
      endedAt: 2,
      origin: { sessionId: "orig", importedAt: 3 },
    });
    expect(await store.events("imp")).toEqual([ev(1), ev(2)]);
    expect(await store.unended()).toEqual([]);
    await store.close();
  });

  test("imports validated NDJSON bytes (EventLines) as it imports events", async () => {
    const store = await (await kind.place()).open();
    const meta = { id: "lines", scenarioId: "x", createdAt: 1, endedAt: 2, origin: { sessionId: "o", importedAt: 3 } };
    const events = range(1, 2500).map((seq) => ev(seq));
    const ndjson = new TextEncoder().encode(events.map((e) => JSON.stringify(e) + "\n").join(""));
    await store.importSession(meta, { ndjson, count: events.length });
    expect(await store.session("lines")).toMatchObject({ eventCount: 2500, origin: { sessionId: "o" } });
    expect(await store.events("lines")).toEqual(events);
    const dup = new TextEncoder().encode([ev(1), ev(2), ev(1)].map((e) => JSON.stringify(e) + "\n").join(""));
    await expect(store.importSession({ ...meta, id: "dup" }, { ndjson: dup, count: 3 })).rejects.toMatchObject({
      code: kind.codes.duplicate,
    });
    expect(await store.session("dup")).toBeNull();
    await store.close();
  });

  test("reads a log in pages of JSON lines, up to a seq or to the end", async () => {
    const store = await (await kind.place()).open();
    await store.createSession({ id: "p", scenarioId: "x", createdAt: 1 });
    await store.append(
      "p",
      range(1, 25).map((seq) => ev(seq)),
    );
    const pages: string[][] = [];
    for await (const page of store.eventPages("p", undefined, 10)) pages.push(page);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat().map((l) => JSON.parse(l) as SeminarEvent)).toEqual(await store.events("p"));
    const upTo: string[] = [];
    for await (const page of store.eventPages("p", 12, 10)) upTo.push(...page);
    expect(upTo.map((l) => (JSON.parse(l) as SeminarEvent).seq)).toEqual(range(1, 12));
    for await (const page of store.eventPages("nobody")) expect(page).toEqual([]);
    await store.close();
  });

  test("finds a seat by its key's hash within its own session only, across a reopen", async () => {
    const place = await kind.place();
    const store = await place.open();
    await store.createSession({ id: "s1", scenarioId: "x", createdAt: 1 });
    await store.createSession({ id: "s2", scenarioId: "x", createdAt: 2 });
    const hash = "a".repeat(64);
    await store.addSeat("s1", "p1", hash);
    await expect(store.addSeat("s1", "p2", hash)).rejects.toMatchObject({ code: kind.codes.duplicate });
    expect(await store.seatHolder("s1", hash)).toBe("p1");
    expect(await store.seatHolder("s2", hash)).toBeNull();
    expect(await store.seatHolder("s1", "b".repeat(64))).toBeNull();
    await store.close();
    const again = await place.open();
    expect(await again.seatHolder("s1", hash)).toBe("p1");
    await again.close();
  });

  test("close() lets writes already made finish, then refuses new ones", async () => {
    const place = await kind.place();
    const store = await place.open();
    const writes: Promise<void>[] = [store.createSession({ id: "a", scenarioId: "x", createdAt: 1 })];
    await writes[0];
    for (const seq of range(1, 50)) writes.push(store.append("a", [ev(seq)]));
    const settled = Promise.allSettled(writes);
    await store.close();
    // Concurrent appends of one session may commit in any order on a pool: only the set matters here.
    expect((await settled).every((r) => r.status === "fulfilled")).toBe(true);
    await expect(store.append("a", [ev(51)])).rejects.toThrow(/closed/);
    await store.close(); // twice is fine
    const again = await place.open();
    expect((await again.events("a")).map((e) => e.seq)).toEqual(range(1, 50));
    await again.close();
  });

  it.runIf(kind === postgres && kind.available)(
    "PostgreSQL: processes booting together migrate once, taking turns under the lock",
    async () => {
      const url = await pgServer!.createDatabase();
      const stores = await Promise.all(range(1, 5).map(() => PostgresSessionStore.open(url)));
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      const applied = (await db.query<{ id: number }>("SELECT id FROM schema_migrations ORDER BY id")).rows;
      await db.end();
      expect(applied.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
      await stores[0].createSession({ id: "x", scenarioId: "y", createdAt: 1 });
      expect(await stores[4].session("x")).toMatchObject({ id: "x" });
      await Promise.all(stores.map((s) => s.close()));
    },
  );
});
