/** The server's HTTP API as the client reads it: scenarios and the list of sessions. */
import type { PublicScenario } from "../shared/scenario.js";

export interface ScenarioSummary {
  id: string;
  title: string;
  summary?: string;
}

/** A seminar as `GET /api/sessions` and `GET /api/sessions/:id` answer it (docs/protocol.md, HTTP). */
export interface SessionSummary {
  id: string;
  title: string;
  scenarioId: string;
  createdAt: number;
  endedAt?: number | null;
  eventCount: number;
  participantCount: number;
  live: boolean;
  /** The facilitator ended it. */
  ended: boolean;
  listed: boolean;
  /** Whether joining and reading it need its passcode. */
  passcode: boolean;
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

/** One seminar's summary (it needs no passcode); null when it is gone (deleted). */
export function getSession(id: string): Promise<SessionSummary | null> {
  return getJson<SessionSummary>(`/api/sessions/${encodeURIComponent(id)}`).catch(() => null);
}

export function listSessions(): Promise<SessionSummary[]> {
  return getJson<SessionSummary[] | { sessions: SessionSummary[] }>("/api/sessions").then((r) =>
    Array.isArray(r) ? r : r.sessions,
  );
}
