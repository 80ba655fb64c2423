/**
 * Redis going away for a while under a running cluster (a school's network does that): two real
 * server processes on one redis-server and one PostgreSQL of this run's own, a seminar running
 * across both, then Redis away for OUTAGE_MS, in two ways: redis-server killed and started again,
 * empty, on its port; and redis-server frozen (SIGSTOP, then SIGCONT), which is what a cut network
 * looks like from a server process: no connection closes, nothing answers.
 *
 * What a teacher needs: no process dies; the running seminar keeps taking speeches and posts
 * (its sockets and its store need no Redis); a join or a new seminar is refused with a clear code
 * within a bounded time, never left hanging; /healthz says 503 and why; once Redis is back, the
 * running seminar is joinable again through either process, new seminars are created and joined
 * through either, and the seminar's log holds every event anyone saw, once, with no gaps.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SeminarEvent } from "../../shared/events.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { JoinRefusal } from "../../shared/wire.js";
import { servicesAvailable, startRedis } from "../support/services.js";
import type { ChildServer } from "./child-server.js";
import { giveTheFloor, startTestCluster, type TestCluster } from "./cluster-fixture.js";
import { refusalOf, seat, sleep, type SeatedParticipant } from "./seated.js";

/** Longer than ioredis' default patience (20 reconnection attempts, about 10 s), on purpose. */
const OUTAGE_MS = 12_000;
/** The longest a join or a create may take to be refused while Redis is down. */
const REFUSAL_BOUND_MS = 5_000;
/** The longest the cluster may take to serve joins again once Redis is back. */
const RECOVERY_BOUND_MS = 20_000;
const chair = sputnik1990.roles.find((r) => r.chair)!;
const prompt = sputnik1990.prompts[0];

const available = servicesAvailable("the Redis outage tests");

interface Outage {
  name: string;
  begin(cluster: TestCluster): Promise<void>;
  end(cluster: TestCluster): Promise<void>;
}
const OUTAGES: Outage[] = [
  {
    name: "killed (kill -9), then started again empty",
    begin: (cluster) => cluster.redis.stop("SIGKILL"),
    end: async (cluster) => {
      cluster.redis = await startRedis(cluster.redis.port);
    },
  },
  {
    name: "frozen (SIGSTOP), as a cut network looks, then going on",
    begin: async (cluster) => void cluster.redis.process.kill("SIGSTOP"),
    end: async (cluster) => void cluster.redis.process.kill("SIGCONT"),
  },
];

describe.skipIf(!available).each(OUTAGES)("a cluster while Redis is away and after: $name", (outage) => {
  let cluster: TestCluster;
  let a: ChildServer;
  let b: ChildServer;
  let roomId: string;
  let fac: SeatedParticipant;
  let ann: SeatedParticipant;
  let bob: SeatedParticipant;
  let dan: SeatedParticipant;
  let killedAt = 0;

  const seated = (server: ChildServer, id: string | null, name: string, seatKey?: string) =>
    cluster.seat(server, id, name, seatKey);
  const health = async (server: ChildServer) => {
    const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5_000) });
    return { status: res.status, body: (await res.json()) as { ok: boolean; reason?: string } };
  };
  /** Polls `attempt` until it resolves, for at most `ms`; the last error if it never did. */
  const eventually = async <T>(what: string, ms: number, attempt: () => Promise<T>): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      try {
        return await attempt();
      } catch (err) {
        if (Date.now() > deadline) throw new Error(`${what}: still failing after ${ms} ms`, { cause: err });
        await sleep(250);
      }
    }
  };
  /** How a create or join ended, and how long it took; `hung` if it had not after `ms`. */
  const timed = async (attempt: Promise<unknown>, ms: number) => {
    const began = Date.now();
    const outcome = await Promise.race([
      refusalOf(attempt).then(
        (r) => r,
        () => "joined" as const,
      ),
      sleep(ms).then(() => "hung" as const),
    ]);
    return { outcome, ms: Date.now() - began };
  };
  const alive = () => {
    for (const s of [a, b]) {
      expect(s.process.exitCode, s.output()).toBeNull();
      expect(s.output()).not.toMatch(/Unhandled|unhandledRejection|uncaught/i);
    }
  };

  beforeAll(async () => {
    cluster = await startTestCluster("redis-outage", { SWEEP_SECONDS: "1", RECONNECT_SECONDS: "60" });
    a = await cluster.start();
    b = await cluster.start();
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it("runs a seminar across both processes", async () => {
    fac = await seated(a, null, "Facilitator");
    roomId = fac.room.roomId;
    fac.send("claimRole", { roleId: chair.id });
    fac.send("setSpeechLimit", { seconds: 600 });
    fac.send("openPrompt", { promptId: prompt.id });
    await fac.waitForEvent((e) => e.type === "promptOpened");
    ann = await seated(b, roomId, "Ann");
    bob = await seated(b, roomId, "Bob");
    dan = await seated(a, roomId, "Dan");
    await giveTheFloor(fac, ann, bob);
    ann.send("speak", { text: "Before the outage." });
    await bob.waitForEvent((e) => e.type === "spoke");
    expect((await health(a)).status).toBe(200);
  });

  it("while Redis is down: the seminar goes on, joins and creates are refused in time, /healthz says 503", async () => {
    await outage.begin(cluster);
    killedAt = Date.now();

    // /healthz tells the truth, on both processes.
    for (const server of [a, b]) {
      const h = await eventually("503 from /healthz", 15_000, async () => {
        const h = await health(server);
        if (h.status !== 503) throw new Error(`status ${h.status}`);
        return h;
      });
      expect(h.body).toMatchObject({ ok: false, reason: expect.stringMatching(/redis/i) });
    }

    // The running seminar needs no Redis: speeches and posts go on, through both processes' clients.
    ann.send("speak", { text: "During the outage, 1." });
    bob.send("post", { promptId: prompt.id, text: "A post during the outage." });
    await fac.waitForEvent((e) => e.type === "spoke" && e.data.text === "During the outage, 1.");
    await fac.waitForEvent((e) => e.type === "posted" && e.actor === bob.id);

    // Leaving and losing the network during the outage (each updates Colyseus' room listing): the
    // one who leaves is let go at once, not held until Redis is back.
    const left = Date.now();
    expect(await Promise.race([dan.leave().then(() => "left"), sleep(REFUSAL_BOUND_MS).then(() => "held")])).toBe(
      "left",
    );
    console.log(`Dan's leave during the outage took ${Date.now() - left} ms`);
    await fac.waitForEvent((e) => e.type === "left" && e.actor === dan.id);
    bob.drop();
    await fac.waitForEvent((e) => e.type === "disconnected" && e.actor === bob.id);

    // Joins and creates are refused, with a clear code, within a bounded time.
    const attempts = await Promise.all([
      timed(seat(b.wsUrl, roomId, { name: "Eve" }), REFUSAL_BOUND_MS * 3),
      timed(seat(a.wsUrl, roomId, { name: "Eve" }), REFUSAL_BOUND_MS * 3),
      timed(seat(a.wsUrl, null, { name: "Teacher 2" }), REFUSAL_BOUND_MS * 3),
      timed(seat(b.wsUrl, null, { name: "Teacher 3" }), REFUSAL_BOUND_MS * 3),
    ]);
    console.log(`joins and creates during the outage: ${JSON.stringify(attempts)}`);
    for (const { outcome, ms } of attempts) {
      expect(outcome).toMatchObject({ code: JoinRefusal.unavailable });
      expect(ms).toBeLessThan(REFUSAL_BOUND_MS);
    }

    ann.send("speak", { text: "During the outage, 2." });
    await fac.waitForEvent((e) => e.type === "spoke" && e.data.text === "During the outage, 2.");
    // The outage lasts OUTAGE_MS whatever the steps above took: this is its length, not a wait.
    await sleep(Math.max(0, killedAt + OUTAGE_MS - Date.now()));
    ann.send("speak", { text: "During the outage, 3." });
    await fac.waitForEvent((e) => e.type === "spoke" && e.data.text === "During the outage, 3.");
    alive();
    for (const p of [fac, ann]) expect(p.rejections).toEqual([]);
  }, 90_000);

  it("after Redis comes back: everything works again through either process, the log is whole", async () => {
    await outage.end(cluster);
    const backAt = Date.now();
    console.log(`Redis was down for ${backAt - killedAt} ms`);

    for (const server of [a, b]) {
      await eventually("200 from /healthz", RECOVERY_BOUND_MS, async () => {
        const h = await health(server);
        if (h.status !== 200) throw new Error(`status ${h.status}: ${JSON.stringify(h.body)}`);
      });
    }
    const healthyAfter = Date.now() - backAt;

    // The running seminar is found again: Bob comes back with his seat key, Eve joins anew.
    const bob2 = await eventually("Bob's rejoin through B", RECOVERY_BOUND_MS, () =>
      seated(b, roomId, "Bob", bob.seatKey),
    );
    const joinableAfter = Date.now() - backAt;
    expect(bob2.id).toBe(bob.id);
    const eve = await eventually("Eve's join through A", RECOVERY_BOUND_MS, () => seated(a, roomId, "Eve"));
    const carl = await eventually("Carl's join through B", RECOVERY_BOUND_MS, () => seated(b, roomId, "Carl"));
    console.log(
      `after Redis came back: /healthz ok after ${healthyAfter} ms, the running seminar joinable after ${joinableAfter} ms`,
    );

    // New seminars, created through either process and joined through the other.
    for (const [creator, joiner] of [
      [a, b],
      [b, a],
    ] as const) {
      const host = await eventually("a new seminar", RECOVERY_BOUND_MS, () => seated(creator, null, "New teacher"));
      const guest = await eventually("a join of the new seminar", RECOVERY_BOUND_MS, () =>
        seated(joiner, host.room.roomId, "New student"),
      );
      await host.waitForEvent((e) => e.type === "joined" && e.actor === guest.id);
    }

    ann.send("speak", { text: "After the outage." });
    for (const p of [fac, bob2, eve, carl])
      await p.waitForEvent((e) => e.type === "spoke" && e.data.text === "After the outage.");

    // The log: seq 1..n, every event anyone saw in its place, each speech once.
    const seen = new Map<number, SeminarEvent>();
    for (const p of [fac, ann, bob, dan, bob2, eve, carl]) for (const e of p.events) seen.set(e.seq, e);
    for (const server of [a, b]) {
      const log = await cluster.logOf(server, roomId);
      expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
      for (const [seq, e] of seen) expect(log[seq - 1], `seq ${seq}`).toEqual(e);
      expect(log.length).toBe(Math.max(...seen.keys()));
      const speeches = log.flatMap((e) => (e.type === "spoke" ? [e.data.text] : []));
      expect(speeches).toEqual([
        "Before the outage.",
        "During the outage, 1.",
        "During the outage, 2.",
        "During the outage, 3.",
        "After the outage.",
      ]);
    }
    alive();
    for (const p of [fac, ann, bob2, eve, carl]) expect(p.rejections).toEqual([]);
  }, 120_000);
});
