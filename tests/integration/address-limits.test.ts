/**
 * Per-address limits (issue 12), each on its own server with only that limit on: every test
 * client shares 127.0.0.1, which is exactly one classroom behind one router.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { AddressLimits } from "../../server/address-limits.js";
import { JoinRefusal } from "../../shared/wire.js";
import { bootServer, waitUntil, type TestServer } from "./harness.js";
import { refusalOf, seat, sleep, type SeatedParticipant } from "./seated.js";

const OFF: AddressLimits = { connections: 0, seminarsPerHour: 0, participants: 0, messagesPerSecond: 0 };

let server: TestServer | undefined;
const seated: SeatedParticipant[] = [];
afterEach(async () => {
  for (const p of seated.splice(0)) await p.leave().catch(() => undefined);
  await server?.dispose();
  server = undefined;
});

async function boot(limits: Partial<AddressLimits>): Promise<TestServer> {
  server = await bootServer({
    addressLimits: { ...OFF, ...limits },
    rateLimit: { perSecond: 1000, burst: 1000 },
    reconnectSeconds: 30,
  });
  return server;
}

async function join(s: TestServer, roomId: string | null, name: string): Promise<SeatedParticipant> {
  const p = await seat(s.wsUrl, roomId, { name });
  seated.push(p);
  return p;
}

describe("per-address limits", () => {
  it("LIMIT_CONNECTIONS_PER_ADDRESS: connections at once", async () => {
    const s = await boot({ connections: 2 });
    const fac = await join(s, null, "Teacher");
    await join(s, fac.room.roomId, "Ann");
    const r = await refusalOf(seat(s.wsUrl, fac.room.roomId, { name: "Bob" }));
    expect(r.code).toBe(JoinRefusal.addressLimit);
    expect(r.message).toContain("LIMIT_CONNECTIONS_PER_ADDRESS");
    // A closed connection frees its place.
    await seated.pop()!.leave();
    await sleep(100);
    await join(s, fac.room.roomId, "Bob");
  });

  it("LIMIT_SEMINARS_PER_ADDRESS_PER_HOUR: new seminars an hour", async () => {
    const s = await boot({ seminarsPerHour: 2 });
    await join(s, null, "First");
    await join(s, null, "Second");
    const r = await refusalOf(seat(s.wsUrl, null, { name: "Third" }));
    expect(r.code).toBe(JoinRefusal.addressLimit);
    expect(r.message).toContain("LIMIT_SEMINARS_PER_ADDRESS_PER_HOUR");
    // Joining is not creating.
    await join(s, seated[0].room.roomId, "Guest");
  });

  it("LIMIT_PARTICIPANTS_PER_ADDRESS: participants in one seminar, a held seat counted", async () => {
    const s = await boot({ participants: 3 });
    const fac = await join(s, null, "Teacher");
    await join(s, fac.room.roomId, "Ann");
    const bob = await join(s, fac.room.roomId, "Bob");
    let r = await refusalOf(seat(s.wsUrl, fac.room.roomId, { name: "Cat" }));
    expect(r.code).toBe(JoinRefusal.addressLimit);
    expect(r.message).toContain("LIMIT_PARTICIPANTS_PER_ADDRESS");
    // Bob's connection drops: his seat is held for him, and still counts.
    bob.drop();
    seated.splice(seated.indexOf(bob), 1); // a dropped connection cannot leave
    await fac.waitForEvent((e) => e.type === "disconnected" && e.actor === bob.id);
    r = await refusalOf(seat(s.wsUrl, fac.room.roomId, { name: "Cat" }));
    expect(r.message).toContain("LIMIT_PARTICIPANTS_PER_ADDRESS");
    // He comes back with his seat key: that is his own seat, not a new one.
    const back = await seat(s.wsUrl, fac.room.roomId, { name: "Bob", seatKey: bob.seatKey });
    seated.push(back);
    expect(back.id).toBe(bob.id);
    // Another seminar is another count.
    await join(s, null, "Elsewhere");
  });

  it("LIMIT_MESSAGES_PER_ADDRESS_PER_SECOND: messages across all the address's participants", async () => {
    const s = await boot({ messagesPerSecond: 5 });
    const fac = await join(s, null, "Teacher");
    const ann = await join(s, fac.room.roomId, "Ann");
    // Each sends 8 (within its own limit); together 16 is over 5 a second with bursts of 10.
    for (let i = 0; i < 8; i++) {
      fac.send("react", { kind: "applause" });
      ann.send("react", { kind: "applause" });
    }
    await waitUntil(() => [...fac.rejections, ...ann.rejections].length > 0, "a refusal");
    const refused = [...fac.rejections, ...ann.rejections][0];
    expect(refused.code).toBe("RATE_LIMITED");
    expect(refused.message).toContain("LIMIT_MESSAGES_PER_ADDRESS_PER_SECOND");
    await sleep(1200);
    const reactions = fac.events.filter((e) => e.type === "reacted").length;
    expect(reactions).toBeGreaterThanOrEqual(10);
    expect(reactions).toBeLessThan(16);
    // After a pause the address may speak again.
    ann.send("react", { kind: "laughter" });
    await fac.waitForEvent((e) => e.type === "reacted" && (e.data as { kind: string }).kind === "laughter");
  });

  it("are off at 0, and read from the environment", async () => {
    const { addressLimitsFromEnv, DEFAULT_ADDRESS_LIMITS } = await import("../../server/address-limits.js");
    expect(addressLimitsFromEnv({})).toEqual(DEFAULT_ADDRESS_LIMITS);
    expect(addressLimitsFromEnv({ LIMIT_PARTICIPANTS_PER_ADDRESS: "0" }).participants).toBe(0);
    expect(() => addressLimitsFromEnv({ LIMIT_CONNECTIONS_PER_ADDRESS: "-1" })).toThrow(/LIMIT_CONNECTIONS/);
    const s = await boot({});
    const fac = await join(s, null, "Teacher");
    for (let i = 0; i < 5; i++) await join(s, fac.room.roomId, `P${i}`);
  });
});
