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
} as const;

export const REACTION_KINDS = ["applause", "dissent", "laughter", "question"] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

/** How roles are taken: participants claim them ("open"), or only the facilitator gives them. */
export const ROLE_CLAIMING_MODES = ["open", "facilitator"] as const;
export type RoleClaimingMode = (typeof ROLE_CLAIMING_MODES)[number];

/** "system" acts for the server itself (session start, expired turns). */
export const SYSTEM = "system";
