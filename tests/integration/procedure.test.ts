/** Hands by intent, votes and the debrief through the real server and real colyseus.js clients. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { debriefCsv } from "../../shared/debrief/debrief-csv.js";
import { computeDebrief, type Debrief } from "../../shared/debrief/debrief.js";
import { fold } from "../../shared/engine/apply.js";
import { parseLog } from "../../shared/log-format.js";
import type { SeminarEvent } from "../../shared/events.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { bootServer, getJson, seminarWith, waitUntil, type Participant, type TestServer } from "./harness.js";

const [roleA, roleB] = sputnik1990.roles.filter((r) => !r.chair);
const chair = sputnik1990.roles.find((r) => r.chair)!;

let server: TestServer;
beforeAll(async () => {
  server = await bootServer({ rateLimit: { perSecond: 20, burst: 60 } });
});
afterAll(async () => {
  await server?.dispose();
});

async function seminar() {
  const [fac, ann, bob, eve] = await seminarWith(server, "Facilitator", ["Ann", "Bob", "Eve"]);
  return { fac, ann, bob, eve };
}

/** Sends and waits until `from` sees the event it causes. */
async function sendAndSee(p: Participant, type: string, payload: unknown, seen: (e: SeminarEvent) => boolean) {
  const before = p.events.length;
  p.send(type, payload);
  await waitUntil(() => p.events.slice(before).some(seen), `${type} to be recorded`);
  return p.events.slice(before).find(seen)!;
}

describe("hands by intent", () => {
  it("puts a point of order ahead of every other hand, in order among points of order", async () => {
    const { fac, ann, bob, eve } = await seminar();
    await sendAndSee(ann, "raiseHand", {}, (e) => e.type === "handRaised" && e.actor === ann.id);
    await sendAndSee(bob, "raiseHand", { intent: "question" }, (e) => e.type === "handRaised" && e.actor === bob.id);
    await sendAndSee(eve, "raiseHand", { intent: "order" }, (e) => e.type === "handRaised" && e.actor === eve.id);
    await sendAndSee(fac, "raiseHand", { intent: "order" }, (e) => e.type === "handRaised" && e.actor === fac.id);
    ann.send("raiseHand", { intent: "reply" });
    expect((await ann.waitForRejection("raiseHand")).code).toBe("CONFLICT");
    bob.send("lowerHand");
    await fac.waitForEvent((e) => e.type === "handLowered" && e.actor === bob.id);
    bob.send("raiseHand", { intent: "shout" });
    expect((await bob.waitForRejection("raiseHand")).code).toBe("INVALID");
    await sendAndSee(
      bob,
      "raiseHand",
      { intent: "reply" },
      (e) => e.type === "handRaised" && e.data.intent === "reply",
    );
    // Bob has seen his hand; the facilitator's copy of that broadcast may come a moment later.
    await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === bob.id && e.data.intent === "reply");

    const state = fold(fac.events);
    expect(state.queue).toEqual([eve.id, fac.id, ann.id, bob.id]);
    expect(fac.events.filter((e) => e.type === "handRaised").map((e) => e.data)).toEqual([
      { intent: "point" },
      { intent: "question" },
      { intent: "order" },
      { intent: "order" },
      { intent: "reply" },
    ]);
    // What every client folds shows the queue and each hand's kind.
    await waitUntil(() => fold(ann.events).queue.length === 4, "folded queue");
    expect(fold(ann.events).queue).toEqual([eve.id, fac.id, ann.id, bob.id]);
    expect(fold(ann.events).participants[eve.id].hand).toBe("order");
    // The floor goes to the head: the first point of order.
    const given = await sendAndSee(fac, "giveFloor", {}, (e) => e.type === "floorGiven");
    expect(given.data).toMatchObject({ to: eve.id });
    for (const p of [fac, ann, bob, eve]) await p.leave();
  });
});

describe("votes", () => {
  it("runs a motion's vote by the rules and refuses every breach with a code, changing nothing", async () => {
    const { fac, ann, bob, eve } = await seminar();
    await sendAndSee(ann, "claimRole", { roleId: roleA.id }, (e) => e.type === "roleClaimed");
    await sendAndSee(bob, "claimRole", { roleId: roleB.id }, (e) => e.type === "roleClaimed" && e.actor === bob.id);

    ann.send("openVote", { text: "That the seminar sends greetings to the miners" });
    expect((await ann.waitForRejection("openVote")).code).toBe("FORBIDDEN");
    fac.send("openVote", { text: "x".repeat(301) });
    expect((await fac.waitForRejection("openVote")).code).toBe("INVALID");
    fac.send("openVote", { resolutionId: "no-such-resolution" });
    expect((await fac.waitForRejection("openVote", 2)).code).toBe("NOT_FOUND");

    const opened = await sendAndSee(
      fac,
      "openVote",
      { text: "That the seminar sends greetings to the miners" },
      (e) => e.type === "voteOpened",
    );
    const voteId = `vote-${opened.seq}`;
    expect(opened.data).toEqual({ voteId, text: "That the seminar sends greetings to the miners" });
    fac.send("openVote", { text: "A second motion" });
    expect((await fac.waitForRejection("openVote", 3)).code).toBe("CONFLICT");

    eve.send("castVote", { voteId, choice: "for" });
    expect((await eve.waitForRejection("castVote")).code).toBe("FORBIDDEN");
    ann.send("castVote", { voteId, choice: "perhaps" });
    expect((await ann.waitForRejection("castVote")).code).toBe("INVALID");
    ann.send("castVote", { voteId: "vote-0", choice: "for" });
    expect((await ann.waitForRejection("castVote", 2)).code).toBe("NOT_FOUND");
    await sendAndSee(ann, "castVote", { voteId, choice: "against" }, (e) => e.type === "voteCast");
    ann.send("castVote", { voteId, choice: "against" });
    expect((await ann.waitForRejection("castVote", 3)).code).toBe("CONFLICT");
    await sendAndSee(
      ann,
      "castVote",
      { voteId, choice: "for" },
      (e) => e.type === "voteCast" && e.data.choice === "for",
    );
    await sendAndSee(
      bob,
      "castVote",
      { voteId, choice: "abstain" },
      (e) => e.type === "voteCast" && e.actor === bob.id,
    );

    bob.send("closeVote", { voteId });
    expect((await bob.waitForRejection("closeVote")).code).toBe("FORBIDDEN");
    const closed = await sendAndSee(fac, "closeVote", { voteId }, (e) => e.type === "voteClosed");
    expect(closed.data).toEqual({ voteId, for: 1, against: 0, abstain: 1, carried: true });
    bob.send("castVote", { voteId, choice: "against" });
    expect((await bob.waitForRejection("castVote")).code).toBe("CONFLICT");
    fac.send("closeVote", { voteId });
    expect((await fac.waitForRejection("closeVote")).code).toBe("CONFLICT");

    await waitUntil(() => eve.events.length === fac.events.length, "eve caught up");
    expect(eve.events).toEqual(fac.events);
    const vote = fold(eve.events).votes[0];
    expect(vote.ballots.map((b) => [b.roleId, b.choice])).toEqual([
      [roleA.id, "for"],
      [roleB.id, "abstain"],
    ]);
    expect(vote.result).toEqual({ for: 1, against: 0, abstain: 1, carried: true });
    for (const p of [fac, ann, bob, eve]) await p.leave();
  });
});

describe("resolutions, cards and the end", () => {
  it("puts a scenario resolution to the vote, plays cards (facilitator only), and endSession closes the open vote first", async () => {
    const { fac, ann, bob, eve } = await seminar();
    const resolution = sputnik1990.resolutions![0];
    const [card, card2] = sputnik1990.cards!;
    await sendAndSee(ann, "claimRole", { roleId: roleA.id }, (e) => e.type === "roleClaimed");
    const opened = await sendAndSee(fac, "openVote", { resolutionId: resolution.id }, (e) => e.type === "voteOpened");
    expect(opened.data).toEqual({ voteId: `vote-${opened.seq}`, text: resolution.text, resolutionId: resolution.id });
    await sendAndSee(
      ann,
      "castVote",
      { voteId: `vote-${opened.seq}`, choice: "against" },
      (e) => e.type === "voteCast",
    );

    ann.send("playCard", { cardId: card.id });
    expect((await ann.waitForRejection("playCard")).code).toBe("FORBIDDEN");
    fac.send("playCard", { cardId: "no-such-card" });
    expect((await fac.waitForRejection("playCard")).code).toBe("NOT_FOUND");
    fac.send("playCard", { cardId: "__proto__" });
    expect((await fac.waitForRejection("playCard", 2)).code).toBe("INVALID");
    const played = await sendAndSee(fac, "playCard", { cardId: card.id }, (e) => e.type === "cardPlayed");
    expect(played.data).toEqual({ cardId: card.id });
    fac.send("playCard", { cardId: card.id });
    expect((await fac.waitForRejection("playCard", 3)).code).toBe("CONFLICT");
    await eve.waitForEvent((e) => e.type === "cardPlayed");

    // The facilitator hands the chair over: the chair's holder moderates votes, but cards stay the facilitator's.
    await sendAndSee(fac, "assignRole", { roleId: chair.id, to: bob.id }, (e) => e.type === "roleAssigned");
    bob.send("playCard", { cardId: card2.id });
    expect((await bob.waitForRejection("playCard")).code).toBe("FORBIDDEN");
    bob.send("openVote", { text: "A second motion while one is open" });
    expect((await bob.waitForRejection("openVote")).code).toBe("CONFLICT");

    const before = fac.events.length;
    fac.send("endSession");
    await fac.waitForEvent((e) => e.type === "sessionEnded");
    const ending = fac.events.slice(before).map((e) => e.type);
    expect(ending[0]).toBe("voteClosed");
    expect(ending.at(-1)).toBe("sessionEnded");
    expect(fac.events.find((e) => e.type === "voteClosed")?.data).toEqual({
      voteId: `vote-${opened.seq}`,
      for: 0,
      against: 1,
      abstain: 0,
      carried: false,
    });

    // After the end the debrief reveals objectives tied to resolutions.
    const { body } = await getJson<Debrief>(server, `/api/sessions/${fac.room.roomId}/debrief`);
    expect(body.endedAt).not.toBeNull();
    expect(body.objectives).not.toBeNull();
    const onIt = body.objectives!.filter((o) => o.resolutionId === resolution.id);
    expect(onIt.length).toBeGreaterThan(0);
    for (const o of onIt) expect(o).toMatchObject({ outcome: "defeated", met: o.wants === "defeated" });
    expect(body.cards).toEqual([{ cardId: card.id, seq: played.seq, at: played.at }]);
    for (const p of [fac, ann, bob, eve]) await p.leave();
  });
});

describe("debrief over HTTP", () => {
  it("serves the debrief JSON and CSV equal to the fold of the exported log", async () => {
    const { fac, ann, bob, eve } = await seminar();
    await sendAndSee(ann, "claimRole", { roleId: roleA.id }, (e) => e.type === "roleClaimed");
    await sendAndSee(bob, "claimRole", { roleId: roleB.id }, (e) => e.type === "roleClaimed" && e.actor === bob.id);
    await sendAndSee(fac, "openPrompt", { promptId: sputnik1990.prompts[0].id }, (e) => e.type === "promptOpened");
    await sendAndSee(ann, "raiseHand", { intent: "question" }, (e) => e.type === "handRaised");
    await sendAndSee(fac, "giveFloor", {}, (e) => e.type === "floorGiven");
    await sendAndSee(ann, "speak", { text: "Soap, then dignity, then the plan." }, (e) => e.type === "spoke");
    eve.send("react", { kind: "applause" });
    await fac.waitForEvent((e) => e.type === "reacted");
    await sendAndSee(ann, "yieldFloor", {}, (e) => e.type === "floorYielded");
    const opened = await sendAndSee(
      fac,
      "openVote",
      { text: "That the miners be heard first" },
      (e) => e.type === "voteOpened",
    );
    const voteId = `vote-${opened.seq}`;
    await sendAndSee(ann, "castVote", { voteId, choice: "for" }, (e) => e.type === "voteCast");
    await sendAndSee(
      bob,
      "castVote",
      { voteId, choice: "against" },
      (e) => e.type === "voteCast" && e.actor === bob.id,
    );
    await sendAndSee(fac, "closeVote", { voteId }, (e) => e.type === "voteClosed");
    await sendAndSee(
      eve,
      "post",
      { promptId: sputnik1990.prompts[0].id, text: "=HYPERLINK(1)" },
      (e) => e.type === "posted",
    );

    const roomId = fac.room.roomId;
    const logText = await (await fetch(`${server.url}/api/sessions/${roomId}/log`)).text();
    const parsed = parseLog(logText);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const expected = computeDebrief(parsed.events, sputnik1990);

    const json = await getJson<Record<string, unknown>>(server, `/api/sessions/${roomId}/debrief`);
    expect(json.status).toBe(200);
    expect(json.body).toEqual({ sessionId: roomId, scenarioId: sputnik1990.id, ...expected });
    expect(json.body).toMatchObject({
      votes: [{ voteId, for: 1, against: 1, abstain: 0, carried: false }],
      objectives: null,
    });
    const ann1 = (json.body as unknown as Debrief).participants.find((p) => p.id === ann.id)!;
    expect(ann1).toMatchObject({ speeches: 1, words: 6, turns: 1, hands: { question: 1 }, reactionsReceived: 1 });
    expect(ann1.floorSeconds).toBeGreaterThan(0);

    const res = await fetch(`${server.url}/api/sessions/${roomId}/debrief.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toContain(`debrief-${roomId}.csv`);
    const csv = await res.text();
    expect(csv).toBe(debriefCsv(expected, sputnik1990));
    expect(csv.split("\r\n")).toHaveLength(6); // a header, four participants, the final line end

    // A second read of the same moment is the same answer (cached by session and seq).
    expect((await getJson(server, `/api/sessions/${roomId}/debrief`)).body).toEqual(json.body);
    expect((await getJson(server, `/api/sessions/no-such-session/debrief`)).status).toBe(404);
    expect((await getJson(server, `/api/sessions/__proto__/debrief.csv`)).status).toBe(404);
    for (const p of [fac, ann, bob, eve]) await p.leave();
  });
});
