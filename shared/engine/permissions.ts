/**
 * Who may do what: the one table of standings each client command needs, and the rules for
 * taking a role. `decide` asks here before it looks at anything else about a command; the
 * client asks the same functions to hide what the server would refuse anyway.
 *
 * Standings (docs/protocol.md): the facilitator (the creator, or whom they handed over to);
 * a moderator (the facilitator or the holder of the scenario's chair role); a role holder; the
 * floor holder; any participant (an observer is a participant without a role).
 */
import type { CommandType } from "../protocol.js";
import { own } from "../null-record.js";
import type { ProcedureScenario } from "./procedure.js";
import type { SeminarState } from "./state.js";

export type Standing = "facilitator" | "moderator" | "roleHolder" | "floorHolder" | "participant";

/** What of a scenario the rules need: roles (ids, names, the chair), prompt ids, resolutions and cards. */
export interface RulesScenario extends ProcedureScenario {
  id: string;
  defaultSpeechLimitSeconds: number;
  roles: ReadonlyArray<{ id: string; name: string; chair: boolean }>;
  prompts: ReadonlyArray<{ id: string }>;
}

interface Permission {
  /** Any one of these standings is enough. */
  who: readonly Standing[];
  /** How the refusal names the act: "only … can <doing>". */
  doing: string;
}

/**
 * Every client command and who may send it. A command a participant may send but that the
 * situation refuses (speaking without the floor, lowering a hand not raised) is `decide`'s rule,
 * refused with its own code; this table only answers FORBIDDEN.
 */
export const PERMISSIONS: { readonly [T in CommandType]: Permission } = {
  claimRole: { who: ["participant"], doing: "claim a role" },
  releaseRole: { who: ["participant"], doing: "release a role" },
  raiseHand: { who: ["participant"], doing: "raise a hand" },
  lowerHand: { who: ["participant"], doing: "lower a hand" },
  giveFloor: { who: ["moderator"], doing: "give the floor" },
  speak: { who: ["participant"], doing: "speak" },
  yieldFloor: { who: ["floorHolder", "moderator"], doing: "end the turn" },
  openPrompt: { who: ["moderator"], doing: "open a prompt" },
  closePrompt: { who: ["moderator"], doing: "close the question" },
  post: { who: ["participant"], doing: "post" },
  react: { who: ["participant"], doing: "react" },
  setSpeechLimit: { who: ["moderator"], doing: "set the speech limit" },
  hidePost: { who: ["moderator"], doing: "hide a post" },
  assignRole: { who: ["facilitator"], doing: "give roles" },
  revokeRole: { who: ["facilitator"], doing: "take roles back" },
  setRoleClaiming: { who: ["facilitator"], doing: "choose how roles are taken" },
  removeParticipant: { who: ["facilitator"], doing: "remove participants" },
  lockSeminar: { who: ["facilitator"], doing: "lock the seminar" },
  handOver: { who: ["facilitator"], doing: "hand the seminar over" },
  endSession: { who: ["facilitator"], doing: "end the seminar" },
  openVote: { who: ["moderator"], doing: "put a question to the vote" },
  closeVote: { who: ["moderator"], doing: "close a vote" },
  castVote: { who: ["roleHolder"], doing: "vote (observers do not vote)" },
  playCard: { who: ["facilitator"], doing: "play an event card" },
};

const STANDING_NAMES: Record<Standing, string> = {
  facilitator: "the facilitator",
  moderator: "the chair or the facilitator",
  roleHolder: "a role holder",
  floorHolder: "the speaker",
  participant: "a participant",
};

/** The scenario's chair role, if it has one. */
export function chairRole(scenario: RulesScenario): { id: string; name: string } | undefined {
  return scenario.roles.find((r) => r.chair);
}

/** Whether the participant holds `standing` now. Someone who has left holds none. */
export function holds(
  state: Readonly<SeminarState>,
  scenario: RulesScenario,
  pid: string,
  standing: Standing,
): boolean {
  const p = own(state.participants, pid);
  if (!p || !p.present) return false;
  switch (standing) {
    case "participant":
      return true;
    case "facilitator":
      return p.facilitator;
    case "moderator": {
      if (p.facilitator) return true;
      const chair = chairRole(scenario);
      return chair !== undefined && p.roleId === chair.id;
    }
    case "roleHolder":
      return p.roleId !== null;
    case "floorHolder":
      return state.floor?.holder === pid;
  }
}

/** True for the facilitator and for whoever holds the scenario's chair role. */
export function isModerator(state: Readonly<SeminarState>, scenario: RulesScenario, pid: string): boolean {
  return holds(state, scenario, pid, "moderator");
}

/** Whether the participant may send this command at all; the rules of the moment come after. */
export function may(
  state: Readonly<SeminarState>,
  scenario: RulesScenario,
  pid: string,
  command: CommandType,
): boolean {
  return PERMISSIONS[command].who.some((standing) => holds(state, scenario, pid, standing));
}

/** The FORBIDDEN message for a command: "only the facilitator can give roles". */
export function forbiddenMessage(command: CommandType): string {
  const { who, doing } = PERMISSIONS[command];
  return `only ${who.map((w) => STANDING_NAMES[w]).join(" or ")} can ${doing}`;
}

/**
 * Whether the participant may claim `roleId` themself. The chair is given, never taken: only
 * the facilitator claims it. With role claiming set to "facilitator", only the facilitator
 * claims any role (everyone else is given one with assignRole).
 */
export function mayClaimRole(
  state: Readonly<SeminarState>,
  scenario: RulesScenario,
  pid: string,
  roleId: string,
): { ok: true } | { ok: false; message: string } {
  if (holds(state, scenario, pid, "facilitator")) return { ok: true };
  if (chairRole(scenario)?.id === roleId) return { ok: false, message: "the chair is given by the facilitator" };
  if (state.roleClaiming === "facilitator") return { ok: false, message: "the facilitator gives the roles" };
  return { ok: true };
}
