/**
 * The seminar's public state: plain JSON, derived only by folding the log with `apply`.
 * Nothing private (briefs, seat keys) lives here, so it can be served and replayed as it is.
 * Every record keyed by an id is a null-prototype record (shared/null-record.ts): copy states
 * with `copyData`, never `structuredClone`, which would give them their prototype back.
 */
import { nullRecord, type NullRecord } from "../null-record.js";
import type { HandIntent, ReactionKind, RoleClaimingMode, VoteChoice } from "../vocabulary.js";

export interface ParticipantState {
  /** The participant id: the Colyseus session id of their first connection. */
  id: string;
  name: string;
  roleId: string | null;
  /** A live connection right now. */
  connected: boolean;
  /** Still part of the session (false once they have left for good). */
  present: boolean;
  facilitator: boolean;
  joinedAt: number;
  /** Removed by the facilitator: gone for good, their seat key no longer works. */
  removed: boolean;
  /** What their raised hand is for, while it is raised (their place is in `queue`). */
  hand: HandIntent | null;
}

export interface Floor {
  holder: string;
  since: number;
  endsAt: number;
}

export interface Speech {
  seq: number;
  at: number;
  speaker: string;
  /** The role the speaker held when speaking (roles can change hands later). */
  roleId: string | null;
  promptId: string | null;
  text: string;
}

export interface Post {
  postId: string;
  seq: number;
  at: number;
  author: string;
  roleId: string | null;
  promptId: string;
  /** "" once a moderator has hidden the post: the text is withheld from everyone. */
  text: string;
  replyTo: string | null;
  hidden: boolean;
}

export interface PromptOpening {
  promptId: string;
  seq: number;
  at: number;
}

/** One role's current answer in a vote (an array, not an object keyed by role id: ids are untrusted). */
export interface Ballot {
  roleId: string;
  choice: VoteChoice;
  /** The participant who cast (or last changed) it. */
  by: string;
  seq: number;
}

export interface Tally {
  for: number;
  against: number;
  abstain: number;
  carried: boolean;
}

export interface Vote {
  voteId: string;
  text: string;
  resolutionId: string | null;
  /** The prompt open when the vote was opened. */
  promptId: string | null;
  openedSeq: number;
  openedAt: number;
  ballots: Ballot[];
  /** Null while the vote is open. */
  closedSeq: number | null;
  closedAt: number | null;
  result: Tally | null;
}

export interface CardPlay {
  cardId: string;
  seq: number;
  at: number;
  promptId: string | null;
}

export interface SeminarState {
  scenarioId: string | null;
  /** The seminar's title; null in logs from before seminars had titles. */
  title: string | null;
  startedAt: number | null;
  /** The last applied event's seq (0 before the first). */
  seq: number;
  /** The last applied event's time; new events are never stamped earlier. */
  lastAt: number;
  participants: NullRecord<ParticipantState>;
  /** roleId → participant id, for roles that are held. */
  roleHolders: NullRecord<string>;
  /** Participant ids in the order they raised their hands. */
  queue: string[];
  floor: Floor | null;
  speechLimitSeconds: number;
  openPromptId: string | null;
  promptsOpened: PromptOpening[];
  speeches: Speech[];
  posts: Post[];
  reactions: Record<ReactionKind, number>;
  roleClaiming: RoleClaimingMode;
  /** A locked seminar lets nobody new in; participants with a seat come back as before. */
  locked: boolean;
  /** When the facilitator ended the session; after that every command is refused. */
  endedAt: number | null;
  /** Every vote in the order opened; at most one (the last) is open. */
  votes: Vote[];
  /** The voteId of the open vote, or null. */
  openVoteId: string | null;
  cardsPlayed: CardPlay[];
}

/** The default speech limit before `sessionStarted` sets the scenario's own. */
export const FALLBACK_SPEECH_LIMIT_SECONDS = 180;

export function initialState(): SeminarState {
  return {
    scenarioId: null,
    title: null,
    startedAt: null,
    seq: 0,
    lastAt: 0,
    participants: nullRecord(),
    roleHolders: nullRecord(),
    queue: [],
    floor: null,
    speechLimitSeconds: FALLBACK_SPEECH_LIMIT_SECONDS,
    openPromptId: null,
    promptsOpened: [],
    speeches: [],
    posts: [],
    reactions: { applause: 0, dissent: 0, laughter: 0, question: 0 },
    roleClaiming: "open",
    locked: false,
    endedAt: null,
    votes: [],
    openVoteId: null,
    cardsPlayed: [],
  };
}
