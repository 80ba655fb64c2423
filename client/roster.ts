/**
 * Who is who in the room, as the views need it: a participant's name, role, faction and colour,
 * derived from the folded state and the public scenario. Pure; shared by the scene and panels.
 */
import type { SeminarState } from "../shared/engine/state.js";
import { ballotFor } from "../shared/engine/ballot.js";
import { isModerator, type RulesScenario } from "../shared/engine/decide.js";
import type { Faction, PublicRole, PublicScenario } from "../shared/scenario.js";
import { textColorOn } from "../shared/colour.js";
import { own } from "../shared/null-record.js";

/** Observers and unknown factions: a neutral warm grey that reads on the dark hall. */
export const NEUTRAL_COLOR = "#5d5a55";

export interface Person {
  id: string;
  name: string;
  role: PublicRole | null;
  faction: Faction | null;
  color: string;
  textColor: string;
  facilitator: boolean;
  chair: boolean;
  connected: boolean;
}

export function roleOf(scenario: PublicScenario | null, roleId: string | null): PublicRole | null {
  if (!scenario || !roleId) return null;
  return scenario.roles.find((r) => r.id === roleId) ?? null;
}

export function factionOf(scenario: PublicScenario | null, factionId: string | undefined): Faction | null {
  if (!scenario || !factionId) return null;
  return scenario.factions.find((f) => f.id === factionId) ?? null;
}

/** A participant as the views show them, or null if unknown. `roleId` overrides (for past speeches). */
export function person(
  state: Readonly<SeminarState>,
  scenario: PublicScenario | null,
  id: string,
  roleId?: string | null,
): Person | null {
  const p = own(state.participants, id);
  if (!p) return null;
  const role = roleOf(scenario, roleId === undefined ? p.roleId : roleId);
  const faction = factionOf(scenario, role?.factionId);
  const color = faction?.color ?? NEUTRAL_COLOR;
  return {
    id,
    name: p.name,
    role,
    faction,
    color,
    textColor: textColorOn(color),
    facilitator: p.facilitator,
    chair: role?.chair ?? false,
    connected: p.connected,
  };
}

/** Present participants in the order they joined. */
export function presentPeople(state: Readonly<SeminarState>, scenario: PublicScenario | null): Person[] {
  return Object.values(state.participants)
    .filter((p) => p.present)
    .sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id))
    .map((p) => person(state, scenario, p.id)!)
    .filter(Boolean);
}

/** The public scenario as the engine's rules read it (roles, the chair, prompts, resolutions, cards). */
function rules(scenario: PublicScenario): RulesScenario {
  return {
    id: scenario.id,
    defaultSpeechLimitSeconds: scenario.defaultSpeechLimitSeconds,
    roles: scenario.roles,
    prompts: scenario.prompts,
    resolutions: scenario.resolutions,
    cards: scenario.cards,
  };
}

export function canModerate(state: Readonly<SeminarState>, scenario: PublicScenario | null, id: string): boolean {
  if (!scenario) return own(state.participants, id)?.facilitator ?? false;
  return isModerator(state, rules(scenario), id);
}

/** The open vote `id` may vote in now with their role's choice so far, as the engine rules it; null if none. */
export function myBallot(
  state: Readonly<SeminarState>,
  scenario: PublicScenario | null,
  id: string,
): ReturnType<typeof ballotFor> {
  return scenario ? ballotFor(state, rules(scenario), id) : null;
}
