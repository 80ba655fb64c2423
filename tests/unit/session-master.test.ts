/**
 * The session master without sockets: a fake transport that records what goes to whom, fake
 * timers, a clock the test moves, and the real SQLite store in a temporary directory.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { SeminarEvent } from "../../shared/events.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { CloseCode, JoinRefusal, type ServerMessageName } from "../../shared/wire.js";
import { JoinRefused } from "../../server/session/join-refused.js";
import type { HeldSeat } from "../../server/session/seat-book.js";
import { SessionMaster, type SessionTransport } from "../../server/session/session-master.js";
import type { SessionStore } from "../../server/store/session-store.js";
import { SqliteSessionStore } from "../../server/store/sqlite-session-store.js";

interface Conn {
  sessionId: string;
}

/** Everything the master did, in order: sends, broadcasts, closes, and the store's appends. */
type Trace =
  | { kind: "send" | "private"; to: string; name: ServerMessageName; message: any }
  | { kind: "broadcast"; name: ServerMessageName; message: any }
  | { kind: "close"; to: string; code: number }
  | { kind: "append"; seqs: number[] };

const chair = sputnik1990.roles.find((r) => r.chair)!;
const roleA = sputnik1990.roles.find((r) => !r.chair)!;
const T0 = 1_724_155_200_000;

const dir = mkdtempSync(join(tmpdir(), "session-master-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let store: SqliteSessionStore;
let trace: Trace[];
let now: number;
let timers: { fn: () => void; ms: number; cleared: boolean }[];
let failAppends: boolean;
let sessions = 0;

beforeEach(() => {
  store ??= new SqliteSessionStore(dir);
  trace = [];
  now = T0;
  timers = [];
  failAppends = false;
});
afterAll(async () => {
  await store?.close();
});

/** The real store, with each append traced (and failing on demand). */
function tracedStore(): SessionStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === "append")
        return async (id: string, events: readonly SeminarEvent[]) => {
          if (failAppends) throw new Error("disk full");
          await target.append(id, events);
          trace.push({ kind: "append", seqs: events.map((e) => e.seq) });
        };
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

// Sends are copied as they go, as a socket would serialize them (the log array grows later).
const transport: SessionTransport<Conn> = {
  broadcast: (name, message) => trace.push({ kind: "broadcast", name, message }),
  send: (to, name, message) => trace.push({ kind: "send", to: to.sessionId, name, message: structuredClone(message) }),
  sendPrivately: (to, name, message) =>
    trace.push({ kind: "private", to: to.sessionId, name, message: structuredClone(message) }),
  close: (conn, code) => trace.push({ kind: "close", to: conn.sessionId, code }),
};

function newMaster(sessionId: string, rateLimit = { perSecond: 5, burst: 20 }) {
  return new SessionMaster<Conn>({
    sessionId,
    scenario: sputnik1990,
    store: tracedStore(),
    transport,
    timers: {
      setTimeout(fn, ms) {
        const t = { fn, ms, cleared: false };
        timers.push(t);
        return { clear: () => (t.cleared = true) };
      },
    },
    rateLimit,
    now: () => now,
  });
}

const broadcasts = () => trace.filter((t) => t.kind === "broadcast").map((t) => t.message as SeminarEvent);
type Sent = Extract<Trace, { kind: "send" | "private" }>;
const to = (id: string) => trace.filter((t): t is Sent => (t.kind === "send" || t.kind === "private") && t.to === id);
const seatOf = (id: string) =>
  to(id).find((t) => t.name === "seat")!.message as { participantId: string; seatKey: string };
const lastEvent = () => broadcasts().at(-1)!;

/** A held seat the test resolves or rejects by hand. */
function heldSeat(): HeldSeat<Conn> & { comeBack(c: Conn): void; runOut(): void; cancelled: boolean } {
  let resolve!: (c: Conn) => void;
  let reject!: (e: unknown) => void;
  const back = new Promise<Conn>((ok, fail) => ((resolve = ok), (reject = fail)));
  const seat = {
    back,
    cancelled: false,
    cancel: () => {
      seat.cancelled = true;
      reject(new Error("cancelled"));
    },
    comeBack: (c: Conn) => resolve(c),
    runOut: () => reject(false),
  };
  return seat;
}

async function started() {
  const sessionId = `s${++sessions}`;
  const master = newMaster(sessionId);
  await master.start();
  const fac = { sessionId: "fac" };
  const ann = { sessionId: "ann" };
  await master.join(fac, { name: "Olga" });
  await master.join(ann, { name: "Ann" });
  return { master, fac, ann, sessionId };
}

describe("session master", () => {
  it("stores every event before it broadcasts it, and broadcasts in log order", async () => {
    const { master, fac, sessionId } = await started();
    await master.receive(fac, "claimRole", { roleId: chair.id });
    await master.receive(fac, "setSpeechLimit", { seconds: 90 });
    const events = broadcasts();
    expect(events.map((e) => e.type)).toEqual(["sessionStarted", "joined", "joined", "roleClaimed", "speechLimitSet"]);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    for (const e of events) {
      const stored = trace.findIndex((t) => t.kind === "append" && t.seqs.includes(e.seq));
      const shown = trace.findIndex((t) => t.kind === "broadcast" && t.message === e);
      expect(stored, `seq ${e.seq}`).toBeGreaterThanOrEqual(0);
      expect(stored).toBeLessThan(shown);
    }
    expect(await store.events(sessionId)).toEqual(events);
    expect(master.events).toEqual(events);
  });

  it("seats a joiner with seat, then history, then the broadcast join; the creator is the facilitator", async () => {
    const master = newMaster(`s${++sessions}`);
    await master.start();
    await master.join({ sessionId: "fac" }, { name: "Olga" });
    const mine = to("fac");
    expect(mine.map((t) => [t.kind, t.name])).toEqual([
      ["private", "seat"],
      ["send", "history"],
    ]);
    expect(mine[1].message).toEqual({ events: [broadcasts()[0]] });
    expect(lastEvent()).toMatchObject({ type: "joined", actor: "fac", data: { name: "Olga", facilitator: true } });
    await master.join({ sessionId: "ann" }, { name: "  Ann " });
    expect(lastEvent()).toMatchObject({ type: "joined", actor: "ann", data: { name: "Ann", facilitator: false } });
    expect(seatOf("ann").seatKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The seat key never leaves by anything but a private send.
    const key = seatOf("ann").seatKey;
    expect(JSON.stringify(trace.filter((t) => t.kind !== "private"))).not.toContain(key);
  });

  it("refuses joins by code: bad options, a malformed or foreign seat key", async () => {
    const { master } = await started();
    const refusal = (options: unknown) =>
      master.join({ sessionId: "x" }, options).then(
        () => null,
        (err: unknown) => err,
      );
    expect(await refusal({ name: "" })).toMatchObject({ code: JoinRefusal.invalidOptions });
    expect(await refusal({ name: "Mallory", extra: 1 })).toMatchObject({ code: JoinRefusal.invalidOptions });
    expect(await refusal({ name: "Mallory", seatKey: "short" })).toMatchObject({ code: JoinRefusal.seatKeyRefused });
    const foreign = await refusal({ name: "Mallory", seatKey: "A".repeat(43) });
    expect(foreign).toBeInstanceOf(JoinRefused);
    expect(foreign).toMatchObject({
      code: JoinRefusal.seatKeyRefused,
      message: "that seat key does not belong to this session",
    });
    expect(broadcasts().filter((e) => e.type === "joined")).toHaveLength(2);
    expect(master.seats.participantOf({ sessionId: "x" })).toBeUndefined();
  });

  it("answers a refusal to its sender alone, echoing the cid, and changes nothing", async () => {
    const { master, ann } = await started();
    const before = master.events.length;
    await master.receive(ann, "giveFloor", { cid: "c1" });
    await master.receive(ann, "speak", { text: "" });
    await master.receive(ann, "fly", {});
    const rejected = to("ann")
      .filter((t) => t.name === "rejected")
      .map((t) => t.message);
    expect(rejected).toEqual([
      { command: "giveFloor", code: "FORBIDDEN", message: expect.any(String), cid: "c1" },
      { command: "speak", code: "INVALID", message: expect.any(String) },
      { command: "fly", code: "INVALID", message: "unknown message type 'fly'" },
    ]);
    expect(to("fac").filter((t) => t.name === "rejected")).toEqual([]);
    expect(master.events.length).toBe(before);
  });

  it("sends a brief privately to its holder on a claim, and nowhere else", async () => {
    const { master, ann } = await started();
    await master.receive(ann, "claimRole", { roleId: roleA.id, cid: "c9" });
    const brief = to("ann").find((t) => t.name === "brief")!;
    expect(brief).toMatchObject({ kind: "private", message: { roleId: roleA.id } });
    expect(trace.filter((t) => t.kind !== "private" && "name" in t && t.name === "brief")).toEqual([]);
    expect(to("fac").some((t) => t.name === "brief")).toBe(false);
  });

  it("refuses what it could not store, broadcasting nothing", async () => {
    const { master, ann } = await started();
    const before = broadcasts().length;
    failAppends = true;
    await master.receive(ann, "raiseHand", { cid: "c2" });
    expect(to("ann").at(-1)!.message).toMatchObject({ command: "raiseHand", code: "CONFLICT", cid: "c2" });
    expect(broadcasts().length).toBe(before);
    expect(master.state.queue).toEqual([]);
    failAppends = false;
    await master.receive(ann, "raiseHand", {});
    expect(master.state.queue).toEqual(["ann"]);
  });

  it("runs commands one at a time in the order they came", async () => {
    const { master, fac, ann } = await started();
    const bob = { sessionId: "bob" };
    await master.join(bob, { name: "Bob" });
    await Promise.all([
      master.receive(ann, "raiseHand", {}),
      master.receive(bob, "raiseHand", {}),
      master.receive(fac, "raiseHand", {}),
    ]);
    expect(master.state.queue).toEqual(["ann", "bob", "fac"]);
    expect(
      broadcasts()
        .filter((e) => e.type === "handRaised")
        .map((e) => e.actor),
    ).toEqual(["ann", "bob", "fac"]);
  });

  it("ends a turn when its time runs out, by its one timer", async () => {
    const { master, fac, ann } = await started();
    await master.receive(ann, "raiseHand", {});
    now += 1000;
    await master.receive(fac, "giveFloor", {});
    const live = timers.filter((t) => !t.cleared);
    expect(live).toHaveLength(1);
    expect(live[0].ms).toBe(sputnik1990.defaultSpeechLimitSeconds * 1000);
    // A timer that fires early finds the turn still on, and sets itself again.
    now += 1000;
    live[0].fn();
    await master.receive(ann, "speak", { text: "Soap first." });
    expect(lastEvent()).toMatchObject({ type: "spoke" });
    const again = timers.filter((t) => !t.cleared && t !== live[0]);
    expect(again).toHaveLength(1);
    now = T0 + 1000 + sputnik1990.defaultSpeechLimitSeconds * 1000;
    again[0].fn();
    await master.receive(fac, "raiseHand", {});
    expect(broadcasts().find((e) => e.type === "floorExpired")).toMatchObject({
      actor: "system",
      data: { holder: "ann" },
    });
    expect(master.state.floor).toBeNull();
    await master.dispose(true);
    expect(timers.every((t) => t.cleared || t === live[0] || t === again[0])).toBe(true);
  });

  it("hands a seat to a newer connection with the seat key, closing the old one with 4409", async () => {
    const { master, ann } = await started();
    const key = seatOf("ann").seatKey;
    const reload = { sessionId: "ann-2" };
    await master.join(reload, { name: "Ann", seatKey: key });
    expect(trace).toContainEqual({ kind: "close", to: "ann", code: CloseCode.seatTaken });
    expect(seatOf("ann-2").participantId).toBe("ann");
    // Still connected throughout: nobody sees them leave or come back.
    expect(lastEvent()).toMatchObject({ type: "joined", actor: "ann" });
    expect(master.seats.participantOf(ann)).toBeUndefined();
    expect(master.seats.participantOf(reload)).toBe("ann");
    // The old connection's messages and leave no longer count for anyone.
    await master.receive(ann, "raiseHand", {});
    await master.leave(ann);
    expect(master.state.participants.ann).toMatchObject({ present: true, connected: true });
    expect(master.state.queue).toEqual([]);
  });

  it("holds a dropped seat: back within the window gets the whole log again; otherwise the participant leaves", async () => {
    const { master, fac, ann } = await started();
    await master.receive(ann, "claimRole", { roleId: roleA.id });
    const held = heldSeat();
    const dropping = master.drop(ann, held, () => false);
    await master.receive(fac, "raiseHand", {});
    expect(master.state.participants.ann.connected).toBe(false);
    const back = { sessionId: "ann" };
    trace = [];
    held.comeBack(back);
    await dropping;
    expect(to("ann").map((t) => t.name)).toEqual(["history", "brief"]);
    expect((to("ann")[0].message as { events: SeminarEvent[] }).events).toHaveLength(master.events.length - 1);
    expect(lastEvent()).toMatchObject({ type: "reconnected", actor: "ann" });

    const again = heldSeat();
    const gone = master.drop(back, again, () => false);
    again.runOut();
    await gone;
    expect(
      broadcasts()
        .slice(-3)
        .map((e) => e.type),
    ).toEqual(["disconnected", "roleReleased", "left"]);
    expect(master.state.participants.ann.present).toBe(false);
  });

  it("cancels a held seat when its seat key comes back first; nobody leaves", async () => {
    const { master, ann } = await started();
    const key = seatOf("ann").seatKey;
    const held = heldSeat();
    const dropping = master.drop(ann, held, () => false);
    await master.join({ sessionId: "ann-2" }, { name: "Ann", seatKey: key });
    await dropping;
    expect(held.cancelled).toBe(true);
    expect(broadcasts().some((e) => e.type === "left")).toBe(false);
    expect(master.state.participants.ann).toMatchObject({ present: true, connected: true });
  });

  it("restores a stored session with everyone dropped, and lets the absent leave after the window", async () => {
    const { master, ann, sessionId } = await started();
    await master.receive(ann, "raiseHand", {});
    const facKey = seatOf("fac").seatKey;
    await master.dispose(false);
    expect((await store.session(sessionId))?.endedAt).toBeNull();
    trace = [];
    const restored = newMaster(sessionId);
    await restored.restore();
    expect(restored.events.slice(0, master.events.length)).toEqual(master.events);
    expect(broadcasts().map((e) => [e.type, e.actor])).toEqual([
      ["disconnected", "fac"],
      ["disconnected", "ann"],
    ]);
    await restored.join({ sessionId: "fac-2" }, { name: "Olga", seatKey: facKey });
    await restored.leaveAbsent();
    expect(restored.state.participants.fac).toMatchObject({ present: true, connected: true });
    expect(restored.state.participants.ann.present).toBe(false);
    expect(restored.state.queue).toEqual([]);
  });

  it("rate-limits per participant before anything is decoded: one refusal, then silence", async () => {
    const master = newMaster(`s${++sessions}`, { perSecond: 1, burst: 2 });
    await master.start();
    const fac = { sessionId: "fac" };
    expect(master.admit(fac)).toBe("drop"); // not seated: nobody to speak for
    await master.join(fac, { name: "Olga" });
    expect([master.admit(fac), master.admit(fac), master.admit(fac), master.admit(fac)]).toEqual([
      "allow",
      "allow",
      "refuse",
      "drop",
    ]);
    master.refuseUnread(fac, "react", "rateLimited", { kind: "applause", cid: "c5" });
    expect(to("fac").at(-1)!.message).toEqual({
      command: "react",
      code: "RATE_LIMITED",
      message: "too many messages; slow down",
      cid: "c5",
    });
    now += 1000;
    expect(master.admit(fac)).toBe("allow");
  });
});
