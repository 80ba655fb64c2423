/**
 * The contract's fixed words and numbers (limits, reaction kinds, the system actor), apart from
 * the zod schemas that enforce them, so the browser bundle can use them without carrying zod.
 * protocol.ts and events.ts re-export them; docs/protocol.md lists them.
 */

export const LIMITS = {
  nameMin: 1,
  nameMax: 40,
  textMax: 2000,
  speechLimitMin: 15,
  speechLimitMax: 600,
  seatKeyMin: 16,
  seatKeyMax: 128,
  titleMin: 1,
  titleMax: 80,
  passcodeMin: 4,
  passcodeMax: 64,
  /** Seminars one `GET /api/sessions/summaries` asks for, and this browser remembers. */
  summariesMax: 50,
} as const;

export const REACTION_KINDS = ["applause", "dissent", "laughter", "question"] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

/** How roles are taken: participants claim them ("open"), or only the facilitator gives them. */
export const ROLE_CLAIMING_MODES = ["open", "facilitator"] as const;
export type RoleClaimingMode = (typeof ROLE_CLAIMING_MODES)[number];

/** "system" acts for the server itself (session start, expired turns). */
export const SYSTEM = "system";

/** What a raised hand is for. "order" (a point of order) goes ahead of every other kind in the queue. */
export const HAND_INTENTS = ["point", "reply", "question", "order"] as const;
export type HandIntent = (typeof HAND_INTENTS)[number];
/** The kind of a hand raised without one, and of every hand in logs written before kinds existed. */
export const DEFAULT_HAND_INTENT: HandIntent = "point";

/** A role's answer in a roll-call vote. */
export const VOTE_CHOICES = ["for", "against", "abstain"] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** A motion from the floor put to the vote in its own words: 1–300 characters. */
export const MOTION_TEXT_MAX = 300;

/**
 * The HTTP headers that open the record (log, state, minutes, debrief) of a seminar with a
 * passcode: the passcode, or a seat key of that seminar. Headers, never the URL: a request line
 * ends up in access logs and histories.
 */
export const PASSCODE_HEADER = "X-Seminar-Passcode";
export const SEAT_KEY_HEADER = "X-Seat-Key";
