/**
 * The seminar's procedure beyond the speakers' list: roll-call votes on resolutions and motions,
 * and the facilitator's event cards. `decideProcedure` and `applyProcedure` are the vote and card
 * cases of `decide` and `apply`, kept in their own module; both stay pure.
 */
import type { EventData, SeminarEvent } from "../events.js";
import type { ClientCommand } from "../protocol.js";
import type { Rejection } from "../wire.js";
import { own } from "../null-record.js";
import type { VoteChoice } from "../vocabulary.js";
import type { Ballot, SeminarState, Tally, Vote } from "./state.js";

export type ProcedureCommand = Extract<ClientCommand, { type: "openVote" | "castVote" | "closeVote" | "playCard" }>;
export const PROCEDURE_COMMANDS = ["openVote", "castVote", "closeVote", "playCard"] as const;

type ProcedureEventType = "voteOpened" | "voteCast" | "voteClosed" | "cardPlayed";
type ProcedureDraft = { [T in ProcedureEventType]: { type: T; actor: string; data: EventData<T> } }[ProcedureEventType];
export type ProcedureEvent = Extract<SeminarEvent, { type: ProcedureEventType }>;

/** What of a scenario the procedure needs; every field is optional so older scenarios still fit. */
export interface ProcedureScenario {
  resolutions?: ReadonlyArray<{ id: string; text: string }>;
  cards?: ReadonlyArray<{ id: string }>;
}

const refuse = (code: Rejection["code"], message: string): Rejection => ({ code, message });

/** The count of a vote's ballots; a motion is carried when more roles are for it than against. */
export function tally(ballots: readonly { choice: VoteChoice }[]): Tally {
  const t = { for: 0, against: 0, abstain: 0 };
  for (const b of ballots) t[b.choice] += 1;
  return { ...t, carried: t.for > t.against };
}

export function openVote(s: Readonly<SeminarState>): Vote | null {
  if (s.openVoteId === null) return null;
  return s.votes.find((v) => v.voteId === s.openVoteId) ?? null;
}

/** The vote a command names: the open one, or a refusal saying why not. */
function namedOpenVote(s: Readonly<SeminarState>, voteId: string): Vote | Rejection {
  const open = openVote(s);
  if (open && open.voteId === voteId) return open;
  if (s.votes.some((v) => v.voteId === voteId)) return refuse("CONFLICT", "that vote is closed");
  return refuse("NOT_FOUND", "no such vote in this session");
}

/** The rules of the moment for votes and cards; who may send each command is the permissions table's (checked before). */
export function decideProcedure(
  s: Readonly<SeminarState>,
  c: ProcedureCommand,
  actor: string,
  scenario: ProcedureScenario,
): ProcedureDraft[] | Rejection {
  const me = own(s.participants, actor);
  switch (c.type) {
    case "openVote": {
      if (s.openVoteId !== null) return refuse("CONFLICT", "a vote is already open; close it first");
      // Vote ids follow from the seq the opening will get: unique and deterministic.
      const voteId = `vote-${s.seq + 1}`;
      if ("resolutionId" in c) {
        const resolution = scenario.resolutions?.find((r) => r.id === c.resolutionId);
        if (!resolution) return refuse("NOT_FOUND", `no resolution '${c.resolutionId}' in this scenario`);
        return [{ type: "voteOpened", actor, data: { voteId, text: resolution.text, resolutionId: resolution.id } }];
      }
      return [{ type: "voteOpened", actor, data: { voteId, text: c.text } }];
    }
    case "castVote": {
      const vote = namedOpenVote(s, c.voteId);
      if (!("voteId" in vote)) return vote;
      const roleId = me?.roleId ?? null;
      if (roleId === null) return refuse("FORBIDDEN", "only role holders vote; take a role first");
      const mine = vote.ballots.find((b) => b.roleId === roleId);
      if (mine?.choice === c.choice) return refuse("CONFLICT", `your role already voted '${c.choice}'`);
      return [{ type: "voteCast", actor, data: { voteId: vote.voteId, roleId, choice: c.choice } }];
    }
    case "closeVote": {
      const vote = namedOpenVote(s, c.voteId);
      if (!("voteId" in vote)) return vote;
      return [{ type: "voteClosed", actor, data: { voteId: vote.voteId, ...tally(vote.ballots) } }];
    }
    case "playCard": {
      if (!scenario.cards?.some((card) => card.id === c.cardId))
        return refuse("NOT_FOUND", `no card '${c.cardId}' in this scenario`);
      if (s.cardsPlayed.some((p) => p.cardId === c.cardId)) return refuse("CONFLICT", "that card has been played");
      return [{ type: "cardPlayed", actor, data: { cardId: c.cardId } }];
    }
  }
}

/** Closes the open vote, if any: what ending the session (or anything that must not leave a vote hanging) does first. */
export function closeOpenVote(s: Readonly<SeminarState>, actor: string): ProcedureDraft[] {
  const vote = openVote(s);
  return vote ? [{ type: "voteClosed", actor, data: { voteId: vote.voteId, ...tally(vote.ballots) } }] : [];
}

export function applyProcedure(s: SeminarState, e: ProcedureEvent): void {
  switch (e.type) {
    case "voteOpened":
      s.votes.push({
        voteId: e.data.voteId,
        text: e.data.text,
        resolutionId: e.data.resolutionId ?? null,
        promptId: s.openPromptId,
        openedSeq: e.seq,
        openedAt: e.at,
        ballots: [],
        closedSeq: null,
        closedAt: null,
        result: null,
      });
      s.openVoteId = e.data.voteId;
      return;
    case "voteCast": {
      const vote = s.votes.find((v) => v.voteId === e.data.voteId);
      if (!vote) return;
      const ballot: Ballot = { roleId: e.data.roleId, choice: e.data.choice, by: e.actor, seq: e.seq };
      const i = vote.ballots.findIndex((b) => b.roleId === e.data.roleId);
      if (i >= 0) vote.ballots[i] = ballot;
      else vote.ballots.push(ballot);
      return;
    }
    case "voteClosed": {
      const vote = s.votes.find((v) => v.voteId === e.data.voteId);
      if (vote) {
        vote.closedSeq = e.seq;
        vote.closedAt = e.at;
        const { voteId: _id, ...result } = e.data;
        vote.result = result;
      }
      if (s.openVoteId === e.data.voteId) s.openVoteId = null;
      return;
    }
    case "cardPlayed":
      s.cardsPlayed.push({ cardId: e.data.cardId, seq: e.seq, at: e.at, promptId: s.openPromptId });
      return;
  }
}
