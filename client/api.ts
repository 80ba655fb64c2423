/** The server's HTTP API as the client reads it: scenarios, the sessions, and deleting one. */
import type { PublicScenario } from "../shared/scenario.js";
import { LIMITS, SEAT_KEY_HEADER } from "../shared/vocabulary.js";

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

/**
 * The summaries of the seminars `ids` (at most LIMITS.summariesMax) in one request, the same as
 * getSession gives each; the ones the server does not have (deleted) are simply absent.
 */
export function getSessions(ids: readonly string[]): Promise<SessionSummary[]> {
  if (ids.length === 0) return Promise.resolve([]);
  const list = ids.slice(0, LIMITS.summariesMax).map(encodeURIComponent).join(",");
  return getJson<SessionSummary[]>(`/api/sessions/summaries?ids=${list}`);
}

/** What the server answered a DELETE: done, or its refusal (status 0: it could not be reached). */
export type Deletion = { ok: true } | { ok: false; status: number; code: string; message: string };

/** Deletes seminar `id` for good, with the facilitator's seat key (docs/protocol.md, HTTP). */
export async function deleteSession(id: string, seatKey: string): Promise<Deletion> {
  let res: Response;
  try {
    res = await fetch(`/api/sessions/${encodeURIComponent(id)}`, {
      method: "DELETE",
      headers: { [SEAT_KEY_HEADER]: seatKey },
    });
  } catch {
    return { ok: false, status: 0, code: "", message: "" };
  }
  if (res.ok) return { ok: true };
  const body = (await res.json().catch(() => null)) as { error?: { code?: unknown; message?: unknown } } | null;
  const code = typeof body?.error?.code === "string" ? body.error.code : "";
  const message = typeof body?.error?.message === "string" ? body.error.message : `HTTP ${res.status}`;
  return { ok: false, status: res.status, code, message };
}

export function listSessions(): Promise<SessionSummary[]> {
  return getJson<SessionSummary[] | { sessions: SessionSummary[] }>("/api/sessions").then((r) =>
    Array.isArray(r) ? r : r.sessions,
  );
}
