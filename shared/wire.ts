/**
 * The wire contract, without zod so the browser bundle carries none: the room's name, the names
 * of the messages each way with the payload type of every server message, the WebSocket close
 * codes, the join-refusal codes and the rejection codes. The runtime checks of what clients send
 * live in protocol.ts; both ends name messages and codes only through this module.
 */
import type { SeminarEvent } from "./events.js";
import type { RoleBrief } from "./scenario.js";

/** The room's name on the Colyseus server. */
export const ROOM_NAME = "seminar";

/** Server-to-client message names. */
export const ServerMessage = {
  event: "event",
  history: "history",
  rejected: "rejected",
  /** To the sender alone, after its command's events are stored and broadcast: which sending it was. */
  accepted: "accepted",
  brief: "brief",
  /** To one participant alone, on every join: who they are and the secret to come back as them. */
  seat: "seat",
} as const;
export type ServerMessageName = keyof typeof ServerMessage;

/** The payload of each server message, by name. */
export interface ServerMessages {
  event: SeminarEvent;
  history: HistoryMessage;
  rejected: RejectedMessage;
  accepted: AcceptedMessage;
  brief: RoleBrief;
  seat: SeatMessage;
}

export interface HistoryMessage {
  events: SeminarEvent[];
}

export interface SeatMessage {
  /** The participant id used in events and state (the session id of their first connection). */
  participantId: string;
  /** Secret; keep it (e.g. sessionStorage) and pass it as `seatKey` to rejoin. Never shown to others. */
  seatKey: string;
}

export const REJECTION_CODES = [
  "INVALID",
  "FORBIDDEN",
  "NOT_FOUND",
  "ROLE_TAKEN",
  "NOT_YOUR_TURN",
  "CONFLICT",
  "RATE_LIMITED",
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** A refusal as a value: nothing changed, and the sender is told why. */
export interface Rejection {
  code: RejectionCode;
  message: string;
}

export interface RejectedMessage extends Rejection {
  /** The type of the command that was refused ("?" when the message had no usable type). */
  command: string;
  /** The refused command's `cid`, when it carried a well-formed one. */
  cid?: string;
}

/**
 * A command carrying a `cid` was accepted: its events (if it made any) are in the log and were
 * broadcast before this answer, so the sender's state already shows them.
 */
export interface AcceptedMessage {
  command: string;
  cid: string;
  /** The seq of the last event it made; null when it changed nothing (e.g. lowering a hand already down). */
  seq: number | null;
}

/**
 * A `cid`: the client-chosen id a command may carry next to its payload (`{ ...payload, cid }`),
 * which a `rejected` answer echoes, so the sender knows exactly which sending was refused. A `cid`: 1–64 characters of base64url, so it can never name a prototype property or carry markup.
 */
export const CID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * WebSocket close codes the server uses, besides the standard ones and Colyseus's own (1000,
 * 4000 consented leave, 4002 closed with an error). A client must not reconnect after any of these.
 */
export const CloseCode = {
  /** A newer connection with the same seat key (a reload, another tab) took this seat. */
  seatTaken: 4409,
  /** The facilitator removed this participant: their seat key no longer works. */
  removed: 4410,
} as const;
export type CloseCodeName = keyof typeof CloseCode;

/**
 * Codes of a refused create or join: the `code` of the error `client.create`/`joinById`
 * rejects with (its `message` says the same in words, for people). Recognise refusals by code.
 */
export const JoinRefusal = {
  /** An option failed its check (name empty or too long, an unknown option, …). */
  invalidOptions: 4520,
  /** `create` named a scenario the server does not have. */
  unknownScenario: 4521,
  /** The seat key is malformed or belongs to nobody in this session: forget it and join afresh. */
  seatKeyRefused: 4522,
  /** The rules refused the join itself (see the message). */
  refused: 4523,
  /** The seminar has a passcode and it was missing or wrong: ask for it. */
  passcode: 4524,
  /** The seminar is locked: nobody new may join (participants with a seat key may). */
  locked: 4525,
  /** The facilitator removed this participant from the seminar. */
  removed: 4526,
  /** The seminar has ended: read its replay, minutes or log instead. */
  ended: 4527,
  /** A per-address limit was met (the message names the limit and its variable). */
  addressLimit: 4529,
  /**
   * The server cannot match joins or create seminars right now (in a cluster: its Redis is
   * unreachable). Nothing is wrong with the request: try again shortly.
   */
  unavailable: 4530,
} as const;
export type JoinRefusalName = keyof typeof JoinRefusal;

/** The name of a join-refusal code, or null for any other error (network, Colyseus matchmaking). */
export function joinRefusalOf(err: unknown): JoinRefusalName | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== "number") return null;
  for (const [name, value] of Object.entries(JoinRefusal)) if (value === code) return name as JoinRefusalName;
  return null;
}
