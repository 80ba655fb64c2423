/** The server's HTTP API as the client reads it: scenarios and the list of sessions. */
import type { PublicScenario } from "../shared/scenario.js";

export interface ScenarioSummary {
  id: string;
  title: string;
  summary?: string;
}

export interface SessionSummary {
  id: string;
  scenarioId: string;
  createdAt: number;
  endedAt?: number | null;
  eventCount: number;
  participantCount: number;
  live: boolean;
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export function listScenarios(): Promise<ScenarioSummary[]> {
  return getJson<ScenarioSummary[] | { scenarios: ScenarioSummary[] }>("/api/scenarios").then((r) =>
    Array.isArray(r) ? r : r.scenarios,
  );
}

const scenarioCache = new Map<string, Promise<PublicScenario>>();
export function getScenario(id: string): Promise<PublicScenario> {
  let p = scenarioCache.get(id);
  if (!p) {
    p = getJson<PublicScenario>(`/api/scenarios/${encodeURIComponent(id)}`);
    p.catch(() => scenarioCache.delete(id));
    scenarioCache.set(id, p);
  }
  return p;
}

/** One seminar's summary; null when it is gone (deleted) or asks for a passcode. */
export function getSession(id: string): Promise<SessionSummary | null> {
  return getJson<SessionSummary>(`/api/sessions/${encodeURIComponent(id)}`).catch(() => null);
}

export function listSessions(): Promise<SessionSummary[]> {
  return getJson<SessionSummary[] | { sessions: SessionSummary[] }>("/api/sessions").then((r) =>
    Array.isArray(r) ? r : r.sessions,
  );
}
