/**
 * The wire contract between clients and the seminar room: a runtime schema for every client
 * message (with its TypeScript type derived from it), the rejection codes, and the shapes of
 * what the server sends back. Server, client and tests import these; nothing redefines them.
 */
import { z } from "zod";
import type { SeminarEvent } from "./events.js";
import { Id } from "./ids.js";

import {
  HAND_INTENTS,
  LIMITS,
  MOTION_TEXT_MAX,
  REACTION_KINDS,
  ROLE_CLAIMING_MODES,
  VOTE_CHOICES,
} from "./vocabulary.js";

export {
  HAND_INTENTS,
  LIMITS,
  MOTION_TEXT_MAX,
  REACTION_KINDS,
  ROLE_CLAIMING_MODES,
  VOTE_CHOICES,
  type HandIntent,
  type ReactionKind,
  type RoleClaimingMode,
  type VoteChoice,
} from "./vocabulary.js";

const Text = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(LIMITS.textMax, `must be at most ${LIMITS.textMax} characters`);

/** Names are trimmed; a name of only spaces is no name. */
export const DisplayName = z
  .string()
  .trim()
  .min(LIMITS.nameMin, "name must not be empty")
  .max(LIMITS.nameMax, `name must be at most ${LIMITS.nameMax} characters`);

export const RoleClaiming = z.enum(ROLE_CLAIMING_MODES);

/** A seminar's title, shown on the door and in the minutes. */
export const SeminarTitle = z
  .string()
  .trim()
  .min(LIMITS.titleMin, "title must not be empty")
  .max(LIMITS.titleMax, `title must be at most ${LIMITS.titleMax} characters`);

/** Every client command, by type. strictObject: unknown keys are refused, not silently dropped. */
export const CommandSchemas = {
  claimRole: z.strictObject({ roleId: Id }),
  releaseRole: z.strictObject({}),
  raiseHand: z.strictObject({ intent: z.enum(HAND_INTENTS).optional() }),
  lowerHand: z.strictObject({}),
  giveFloor: z.strictObject({ to: Id.optional() }),
  speak: z.strictObject({ text: Text }),
  yieldFloor: z.strictObject({}),
  openPrompt: z.strictObject({ promptId: Id }),
  post: z.strictObject({ promptId: Id, text: Text, replyTo: Id.optional() }),
  react: z.strictObject({ kind: z.enum(REACTION_KINDS) }),
  setSpeechLimit: z.strictObject({
    seconds: z.number().int().min(LIMITS.speechLimitMin).max(LIMITS.speechLimitMax),
  }),
  /** Put a scenario resolution (by id) or a motion from the floor (its text) to the vote. */
  openVote: z.union([
    z.strictObject({ resolutionId: Id }),
    z.strictObject({
      text: z
        .string()
        .trim()
        .min(1, "must not be empty")
        .max(MOTION_TEXT_MAX, `must be at most ${MOTION_TEXT_MAX} characters`),
    }),
  ]),
  castVote: z.strictObject({ voteId: Id, choice: z.enum(VOTE_CHOICES) }),
  closeVote: z.strictObject({ voteId: Id }),
  playCard: z.strictObject({ cardId: Id }),
  closePrompt: z.strictObject({}),
  hidePost: z.strictObject({ postId: Id }),
  assignRole: z.strictObject({ roleId: Id, to: Id }),
  revokeRole: z.strictObject({ roleId: Id }),
  setRoleClaiming: z.strictObject({ mode: RoleClaiming }),
  removeParticipant: z.strictObject({ participantId: Id }),
  lockSeminar: z.strictObject({ locked: z.boolean() }),
  handOver: z.strictObject({ to: Id }),
  endSession: z.strictObject({}),
} as const;

export type CommandType = keyof typeof CommandSchemas;
export const COMMAND_TYPES = Object.keys(CommandSchemas) as CommandType[];
export type CommandPayload<T extends CommandType> = z.infer<(typeof CommandSchemas)[T]>;
/** zod types an empty strict object as an index signature of `never`; it is really `{}`. */
type Payload<P> = string extends keyof P ? Record<never, never> : P;
/** A validated client command: its type plus its payload. */
export type ClientCommand = { [T in CommandType]: { type: T } & Payload<CommandPayload<T>> }[CommandType];

/** A seminar's passcode, asked of everyone who joins; the server keeps only a salted hash. */
export const Passcode = z
  .string()
  .min(LIMITS.passcodeMin, `passcode must be at least ${LIMITS.passcodeMin} characters`)
  .max(LIMITS.passcodeMax, `passcode must be at most ${LIMITS.passcodeMax} characters`);

export const CreateOptionsSchema = z.strictObject({
  name: DisplayName,
  scenarioId: Id.optional(),
  /** Default: the scenario's title and the date. */
  title: SeminarTitle.optional(),
  /** Shown in the public list of seminars; default false (reached by its link or code only). */
  listed: z.boolean().optional(),
  passcode: Passcode.optional(),
  roleClaiming: RoleClaiming.optional(),
});
/**
 * A seat key: the secret a participant got in their `seat` message, sent back to rejoin as the
 * same participant after a reload or a crash. base64url, so it can sit in storage and URLs as is.
 */
export const SeatKey = z
  .string()
  .min(LIMITS.seatKeyMin, "seat key is too short")
  .max(LIMITS.seatKeyMax, "seat key is too long")
  .regex(/^[A-Za-z0-9_-]+$/, "seat key must be base64url");

export const JoinOptionsSchema = z.strictObject({
  name: DisplayName,
  /** Rejoin as the participant this key belongs to (their id, role, place in the queue). */
  seatKey: SeatKey.optional(),
  /** The seminar's passcode, if it has one; a seat-key rejoin needs none. */
  passcode: z.string().max(LIMITS.passcodeMax).optional(),
});
export type CreateOptions = z.infer<typeof CreateOptionsSchema>;
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;

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

export type ParseResult = { ok: true; command: ClientCommand } | { ok: false; rejection: Rejection };

/** Validates an untrusted message from a client; never throws. */
export function parseCommand(type: unknown, payload: unknown): ParseResult {
  if (typeof type !== "string" || !Object.hasOwn(CommandSchemas, type)) {
    return {
      ok: false,
      rejection: { code: "INVALID", message: `unknown message type '${String(type).slice(0, 40)}'` },
    };
  }
  const schema = CommandSchemas[type as CommandType];
  const parsed = schema.safeParse(payload === undefined ? {} : payload);
  if (!parsed.success) {
    return { ok: false, rejection: { code: "INVALID", message: describeIssues(parsed.error) } };
  }
  return { ok: true, command: { type, ...parsed.data } as ClientCommand };
}

/** One readable sentence from zod's issues, naming the field at fault. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

/** Server-to-client message types. */
export const ServerMessage = {
  event: "event",
  history: "history",
  rejected: "rejected",
  brief: "brief",
  /** To one participant alone, on every join: who they are and the secret to come back as them. */
  seat: "seat",
} as const;

export interface SeatMessage {
  /** The participant id used in events and state (the session id of their first connection). */
  participantId: string;
  /** Secret; keep it (e.g. sessionStorage) and pass it as `seatKey` to rejoin. Never shown to others. */
  seatKey: string;
}

/**
 * WebSocket close code sent to a connection whose seat was taken by a newer connection with the
 * same seat key (a reload, another tab). The client should not try to reconnect it.
 */
export const SEAT_TAKEN_CLOSE_CODE = 4409;

export interface HistoryMessage {
  events: SeminarEvent[];
}

export interface RejectedMessage {
  /** The type of the command that was refused ("?" when the message had no usable type). */
  command: string;
  code: RejectionCode;
  message: string;
}

/** The room's name on the Colyseus server. */
export const ROOM_NAME = "seminar";
