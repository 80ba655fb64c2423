/**
 * Privacy: a role's brief reaches only whoever holds that role, and a seat key only its owner.
 * Every client's raw WebSocket frames (messages and state patches alike) are searched for the
 * others' secrets, through claims, releases, reloads with seat keys and token reconnects.
 */
import { Client, type Room } from "colyseus.js";
import { afterAll, beforeAll, expect, it } from "vitest";
import { publicScenario } from "../../shared/scenario.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { bootServer, waitUntil, type TestServer } from "./harness.js";
import { reconnect, seat, sleep, type SeatedParticipant } from "./seated.js";

const chair = sputnik1990.roles.find((r) => r.chair)!;
const [roleA, roleB, roleC] = sputnik1990.roles.filter((r) => !r.chair);

let server: TestServer;
beforeAll(async () => {
  server = await bootServer({ reconnectSeconds: 5, rateLimit: { perSecond: 50, burst: 100 } });
});
afterAll(async () => {
  await server?.dispose();
});

/** Every frame a colyseus.js room's socket receives, decoded as UTF-8 for searching. */
function tapFrames(room: Room, into: string[]): void {
  const ws = (
    room.connection as unknown as {
      transport: { ws: { addEventListener(t: string, f: (ev: { data: ArrayBuffer }) => void): void } };
    }
  ).transport.ws;
  ws.addEventListener("message", (ev) => into.push(Buffer.from(ev.data).toString("utf8")));
}

/** Distinctive pieces of a role's brief: the ones not also in public scenario text (some facts are). */
const publicText = JSON.stringify(publicScenario(sputnik1990));
const secretsOf = (roleId: string): string[] => {
  const b = sputnik1990.roles.find((r) => r.id === roleId)!.brief;
  return [
    b.standpoint,
    b.cannotKnowYet,
    b.documentation,
    ...b.objectives,
    ...b.talkingPoints.flatMap((t) => [t.point, t.facts]),
  ]
    .map((s) => s.slice(0, 60))
    .filter((s) => !publicText.includes(JSON.stringify(s).slice(1, -1)));
};

it("sends briefs only to their role's holder and seat keys only to their owner", async () => {
  // Frames from the moment the tap is on, plus what the harness recorded before it (seat, history).
  const frames = new Map<string, string[]>();
  const records = new Map<string, SeatedParticipant[]>();
  const tapped = async (p: Promise<SeatedParticipant>, label: string) => {
    const q = await p;
    if (!frames.has(label)) frames.set(label, []);
    records.set(label, [...(records.get(label) ?? []), q]);
    tapFrames(q.room, frames.get(label)!);
    return q;
  };
  // The spy: joins, holds no role, and records everything (messages and state) it ever gets.
  const fac = await tapped(seat(server.wsUrl, null, { name: "Facilitator" }), "fac");
  const roomId = fac.room.roomId;
  const spyFrames: string[] = [];
  const spyMessages: unknown[] = [];
  const spyStates: string[] = [];
  const spyRoom = await new Client(server.wsUrl).joinById(roomId, { name: "Spy" });
  tapFrames(spyRoom, spyFrames);
  spyRoom.onMessage("*", (type, message) => spyMessages.push({ type, message }));
  spyRoom.onStateChange((state) => spyStates.push(JSON.stringify(state.toJSON())));
  let ann = await tapped(seat(server.wsUrl, roomId, { name: "Ann" }), "ann");
  let bob = await tapped(seat(server.wsUrl, roomId, { name: "Bob" }), "bob");

  fac.send("claimRole", { roleId: chair.id });
  ann.send("claimRole", { roleId: roleA.id });
  bob.send("claimRole", { roleId: roleB.id });
  await waitUntil(() => fac.briefs.length === 1 && ann.briefs.length === 1 && bob.briefs.length === 1, "three briefs");
  // Roles change hands: Bob gives B up and takes C; Ann reloads with her seat key; Bob drops and reconnects.
  bob.send("releaseRole");
  await fac.waitForEvent((e) => e.type === "roleReleased" && e.actor === bob.id);
  bob.send("claimRole", { roleId: roleC.id });
  await waitUntil(() => bob.briefs.length === 2, "Bob's second brief");
  const annKey = ann.seatKey;
  ann = await tapped(seat(server.wsUrl, roomId, { name: "Ann", seatKey: annKey }), "ann");
  await waitUntil(() => ann.briefs.length === 1, "Ann's brief after reload");
  bob.drop();
  await fac.waitForEvent((e) => e.type === "disconnected" && e.actor === bob.id);
  const bobKey = bob.seatKey;
  for (const role of [chair.id, roleA.id, roleB.id, roleC.id]) expect(secretsOf(role).length).toBeGreaterThan(5);
  bob = await reconnect(bob);
  records.get("bob")!.push(bob);
  tapFrames(bob.room, frames.get("bob")!);
  await waitUntil(() => bob.briefs.length === 1, "Bob's brief after reconnect");
  ann.send("speak", { text: "nothing secret" });
  await sleep(300); // let the last patches arrive

  const keys = { fac: fac.seatKey, ann: annKey, bob: bobKey };
  const held: Record<string, string[]> = { fac: [chair.id], ann: [roleA.id], bob: [roleB.id, roleC.id] };
  expect(ann.briefs.map((b) => b.roleId)).toEqual([roleA.id]);
  expect(bob.briefs.map((b) => b.roleId)).toEqual([roleC.id]);

  // The spy saw no brief and no seat key at all, in any message, patch or raw frame.
  const spyAll = spyFrames.join("\n") + JSON.stringify(spyMessages) + spyStates.join("\n");
  expect(spyFrames.length).toBeGreaterThan(10);
  for (const role of [chair.id, roleA.id, roleB.id, roleC.id])
    for (const s of secretsOf(role)) expect(spyAll).not.toContain(s);
  for (const key of Object.values(keys)) expect(spyAll).not.toContain(key);
  expect(spyMessages.some((m) => (m as { type: string }).type === "brief")).toBe(false);

  // Each participant saw its own brief(s) and key, and nobody else's.
  for (const [who, raw] of frames) {
    const recorded = records
      .get(who)!
      .map((p) => JSON.stringify([p.seats, p.histories, p.events, p.briefs, p.rejections, p.raw]));
    const all = raw.join("\n") + recorded.join("\n");
    expect(all).toContain(keys[who as keyof typeof keys]);
    for (const [other, key] of Object.entries(keys))
      if (other !== who) expect(all, `${who} saw ${other}'s key`).not.toContain(key);
    // Briefs share some facts; a fact that is also in one's own brief is not the other's secret.
    const own = JSON.stringify(held[who].map((id) => sputnik1990.roles.find((r) => r.id === id)!.brief));
    for (const role of [chair.id, roleA.id, roleB.id, roleC.id]) {
      if (held[who].includes(role)) continue;
      for (const s of secretsOf(role))
        if (!own.includes(JSON.stringify(s).slice(1, -1))) expect(all, `${who} saw ${role}'s brief`).not.toContain(s);
    }
  }

  // Nor does any HTTP answer carry a seat key or a brief.
  const http = (
    await Promise.all(
      [
        `/api/sessions`,
        `/api/sessions/${roomId}`,
        `/api/sessions/${roomId}/log`,
        `/api/sessions/${roomId}/state`,
        `/api/scenarios/sputnik-1990`,
      ].map(async (path) => (await fetch(server.url + path)).text()),
    )
  ).join("\n");
  for (const key of Object.values(keys)) expect(http).not.toContain(key);
  for (const role of [chair.id, roleA.id, roleB.id, roleC.id])
    for (const s of secretsOf(role)) expect(http).not.toContain(s);

  await spyRoom.leave();
  for (const p of [fac, ann, bob]) await p.leave();
}, 60_000);

it("serves the scenario's game-book parts publicly and keeps objectives tied to resolutions private", async () => {
  const res = await fetch(`${server.url}/api/scenarios/sputnik-1990`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as ReturnType<typeof publicScenario>;
  expect(body.resolutions?.map((r) => r.id)).toEqual(sputnik1990.resolutions?.map((r) => r.id));
  expect(body.cards?.length).toBe(sputnik1990.cards?.length);
  expect(body.readings?.length).toBe(sputnik1990.readings?.length);
  expect(body.glossary?.length).toBe(sputnik1990.glossary?.length);
  expect(body.timeline?.length).toBe(sputnik1990.timeline?.length);
  expect(body.knowledgeCutoff).toBe("1990-08-31");
  for (const r of body.roles) {
    expect(r.pronouns, r.id).toBeTruthy();
    expect(r).not.toHaveProperty("brief");
  }
  const text = JSON.stringify(body);
  expect(text).not.toContain("resolutionObjectives");
  expect(text).not.toContain('"wants"');
});
