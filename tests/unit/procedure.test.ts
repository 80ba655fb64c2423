import { describe, expect, it } from "vitest";
import { fold } from "../../shared/engine/apply.js";
import { ballotFor } from "../../shared/engine/ballot.js";
import { decide } from "../../shared/engine/decide.js";
import { tally } from "../../shared/engine/procedure.js";
import { parseCommand } from "../../shared/protocol.js";
import { parseEvent } from "../../shared/events.js";
import { VOTE_CHOICES } from "../../shared/vocabulary.js";
import { Session } from "../fixtures/engine-session.js";

/** A session with "cat" joined too, and roles: fac none, ann miner, bob historian, cat none. */
function withRoles(): Session {
  const s = new Session();
  s.ok("cat", { type: "join", name: "Cat", facilitator: false });
  s.ok("ann", { type: "claimRole", roleId: "miner" });
  s.ok("bob", { type: "claimRole", roleId: "historian" });
  return s;
}

describe("hands by intent", () => {
  it("defaults to a point, records the intent, and puts points of order ahead in their own order", () => {
    const s = withRoles();
    expect(s.ok("ann", { type: "raiseHand" })[0]).toMatchObject({ type: "handRaised", data: { intent: "point" } });
    s.ok("bob", { type: "raiseHand", intent: "question" });
    expect(s.ok("cat", { type: "raiseHand", intent: "order" })[0].data).toEqual({ intent: "order" });
    expect(s.state.queue).toEqual(["cat", "ann", "bob"]);
    s.ok("fac", { type: "raiseHand", intent: "order" });
    expect(s.state.queue).toEqual(["cat", "fac", "ann", "bob"]);
    expect(s.state.participants.fac.hand).toBe("order");
    // The head of the queue (the first point of order) is who giveFloor picks.
    expect(s.ok("fac", { type: "giveFloor" })[0].data).toMatchObject({ to: "cat" });
    expect(s.state.participants.cat.hand).toBeNull();
    s.ok("bob", { type: "lowerHand" });
    expect(s.state.participants.bob.hand).toBeNull();
    s.ok("bob", { type: "raiseHand", intent: "reply" });
    expect(s.state.queue).toEqual(["fac", "ann", "bob"]);
  });

  it("refuses an unknown intent at the protocol, and reads a hand without one (an old log) as a point", () => {
    expect(parseCommand("raiseHand", { intent: "shout" })).toMatchObject({ ok: false, rejection: { code: "INVALID" } });
    expect(parseCommand("raiseHand", { intent: "order" })).toMatchObject({ ok: true });
    const s = new Session();
    const old = { seq: 5, at: s.now, type: "handRaised", actor: "ann", data: {} };
    const parsed = parseEvent(old);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const state = fold([parsed.event], s.state);
    expect(state.participants.ann.hand).toBe("point");
    expect(state.queue).toEqual(["ann"]);
  });
});

describe("votes", () => {
  it("opens a resolution or a motion, one at a time, for moderators only", () => {
    const s = withRoles();
    s.refused("ann", { type: "openVote", text: "Adjourn" }, "FORBIDDEN");
    s.refused("fac", { type: "openVote", resolutionId: "no-such" }, "NOT_FOUND");
    const [opened] = s.ok("fac", { type: "openVote", resolutionId: "solidarity-appeal" });
    expect(opened).toMatchObject({
      type: "voteOpened",
      data: {
        voteId: `vote-${opened.seq}`,
        text: "The seminar sends a message of solidarity to the striking miners.",
        resolutionId: "solidarity-appeal",
      },
    });
    s.refused("fac", { type: "openVote", text: "Adjourn" }, "CONFLICT");
    expect(s.state.openVoteId).toBe(`vote-${opened.seq}`);
    s.ok("fac", { type: "closeVote", voteId: `vote-${opened.seq}` });
    // The chair's holder moderates too.
    s.ok("fac", { type: "assignRole", roleId: "chair", to: "cat" }); // the chair is given, not taken
    const [motion] = s.ok("cat", { type: "openVote", text: "That we adjourn for lunch" });
    expect(motion.data).toEqual({ voteId: `vote-${motion.seq}`, text: "That we adjourn for lunch" });
  });

  it("refuses motions that are empty or longer than 300 characters, and unknown keys", () => {
    expect(parseCommand("openVote", { text: "   " }).ok).toBe(false);
    expect(parseCommand("openVote", { text: "x".repeat(301) }).ok).toBe(false);
    expect(parseCommand("openVote", { text: "x".repeat(300) }).ok).toBe(true);
    expect(parseCommand("openVote", { resolutionId: "a", text: "b" }).ok).toBe(false);
    expect(parseCommand("openVote", {}).ok).toBe(false);
    expect(parseCommand("castVote", { voteId: "vote-1", choice: "maybe" }).ok).toBe(false);
  });

  it("takes one vote per role from role holders, changeable until closed, and tallies it", () => {
    const s = withRoles();
    const voteId = `vote-${s.ok("fac", { type: "openVote", text: "That the seminar meet again" })[0].seq}`;
    s.refused("cat", { type: "castVote", voteId, choice: "for" }, "FORBIDDEN");
    s.refused("fac", { type: "castVote", voteId, choice: "for" }, "FORBIDDEN");
    s.refused("ann", { type: "castVote", voteId: "vote-999", choice: "for" }, "NOT_FOUND");
    s.refused("ann", { type: "castVote", voteId: "__proto__", choice: "for" }, "NOT_FOUND");
    expect(s.ok("ann", { type: "castVote", voteId, choice: "against" })[0].data).toEqual({
      voteId,
      roleId: "miner",
      choice: "against",
    });
    s.refused("ann", { type: "castVote", voteId, choice: "against" }, "CONFLICT");
    s.ok("ann", { type: "castVote", voteId, choice: "for" });
    s.ok("bob", { type: "castVote", voteId, choice: "abstain" });
    expect(s.state.votes[0].ballots.map((b) => [b.roleId, b.choice])).toEqual([
      ["miner", "for"],
      ["historian", "abstain"],
    ]);
    // The vote is the role's: a new holder of the role changes that role's vote, not adds one.
    s.ok("ann", { type: "releaseRole" });
    s.ok("cat", { type: "claimRole", roleId: "miner" });
    s.ok("cat", { type: "castVote", voteId, choice: "against" });
    expect(s.state.votes[0].ballots).toHaveLength(2);
    s.refused("ann", { type: "closeVote", voteId }, "FORBIDDEN");
    s.refused("fac", { type: "closeVote", voteId: "vote-1" }, "NOT_FOUND");
    expect(s.ok("fac", { type: "closeVote", voteId })[0].data).toEqual({
      voteId,
      for: 0,
      against: 1,
      abstain: 1,
      carried: false,
    });
    expect(s.state.openVoteId).toBeNull();
    expect(s.state.votes[0].result).toEqual({ for: 0, against: 1, abstain: 1, carried: false });
    s.refused("bob", { type: "castVote", voteId, choice: "for" }, "CONFLICT");
    s.refused("fac", { type: "closeVote", voteId }, "CONFLICT");
  });

  it("carries a motion only when more are for than against", () => {
    expect(tally([]).carried).toBe(false);
    expect(tally([{ choice: "for" }, { choice: "against" }]).carried).toBe(false);
    expect(tally([{ choice: "for" }, { choice: "abstain" }, { choice: "abstain" }])).toEqual({
      for: 1,
      against: 0,
      abstain: 2,
      carried: true,
    });
  });

  it("offers a ballot to exactly those whose castVote decide would accept, with their role's choice so far", () => {
    const s = withRoles();
    s.ok("fac", { type: "assignRole", roleId: "chair", to: "cat" });
    /** For every participant, whether ballotFor and decide agree on each choice; returns who may vote. */
    const agree = (voteId: string) => {
      const voters: Record<string, string | null> = {};
      for (const pid of ["fac", "ann", "bob", "cat", "nobody"]) {
        const ballot = ballotFor(s.state, s.scenario, pid);
        for (const choice of VOTE_CHOICES) {
          const d = decide(
            s.state,
            { type: "castVote", voteId, choice },
            { actor: pid, now: s.now, scenario: s.scenario },
          );
          expect(d.ok, `${pid} voting ${choice}`).toBe(ballot !== null && ballot.choice !== choice);
        }
        if (ballot) voters[pid] = ballot.choice;
      }
      return voters;
    };
    expect(agree("vote-1")).toEqual({});
    const voteId = `vote-${s.ok("fac", { type: "openVote", text: "That we adjourn" })[0].seq}`;
    // The chair's holder votes too (the chair is a role); the facilitator without a role does not.
    expect(agree(voteId)).toEqual({ ann: null, bob: null, cat: null });
    s.ok("ann", { type: "castVote", voteId, choice: "for" });
    s.ok("cat", { type: "castVote", voteId, choice: "abstain" });
    expect(agree(voteId)).toEqual({ ann: "for", bob: null, cat: "abstain" });
    // The vote is the role's: whoever holds it next sees it and may change it; who left votes no more.
    s.ok("ann", { type: "releaseRole" });
    s.ok("bob", { type: "leave" });
    expect(agree(voteId)).toEqual({ cat: "abstain" });
    s.ok("fac", { type: "claimRole", roleId: "miner" });
    expect(agree(voteId)).toEqual({ fac: "for", cat: "abstain" });
    s.ok("fac", { type: "closeVote", voteId });
    expect(agree(voteId)).toEqual({});
    s.ok("fac", { type: "openVote", text: "That we meet again" });
    const again = s.state.openVoteId!;
    expect(agree(again)).toEqual({ fac: null, cat: null });
    s.ok("fac", { type: "endSession" });
    expect(agree(again)).toEqual({});
  });

  it("records the prompt open when the vote opened", () => {
    const s = withRoles();
    s.ok("fac", { type: "openPrompt", promptId: "strikes" });
    s.ok("fac", { type: "openVote", resolutionId: "publish-proceedings" });
    expect(s.state.votes[0].promptId).toBe("strikes");
  });
});

describe("event cards", () => {
  it("are played by the facilitator alone, once each, from the scenario's cards", () => {
    const s = withRoles();
    s.ok("fac", { type: "assignRole", roleId: "chair", to: "cat" }); // the chair is given, not taken
    s.refused("cat", { type: "playCard", cardId: "telegram" }, "FORBIDDEN");
    s.refused("ann", { type: "playCard", cardId: "telegram" }, "FORBIDDEN");
    s.refused("fac", { type: "playCard", cardId: "constructor" }, "NOT_FOUND");
    s.ok("fac", { type: "openPrompt", promptId: "workers-state" });
    const [played] = s.ok("fac", { type: "playCard", cardId: "telegram" });
    expect(played).toMatchObject({ type: "cardPlayed", data: { cardId: "telegram" } });
    expect(s.state.cardsPlayed).toEqual([
      { cardId: "telegram", seq: played.seq, at: played.at, promptId: "workers-state" },
    ]);
    s.refused("fac", { type: "playCard", cardId: "telegram" }, "CONFLICT");
    s.ok("fac", { type: "playCard", cardId: "power-cut" });
  });
});

describe("the end of the session", () => {
  it("closes an open vote first, with its tally, before the session ends", () => {
    const s = withRoles();
    const voteId = `vote-${s.ok("fac", { type: "openVote", resolutionId: "solidarity-appeal" })[0].seq}`;
    s.ok("ann", { type: "castVote", voteId, choice: "for" });
    const events = s.ok("fac", { type: "endSession" });
    expect(events[0]).toMatchObject({
      type: "voteClosed",
      data: { voteId, for: 1, against: 0, abstain: 0, carried: true },
    });
    expect(events.at(-1)?.type).toBe("sessionEnded");
    expect(s.state.openVoteId).toBeNull();
    expect(s.state.votes[0].result).toEqual({ for: 1, against: 0, abstain: 0, carried: true });
  });

  it("ends with no vote event when no vote is open", () => {
    const s = withRoles();
    expect(s.ok("fac", { type: "endSession" }).some((e) => e.type === "voteClosed")).toBe(false);
  });
});
