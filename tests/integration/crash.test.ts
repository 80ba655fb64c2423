/**
 * A killed server (SIGKILL, mid-activity) loses no event any client received: events are durable
 * before they are broadcast. After a restart the session is live under the same id, participants
 * rejoin with their seat keys as the same participants and carry on, whoever does not come back
 * within the reconnection window leaves, and no seat key is in the log, the output or the database.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { fold } from "../../shared/engine/apply.js";
import type { SeminarEvent } from "../../shared/events.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { startChildServer } from "./child-server.js";
import { parseNdjson, waitUntil } from "./harness.js";
import { seat, sleep } from "./seated.js";

const RECONNECT_SECONDS = 4;
const chair = sputnik1990.roles.find((r) => r.chair)!;
const [roleA, roleB] = sputnik1990.roles.filter((r) => !r.chair);
const [promptA] = sputnik1990.prompts;

const dataDir = mkdtempSync(join(tmpdir(), "seminar-crash-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it("loses nothing any client saw when killed mid-activity, and everyone carries on after the restart", async () => {
  // All of Colyseus' debug output on, so "not in the output" covers its logs too.
  const env = { RECONNECT_SECONDS: String(RECONNECT_SECONDS), DEBUG: "colyseus:*" };
  const first = await startChildServer(dataDir, env);
  const fac = await seat(first.wsUrl, null, { name: "Facilitator" });
  const roomId = fac.room.roomId;
  const ann = await seat(first.wsUrl, roomId, { name: "Ann" });
  const bob = await seat(first.wsUrl, roomId, { name: "Bob" });
  const carl = await seat(first.wsUrl, roomId, { name: "Carl, who will not come back" });
  const everyone = [fac, ann, bob, carl];
  fac.send("claimRole", { roleId: chair.id });
  fac.send("setSpeechLimit", { seconds: 600 });
  ann.send("claimRole", { roleId: roleA.id });
  bob.send("claimRole", { roleId: roleB.id });
  ann.send("raiseHand");
  await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === ann.id);
  bob.send("raiseHand");
  await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === bob.id);
  fac.send("giveFloor", {});
  await ann.waitForEvent((e) => e.type === "floorGiven");
  fac.send("openPrompt", { promptId: promptA.id });

  // Activity in flight from three clients, then SIGKILL in the middle of it.
  let n = 0;
  const busy = setInterval(() => {
    n++;
    ann.send("speak", { text: `Speech ${n}` });
    carl.send("post", { promptId: promptA.id, text: `Post ${n}` });
    fac.send("react", { kind: "applause" });
  }, 230);
  await sleep(1500 + Math.random() * 500);
  await first.stop("SIGKILL");
  clearInterval(busy);
  const received = new Map<number, SeminarEvent>();
  for (const p of everyone) for (const e of p.events) received.set(e.seq, e);
  expect(received.size).toBeGreaterThan(15);

  const second = await startChildServer(dataDir, env, first.port);
  try {
    const { header, events: log } = parseNdjson(await (await fetch(`${second.url}/api/sessions/${roomId}/log`)).text());
    expect(header.sessionId).toBe(roomId);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    for (const [seq, e] of received) expect(log[seq - 1], `seq ${seq}`).toEqual(e);
    // After what clients saw: perhaps events stored in the instant before the kill, then only the
    // restore marking the four who were connected as disconnected.
    const tail = log.slice(Math.max(...received.keys()));
    const restoreMarks = tail.slice(tail.findIndex((e) => e.type === "disconnected"));
    expect(restoreMarks.map((e) => e.type)).toEqual(Array(4).fill("disconnected"));
    expect(new Set(restoreMarks.map((e) => e.actor))).toEqual(new Set(everyone.map((p) => p.id)));

    // Back with seat keys: the same participants, with role, place and the floor as they were.
    const fac2 = await seat(second.wsUrl, roomId, { name: "Facilitator", seatKey: fac.seatKey });
    const ann2 = await seat(second.wsUrl, roomId, { name: "Ann", seatKey: ann.seatKey });
    const bob2 = await seat(second.wsUrl, roomId, { name: "Bob", seatKey: bob.seatKey });
    expect([fac2.id, ann2.id, bob2.id]).toEqual([fac.id, ann.id, bob.id]);
    const s = fold(bob2.events);
    expect(s.participants[fac.id]).toMatchObject({ facilitator: true, roleId: chair.id, connected: true });
    expect(s.participants[ann.id]).toMatchObject({ roleId: roleA.id, connected: true });
    expect(s.participants[carl.id]).toMatchObject({ present: true, connected: false });
    expect(s.queue).toEqual([bob.id]);
    expect(s.floor?.holder).toBe(ann.id);
    await waitUntil(() => ann2.briefs.length === 1 && bob2.briefs.length === 1, "briefs again");

    // They hold a turn: Ann finishes, Bob is given the floor and speaks.
    ann2.send("speak", { text: "As I was saying before the lights went out…" });
    await fac2.waitForEvent((e) => e.type === "spoke" && e.actor === ann.id && e.seq > log.length);
    ann2.send("yieldFloor");
    await fac2.waitForEvent((e) => e.type === "floorYielded" && e.seq > log.length);
    fac2.send("giveFloor", {});
    await bob2.waitForEvent((e) => e.type === "floorGiven" && (e.data as { to: string }).to === bob.id);
    bob2.send("speak", { text: "Then let me answer." });
    await fac2.waitForEvent((e) => e.type === "spoke" && e.actor === bob.id);
    for (const p of [fac2, ann2, bob2]) expect(p.rejections).toEqual([]);

    // Carl never came back: after the reconnection window he leaves and his post stays.
    const left = await fac2.waitForEvent(
      (e) => e.type === "left" && e.actor === carl.id,
      "Carl leaves after the window",
    );
    expect(left.at - log[log.length - 1].at).toBeGreaterThanOrEqual(RECONNECT_SECONDS * 1000 - 500);
    expect(fold(fac2.events).posts.some((p) => p.author === carl.id)).toBe(true);

    // Seat keys are nowhere but with their owners: not in the log, the output, or the database.
    const after = await (await fetch(`${second.url}/api/sessions/${roomId}/log`)).text();
    const db = readdirSync(dataDir)
      .map((f) => readFileSync(join(dataDir, f)).toString("latin1"))
      .join("");
    for (const key of everyone.map((p) => p.seatKey)) {
      expect(after).not.toContain(key);
      expect(first.output() + second.output()).not.toContain(key);
      expect(db).not.toContain(key);
    }
    for (const p of [fac2, ann2, bob2]) await p.leave();
  } finally {
    await second.stop("SIGTERM");
  }
}, 60_000);

it("keeps a participant held after a drop through a graceful restart; their seat key brings them back", async () => {
  const dir = mkdtempSync(join(tmpdir(), "seminar-graceful-"));
  try {
    const env = { RECONNECT_SECONDS: "30" };
    const first = await startChildServer(dir, env);
    const fac = await seat(first.wsUrl, null, { name: "Facilitator" });
    const roomId = fac.room.roomId;
    const ann = await seat(first.wsUrl, roomId, { name: "Ann" });
    ann.send("claimRole", { roleId: roleA.id });
    ann.send("raiseHand");
    await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === ann.id);
    ann.drop();
    await fac.waitForEvent((e) => e.type === "disconnected" && e.actor === ann.id);
    await first.stop("SIGTERM");

    const second = await startChildServer(dir, env, first.port);
    try {
      const { events: log } = parseNdjson(await (await fetch(`${second.url}/api/sessions/${roomId}/log`)).text());
      expect(log.some((e) => e.type === "left")).toBe(false);
      const ann2 = await seat(second.wsUrl, roomId, { name: "Ann", seatKey: ann.seatKey });
      expect(ann2.id).toBe(ann.id);
      const s = fold(ann2.events);
      expect(s.participants[ann.id]).toMatchObject({ roleId: roleA.id, connected: true });
      expect(s.queue).toEqual([ann.id]);
      await ann2.leave();
    } finally {
      await second.stop("SIGTERM");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
