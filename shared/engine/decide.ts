/**
 * `decide`: given the state, a command and who sent it when, either the events that record what
 * happens or a rejection. Pure and deterministic: time and ids come in through the context, seq
 * numbers follow from the state, so the same inputs always give the same log.
 */
import type { ClientCommand } from "../protocol.js";
import type { Rejection } from "../wire.js";
import type { EventData, EventType, SeminarEvent } from "../events.js";
import { own } from "../null-record.js";
import { DEFAULT_HAND_INTENT, SYSTEM } from "../vocabulary.js";
import { decideProcedure, type ProcedureScenario } from "./procedure.js";
import type { SeminarState } from "./state.js";

/** What of a scenario the rules need: role ids (and which is the chair), prompt ids, resolutions and cards. */
export interface RulesScenario extends ProcedureScenario {
  id: string;
  defaultSpeechLimitSeconds: number;
  roles: ReadonlyArray<{ id: string; chair: boolean }>;
  prompts: ReadonlyArray<{ id: string }>;
}

/** Commands only the server issues, for things that happen to a connection or to time. */
export type SystemCommand =
  | { type: "start" }
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

/** True for the facilitator and for whoever holds the scenario's chair role. */
export function isModerator(state: SeminarState, scenario: RulesScenario, participantId: string): boolean {
  const p = own(state.participants, participantId);
  if (!p || !p.present) return false;
  if (p.facilitator) return true;
  const chair = scenario.roles.find((r) => r.chair);
  return chair !== undefined && own(state.roleHolders, chair.id) === participantId;
}

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
    return [
      {
        type: "sessionStarted",
        actor: SYSTEM,
        data: { scenarioId: scenario.id, speechLimitSeconds: scenario.defaultSpeechLimitSeconds },
      },
    ];
  }
  if (c.type === "expireFloor") {
    if (!s.floor || ctx.now < s.floor.endsAt) return [];
    return [{ type: "floorExpired", actor: SYSTEM, data: { holder: s.floor.holder } }];
  }
  const me = own(s.participants, actor);
  if (c.type === "join") {
    if (me?.present) return reject("CONFLICT", "already in the session");
    return [{ type: "joined", actor, data: { name: c.name, facilitator: c.facilitator } }];
  }
  if (!me || !me.present) return reject("FORBIDDEN", "you are not a participant of this session");
  const queued = s.queue.includes(actor);
  const holdsFloor = s.floor?.holder === actor;

  switch (c.type) {
    case "disconnect":
      return me.connected ? [{ type: "disconnected", actor, data: {} }] : [];
    case "reconnect":
      return me.connected ? [] : [{ type: "reconnected", actor, data: {} }];
    case "leave": {
      // Leaving undoes what only a present person can hold, each as its own event, so the log
      // reads plainly without knowing what `left` implies.
      const out: Draft[] = [];
      if (holdsFloor) out.push({ type: "floorYielded", actor: SYSTEM, data: { holder: actor } });
      if (queued) out.push({ type: "handLowered", actor, data: {} });
      if (me.roleId) out.push({ type: "roleReleased", actor, data: { roleId: me.roleId } });
      out.push({ type: "left", actor, data: {} });
      return out;
    }
    case "claimRole": {
      if (!scenario.roles.some((r) => r.id === c.roleId))
        return reject("NOT_FOUND", `no role '${c.roleId}' in this scenario`);
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
      if (!isModerator(s, scenario, actor))
        return reject("FORBIDDEN", "only the chair or the facilitator can give the floor");
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
      if (!holdsFloor && !isModerator(s, scenario, actor))
        return reject("FORBIDDEN", "only the speaker or a moderator can end the turn");
      return [{ type: "floorYielded", actor, data: { holder: s.floor.holder } }];
    case "openPrompt":
      if (!isModerator(s, scenario, actor))
        return reject("FORBIDDEN", "only the chair or the facilitator can open a prompt");
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
      if (!isModerator(s, scenario, actor))
        return reject("FORBIDDEN", "only the chair or the facilitator can set the speech limit");
      return [{ type: "speechLimitSet", actor, data: { seconds: c.seconds } }];
    case "openVote":
    case "castVote":
    case "closeVote":
    case "playCard": {
      const rights = { moderate: isModerator(s, scenario, actor), playCards: me.facilitator };
      const out = decideProcedure(s, c, actor, scenario, rights);
      return Array.isArray(out) ? out : { ok: false, rejection: out };
    }
    default: {
      const never: never = c;
      return reject("INVALID", `unknown command '${(never as { type: string }).type}'`);
    }
  }
}
