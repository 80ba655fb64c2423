/**
 * The session log's event union. Each event is `{ seq, at, type, actor, data }`; `data` has one
 * schema per type. The same schemas validate imported logs, so a log that folds is a log that
 * validated.
 */
import { z } from "zod";
import { DisplayName } from "./display-name.js";
import { Id } from "./ids.js";
import { RoleClaiming, SeminarTitle } from "./seminar-settings.js";
import { HAND_INTENTS, LIMITS, REACTION_KINDS, VOTE_CHOICES } from "./vocabulary.js";

const Text = z.string().min(1).max(LIMITS.textMax);
const Empty = z.strictObject({});

/** Data schemas by event type. Adding a type is additive; renaming one breaks old logs. */
export const EventDataSchemas = {
  sessionStarted: z.strictObject({
    scenarioId: Id,
    speechLimitSeconds: z.number().int(),
    /** Both absent in logs written before seminars had titles and claiming modes. */
    title: SeminarTitle.optional(),
    roleClaiming: RoleClaiming.optional(),
  }),
  joined: z.strictObject({ name: DisplayName, facilitator: z.boolean() }),
  /** The connection dropped; the participant's place is held for the reconnection window. */
  disconnected: Empty,
  reconnected: Empty,
  left: Empty,
  roleClaimed: z.strictObject({ roleId: Id }),
  roleReleased: z.strictObject({ roleId: Id }),
  /** `intent` is absent only in logs written before hands had kinds; read it as "point". */
  handRaised: z.strictObject({ intent: z.enum(HAND_INTENTS).optional() }),
  handLowered: Empty,
  floorGiven: z.strictObject({ to: Id, endsAt: z.number().int() }),
  spoke: z.strictObject({ text: Text }),
  /** The turn ended early: by its holder, a moderator, or the system when the holder left. */
  floorYielded: z.strictObject({ holder: Id }),
  /** The speech limit ran out; actor is always "system". */
  floorExpired: z.strictObject({ holder: Id }),
  promptOpened: z.strictObject({ promptId: Id }),
  /**
   * A board post. Once a moderator hides it, its stored and served event is the withheld form:
   * the text is gone and `hidden: true` stands in its place (see shared/hidden-posts.ts).
   */
  posted: z.union([
    z.strictObject({ postId: Id, promptId: Id, text: Text, replyTo: Id.optional() }),
    z.strictObject({ postId: Id, promptId: Id, hidden: z.literal(true), replyTo: Id.optional() }),
  ]),
  reacted: z.strictObject({ kind: z.enum(REACTION_KINDS) }),
  speechLimitSet: z.strictObject({
    seconds: z.number().int().min(LIMITS.speechLimitMin).max(LIMITS.speechLimitMax),
  }),
  /** The facilitator gave a role; actor is the facilitator. */
  roleAssigned: z.strictObject({ roleId: Id, to: Id }),
  /** The facilitator took a role back; actor is the facilitator. */
  roleRevoked: z.strictObject({ roleId: Id, from: Id }),
  roleClaimingSet: z.strictObject({ mode: RoleClaiming }),
  /** After the events `left` would imply (floor, hand, role); the participant is gone for good. */
  participantRemoved: z.strictObject({ participantId: Id }),
  postHidden: z.strictObject({ postId: Id }),
  seminarLocked: z.strictObject({ locked: z.boolean() }),
  facilitatorChanged: z.strictObject({ from: Id, to: Id }),
  promptClosed: z.strictObject({ promptId: Id }),
  /** The last event of a session: after it every command is refused. */
  sessionEnded: Empty,
  /** `voteId` is "vote-<seq>" of this event; `text` is the resolution's or the motion's words. */
  voteOpened: z.strictObject({ voteId: Id, text: z.string().min(1).max(LIMITS.textMax), resolutionId: Id.optional() }),
  /** A role's vote, cast or changed, by the role's holder at that moment. */
  voteCast: z.strictObject({ voteId: Id, roleId: Id, choice: z.enum(VOTE_CHOICES) }),
  voteClosed: z.strictObject({
    voteId: Id,
    for: z.number().int().min(0),
    against: z.number().int().min(0),
    abstain: z.number().int().min(0),
    carried: z.boolean(),
  }),
  cardPlayed: z.strictObject({ cardId: Id }),
} as const;

export type EventType = keyof typeof EventDataSchemas;
export const EVENT_TYPES = Object.keys(EventDataSchemas) as EventType[];
export type EventData<T extends EventType> = z.infer<(typeof EventDataSchemas)[T]>;

export { SYSTEM } from "./vocabulary.js";

interface EventBase<T extends EventType> {
  /** 1, 2, 3, … with no gaps within a session. */
  seq: number;
  /** Epoch milliseconds, stamped by the server. */
  at: number;
  type: T;
  /** A participant id, or "system". */
  actor: string;
  data: EventData<T>;
}

export type SeminarEvent = { [T in EventType]: EventBase<T> }[EventType];
export type EventOf<T extends EventType> = Extract<SeminarEvent, { type: T }>;

const EnvelopeSchema = z.strictObject({
  seq: z.number().int().min(1),
  at: z.number().int().min(0),
  type: z.string(),
  actor: Id,
  data: z.unknown(),
});

/** Validates one untrusted event (for imports). Returns the event or a readable reason. */
export function parseEvent(value: unknown): { ok: true; event: SeminarEvent } | { ok: false; reason: string } {
  const env = EnvelopeSchema.safeParse(value);
  if (!env.success)
    return {
      ok: false,
      reason: env.error.issues.map((i) => `${i.path.join(".") || "event"}: ${i.message}`).join("; "),
    };
  const { type } = env.data;
  if (!Object.hasOwn(EventDataSchemas, type)) return { ok: false, reason: `unknown event type '${type.slice(0, 40)}'` };
  const data = EventDataSchemas[type as EventType].safeParse(env.data.data);
  if (!data.success)
    return { ok: false, reason: data.error.issues.map((i) => `data.${i.path.join(".")}: ${i.message}`).join("; ") };
  return { ok: true, event: { ...env.data, data: data.data } as SeminarEvent };
}
