/** The seminar room contract, end to end: a real server on loopback, real colyseus.js clients. */
import { Client } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fold } from "../../shared/engine/apply.js";
import type { SeminarState } from "../../shared/engine/state.js";
import type { SeminarEvent } from "../../shared/events.js";
import { LOG_VERSION } from "../../shared/log-format.js";
import { JoinRefusal } from "../../shared/wire.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import {
  bootServer,
  createSeminar,
  getJson,
  joinSeminar,
  parseNdjson,
  seminarWith,
  waitUntil,
  type Participant,
  type TestServer,
} from "./harness.js";

const chair = sputnik1990.roles.find((r) => r.chair)!;
const [roleA, roleB] = sputnik1990.roles.filter((r) => !r.chair);
const [promptA, promptB] = sputnik1990.prompts;

let server: TestServer;
beforeAll(async () => {
  server = await bootServer({ rateLimit: { perSecond: 5, burst: 30 } });
});
afterAll(async () => {
  await server?.dispose();
});

async function threeParticipants() {
  const [fac, ann, bob] = await seminarWith(server, "Facilitator", ["Ann", "  Bob  "]);
  return { fac, ann, bob, roomId: fac.room.roomId };
}

const lastOf = (p: Participant, type: SeminarEvent["type"]) => [...p.events].reverse().find((e) => e.type === type);

describe("seminar room", () => {
  it("creates a session whose creator is the facilitator and whose id is the room id", async () => {
    const { fac, ann, bob, roomId } = await threeParticipants();
    expect(fac.events[0]).toMatchObject({
      seq: 1,
      type: "sessionStarted",
      actor: "system",
      data: { scenarioId: "sputnik-1990" },
    });
    expect(fac.events[1]).toMatchObject({
      seq: 2,
      type: "joined",
      actor: fac.id,
      data: { name: "Facilitator", facilitator: true },
    });
    expect(lastOf(fac, "joined")).toMatchObject({ actor: bob.id, data: { name: "Bob", facilitator: false } });
    const { body } = await getJson<{ id: string; live: boolean; participantCount: number }>(
      server,
      `/api/sessions/${roomId}`,
    );
    expect(body).toMatchObject({ id: roomId, live: true, participantCount: 3 });
    // What a client renders is the fold of the events it received (there is no schema state).
    expect(ann.room.state ?? null).toBeNull();
    await waitUntil(
      () => Object.values(ann.state.participants).filter((p) => p.present).length === 3,
      "folded participants",
    );
    expect(ann.state.participants[fac.id].facilitator).toBe(true);
    const scenario = await getJson<{ roles: { id: string; chair: boolean }[] }>(
      server,
      `/api/scenarios/${sputnik1990.id}`,
    );
    expect(scenario.body.roles.find((r) => r.id === chair.id)?.chair).toBe(true);
    for (const p of [fac, ann, bob]) await p.leave();
  });

  it("runs every message's happy path and broadcasts each event to everyone in order", async () => {
    const { fac, ann, bob } = await threeParticipants();
    fac.send("claimRole", { roleId: chair.id });
    await fac.waitForEvent((e) => e.type === "roleClaimed");
    // The brief comes after the event, in a message of its own.
    await waitUntil(() => fac.briefs.length > 0, "the chair's brief");
    expect(fac.briefs.at(-1)).toMatchObject({ roleId: chair.id });
    fac.send("openPrompt", { promptId: promptA.id });
    ann.send("claimRole", { roleId: roleA.id });
    bob.send("claimRole", { roleId: roleB.id });
    fac.send("setSpeechLimit", { seconds: 90 });
    ann.send("raiseHand");
    await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === ann.id);
    bob.send("raiseHand");
    await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === bob.id);
    bob.send("lowerHand");
    await fac.waitForEvent((e) => e.type === "handLowered" && e.actor === bob.id);
    bob.send("raiseHand");
    await fac.waitForEvent(
      (e) => e.type === "handRaised" && e.actor === bob.id && e.seq > lastOf(fac, "handLowered")!.seq,
    );
    await waitUntil(() => fac.state.queue.length === 2, "queue in the folded state");
    expect(fac.state.queue).toEqual([ann.id, bob.id]);
    fac.send("giveFloor", {});
    const given = await ann.waitForEvent((e) => e.type === "floorGiven");
    expect(given.data).toMatchObject({ to: ann.id });
    expect((given.data as { endsAt: number }).endsAt - given.at).toBe(90_000);
    ann.send("speak", { text: "В 1989 году шахтёры бастовали за мыло и за достоинство." });
    await bob.waitForEvent((e) => e.type === "spoke");
    ann.send("yieldFloor");
    await bob.waitForEvent((e) => e.type === "floorYielded");
    fac.send("giveFloor", { to: bob.id });
    await bob.waitForEvent((e) => e.type === "floorGiven" && (e.data as { to: string }).to === bob.id);
    fac.send("yieldFloor");
    await bob.waitForEvent((e) => e.type === "floorYielded" && e.actor === fac.id);
    ann.send("post", { promptId: promptA.id, text: "A thread opener <b>with markup</b>" });
    const post = await bob.waitForEvent((e) => e.type === "posted");
    bob.send("post", { promptId: promptA.id, text: "A reply", replyTo: (post.data as { postId: string }).postId });
    await fac.waitForEvent((e) => e.type === "posted" && e.actor === bob.id);
    for (const kind of ["applause", "dissent", "laughter", "question"]) bob.send("react", { kind });
    await fac.waitForEvent((e) => e.type === "reacted" && (e.data as { kind: string }).kind === "question");
    bob.send("releaseRole");
    await fac.waitForEvent((e) => e.type === "roleReleased" && e.actor === bob.id);
    fac.send("openPrompt", { promptId: promptB.id });
    await ann.waitForEvent((e) => e.type === "promptOpened" && e.data.promptId === promptB.id);

    // Everyone saw the same log, gapless from 1; nobody got a rejection.
    await waitUntil(
      () => ann.events.length === fac.events.length && bob.events.length === fac.events.length,
      "all caught up",
    );
    expect(ann.events).toEqual(fac.events);
    expect(bob.events).toEqual(fac.events);
    expect(fac.events.map((e) => e.seq)).toEqual(fac.events.map((_, i) => i + 1));
    expect([...fac.rejections, ...ann.rejections, ...bob.rejections]).toEqual([]);
    const types = new Set(fac.events.map((e) => e.type));
    for (const t of [
      "sessionStarted",
      "joined",
      "roleClaimed",
      "roleReleased",
      "handRaised",
      "handLowered",
      "floorGiven",
      "spoke",
      "floorYielded",
      "promptOpened",
      "posted",
      "reacted",
      "speechLimitSet",
    ]) {
      expect(types, t).toContain(t);
    }
    const state = fold(fac.events);
    expect(state.speeches[0]).toMatchObject({ speaker: ann.id, roleId: roleA.id, promptId: promptA.id });
    expect(state.posts[1]).toMatchObject({ author: bob.id, replyTo: state.posts[0].postId });
    expect(state.reactions).toEqual({ applause: 1, dissent: 1, laughter: 1, question: 1 });

    // Every client's fold agrees with the server's fold of the stored log.
    await waitUntil(() => ann.state.openPromptId === promptB.id, "every client caught up");
    const served = (await getJson<SeminarState>(server, `/api/sessions/${fac.room.roomId}/state`)).body;
    for (const view of [fac.state, ann.state, bob.state]) {
      expect(view.openPromptId).toBe(state.openPromptId);
      expect(view.openPromptId).toBe(served.openPromptId);
      expect(view.speechLimitSeconds).toBe(90);
      expect(view.floor).toBeNull();
      expect(view.roleHolders[chair.id]).toBe(fac.id);
      expect(view.roleHolders[roleA.id]).toBe(ann.id);
      expect(view.roleHolders[roleB.id]).toBeUndefined();
      expect(JSON.parse(JSON.stringify(view))).toEqual(served);
    }
    for (const p of [fac, ann, bob]) await p.leave();
  });

  it("answers every rejection code to the sender only and changes nothing", async () => {
    const { fac, ann, bob } = await threeParticipants();
    ann.send("claimRole", { roleId: roleA.id });
    await fac.waitForEvent((e) => e.type === "roleClaimed");
    const before = fac.events.length;

    const cases: [Participant, string, unknown, string][] = [
      [bob, "claimRole", { roleId: roleA.id }, "ROLE_TAKEN"],
      [bob, "claimRole", { roleId: "no-such-role" }, "NOT_FOUND"],
      [bob, "claimRole", { roleId: 42 }, "INVALID"],
      [bob, "claimRole", { roleId: roleB.id, extra: true }, "INVALID"],
      [bob, "speak", { text: "" }, "INVALID"],
      [bob, "speak", { text: "x".repeat(2001) }, "INVALID"],
      [bob, "speak", { text: "out of turn" }, "NOT_YOUR_TURN"],
      [bob, "giveFloor", {}, "FORBIDDEN"],
      [bob, "openPrompt", { promptId: promptA.id }, "FORBIDDEN"],
      [fac, "openPrompt", { promptId: "nope" }, "NOT_FOUND"],
      [bob, "setSpeechLimit", { seconds: 5 }, "INVALID"],
      [fac, "setSpeechLimit", { seconds: 601 }, "INVALID"],
      [bob, "lowerHand", {}, "CONFLICT"],
      [fac, "giveFloor", {}, "CONFLICT"],
      [bob, "react", { kind: "boo" }, "INVALID"],
      [bob, "fly", {}, "INVALID"],
      [bob, "post", { promptId: promptA.id, text: "x", replyTo: "post-999999" }, "NOT_FOUND"],
      [bob, "post", "not an object", "INVALID"],
    ];
    for (const [who, type, payload, code] of cases) {
      const n = who.rejections.length;
      who.send(type, payload);
      await waitUntil(() => who.rejections.length > n, `rejection of ${type}`);
      expect(who.rejections.at(-1), `${type} ${JSON.stringify(payload)}`).toMatchObject({ command: type, code });
      expect(who.rejections.at(-1)!.message.length).toBeGreaterThan(3);
    }
    // Nothing was written, and nobody else was told.
    await new Promise((r) => setTimeout(r, 100));
    expect(fac.events.length).toBe(before);
    expect(ann.rejections).toEqual([]);
    const { body } = await getJson<{ eventCount: number }>(server, `/api/sessions/${fac.room.roomId}`);
    expect(body.eventCount).toBe(before);
    // Still connected and able to act.
    bob.send("raiseHand");
    await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === bob.id);
    for (const p of [fac, ann, bob]) await p.leave();
  });

  it("echoes a command's cid in its rejection or its acceptance, and refuses a malformed cid", async () => {
    const { fac, ann, bob } = await threeParticipants();
    bob.send("giveFloor", { cid: "c-1" });
    expect(await bob.waitForRejection("giveFloor")).toMatchObject({ code: "FORBIDDEN", cid: "c-1" });
    bob.send("speak", { text: "", cid: "c_2" });
    expect(await bob.waitForRejection("speak")).toMatchObject({ code: "INVALID", cid: "c_2" });
    bob.send("fly", { cid: "c3" });
    expect(await bob.waitForRejection("fly")).toMatchObject({ code: "INVALID", cid: "c3" });
    for (const cid of ["", "x".repeat(65), "__proto__!", 7]) {
      const n = bob.rejections.length;
      bob.send("raiseHand", { cid });
      await waitUntil(() => bob.rejections.length > n, `rejection of cid ${String(cid)}`);
      expect(bob.rejections.at(-1)).toMatchObject({ command: "raiseHand", code: "INVALID" });
      expect(bob.rejections.at(-1)).not.toHaveProperty("cid");
    }
    // An accepted command is answered to its sender alone, after its event; the event carries no cid.
    bob.send("raiseHand", { cid: "c4" });
    const raised = await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === bob.id);
    expect(raised.data).not.toHaveProperty("cid");
    expect(JSON.stringify(fac.events)).not.toContain("c4");
    const accepted = () => bob.raw.filter((m) => m.type === "accepted").map((m) => m.message);
    await waitUntil(() => accepted().length > 0, "bob's acceptance");
    expect(accepted()).toEqual([{ command: "raiseHand", cid: "c4", seq: raised.seq }]);
    const bobRaw = bob.raw.map((m) => m.type);
    expect(bobRaw.lastIndexOf("event")).toBeLessThan(bobRaw.indexOf("accepted"));
    // Refused sendings, and sendings without a cid, get no acceptance; nobody else sees one.
    ann.send("raiseHand");
    await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === ann.id);
    await new Promise((r) => setTimeout(r, 100));
    expect(accepted()).toHaveLength(1);
    for (const p of [fac, ann]) expect(p.raw.some((m) => m.type === "accepted")).toBe(false);
    for (const p of [fac, ann, bob]) await p.leave();
  });

  it("rate-limits a flooding client with RATE_LIMITED and keeps serving the others", async () => {
    const { fac, ann, bob } = await threeParticipants();
    for (let i = 0; i < 60; i++) bob.send("react", { kind: "applause" });
    const limited = await bob.waitForRejection("react");
    expect(limited.code).toBe("RATE_LIMITED");
    ann.send("raiseHand");
    await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === ann.id);
    const applause = fac.events.filter((e) => e.type === "reacted").length;
    expect(applause).toBeLessThanOrEqual(31);
    expect(applause).toBeGreaterThanOrEqual(29);
    for (const p of [fac, ann, bob]) await p.leave();
  });

  it("sends a late joiner the full history, then live events", async () => {
    const { fac, ann, bob, roomId } = await threeParticipants();
    fac.send("openPrompt", { promptId: promptA.id });
    ann.send("post", { promptId: promptA.id, text: "Early post" });
    await fac.waitForEvent((e) => e.type === "posted");
    const late = await joinSeminar(server, roomId, "Latecomer");
    expect(late.histories).toHaveLength(1);
    expect(late.histories[0]).toEqual(fac.events.slice(0, late.histories[0].length));
    expect(late.histories[0].some((e) => e.type === "posted")).toBe(true);
    bob.send("react", { kind: "laughter" });
    await late.waitForEvent((e) => e.type === "reacted");
    await waitUntil(() => fac.events.length === late.events.length, "latecomer caught up");
    expect(late.events).toEqual(fac.events);
    for (const p of [fac, ann, bob, late]) await p.leave();
  });

  it("sends a role's brief to its holder only", async () => {
    const { fac, ann, bob } = await threeParticipants();
    ann.send("claimRole", { roleId: roleA.id });
    await ann.waitForEvent((e) => e.type === "roleClaimed");
    await waitUntil(() => ann.briefs.length === 1, "brief");
    expect(ann.briefs[0]).toMatchObject({ roleId: roleA.id, standpoint: roleA.brief.standpoint });
    await bob.waitForEvent((e) => e.type === "roleClaimed");
    const secret = roleA.brief.talkingPoints[0].facts;
    for (const p of [fac, bob]) {
      expect(p.briefs).toEqual([]);
      expect(JSON.stringify(p.raw)).not.toContain(secret);
    }
    for (const p of [fac, ann, bob]) await p.leave();
  });

  it("refuses bad names and unknown scenarios at join with a clear error", async () => {
    const client = new Client(server.wsUrl);
    await expect(client.create("seminar", { name: "   " })).rejects.toThrow(/name/);
    await expect(client.create("seminar", { name: "x".repeat(41) })).rejects.toThrow(/40/);
    await expect(client.create("seminar", { name: "Ok", scenarioId: "atlantis" })).rejects.toThrow(/unknown scenario/);
    await expect(client.create("seminar", { name: "   " })).rejects.toMatchObject({ code: JoinRefusal.invalidOptions });
    await expect(client.create("seminar", { name: "Ok", scenarioId: "atlantis" })).rejects.toMatchObject({
      code: JoinRefusal.unknownScenario,
    });
    const fac = await createSeminar(server, "Host");
    await expect(client.joinById(fac.room.roomId, { name: "" })).rejects.toThrow(/name/);
    await expect(client.joinById(fac.room.roomId, { name: 7 })).rejects.toThrow();
    await expect(client.joinById(fac.room.roomId, { name: 7 })).rejects.toMatchObject({
      code: JoinRefusal.invalidOptions,
    });
    await expect(client.joinById("no-such-room", { name: "Ann" })).rejects.toThrow();
    // None of those refused joins left a trace in the log.
    expect(fac.events.filter((e) => e.type === "joined")).toHaveLength(1);
    await fac.leave();
  });

  it("serves the log as NDJSON equal to the events clients received, and folded states at any seq", async () => {
    const { fac, ann, bob, roomId } = await threeParticipants();
    fac.send("claimRole", { roleId: chair.id });
    ann.send("raiseHand");
    await fac.waitForEvent((e) => e.type === "handRaised");
    fac.send("giveFloor");
    await ann.waitForEvent((e) => e.type === "floorGiven");
    ann.send("speak", { text: "First words." });
    await bob.waitForEvent((e) => e.type === "spoke");
    const midSeq = bob.events.length;
    const midState = fold(bob.events);
    ann.send("yieldFloor");
    bob.send("post", { promptId: promptA.id, text: "On the board" });
    await ann.waitForEvent((e) => e.type === "posted");
    await waitUntil(() => fac.events.length === ann.events.length, "caught up");

    const res = await fetch(`${server.url}/api/sessions/${roomId}/log`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/x-ndjson/);
    const { header, events } = parseNdjson(await res.text());
    expect(header).toMatchObject({
      format: "sputnik-seminar-log",
      version: LOG_VERSION,
      sessionId: roomId,
      scenarioId: "sputnik-1990",
    });
    expect(typeof header.createdAt).toBe("number");
    expect(events).toEqual(fac.events);

    const mid = await getJson(server, `/api/sessions/${roomId}/state?seq=${midSeq}`);
    expect(mid.body).toEqual(JSON.parse(JSON.stringify(midState)));
    const last = await getJson(server, `/api/sessions/${roomId}/state`);
    expect(last.body).toEqual(JSON.parse(JSON.stringify(fold(fac.events))));
    expect((await getJson(server, `/api/sessions/${roomId}/state?seq=abc`)).status).toBe(400);
    expect((await getJson(server, `/api/sessions/${roomId}/state?seq=999999`)).status).toBe(400);
    for (const p of [fac, ann, bob]) await p.leave();
  });

  it("lists sessions newest first and marks a session ended once everyone has left", async () => {
    const first = await createSeminar(server, "First", undefined, { listed: true });
    await new Promise((r) => setTimeout(r, 5));
    const second = await createSeminar(server, "Second", undefined, { listed: true });
    const { body } = await getJson<{ id: string; createdAt: number; live: boolean }[]>(server, "/api/sessions");
    const ids = body.map((s) => s.id);
    expect(ids.indexOf(second.room.roomId)).toBeLessThan(ids.indexOf(first.room.roomId));
    for (let i = 1; i < body.length; i++) expect(body[i - 1].createdAt).toBeGreaterThanOrEqual(body[i].createdAt);
    await first.leave();
    await waitUntil(() => true, "");
    let ended = false;
    for (let i = 0; i < 100 && !ended; i++) {
      const s = await getJson<{ live: boolean; endedAt: number | null }>(server, `/api/sessions/${first.room.roomId}`);
      ended = !s.body.live && s.body.endedAt !== null;
      if (!ended) await new Promise((r) => setTimeout(r, 50));
    }
    expect(ended).toBe(true);
    await second.leave();
  });

  it("answers HTTP basics: health, scenarios without briefs, JSON 404s", async () => {
    expect((await getJson(server, "/healthz")).status).toBe(200);
    const list = await getJson<{ id: string }[]>(server, "/api/scenarios");
    expect(list.body.map((s) => s.id)).toContain("sputnik-1990");
    const scenario = await getJson<{ roles: Record<string, unknown>[] }>(server, "/api/scenarios/sputnik-1990");
    expect(scenario.status).toBe(200);
    expect(scenario.body.roles.length).toBe(sputnik1990.roles.length);
    for (const r of scenario.body.roles) expect(r).not.toHaveProperty("brief");
    for (const path of [
      "/api/scenarios/nope",
      "/api/sessions/nope",
      "/api/sessions/nope/log",
      "/api/sessions/nope/state",
      "/api/nothing",
    ]) {
      const res = await getJson<{ error: { code: string } }>(server, path);
      expect(res.status, path).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
    }
  });
});
