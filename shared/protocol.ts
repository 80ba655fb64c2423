/**
 * The runtime checks of what clients send: a zod schema for every command (with its TypeScript
 * type derived from it) and for the create and join options. The names and codes of the wire
 * itself are in wire.ts (zod-free, for the browser bundle); nothing redefines either.
 */
import { z } from "zod";
import { DisplayName } from "./display-name.js";
import { Id, isPrototypeKey } from "./ids.js";
import { Passcode, RoleClaiming, SeminarTitle } from "./seminar-settings.js";
import { HAND_INTENTS, LIMITS, MOTION_TEXT_MAX, REACTION_KINDS, VOTE_CHOICES } from "./vocabulary.js";
import { CID_PATTERN, type Rejection } from "./wire.js";

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
export { DisplayName } from "./display-name.js";

const Text = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(LIMITS.textMax, `must be at most ${LIMITS.textMax} characters`);

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
/** A command as sent: its payload, plus the optional `cid` a refusal echoes (wire.ts, CID_PATTERN). */
export type CommandMessage<T extends CommandType> = Payload<CommandPayload<T>> & { cid?: string };

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
/**
 * A read-only watcher (the projector view): no name, no seat, no `joined` event, nothing it may
 * send. It reads what the log's readers may read, so a seminar's passcode (or one of its seat
 * keys, which the projector opened from a seat's own tab carries) lets it in.
 */
export const WatchOptionsSchema = z.strictObject({
  watch: z.literal(true),
  seatKey: SeatKey.optional(),
  passcode: z.string().max(LIMITS.passcodeMax).optional(),
});
export type WatchOptions = z.infer<typeof WatchOptionsSchema>;
export type CreateOptions = z.infer<typeof CreateOptionsSchema>;
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;

/** `cid` is the sending's, not the command's: a refusal echoes it when it was well-formed. */
export type ParseResult =
  { ok: true; command: ClientCommand; cid?: string } | { ok: false; rejection: Rejection; cid?: string };

/** The well-formed `cid` an untrusted payload carries, if any (never a prototype's key, like any id). */
export function cidOf(payload: unknown): string | undefined {
  if (typeof payload !== "object" || payload === null || !Object.hasOwn(payload, "cid")) return undefined;
  const cid = (payload as { cid: unknown }).cid;
  return typeof cid === "string" && CID_PATTERN.test(cid) && !isPrototypeKey(cid) ? cid : undefined;
}

/** Validates an untrusted message from a client; never throws. */
export function parseCommand(type: unknown, payload: unknown): ParseResult {
  const cid = cidOf(payload);
  const result = parseBody(type, payload, cid);
  return cid === undefined ? result : { ...result, cid };
}

function parseBody(type: unknown, payload: unknown, cid: string | undefined): ParseResult {
  if (typeof type !== "string" || !Object.hasOwn(CommandSchemas, type)) {
    return {
      ok: false,
      rejection: { code: "INVALID", message: `unknown message type '${String(type).slice(0, 40)}'` },
    };
  }
  let body = payload === undefined ? {} : payload;
  if (typeof body === "object" && body !== null && Object.hasOwn(body, "cid")) {
    if (cid === undefined)
      return { ok: false, rejection: { code: "INVALID", message: "cid: must be 1–64 base64url characters" } };
    const { cid: _sent, ...rest } = body as Record<string, unknown>;
    body = rest;
  }
  const parsed = CommandSchemas[type as CommandType].safeParse(body);
  if (!parsed.success) return { ok: false, rejection: { code: "INVALID", message: describeIssues(parsed.error) } };
  return { ok: true, command: { type, ...parsed.data } as ClientCommand };
}

/** One readable sentence from zod's issues, naming the field at fault. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}
