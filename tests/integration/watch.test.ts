/**
 * A read-only watcher (the projector view), through a real server and real colyseus.js clients:
 * it gets the history and every event, takes no seat and leaves no trace in the log or the
 * people list, may send nothing, and reads only what the log's readers may (passcode or a seat
 * key of this seminar).
 */
import { Client } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JoinRefusal } from "../../shared/wire.js";
import { bootServer, Participant, waitUntil, type TestServer } from "./harness.js";
import { refusalOf, seat, sleep } from "./seated.js";

let server: TestServer;
beforeAll(async () => {
  server = await bootServer({ reconnectSeconds: 5 });
});
afterAll(async () => {
  await server?.dispose();
});

const watcher = async (roomId: string, options: Record<string, unknown>) =>
  new Participant(await new Client(server.wsUrl).joinById(roomId, { watch: true, ...options }));

describe("watching a seminar", () => {
  it("folds the same log as the seated, never appears in it, and may send nothing", async () => {
    const chair = await seat(server.wsUrl, null, { name: "Teacher" });
    const roomId = chair.room.roomId;
    const ann = await seat(server.wsUrl, roomId, { name: "Ann" });
    ann.send("claimRole", { roleId: "dave-temple" });
    await waitUntil(() => ann.briefs.length === 1, "Ann's brief");
    ann.send("raiseHand", { intent: "order" });
    await chair.waitForEvent((e) => e.type === "handRaised");

    const w = await watcher(roomId, {});
    await waitUntil(() => w.histories.length === 1, "the watcher's history");
    expect(w.histories[0]).toEqual(chair.events);
    // No seat, no arrival: nobody else sees anything happen.
    await sleep(200);
    expect(w.raw.some((m) => m.type === "seat")).toBe(false);
    // Nothing private either: no brief, now or when a role changes hands.
    ann.send("releaseRole", {});
    ann.send("claimRole", { roleId: "simon-pirani" });
    await waitUntil(() => ann.briefs.length === 2, "Ann's second brief");
    await sleep(100);
    expect(w.raw.some((m) => m.type === "brief")).toBe(false);
    expect(JSON.stringify(w.raw)).not.toContain(ann.briefs[1].standpoint.slice(0, 40));
    expect(chair.events.some((e) => e.type === "joined" && e.actor === w.id)).toBe(false);
    expect(Object.keys(chair.state.participants)).toHaveLength(2);

    // Live events reach it as they reach everyone.
    chair.send("giveFloor", {});
    ann.send("speak", { text: "The point of order is the agenda itself." });
    await chair.waitForEvent((e) => e.type === "spoke");
    await waitUntil(() => w.events.length === chair.events.length, "the watcher's live events");
    expect(w.events).toEqual(chair.events);

    // Anything it sends is refused and changes nothing.
    const before = chair.events.length;
    w.send("raiseHand", { cid: "c1" });
    w.send("endSession", {});
    expect(await w.waitForRejection("raiseHand")).toMatchObject({ code: "FORBIDDEN", cid: "c1" });
    expect((await w.waitForRejection("endSession")).code).toBe("FORBIDDEN");
    await sleep(150);
    expect(chair.events).toHaveLength(before);

    // Leaving leaves no trace either.
    await w.leave();
    await sleep(150);
    expect(chair.events).toHaveLength(before);
    const sessions = await fetch(`http://127.0.0.1:${server.port}/api/sessions/${roomId}`).then(
      (r) => r.json() as Promise<{ participantCount: number }>,
    );
    expect(sessions.participantCount).toBe(2);
  });

  it("reads a seminar with a passcode only with the passcode or one of its seat keys", async () => {
    const chair = await seat(server.wsUrl, null, { name: "Teacher", passcode: "kuzbass" });
    const roomId = chair.room.roomId;
    const other = await seat(server.wsUrl, null, { name: "Elsewhere" });

    expect((await refusalOf(watcher(roomId, {}))).code).toBe(JoinRefusal.passcode);
    expect((await refusalOf(watcher(roomId, { passcode: "donbass" }))).code).toBe(JoinRefusal.passcode);
    expect((await refusalOf(watcher(roomId, { seatKey: other.seatKey }))).code).toBe(JoinRefusal.seatKeyRefused);
    // Unknown options, a name, or watch: false are not a watch.
    expect((await refusalOf(watcher(roomId, { name: "Spy" }))).code).toBe(JoinRefusal.invalidOptions);
    expect((await refusalOf(watcher(roomId, { watch: "yes" }))).code).toBe(JoinRefusal.invalidOptions);

    const byPasscode = await watcher(roomId, { passcode: "kuzbass" });
    const byKey = await watcher(roomId, { seatKey: chair.seatKey });
    await waitUntil(() => byPasscode.histories.length === 1 && byKey.histories.length === 1, "both histories");
    // The chair's seat stays the chair's: a seat key used to watch takes nothing over.
    await sleep(200);
    expect(chair.open).toBe(true);
    chair.send("setSpeechLimit", { seconds: 60 });
    await waitUntil(() => byKey.events.some((e) => e.type === "speechLimitSet"), "the watcher sees the change");
    expect(Object.keys(chair.state.participants)).toHaveLength(1);
  });
});
