/**
 * Two real server processes (A and B) on one redis-server and one PostgreSQL cluster of this test
 * run's own, each with PUBLIC_ADDRESS set to its loopback address, and real colyseus.js clients:
 * a seminar created through A is joined through B; B booting takes nothing; after kill -9 of A
 * in the middle of a turn, B restores the session within SWEEP_SECONDS plus a few seconds, the
 * participants rejoin through B with their seat keys, and no event anyone saw is lost; A coming
 * back takes nothing; SIGTERM to B hands the session to A.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fold } from "../../shared/engine/apply.js";
import type { SeminarEvent } from "../../shared/events.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { servicesAvailable } from "../support/services.js";
import { freePort, startChildServer, type ChildServer } from "./child-server.js";
import { giveTheFloor, startTestCluster, type TestCluster } from "./cluster-fixture.js";
import { waitUntil } from "./harness.js";
import { sleep, type SeatedParticipant } from "./seated.js";

const SWEEP_SECONDS = 1;
/** What "a few seconds" may add to a sweep: a boot's health check of dead processes, a restore. */
const TAKEOVER_MARGIN_MS = 5_000;
const chair = sputnik1990.roles.find((r) => r.chair)!;
const [roleA, roleB] = sputnik1990.roles.filter((r) => !r.chair);

const available = servicesAvailable("the cluster tests");

describe.skipIf(!available)("two server processes on Redis and PostgreSQL", () => {
  let cluster: TestCluster;
  const ports = { a: 0, b: 0 };
  const start = (which: "a" | "b") => cluster.start(ports[which]);
  const join_ = (server: ChildServer, roomId: string | null, name: string, seatKey?: string) =>
    cluster.seat(server, roomId, name, seatKey);
  /** The port of the process a participant's WebSocket is open to. */
  const socketPort = (p: SeatedParticipant) =>
    Number(new URL((p.room.connection as unknown as { transport: { ws: { url: string } } }).transport.ws.url).port);
  const logOf = (server: ChildServer, id: string) => cluster.logOf(server, id);
  const summaryOf = async (server: ChildServer, id: string) =>
    (await (await fetch(`${server.url}/api/sessions/${id}`)).json()) as { live: boolean; eventCount: number };
  /** Seat-key rejoin through `server`, retried until some process has the session running again. */
  const rejoin = async (server: ChildServer, roomId: string, p: SeatedParticipant, name: string) => {
    for (;;) {
      try {
        return await join_(server, roomId, name, p.seatKey);
      } catch {
        await sleep(200);
      }
    }
  };

  let a: ChildServer;
  let b: ChildServer;
  let roomId: string;
  let fac: SeatedParticipant;
  let ann: SeatedParticipant;
  let bob: SeatedParticipant;

  beforeAll(async () => {
    cluster = await startTestCluster("cluster", { SWEEP_SECONDS: String(SWEEP_SECONDS), RECONNECT_SECONDS: "30" });
    ports.a = await freePort();
    ports.b = await freePort();
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it("refuses to start in cluster mode without PUBLIC_ADDRESS or DATABASE_URL, with a one-line reason", async () => {
    const cases: Record<string, string>[] = [
      { REDIS_URL: cluster.env.REDIS_URL },
      { REDIS_URL: cluster.env.REDIS_URL, PUBLIC_ADDRESS: "127.0.0.1:1" },
      { REDIS_URL: cluster.env.REDIS_URL, DATABASE_URL: cluster.env.DATABASE_URL },
      { DATABASE_URL: "mysql://nope" },
    ];
    const refusals = await Promise.all(
      cases.map((extra) =>
        startChildServer(cluster.dataDir, extra).then(
          () => "started",
          (err: Error) => err.message,
        ),
      ),
    );
    expect(refusals[0]).toMatch(/cannot start: REDIS_URL needs DATABASE_URL/);
    expect(refusals[1]).toMatch(/cannot start: REDIS_URL needs DATABASE_URL/);
    expect(refusals[2]).toMatch(/cannot start: REDIS_URL needs PUBLIC_ADDRESS/);
    expect(refusals[3]).toMatch(/cannot start: DATABASE_URL must be a postgres:\/\/ URL/);
  });

  it("B booting takes over nothing of A's; a seminar created through A is joined by id through B", async () => {
    a = await start("a");
    fac = await join_(a, null, "Facilitator");
    roomId = fac.room.roomId;
    fac.send("claimRole", { roleId: chair.id });
    fac.send("setSpeechLimit", { seconds: 600 });
    await fac.waitForEvent((e) => e.type === "speechLimitSet");
    const before = await logOf(a, roomId);

    b = await start("b");
    await sleep(3 * SWEEP_SECONDS * 1000);
    expect(await logOf(b, roomId)).toEqual(before);
    // Live on A, and B says so.
    expect(await summaryOf(b, roomId)).toMatchObject({ live: true, eventCount: before.length });

    ann = await join_(b, roomId, "Ann");
    bob = await join_(b, roomId, "Bob");
    // B reserved their seats on A over Redis; their sockets went to A's PUBLIC_ADDRESS.
    expect([fac, ann, bob].map(socketPort)).toEqual([a.port, a.port, a.port]);
    await giveTheFloor(fac, ann, bob);
    ann.send("speak", { text: "Through the other door, comrades." });
    const spoke = await fac.waitForEvent((e) => e.type === "spoke" && e.actor === ann.id);
    await waitUntil(() => bob.events.some((e) => e.seq === spoke.seq), "Bob sees the speech");
    // Everyone, whichever process they came in by, sees the same events in the same order.
    expect(ann.events.slice(0, spoke.seq)).toEqual(fac.events.slice(0, spoke.seq));
    expect(bob.events.slice(0, spoke.seq)).toEqual(fac.events.slice(0, spoke.seq));
    expect(await logOf(b, roomId)).toEqual(fac.events.slice(0, spoke.seq));
    for (const p of [fac, ann, bob]) expect(p.rejections).toEqual([]);
  });

  it("kill -9 of A mid-turn: B restores the session in time, everyone rejoins through B, nothing seen is lost", async () => {
    let n = 0;
    const busy = setInterval(() => {
      n++;
      ann.send("speak", { text: `Speech ${n}` });
      bob.send("react", { kind: "applause" });
    }, 150);
    await sleep(800 + Math.random() * 400);
    await a.stop("SIGKILL");
    const killedAt = Date.now();
    clearInterval(busy);
    const seen = new Map<number, SeminarEvent>();
    for (const p of [fac, ann, bob]) for (const e of p.events) seen.set(e.seq, e);
    expect(Math.max(...seen.keys())).toBeGreaterThan(12);

    // B's restore marks the three who were connected to A as disconnected: that is the takeover.
    const restored = async (server: ChildServer) => {
      for (;;) {
        const tail = (await logOf(server, roomId)).slice(Math.max(...seen.keys()));
        if (tail.filter((e) => e.type === "disconnected").length === 3) return;
        await sleep(100);
      }
    };
    await restored(b);
    const restoredWithin = Date.now() - killedAt;
    expect(restoredWithin).toBeLessThan(SWEEP_SECONDS * 1000 + TAKEOVER_MARGIN_MS);
    const fac2 = await rejoin(b, roomId, fac, "Facilitator");
    const rejoinedWithin = Date.now() - killedAt;
    const ann2 = await rejoin(b, roomId, ann, "Ann");
    const bob2 = await rejoin(b, roomId, bob, "Bob");
    expect([fac2.id, ann2.id, bob2.id]).toEqual([fac.id, ann.id, bob.id]);
    expect([fac2, ann2, bob2].map(socketPort)).toEqual([b.port, b.port, b.port]);
    console.log(
      `kill -9 of A: B restored the session after ${restoredWithin} ms; the facilitator was back in after ${rejoinedWithin} ms`,
    );

    const log = await logOf(b, roomId);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    for (const [seq, e] of seen) expect(log[seq - 1], `seq ${seq}`).toEqual(e);
    const s = fold(bob2.events);
    expect(s.participants[fac.id]).toMatchObject({ facilitator: true, roleId: chair.id, connected: true });
    expect(s.participants[ann.id]).toMatchObject({ roleId: roleA.id, connected: true });
    expect(s.participants[bob.id]).toMatchObject({ roleId: roleB.id, connected: true });
    expect(s.floor?.holder).toBe(ann.id);

    // The session carries on with the next seq.
    const last = log[log.length - 1].seq;
    ann2.send("speak", { text: "As I was saying." });
    const next = await fac2.waitForEvent((e) => e.type === "spoke" && e.seq > last);
    expect((await logOf(b, roomId)).map((e) => e.seq)).toEqual(Array.from({ length: next.seq }, (_, i) => i + 1));
    expect(next.seq).toBeGreaterThan(last);
    for (const p of [fac2, ann2, bob2]) expect(p.rejections).toEqual([]);
    [fac, ann, bob] = [fac2, ann2, bob2];
  });

  it("A restarted takes nothing from B; SIGTERM to B hands the session to A", async () => {
    a = await start("a");
    await sleep(3 * SWEEP_SECONDS * 1000);
    const before = await logOf(b, roomId);
    expect(await logOf(a, roomId)).toEqual(before);
    expect(before.at(-1)!.seq).toBe(fac.events.at(-1)!.seq);
    expect(await summaryOf(a, roomId)).toMatchObject({ live: true });
    expect([fac, ann, bob].every((p) => p.open)).toBe(true);

    const seen = new Map<number, SeminarEvent>();
    for (const p of [fac, ann, bob]) for (const e of p.events) seen.set(e.seq, e);
    await b.stop("SIGTERM");
    const stoppedAt = Date.now();
    const fac3 = await rejoin(a, roomId, fac, "Facilitator");
    expect(Date.now() - stoppedAt).toBeLessThan(SWEEP_SECONDS * 1000 + TAKEOVER_MARGIN_MS);
    const ann3 = await rejoin(a, roomId, ann, "Ann");
    expect([fac3.id, ann3.id]).toEqual([fac.id, ann.id]);
    expect([fac3, ann3].map(socketPort)).toEqual([a.port, a.port]);
    const log = await logOf(a, roomId);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    for (const [seq, e] of seen) expect(log[seq - 1], `seq ${seq}`).toEqual(e);
    ann3.send("speak", { text: "And once more, from the first door." });
    await fac3.waitForEvent((e) => e.type === "spoke" && e.actor === ann.id && e.seq > log.length);
    expect(fold(fac3.events).participants[ann.id]).toMatchObject({ roleId: roleA.id, connected: true });
    for (const p of [fac3, ann3]) expect(p.rejections).toEqual([]);
  });

  it("a process whose session-lock connection breaks closes its rooms and exits", async () => {
    const db = new pg.Client({ connectionString: cluster.env.DATABASE_URL });
    await db.connect();
    try {
      const { rows } = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'sputnik-seminar session locks') t",
      );
      expect(rows[0].n).toBe(1); // only A is running
    } finally {
      await db.end();
    }
    await waitUntil(() => a.process.exitCode !== null, "A exits", 10_000);
    expect(a.process.exitCode).toBe(1);
    expect(a.output()).toMatch(/lost the session locks/);
    await waitUntil(() => !cluster.participants.some((p) => p.open), "every socket on A closed", 10_000);
  });
});
