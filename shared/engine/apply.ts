/**
 * `apply`: the one pure function from (state, event) to the next state, used alike by the server,
 * the live client, the replay player and the tests.
 *
 * `apply` copies the state so callers can keep old states (seek, tests). Folding a long log that
 * way would copy the transcript at every step (quadratic), so `fold` and `Projection` own one
 * private draft and advance it in place with `applyInPlace`: pure from the outside, linear inside.
 */
import type { SeminarEvent } from "../events.js";
import { DEFAULT_HAND_INTENT } from "../vocabulary.js";
import { copyData, own } from "../null-record.js";
import { applyProcedure } from "./procedure.js";
import { initialState, type SeminarState } from "./state.js";

export function apply(state: SeminarState, event: SeminarEvent): SeminarState {
  const next = copyData(state);
  applyInPlace(next, event);
  return next;
}

/** Folds a whole log from the start (or from `from`, which is not modified). */
export function fold(events: Iterable<SeminarEvent>, from: SeminarState = initialState()): SeminarState {
  const draft = copyData(from);
  for (const e of events) applyInPlace(draft, e);
  return draft;
}

/** Advances `s` by one event. Throws on a seq that does not follow: a log with a gap is not a log. */
export function applyInPlace(s: SeminarState, e: SeminarEvent): void {
  if (e.seq !== s.seq + 1) throw new Error(`event seq ${e.seq} does not follow ${s.seq}`);
  s.seq = e.seq;
  s.lastAt = Math.max(s.lastAt, e.at);
  const who = own(s.participants, e.actor);
  switch (e.type) {
    case "sessionStarted":
      s.scenarioId = e.data.scenarioId;
      s.startedAt = e.at;
      s.speechLimitSeconds = e.data.speechLimitSeconds;
      s.title = e.data.title ?? null;
      s.roleClaiming = e.data.roleClaiming ?? "open";
      return;
    case "joined":
      s.participants[e.actor] = {
        id: e.actor,
        name: e.data.name,
        roleId: who?.roleId ?? null,
        connected: true,
        present: true,
        facilitator: e.data.facilitator || (who?.facilitator ?? false),
        joinedAt: who?.joinedAt ?? e.at,
        hand: null,
        removed: false,
      };
      return;
    case "disconnected":
      if (who) who.connected = false;
      return;
    case "reconnected":
      if (who) who.connected = true;
      return;
    case "left":
      if (who) {
        who.connected = false;
        who.present = false;
      }
      return;
    case "roleClaimed":
      s.roleHolders[e.data.roleId] = e.actor;
      if (who) who.roleId = e.data.roleId;
      return;
    case "roleReleased":
      delete s.roleHolders[e.data.roleId];
      if (who) who.roleId = null;
      return;
    case "handRaised": {
      const intent = e.data.intent ?? DEFAULT_HAND_INTENT;
      if (who) who.hand = intent;
      // A point of order goes ahead of every other kind, behind the points of order already waiting.
      const at = intent === "order" ? s.queue.findIndex((id) => own(s.participants, id)?.hand !== "order") : -1;
      if (at < 0) s.queue.push(e.actor);
      else s.queue.splice(at, 0, e.actor);
      return;
    }
    case "handLowered":
      s.queue = s.queue.filter((id) => id !== e.actor);
      if (who) who.hand = null;
      return;
    case "floorGiven": {
      s.queue = s.queue.filter((id) => id !== e.data.to);
      const to = own(s.participants, e.data.to);
      if (to) to.hand = null;
      s.floor = { holder: e.data.to, since: e.at, endsAt: e.data.endsAt };
      return;
    }
    case "spoke":
      s.speeches.push({
        seq: e.seq,
        at: e.at,
        speaker: e.actor,
        roleId: who?.roleId ?? null,
        promptId: s.openPromptId,
        text: e.data.text,
      });
      return;
    case "floorYielded":
    case "floorExpired":
      s.floor = null;
      return;
    case "promptOpened":
      s.openPromptId = e.data.promptId;
      s.promptsOpened.push({ promptId: e.data.promptId, seq: e.seq, at: e.at });
      return;
    case "posted":
      s.posts.push({
        postId: e.data.postId,
        seq: e.seq,
        at: e.at,
        author: e.actor,
        roleId: who?.roleId ?? null,
        promptId: e.data.promptId,
        text: "text" in e.data ? e.data.text : "",
        replyTo: e.data.replyTo ?? null,
        hidden: "hidden" in e.data,
      });
      return;
    case "reacted":
      s.reactions[e.data.kind] += 1;
      return;
    case "speechLimitSet":
      s.speechLimitSeconds = e.data.seconds;
      return;
    case "roleAssigned": {
      s.roleHolders[e.data.roleId] = e.data.to;
      const to = own(s.participants, e.data.to);
      if (to) to.roleId = e.data.roleId;
      return;
    }
    case "roleRevoked": {
      delete s.roleHolders[e.data.roleId];
      const from = own(s.participants, e.data.from);
      if (from) from.roleId = null;
      return;
    }
    case "roleClaimingSet":
      s.roleClaiming = e.data.mode;
      return;
    case "participantRemoved": {
      const gone = own(s.participants, e.data.participantId);
      if (gone) {
        gone.connected = false;
        gone.present = false;
        gone.removed = true;
      }
      return;
    }
    case "postHidden": {
      // Stored and served logs carry a hidden post's `posted` already withheld (hidden-posts.ts),
      // so for them this changes nothing; it matters for the live projection, which saw the text.
      const i = s.posts.findIndex((p) => p.postId === e.data.postId);
      if (i >= 0) s.posts[i] = { ...s.posts[i], text: "", hidden: true };
      return;
    }
    case "seminarLocked":
      s.locked = e.data.locked;
      return;
    case "facilitatorChanged": {
      const from = own(s.participants, e.data.from);
      const to = own(s.participants, e.data.to);
      if (from) from.facilitator = false;
      if (to) to.facilitator = true;
      return;
    }
    case "promptClosed":
      if (s.openPromptId === e.data.promptId) s.openPromptId = null;
      return;
    case "sessionEnded":
      s.endedAt = e.at;
      return;
    case "voteOpened":
    case "voteCast":
    case "voteClosed":
    case "cardPlayed":
      applyProcedure(s, e);
      return;
    default: {
      const never: never = e;
      throw new Error(`unknown event type ${(never as { type: string }).type}`);
    }
  }
}

/** A state that grows event by event and hands out the current state without copying. */
export class Projection {
  private draft = initialState();
  get state(): Readonly<SeminarState> {
    return this.draft;
  }
  push(e: SeminarEvent): void {
    applyInPlace(this.draft, e);
  }
}
