import type { TalkingPoint } from "../../../scenario.js";

/** Shorthand so role files read as content, not object syntax. */
export function tp(point: string, facts: string, sources: string[]): TalkingPoint {
  return { point, facts, sources };
}
