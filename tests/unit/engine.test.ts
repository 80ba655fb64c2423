import { describe, expect, it } from "vitest";
import { apply, fold } from "../../shared/engine/apply.js";
import { decide, isModerator } from "../../shared/engine/decide.js";
import type { SeminarEvent } from "../../shared/events.js";
import { Session, T0 } from "../fixtures/engine-session.js";
import { rulesScenario } from "../fixtures/rules-scenario.js";

describe("decide + apply", () => {
  it("starts a session and records joins with gapless seq", () => {
    const s = new Session();
    expect(s.log.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(s.state.scenarioId).toBe("test-scenario");
    expect(s.state.speechLimitSeconds).toBe(60);
    expect(s.state.participants.fac.facilitator).toBe(true);
    expect(s.state.participants.ann).toMatchObject({ name: "Ann", connected: true, present: true, roleId: null });
    s.refused("system", { type: "start" }, "CONFLICT");
    s.refused("ann", { type: "join", name: "Ann", facilitator: false }, "CONFLICT");
  });

  it("claims and releases roles, refusing taken, unknown and double claims", () => {
    const s = new Session();
    expect(s.ok("ann", { type: "claimRole", roleId: "miner" })[0]).toMatchObject({
      type: "roleClaimed",
      actor: "ann",
      data: { roleId: "miner" },
    });
    expect(s.state.roleHolders.miner).toBe("ann");
    s.refused("bob", { type: "claimRole", roleId: "miner" }, "ROLE_TAKEN");
    s.refused("bob", { type: "claimRole", roleId: "nobody" }, "NOT_FOUND");
    s.refused("ann", { type: "claimRole", roleId: "historian" }, "CONFLICT");
    s.refused("bob", { type: "releaseRole" }, "CONFLICT");
    s.ok("ann", { type: "releaseRole" });
    expect(s.state.roleHolders.miner).toBeUndefined();
    expect(s.state.participants.ann.roleId).toBeNull();
  });

  it("keeps the speakers' queue in order", () => {
    const s = new Session();
    s.ok("bob", { type: "raiseHand" });
    s.ok("ann", { type: "raiseHand" });
    expect(s.state.queue).toEqual(["bob", "ann"]);
    s.refused("bob", { type: "raiseHand" }, "CONFLICT");
    s.ok("bob", { type: "lowerHand" });
    s.refused("bob", { type: "lowerHand" }, "CONFLICT");
    expect(s.state.queue).toEqual(["ann"]);
  });

  it("gives the floor to the head of the queue or a chosen participant, only for moderators", () => {
    const s = new Session();
    s.ok("ann", { type: "raiseHand" });
    s.ok("bob", { type: "raiseHand" });
    s.refused("bob", { type: "giveFloor" }, "FORBIDDEN");
    const [given] = s.ok("fac", { type: "giveFloor" });
    expect(given).toMatchObject({ type: "floorGiven", data: { to: "ann", endsAt: T0 + 60_000 } });
    expect(s.state.queue).toEqual(["bob"]);
    s.refused("fac", { type: "giveFloor" }, "CONFLICT");
    s.refused("ann", { type: "raiseHand" }, "CONFLICT");
    s.ok("ann", { type: "yieldFloor" });
    s.refused("fac", { type: "giveFloor", to: "ghost" }, "NOT_FOUND");
    s.ok("fac", { type: "giveFloor", to: "fac" });
    expect(s.state.floor?.holder).toBe("fac");
  });

  it("lets the chair role's holder moderate, and refuses giving the floor to an empty queue", () => {
    const s = new Session();
    expect(isModerator(s.state, rulesScenario, "bob")).toBe(false);
    s.refused("bob", { type: "claimRole", roleId: "chair" }, "FORBIDDEN");
    s.ok("fac", { type: "assignRole", roleId: "chair", to: "bob" });
    expect(isModerator(s.state, rulesScenario, "bob")).toBe(true);
    s.refused("bob", { type: "giveFloor" }, "CONFLICT");
    s.ok("bob", { type: "openPrompt", promptId: "strikes" });
    s.ok("bob", { type: "releaseRole" });
    s.refused("bob", { type: "openPrompt", promptId: "workers-state" }, "FORBIDDEN");
  });

  it("lets only the floor holder speak, records the transcript, and times the turn out", () => {
    const s = new Session();
    s.ok("ann", { type: "claimRole", roleId: "miner" });
    s.ok("fac", { type: "openPrompt", promptId: "strikes" });
    s.ok("ann", { type: "raiseHand" });
    s.refused("ann", { type: "speak", text: "too early" }, "NOT_YOUR_TURN");
    s.ok("fac", { type: "giveFloor" });
    s.refused("bob", { type: "speak", text: "interrupting" }, "NOT_YOUR_TURN");
    const [spoke] = s.ok("ann", { type: "speak", text: "We struck for soap and for dignity." });
    expect(s.state.speeches).toEqual([
      {
        seq: spoke.seq,
        at: T0,
        speaker: "ann",
        roleId: "miner",
        promptId: "strikes",
        text: "We struck for soap and for dignity.",
      },
    ]);
    s.now = T0 + 30_000;
    expect(s.ok("system", { type: "expireFloor" })).toEqual([]);
    s.now = T0 + 60_000;
    s.refused("ann", { type: "speak", text: "one more thing" }, "NOT_YOUR_TURN");
    const [expired] = s.ok("system", { type: "expireFloor" });
    expect(expired).toMatchObject({ type: "floorExpired", actor: "system", data: { holder: "ann" } });
    expect(s.state.floor).toBeNull();
  });

  it("ends a turn by the holder or a moderator, not by anyone else", () => {
    const s = new Session();
    s.refused("fac", { type: "yieldFloor" }, "CONFLICT");
    s.ok("fac", { type: "giveFloor", to: "ann" });
    s.refused("bob", { type: "yieldFloor" }, "FORBIDDEN");
    expect(s.ok("fac", { type: "yieldFloor" })[0]).toMatchObject({
      type: "floorYielded",
      actor: "fac",
      data: { holder: "ann" },
    });
  });

  it("opens prompts, refusing unknown and already open ones", () => {
    const s = new Session();
    s.refused("fac", { type: "openPrompt", promptId: "nope" }, "NOT_FOUND");
    s.ok("fac", { type: "openPrompt", promptId: "strikes" });
    s.refused("fac", { type: "openPrompt", promptId: "strikes" }, "CONFLICT");
    s.ok("fac", { type: "openPrompt", promptId: "workers-state" });
    expect(s.state.promptsOpened.map((p) => p.promptId)).toEqual(["strikes", "workers-state"]);
  });

  it("threads posts and replies within one prompt", () => {
    const s = new Session();
    const [first] = s.ok("ann", { type: "post", promptId: "strikes", text: "Was it a revolt against socialism?" });
    expect(first.type === "posted" && first.data.postId).toBe(`post-${first.seq}`);
    const postId = (first as Extract<SeminarEvent, { type: "posted" }>).data.postId;
    s.ok("bob", { type: "post", promptId: "strikes", text: "Against its betrayal.", replyTo: postId });
    expect(s.state.posts[1]).toMatchObject({ author: "bob", replyTo: postId, promptId: "strikes" });
    s.refused("bob", { type: "post", promptId: "workers-state", text: "x", replyTo: postId }, "INVALID");
    s.refused("bob", { type: "post", promptId: "strikes", text: "x", replyTo: "post-999" }, "NOT_FOUND");
    s.refused("bob", { type: "post", promptId: "nope", text: "x" }, "NOT_FOUND");
  });

  it("counts reactions and sets the speech limit for moderators only", () => {
    const s = new Session();
    s.ok("ann", { type: "react", kind: "applause" });
    s.ok("bob", { type: "react", kind: "applause" });
    s.ok("bob", { type: "react", kind: "question" });
    expect(s.state.reactions).toEqual({ applause: 2, dissent: 0, laughter: 0, question: 1 });
    s.refused("ann", { type: "setSpeechLimit", seconds: 120 }, "FORBIDDEN");
    s.ok("fac", { type: "setSpeechLimit", seconds: 120 });
    s.ok("fac", { type: "giveFloor", to: "bob" });
    expect(s.state.floor?.endsAt).toBe(T0 + 120_000);
  });

  it("refuses commands from people who are not in the session", () => {
    const s = new Session();
    s.refused("stranger", { type: "raiseHand" }, "FORBIDDEN");
    s.ok("bob", { type: "leave" });
    s.refused("bob", { type: "react", kind: "dissent" }, "FORBIDDEN");
  });

  it("undoes floor, hand and role when someone leaves, as explicit events", () => {
    const s = new Session();
    s.ok("ann", { type: "claimRole", roleId: "miner" });
    s.ok("ann", { type: "raiseHand" });
    s.ok("bob", { type: "raiseHand" });
    s.ok("fac", { type: "giveFloor", to: "bob" });
    expect(s.ok("ann", { type: "leave" }).map((e) => e.type)).toEqual(["handLowered", "roleReleased", "left"]);
    expect(s.state.queue).toEqual([]);
    expect(s.state.roleHolders).toEqual({});
    expect(s.state.participants.ann).toMatchObject({ present: false, connected: false });
    const out = s.ok("bob", { type: "leave" });
    expect(out.map((e) => [e.type, e.actor])).toEqual([
      ["floorYielded", "system"],
      ["left", "bob"],
    ]);
    expect(s.state.floor).toBeNull();
  });

  it("holds a dropped participant's place and refuses to give them the floor meanwhile", () => {
    const s = new Session();
    s.ok("ann", { type: "raiseHand" });
    s.ok("ann", { type: "disconnect" });
    expect(s.state.participants.ann.connected).toBe(false);
    expect(s.state.queue).toEqual(["ann"]);
    s.refused("fac", { type: "giveFloor" }, "CONFLICT");
    s.ok("ann", { type: "reconnect" });
    s.ok("fac", { type: "giveFloor" });
  });

  it("never stamps an event earlier than the one before", () => {
    const s = new Session();
    s.now = T0 - 5_000;
    const [e] = s.ok("ann", { type: "react", kind: "laughter" });
    expect(e.at).toBe(T0);
  });

  it("is deterministic, and folding the log gives the same state as stepping", () => {
    const a = new Session();
    const b = new Session();
    for (const s of [a, b]) {
      s.ok("ann", { type: "claimRole", roleId: "historian" });
      s.ok("ann", { type: "raiseHand" });
      s.ok("fac", { type: "giveFloor" });
      s.ok("ann", { type: "speak", text: "Glasnost opened the archives." });
    }
    expect(a.log).toEqual(b.log);
    expect(fold(a.log)).toEqual(a.state);
    expect(() => fold([a.log[0], a.log[2]])).toThrow(/does not follow/);
  });

  it("apply does not modify the state it is given", () => {
    const s = new Session();
    const before = structuredClone(s.state);
    const d = decide(s.state, { type: "raiseHand" }, { actor: "ann", now: T0, scenario: rulesScenario });
    if (!d.ok) throw new Error("expected ok");
    apply(s.state, d.events[0]);
    expect(s.state).toEqual(before);
  });
});
