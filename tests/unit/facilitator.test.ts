/** The facilitator's commands, the permissions table, hidden posts, the end, and names (issue 12). */
import { describe, expect, it } from "vitest";
import { fold } from "../../shared/engine/apply.js";
import { PERMISSIONS, forbiddenMessage, holds, may } from "../../shared/engine/permissions.js";
import { cleanDisplayName, nameKey } from "../../shared/name-comparison.js";
import type { EventOf } from "../../shared/events.js";
import { withholdHiddenPosts } from "../../shared/hidden-posts.js";
import { LOG_VERSION, logHeader, parseLog, serializeLog } from "../../shared/log-format.js";
import { COMMAND_TYPES, type ClientCommand } from "../../shared/protocol.js";
import { Session } from "../fixtures/engine-session.js";
import { rulesScenario } from "../fixtures/rules-scenario.js";

describe("the permissions table", () => {
  it("names every client command, and refuses by it with a readable message", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...COMMAND_TYPES].sort());
    expect(forbiddenMessage("assignRole")).toBe("only the facilitator can give roles");
    expect(forbiddenMessage("hidePost")).toBe("only the chair or the facilitator can hide a post");
    const s = new Session();
    for (const type of [
      "assignRole",
      "revokeRole",
      "removeParticipant",
      "lockSeminar",
      "handOver",
      "endSession",
    ] as const)
      expect(may(s.state, rulesScenario, "ann", type), type).toBe(false);
    // The facilitator may send everything that does not need a role or the floor.
    for (const type of COMMAND_TYPES) {
      const needs = PERMISSIONS[type].who;
      const mine = needs.some((w) => w !== "roleHolder" && w !== "floorHolder");
      expect(may(s.state, rulesScenario, "fac", type), type).toBe(mine);
    }
  });

  it("gives standings by state: the chair's holder moderates but is not the facilitator", () => {
    const s = new Session();
    s.ok("fac", { type: "assignRole", roleId: "chair", to: "ann" });
    expect(holds(s.state, rulesScenario, "ann", "moderator")).toBe(true);
    expect(holds(s.state, rulesScenario, "ann", "facilitator")).toBe(false);
    expect(holds(s.state, rulesScenario, "ann", "roleHolder")).toBe(true);
    expect(holds(s.state, rulesScenario, "bob", "roleHolder")).toBe(false);
    expect(holds(s.state, rulesScenario, "__proto__", "participant")).toBe(false);
    const [posted] = s.ok("bob", { type: "post", promptId: "strikes", text: "x" });
    s.ok("ann", { type: "hidePost", postId: (posted as EventOf<"posted">).data.postId });
    s.refused("ann", { type: "lockSeminar", locked: true }, "FORBIDDEN");
  });
});

describe("roles", () => {
  it("the chair is given, not taken: only the facilitator claims it", () => {
    const s = new Session();
    s.refused("ann", { type: "claimRole", roleId: "chair" }, "FORBIDDEN");
    s.ok("fac", { type: "claimRole", roleId: "chair" });
    expect(s.state.roleHolders.chair).toBe("fac");
  });

  it("with claiming by the facilitator, nobody else claims any role", () => {
    const s = new Session({ type: "start", roleClaiming: "facilitator", title: "Year 11 history" });
    expect(s.state).toMatchObject({ roleClaiming: "facilitator", title: "Year 11 history" });
    s.refused("ann", { type: "claimRole", roleId: "miner" }, "FORBIDDEN");
    s.refused("fac", { type: "setRoleClaiming", mode: "facilitator" }, "CONFLICT");
    s.refused("ann", { type: "setRoleClaiming", mode: "open" }, "FORBIDDEN");
    expect(s.ok("fac", { type: "setRoleClaiming", mode: "open" })[0]).toMatchObject({
      type: "roleClaimingSet",
      data: { mode: "open" },
    });
    s.ok("ann", { type: "claimRole", roleId: "miner" });
  });

  it("assigns and takes back roles, with each refusal", () => {
    const s = new Session();
    expect(s.ok("fac", { type: "assignRole", roleId: "miner", to: "ann" })[0]).toMatchObject({
      type: "roleAssigned",
      actor: "fac",
      data: { roleId: "miner", to: "ann" },
    });
    expect(s.state.participants.ann.roleId).toBe("miner");
    expect(s.state.roleHolders.miner).toBe("ann");
    s.refused("fac", { type: "assignRole", roleId: "miner", to: "bob" }, "ROLE_TAKEN");
    s.refused("fac", { type: "assignRole", roleId: "historian", to: "ann" }, "CONFLICT");
    s.refused("fac", { type: "assignRole", roleId: "nobody", to: "bob" }, "NOT_FOUND");
    s.refused("fac", { type: "assignRole", roleId: "historian", to: "ghost" }, "NOT_FOUND");
    s.refused("fac", { type: "assignRole", roleId: "historian", to: "__proto__" }, "NOT_FOUND");
    s.refused("bob", { type: "assignRole", roleId: "historian", to: "bob" }, "FORBIDDEN");
    s.refused("bob", { type: "revokeRole", roleId: "miner" }, "FORBIDDEN");
    s.refused("fac", { type: "revokeRole", roleId: "historian" }, "CONFLICT");
    s.refused("fac", { type: "revokeRole", roleId: "nobody" }, "NOT_FOUND");
    expect(s.ok("fac", { type: "revokeRole", roleId: "miner" })[0]).toMatchObject({
      type: "roleRevoked",
      data: { roleId: "miner", from: "ann" },
    });
    expect(s.state.participants.ann.roleId).toBeNull();
    expect(s.state.roleHolders).toEqual({});
  });
});

describe("keeping order", () => {
  it("removes a participant with what leaving implies, and never lets them back", () => {
    const s = new Session();
    s.ok("ann", { type: "claimRole", roleId: "miner" });
    s.ok("ann", { type: "raiseHand" });
    s.ok("bob", { type: "raiseHand" });
    s.ok("fac", { type: "giveFloor", to: "bob" });
    s.refused("fac", { type: "removeParticipant", participantId: "fac" }, "CONFLICT");
    s.refused("fac", { type: "removeParticipant", participantId: "ghost" }, "NOT_FOUND");
    s.refused("ann", { type: "removeParticipant", participantId: "bob" }, "FORBIDDEN");
    expect(s.ok("fac", { type: "removeParticipant", participantId: "ann" }).map((e) => [e.type, e.actor])).toEqual([
      ["handLowered", "ann"],
      ["roleReleased", "ann"],
      ["participantRemoved", "fac"],
    ]);
    expect(s.ok("fac", { type: "removeParticipant", participantId: "bob" }).map((e) => e.type)).toEqual([
      "floorYielded",
      "participantRemoved",
    ]);
    expect(s.state.participants.ann).toMatchObject({ present: false, connected: false, removed: true });
    expect(s.state).toMatchObject({ queue: [], floor: null, roleHolders: {} });
    s.refused("ann", { type: "join", name: "Ann", facilitator: false }, "FORBIDDEN");
    s.refused("ann", { type: "react", kind: "dissent" }, "FORBIDDEN");
    s.refused("fac", { type: "removeParticipant", participantId: "ann" }, "NOT_FOUND");
  });

  it("locks the door to newcomers only", () => {
    const s = new Session();
    s.refused("fac", { type: "lockSeminar", locked: false }, "CONFLICT");
    s.ok("ann", { type: "leave" });
    expect(s.ok("fac", { type: "lockSeminar", locked: true })[0]).toMatchObject({
      type: "seminarLocked",
      data: { locked: true },
    });
    s.refused("fac", { type: "lockSeminar", locked: true }, "CONFLICT");
    s.refused("cat", { type: "join", name: "Cat", facilitator: false }, "FORBIDDEN");
    s.ok("ann", { type: "join", name: "Ann", facilitator: false });
    s.ok("fac", { type: "lockSeminar", locked: false });
    s.ok("cat", { type: "join", name: "Cat", facilitator: false });
  });

  it("hands the facilitator's seat over, one facilitator at a time", () => {
    const s = new Session();
    s.refused("fac", { type: "handOver", to: "fac" }, "CONFLICT");
    s.refused("fac", { type: "handOver", to: "ghost" }, "NOT_FOUND");
    s.ok("ann", { type: "disconnect" });
    s.refused("fac", { type: "handOver", to: "ann" }, "CONFLICT");
    s.refused("bob", { type: "handOver", to: "bob" }, "FORBIDDEN");
    expect(s.ok("fac", { type: "handOver", to: "bob" })[0]).toMatchObject({
      type: "facilitatorChanged",
      actor: "fac",
      data: { from: "fac", to: "bob" },
    });
    expect(s.state.participants.fac.facilitator).toBe(false);
    expect(s.state.participants.bob.facilitator).toBe(true);
    s.refused("fac", { type: "lockSeminar", locked: true }, "FORBIDDEN");
    s.ok("bob", { type: "lockSeminar", locked: true });
    s.refused("dan", { type: "join", name: "Dan", facilitator: true }, "FORBIDDEN");
  });

  it("closes the open question", () => {
    const s = new Session();
    s.refused("fac", { type: "closePrompt" }, "CONFLICT");
    s.ok("fac", { type: "openPrompt", promptId: "strikes" });
    s.refused("ann", { type: "closePrompt" }, "FORBIDDEN");
    expect(s.ok("fac", { type: "closePrompt" })[0]).toMatchObject({
      type: "promptClosed",
      data: { promptId: "strikes" },
    });
    expect(s.state.openPromptId).toBeNull();
    expect(s.state.promptsOpened).toHaveLength(1);
  });
});

describe("hidden posts", () => {
  it("hides a post's text from state and from the log, which still folds to the same state", () => {
    const s = new Session();
    const [posted] = s.ok("ann", { type: "post", promptId: "strikes", text: "Something cruel about Bob" });
    const { postId } = (posted as EventOf<"posted">).data;
    s.ok("bob", { type: "post", promptId: "strikes", text: "That is unfair.", replyTo: postId });
    s.refused("ann", { type: "hidePost", postId }, "FORBIDDEN");
    s.refused("fac", { type: "hidePost", postId: "post-999" }, "NOT_FOUND");
    expect(s.ok("fac", { type: "hidePost", postId })[0]).toMatchObject({ type: "postHidden", data: { postId } });
    s.refused("fac", { type: "hidePost", postId }, "CONFLICT");
    expect(s.state.posts[0]).toMatchObject({ postId, text: "", hidden: true });
    expect(s.state.posts[1]).toMatchObject({ text: "That is unfair.", hidden: false });
    expect(JSON.stringify(s.state)).not.toContain("cruel");

    const withheld = withholdHiddenPosts(s.log);
    expect(JSON.stringify(withheld)).not.toContain("cruel");
    expect(withheld[posted.seq - 1]).toMatchObject({ seq: posted.seq, data: { postId, hidden: true } });
    expect(fold(withheld)).toEqual(s.state);

    // Written, read back (a file that still carries the text is withheld on reading too).
    const header = logHeader({ sessionId: "s1", scenarioId: rulesScenario.id, createdAt: 0 });
    for (const events of [withheld, s.log]) {
      const parsed = parseLog(serializeLog(header, events));
      if (!parsed.ok) throw new Error(`line ${parsed.line}: ${parsed.reason}`);
      expect(parsed.header.version).toBe(LOG_VERSION);
      expect(JSON.stringify(parsed.events)).not.toContain("cruel");
      expect(fold(parsed.events)).toEqual(s.state);
    }
  });
});

describe("the end of a session", () => {
  it("closes the floor and the open question, then refuses every command", () => {
    const s = new Session();
    s.ok("fac", { type: "openPrompt", promptId: "strikes" });
    s.ok("fac", { type: "giveFloor", to: "ann" });
    s.refused("ann", { type: "endSession" }, "FORBIDDEN");
    s.now += 1000;
    expect(s.ok("fac", { type: "endSession" }).map((e) => [e.type, e.data])).toEqual([
      ["floorYielded", { holder: "ann" }],
      ["promptClosed", { promptId: "strikes" }],
      ["sessionEnded", {}],
    ]);
    expect(s.state).toMatchObject({ floor: null, openPromptId: null, endedAt: s.now });
    const commands: ClientCommand[] = [
      { type: "speak", text: "one more thing" },
      { type: "raiseHand" },
      { type: "post", promptId: "strikes", text: "late" },
      { type: "endSession" },
      { type: "lockSeminar", locked: true },
    ];
    for (const c of commands) {
      const d = s.run(c.type === "speak" ? "ann" : "fac", c);
      expect(d.ok).toBe(false);
      if (!d.ok) expect(d.rejection).toEqual({ code: "CONFLICT", message: "the session has ended" });
    }
    s.refused("new", { type: "join", name: "New", facilitator: false }, "CONFLICT");
    const length = s.log.length;
    for (const c of [{ type: "disconnect" }, { type: "reconnect" }, { type: "leave" }] as const)
      expect(s.ok("bob", c)).toEqual([]);
    expect(s.ok("system", { type: "expireFloor" })).toEqual([]);
    expect(s.log).toHaveLength(length);
  });
});

describe("names", () => {
  it("cleans a name and compares names as they look", () => {
    expect(cleanDisplayName("  Ann\u200b  \u202eLee\t\n ")).toBe("Ann Lee");
    expect(cleanDisplayName("ｆａｃ")).toBe("fac");
    expect(nameKey("Straße")).toBe(nameKey("STRASSE"));
    expect(nameKey("Ann\u00a0Lee")).toBe(nameKey("ann lee"));
  });

  it("refuses a copy of a present participant's name, a role's name, and an empty one", () => {
    const s = new Session();
    for (const name of [
      "facilitator",
      "Facili\u200btator",
      "\u202dFacilitator",
      "FACILITATOR  ",
      "ＦＡＣＩＬＩＴＡＴＯＲ",
    ])
      s.refused("eve", { type: "join", name, facilitator: false }, "CONFLICT");
    s.refused("eve", { type: "join", name: "the chair", facilitator: false }, "CONFLICT");
    s.refused("eve", { type: "join", name: "\u200b\u200b", facilitator: false }, "INVALID");
    s.refused("eve", { type: "join", name: "\ufdfa\ufdfa\ufdfa", facilitator: false }, "INVALID");
    const [joined] = s.ok("eve", { type: "join", name: "  Eve\u200b   Lee ", facilitator: false });
    expect(joined).toMatchObject({ type: "joined", data: { name: "Eve Lee" } });
    // A name frees up when its holder leaves.
    s.ok("bob", { type: "leave" });
    s.ok("rob", { type: "join", name: "bob", facilitator: false });
  });
});
