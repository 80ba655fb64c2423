/**
 * The registry of scenarios the server can run. Each scenario validates at import, so a
 * scenario that is listed here has already passed loadScenario.
 */
import type { Scenario } from "../scenario.js";
import { sputnik1990 } from "./sputnik-1990/index.js";

export const DEFAULT_SCENARIO_ID = "sputnik-1990";

export const scenarios: ReadonlyMap<string, Scenario> = new Map<string, Scenario>([sputnik1990].map((s) => [s.id, s]));

export function getScenario(id: string): Scenario | undefined {
  return scenarios.get(id);
}

export function listScenarios(): { id: string; title: string; summary: string }[] {
  return [...scenarios.values()].map(({ id, title, summary }) => ({ id, title, summary }));
}
