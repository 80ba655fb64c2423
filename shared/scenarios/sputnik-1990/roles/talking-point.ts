import type { TalkingPoint } from "../../../scenario.js";

/**
 * One talking point, named by the prompts it answers first, so a role file reads as "if asked
 * about these, say this, because of these facts" and coverage of the agenda can be checked.
 */
export function tp(promptIds: readonly string[], point: string, facts: string, sources: string[]): TalkingPoint {
  return { point, facts, sources, promptIds: [...promptIds] };
}
