/**
 * `decide`: given the state, a command and who sent it when, either the events that record what
 * happens or a rejection. Pure and deterministic: time and ids come in through the context, seq
 * numbers follow from the state, so the same inputs always give the same log.
 */
import type { ClientCommand } from "../protocol.js";
import type { Rejection } from "../wire.js";
import type { EventData, EventType, SeminarEvent } from "../events.js";
import { cleanDisplayName, nameKey } from "../name-comparison.js";
import { own } from "../null-record.js";
import { DEFAULT_HAND_INTENT, LIMITS, SYSTEM, type RoleClaimingMode } from "../vocabulary.js";
import { forbiddenMessage, may, mayClaimRole, type RulesScenario } from "./permissions.js";
import { closeOpenVote, decideProcedure } from "./procedure.js";
import type { SeminarState } from "./state.js";

export { isModerator, type RulesScenario } from "./permissions.js";

/** Commands only the server issues, for things that happen to a connection or to time. */
export type SystemCommand =
  | { type: "start"; title?: string | undefined; roleClaiming?: RoleClaimingMode | undefined }
  | { type: "join"; name: string; facilitator: boolean }
  | { type: "disconnect" }
  | { type: "reconnect" }
  | { type: "leave" }
  | { type: "expireFloor" };

export type Command = ClientCommand | SystemCommand;

export interface DecideContext {
  /** The participant id of the sender, or "system". */
  actor: string;
  /** Epoch milliseconds, read by the caller. */
  now: number;
  scenario: RulesScenario;
}

export type Decision = { ok: true; events: SeminarEvent[] } | { ok: false; rejection: Rejection };

type Draft = { [T in EventType]: { type: T; actor: string; data: EventData<T> } }[EventType];

const reject = (code: Rejection["code"], message: string): Decision => ({ ok: false, rejection: { code, message } });

const ENDED = "the session has ended";

export function decide(state: SeminarState, command: Command, ctx: DecideContext): Decision {
  const drafts = decideDrafts(state, command, ctx);
  if (!Array.isArray(drafts)) return drafts;
  const at = Math.max(ctx.now, state.lastAt);
  const events = drafts.map((d, i) => ({ seq: state.seq + 1 + i, at, ...d }));
  return { ok: true, events };
}

function decideDrafts(s: SeminarState, c: Command, ctx: DecideContext): Draft[] | Decision {
  const { actor, scenario } = ctx;
  if (c.type === "start") {
    if (s.seq !== 0) return reject("CONFLICT", "the session has already started");
    const data: EventData<"sessionStarted"> = {
      scenarioId: scenario.id,
      speechLimitSeconds: scenario.defaultSpeechLimitSeconds,
    };
    if (c.title !== undefined) data.title = c.title;
    if (c.roleClaiming !== undefined) data.roleClaiming = c.roleClaiming;
    return [{ type: "sessionStarted", actor: SYSTEM, data }];
  }
  if (c.type === "expireFloor") {
    if (!s.floor || ctx.now < s.floor.endsAt) return [];
    return [{ type: "floorExpired", actor: SYSTEM, data: { holder: s.floor.holder } }];
  }
  const me = own(s.participants, actor);
  const ended = s.endedAt !== null;
  if (c.type === "join") return decideJoin(s, c, ctx);
  // The log of an ended session is closed: connections still come and go, unrecorded.
  if (ended && (c.type === "disconnect" || c.type === "reconnect" || c.type === "leave")) return [];
  if (ended) return reject("CONFLICT", ENDED);
  if (!me || !me.present) return reject("FORBIDDEN", "you are not a participant of this session");
  if (c.type !== "disconnect" && c.type !== "reconnect" && c.type !== "leave" && !may(s, scenario, actor, c.type))
    return reject("FORBIDDEN", forbiddenMessage(c.type));
  const queued = s.queue.includes(actor);
  const holdsFloor = s.floor?.holder === actor;
  const roleExists = (roleId: string) => scenario.roles.some((r) => r.id === roleId);
  const noRole = (roleId: string) => reject("NOT_FOUND", `no role '${roleId}' in this scenario`);

  switch (c.type) {
    case "disconnect":
      return me.connected ? [{ type: "disconnected", actor, data: {} }] : [];
    case "reconnect":
      return me.connected ? [] : [{ type: "reconnected", actor, data: {} }];
    case "leave":
      return [...vacate(s, actor), { type: "left", actor, data: {} }];
    case "removeParticipant": {
      if (c.participantId === actor) return reject("CONFLICT", "you cannot remove yourself; hand over first");
      const target = own(s.participants, c.participantId);
      if (!target || !target.present) return reject("NOT_FOUND", "no such participant in this session");
      return [
        ...vacate(s, c.participantId),
        { type: "participantRemoved", actor, data: { participantId: c.participantId } },
      ];
    }
    case "claimRole": {
      if (!roleExists(c.roleId)) return noRole(c.roleId);
      const allowed = mayClaimRole(s, scenario, actor, c.roleId);
      if (!allowed.ok) return reject("FORBIDDEN", allowed.message);
      if (me.roleId === c.roleId) return reject("CONFLICT", "you already hold this role");
      const holder = own(s.roleHolders, c.roleId);
      if (holder !== undefined)
        return reject("ROLE_TAKEN", `that role is taken by ${own(s.participants, holder)?.name ?? "someone"}`);
      if (me.roleId) return reject("CONFLICT", "release your current role before claiming another");
      return [{ type: "roleClaimed", actor, data: { roleId: c.roleId } }];
    }
    case "releaseRole":
      if (!me.roleId) return reject("CONFLICT", "you hold no role");
      return [{ type: "roleReleased", actor, data: { roleId: me.roleId } }];
    case "raiseHand":
      if (holdsFloor) return reject("CONFLICT", "you already have the floor");
      if (queued) return reject("CONFLICT", "your hand is already raised");
      return [{ type: "handRaised", actor, data: { intent: c.intent ?? DEFAULT_HAND_INTENT } }];
    case "lowerHand":
      if (!queued) return reject("CONFLICT", "your hand is not raised");
      return [{ type: "handLowered", actor, data: {} }];
    case "giveFloor": {
      if (s.floor)
        return reject(
          "CONFLICT",
          `${own(s.participants, s.floor.holder)?.name ?? "someone"} has the floor; end that turn first`,
        );
      const to = c.to ?? s.queue[0];
      if (to === undefined) return reject("CONFLICT", "nobody is waiting to speak");
      const target = own(s.participants, to);
      if (!target || !target.present) return reject("NOT_FOUND", "no such participant in this session");
      if (!target.connected) return reject("CONFLICT", `${target.name} is disconnected`);
      return [{ type: "floorGiven", actor, data: { to, endsAt: ctx.now + s.speechLimitSeconds * 1000 } }];
    }
    case "speak":
      if (!holdsFloor) return reject("NOT_YOUR_TURN", "you do not have the floor");
      if (s.floor && ctx.now >= s.floor.endsAt) return reject("NOT_YOUR_TURN", "your speaking time is up");
      return [{ type: "spoke", actor, data: { text: c.text } }];
    case "yieldFloor":
      if (!s.floor) return reject("CONFLICT", "nobody has the floor");
      return [{ type: "floorYielded", actor, data: { holder: s.floor.holder } }];
    case "openPrompt":
      if (!scenario.prompts.some((p) => p.id === c.promptId))
        return reject("NOT_FOUND", `no prompt '${c.promptId}' in this scenario`);
      if (s.openPromptId === c.promptId) return reject("CONFLICT", "that prompt is already open");
      return [{ type: "promptOpened", actor, data: { promptId: c.promptId } }];
    case "post": {
      if (!scenario.prompts.some((p) => p.id === c.promptId))
        return reject("NOT_FOUND", `no prompt '${c.promptId}' in this scenario`);
      if (c.replyTo !== undefined) {
        const parent = s.posts.find((p) => p.postId === c.replyTo);
        if (!parent) return reject("NOT_FOUND", "the post you reply to does not exist");
        if (parent.promptId !== c.promptId) return reject("INVALID", "a reply must be in the same thread as its post");
      }
      // Post ids follow from the seq the post will get: unique and deterministic.
      const postId = `post-${s.seq + 1}`;
      const data: EventData<"posted"> = { postId, promptId: c.promptId, text: c.text };
      if (c.replyTo !== undefined) data.replyTo = c.replyTo;
      return [{ type: "posted", actor, data }];
    }
    case "react":
      return [{ type: "reacted", actor, data: { kind: c.kind } }];
    case "setSpeechLimit":
      return [{ type: "speechLimitSet", actor, data: { seconds: c.seconds } }];
    case "closePrompt":
      if (s.openPromptId === null) return reject("CONFLICT", "no question is open");
      return [{ type: "promptClosed", actor, data: { promptId: s.openPromptId } }];
    case "hidePost": {
      const post = s.posts.find((p) => p.postId === c.postId);
      if (!post) return reject("NOT_FOUND", "no such post");
      if (post.hidden) return reject("CONFLICT", "that post is already hidden");
      return [{ type: "postHidden", actor, data: { postId: c.postId } }];
    }
    case "assignRole": {
      if (!roleExists(c.roleId)) return noRole(c.roleId);
      const to = own(s.participants, c.to);
      if (!to || !to.present) return reject("NOT_FOUND", "no such participant in this session");
      const holder = own(s.roleHolders, c.roleId);
      if (holder !== undefined)
        return reject("ROLE_TAKEN", `that role is held by ${own(s.participants, holder)?.name ?? "someone"}`);
      if (to.roleId) return reject("CONFLICT", `${to.name} already holds a role; take it back first`);
      return [{ type: "roleAssigned", actor, data: { roleId: c.roleId, to: c.to } }];
    }
    case "revokeRole": {
      if (!roleExists(c.roleId)) return noRole(c.roleId);
      const holder = own(s.roleHolders, c.roleId);
      if (holder === undefined) return reject("CONFLICT", "nobody holds that role");
      return [{ type: "roleRevoked", actor, data: { roleId: c.roleId, from: holder } }];
    }
    case "setRoleClaiming":
      if (s.roleClaiming === c.mode) return reject("CONFLICT", `role claiming is already '${c.mode}'`);
      return [{ type: "roleClaimingSet", actor, data: { mode: c.mode } }];
    case "lockSeminar":
      if (s.locked === c.locked)
        return reject("CONFLICT", c.locked ? "the seminar is already locked" : "the seminar is not locked");
      return [{ type: "seminarLocked", actor, data: { locked: c.locked } }];
    case "handOver": {
      if (c.to === actor) return reject("CONFLICT", "you are already the facilitator");
      const to = own(s.participants, c.to);
      if (!to || !to.present) return reject("NOT_FOUND", "no such participant in this session");
      if (!to.connected) return reject("CONFLICT", `${to.name} is disconnected`);
      return [{ type: "facilitatorChanged", actor, data: { from: actor, to: c.to } }];
    }
    case "endSession": {
      // A vote still open is closed first, with its tally: the end never leaves a question hanging.
      const out: Draft[] = [...closeOpenVote(s, actor)];
      if (s.floor) out.push({ type: "floorYielded", actor, data: { holder: s.floor.holder } });
      if (s.openPromptId !== null) out.push({ type: "promptClosed", actor, data: { promptId: s.openPromptId } });
      out.push({ type: "sessionEnded", actor, data: {} });
      return out;
    }
    case "openVote":
    case "castVote":
    case "closeVote":
    case "playCard": {
      const out = decideProcedure(s, c, actor, scenario);
      return Array.isArray(out) ? out : { ok: false, rejection: out };
    }
    default: {
      const never: never = c;
      return reject("INVALID", `unknown command '${(never as { type: string }).type}'`);
    }
  }
}

/**
 * Undoes what only a present person can hold, each as its own event, so the log reads plainly
 * without knowing what `left` (or `participantRemoved`) implies.
 */
function vacate(s: SeminarState, pid: string): Draft[] {
  const out: Draft[] = [];
  const who = own(s.participants, pid);
  if (s.floor?.holder === pid) out.push({ type: "floorYielded", actor: SYSTEM, data: { holder: pid } });
  if (s.queue.includes(pid)) out.push({ type: "handLowered", actor: pid, data: {} });
  if (who?.roleId) out.push({ type: "roleReleased", actor: pid, data: { roleId: who.roleId } });
  return out;
}

/**
 * A join: a first one, or a comeback with a seat key after leaving. Names are compared as
 * `nameKey` sees them, and the one stored is the cleaned one.
 */
function decideJoin(s: SeminarState, c: Extract<Command, { type: "join" }>, ctx: DecideContext): Draft[] | Decision {
  const { actor, scenario } = ctx;
  const me = own(s.participants, actor);
  if (s.endedAt !== null) return reject("CONFLICT", ENDED);
  if (me?.removed) return reject("FORBIDDEN", "you were removed from this seminar");
  if (me?.present) return reject("CONFLICT", "already in the session");
  if (s.locked && !me) return reject("FORBIDDEN", "this seminar is locked; nobody new can join");
  const name = cleanDisplayName(c.name);
  if (name.length === 0) return reject("INVALID", "name must not be empty");
  // NFKC can lengthen a name (one ligature becomes many letters).
  if (name.length > LIMITS.nameMax) return reject("INVALID", `name must be at most ${LIMITS.nameMax} characters`);
  const key = nameKey(name);
  const role = scenario.roles.find((r) => nameKey(r.name) === key);
  if (role) return reject("CONFLICT", `'${name}' is a role's name; choose your own name`);
  const twin = Object.values(s.participants).find((p) => p.present && p.id !== actor && nameKey(p.name) === key);
  if (twin) return reject("CONFLICT", `someone here is already called '${twin.name}'; choose another name`);
  const facilitatorPresent = Object.values(s.participants).some((p) => p.facilitator && p.id !== actor);
  if (c.facilitator && facilitatorPresent) return reject("CONFLICT", "this seminar already has a facilitator");
  return [{ type: "joined", actor, data: { name, facilitator: c.facilitator } }];
}
