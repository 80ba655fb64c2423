/** Seats in the SQLite store: found by the hash of their key, per session, and the key itself is never stored. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { hashSeatKey, newSeatKey } from "../../server/session/seat-keys.js";
import { SqliteSessionStore } from "../../server/store/sqlite-session-store.js";

const dir = mkdtempSync(join(tmpdir(), "seat-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("finds a seat by its key's hash within its own session only, and keeps no key", async () => {
  const store = new SqliteSessionStore(dir);
  await store.createSession({ id: "s1", scenarioId: "x", createdAt: 1 });
  await store.createSession({ id: "s2", scenarioId: "x", createdAt: 2 });
  const key = newSeatKey();
  expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(newSeatKey()).not.toBe(key);
  expect(hashSeatKey(key)).toMatch(/^[0-9a-f]{64}$/);
  await store.addSeat("s1", "p1", hashSeatKey(key));
  expect(await store.seatHolder("s1", hashSeatKey(key))).toBe("p1");
  expect(await store.seatHolder("s2", hashSeatKey(key))).toBeNull();
  expect(await store.seatHolder("s1", hashSeatKey(newSeatKey()))).toBeNull();
  await store.close();
  const bytes = readdirSync(dir)
    .map((f) => readFileSync(join(dir, f)).toString("latin1"))
    .join("");
  expect(bytes).not.toContain(key);
  // Reopening an existing database keeps the seats (the table is created only if missing).
  const again = new SqliteSessionStore(dir);
  expect(await again.seatHolder("s1", hashSeatKey(key))).toBe("p1");
  await again.close();
});
