/**
 * Identity across connections: a dropped connection is held for the reconnection window and
 * comes back with its token; a reload comes back with its seat key (even before the drop is
 * noticed); a wrong key is refused; an oversized frame drops only its own socket.
 */
import { Client } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fold } from "../../shared/engine/apply.js";
import { CloseCode, JoinRefusal, joinRefusalOf } from "../../shared/wire.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { bootServer, waitUntil, type TestServer } from "./harness.js";
import { reconnect, seat, sleep, type SeatedParticipant } from "./seated.js";

const RECONNECT_SECONDS = 2;
const chair = sputnik1990.roles.find((r) => r.chair)!;
const [roleA] = sputnik1990.roles.filter((r) => !r.chair);
const [promptA] = sputnik1990.prompts;

let server: TestServer;
beforeAll(async () => {
  server = await bootServer({ reconnectSeconds: RECONNECT_SECONDS, rateLimit: { perSecond: 50, burst: 100 } });
});
afterAll(async () => {
  await server?.dispose();
});

async function session() {
  const fac = await seat(server.wsUrl, null, { name: "Facilitator" });
  const roomId = fac.room.roomId;
  const ann = await seat(server.wsUrl, roomId, { name: "Ann" });
  const bob = await seat(server.wsUrl, roomId, { name: "Bob" });
  return { fac, ann, bob, roomId };
}

/** Ann holds a role and is second in the queue behind Bob. */
async function annWithRoleAndPlace(fac: SeatedParticipant, ann: SeatedParticipant, bob: SeatedParticipant) {
  ann.send("claimRole", { roleId: roleA.id });
  await waitUntil(() => ann.briefs.length === 1, "brief");
  bob.send("raiseHand");
  await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === bob.id);
  ann.send("raiseHand");
  await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === ann.id);
}

const stateOf = (p: SeatedParticipant) => fold(p.events);

describe("seats and reconnection", () => {
  it("gives each participant their id and a secret seat key, to them alone", async () => {
    const { fac, ann, bob } = await session();
    for (const p of [fac, ann, bob]) {
      expect(p.seats).toHaveLength(1);
      expect(p.seats[0].participantId).toBe(p.room.sessionId);
      expect(p.seatKey).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    }
    expect(new Set([fac.seatKey, ann.seatKey, bob.seatKey]).size).toBe(3);
    for (const p of [fac, ann, bob]) await p.leave();
  });

  it("holds a dropped connection, shows it as disconnected, and brings it back with its token losing nothing", async () => {
    const { fac, ann, bob } = await session();
    await annWithRoleAndPlace(fac, ann, bob);
    ann.drop();
    await fac.waitForEvent((e) => e.type === "disconnected" && e.actor === ann.id);
    await waitUntil(() => stateOf(fac).participants[ann.id]?.connected === false, "shown as disconnected");
    fac.send("post", { promptId: promptA.id, text: "Said while Ann was away" });
    await bob.waitForEvent((e) => e.type === "posted");

    const back = await reconnect(ann);
    expect(back.room.sessionId).toBe(ann.id);
    await back.waitForEvent((e) => e.type === "reconnected" && e.actor === ann.id);
    expect(back.histories[0].some((e) => e.type === "posted")).toBe(true);
    const s = stateOf(back);
    expect(s.participants[ann.id]).toMatchObject({ name: "Ann", roleId: roleA.id, connected: true, present: true });
    expect(s.queue).toEqual([bob.id, ann.id]);
    await waitUntil(() => back.briefs.length === 1, "brief sent again");
    expect(back.briefs[0].roleId).toBe(roleA.id);
    // And carries on.
    back.send("react", { kind: "applause" });
    await fac.waitForEvent((e) => e.type === "reacted" && e.actor === ann.id);
    expect(fac.events.some((e) => e.type === "left")).toBe(false);
    for (const p of [fac, back, bob]) await p.leave();
  });

  it("restores the same participant on a reload with the seat key, while the old socket is still open", async () => {
    const { fac, ann, bob, roomId } = await session();
    fac.send("claimRole", { roleId: chair.id });
    await annWithRoleAndPlace(fac, ann, bob);
    const before = fac.events.length;

    // The facilitator and Ann reload before the server notices their old sockets are gone.
    const fac2 = await seat(server.wsUrl, roomId, { name: "ignored on return", seatKey: fac.seatKey });
    const ann2 = await seat(server.wsUrl, roomId, { name: "Ann", seatKey: ann.seatKey });
    await waitUntil(() => fac.closeCode !== null && ann.closeCode !== null, "old sockets closed");
    expect(fac.closeCode).toBe(CloseCode.seatTaken);
    expect(ann.closeCode).toBe(CloseCode.seatTaken);
    expect(fac2.id).toBe(fac.id);
    expect(ann2.id).toBe(ann.id);
    expect(ann2.room.sessionId).not.toBe(ann.id);
    expect(ann2.seatKey).toBe(ann.seatKey);

    const s = stateOf(ann2);
    expect(s.participants[fac.id]).toMatchObject({
      name: "Facilitator",
      facilitator: true,
      roleId: chair.id,
      connected: true,
    });
    expect(s.participants[ann.id]).toMatchObject({ name: "Ann", roleId: roleA.id, connected: true });
    expect(s.queue).toEqual([bob.id, ann.id]);
    await waitUntil(() => ann2.briefs.length === 1 && fac2.briefs.length === 1, "briefs again");
    // A seamless takeover: nobody was ever shown as gone.
    await sleep(100);
    expect(bob.events.slice(before).filter((e) => e.actor === ann.id || e.actor === fac.id)).toEqual([]);

    // The returned facilitator still moderates, and Ann speaks as herself.
    fac2.send("giveFloor", { to: ann.id });
    await ann2.waitForEvent((e) => e.type === "floorGiven");
    ann2.send("speak", { text: "Back after a reload." });
    const spoke = await bob.waitForEvent((e) => e.type === "spoke");
    expect(spoke.actor).toBe(ann.id);
    expect(ann2.rejections).toEqual([]);
    for (const p of [fac2, ann2, bob]) await p.leave();
  });

  it("restores a participant whose dropped connection is held, and the old token stops working", async () => {
    const { fac, ann, bob, roomId } = await session();
    await annWithRoleAndPlace(fac, ann, bob);
    ann.drop();
    await fac.waitForEvent((e) => e.type === "disconnected" && e.actor === ann.id);
    const ann2 = await seat(server.wsUrl, roomId, { name: "Ann", seatKey: ann.seatKey });
    await fac.waitForEvent((e) => e.type === "reconnected" && e.actor === ann.id);
    expect(stateOf(ann2).queue).toEqual([bob.id, ann.id]);
    await expect(ann.client.reconnect(ann.room.reconnectionToken)).rejects.toThrow();
    // Outlast the reconnection window: the held seat was handed over, so nobody leaves.
    await sleep(RECONNECT_SECONDS * 1000 + 500);
    expect(fac.events.some((e) => e.type === "left")).toBe(false);
    expect(stateOf(fac).participants[ann.id]?.connected).toBe(true);
    for (const p of [fac, ann2, bob]) await p.leave();
  });

  it("lets a participant who left come back as the same participant id", async () => {
    const { fac, ann, roomId } = await session();
    await ann.leave();
    const left = await fac.waitForEvent((e) => e.type === "left" && e.actor === ann.id);
    const again = await seat(server.wsUrl, roomId, { name: "Ann again", seatKey: ann.seatKey });
    expect(again.id).toBe(ann.id);
    // Ann has seen her own return; the facilitator's copy of it may come a moment later.
    const rejoined = await fac.waitForEvent((e) => e.type === "joined" && e.seq > left.seq, "the return");
    expect(rejoined).toMatchObject({ actor: ann.id, data: { name: "Ann again", facilitator: false } });
    await fac.leave();
    await again.leave();
  });

  it("refuses a wrong, malformed or foreign seat key at join with a clear error", async () => {
    const { fac, ann, roomId } = await session();
    const other = await seat(server.wsUrl, null, { name: "Elsewhere" });
    const client = new Client(server.wsUrl);
    await expect(client.joinById(roomId, { name: "Mallory", seatKey: "A".repeat(43) })).rejects.toThrow(
      /seat key does not belong/,
    );
    await expect(client.joinById(roomId, { name: "Mallory", seatKey: other.seatKey })).rejects.toThrow(
      /seat key does not belong/,
    );
    await expect(client.joinById(roomId, { name: "Mallory", seatKey: "short" })).rejects.toThrow(
      /seat key is too short/,
    );
    await expect(client.joinById(roomId, { name: "Mallory", seatKey: "x".repeat(129) })).rejects.toThrow(
      /seat key is too long/,
    );
    await expect(client.joinById(roomId, { name: "Mallory", seatKey: "not base64url!".repeat(2) })).rejects.toThrow(
      /base64url/,
    );
    await expect(client.joinById(roomId, { name: "Mallory", seatKey: 42 })).rejects.toThrow(/seatKey/);
    // By code, not by wording: every one of these tells the client to forget the key and join afresh.
    for (const seatKey of ["A".repeat(43), other.seatKey, "short", "x".repeat(129), 42]) {
      const refusal = await client.joinById(roomId, { name: "Mallory", seatKey }).catch((err: unknown) => err);
      expect(refusal, String(seatKey)).toMatchObject({ code: JoinRefusal.seatKeyRefused });
      expect(joinRefusalOf(refusal)).toBe("seatKeyRefused");
    }
    // A bad name next to a bad key is a bad option, not just a stale key.
    await expect(client.joinById(roomId, { name: "", seatKey: "short" })).rejects.toMatchObject({
      code: JoinRefusal.invalidOptions,
    });
    await sleep(100);
    expect(fac.events.filter((e) => e.type === "joined")).toHaveLength(3);
    expect(ann.closeCode).toBeNull();
    for (const p of [fac, ann, other]) await p.leave();
  });

  it("closes only the sender's socket on a frame over the size limit (1009), holds it, and lets it reconnect", async () => {
    const { fac, ann, bob } = await session();
    await annWithRoleAndPlace(fac, ann, bob);
    ann.send("speak", { text: "ы".repeat(40_000) }); // 80 KB of UTF-8 > 64 KB
    await waitUntil(() => ann.closeCode !== null, "oversized frame closes the socket");
    expect(ann.closeCode).toBe(1009);
    await fac.waitForEvent((e) => e.type === "disconnected" && e.actor === ann.id);
    expect(fac.closeCode).toBeNull();
    expect(bob.closeCode).toBeNull();
    bob.send("react", { kind: "question" });
    await fac.waitForEvent((e) => e.type === "reacted" && e.actor === bob.id);
    const back = await reconnect(ann);
    await fac.waitForEvent((e) => e.type === "reconnected" && e.actor === ann.id);
    expect(stateOf(back).participants[ann.id].roleId).toBe(roleA.id);
    for (const p of [fac, back, bob]) await p.leave();
  });

  it("lets a held participant go when the window runs out: they leave and their role and place are freed", async () => {
    const { fac, ann, bob } = await session();
    await annWithRoleAndPlace(fac, ann, bob);
    ann.drop();
    await fac.waitForEvent((e) => e.type === "disconnected" && e.actor === ann.id);
    const left = await fac.waitForEvent((e) => e.type === "left" && e.actor === ann.id, "left after the window");
    const disconnected = fac.events.find((e) => e.type === "disconnected" && e.actor === ann.id)!;
    expect(left.at - disconnected.at).toBeGreaterThanOrEqual(RECONNECT_SECONDS * 1000 - 50);
    const s = stateOf(fac);
    expect(s.roleHolders[roleA.id]).toBeUndefined();
    expect(s.queue).toEqual([bob.id]);
    // The seat key still brings them back as themselves, as after a consented leave.
    const again = await seat(server.wsUrl, fac.room.roomId, { name: "Ann", seatKey: ann.seatKey });
    expect(again.id).toBe(ann.id);
    for (const p of [fac, again, bob]) await p.leave();
  });
});
