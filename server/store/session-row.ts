/**
 * A `sessions` row as both stores read it, and how it becomes a SessionSummary: one query and one
 * mapping, so the SQLite and the PostgreSQL store summarise a session identically.
 */
import type { SessionMeta, SessionSummary } from "./session-store.js";

export interface SessionRow {
  id: string;
  scenario_id: string;
  created_at: number;
  ended_at: number | null;
  event_count: number;
  participant_count: number;
  origin_session_id?: string | null;
  imported_at?: number | null;
  title?: string | null;
  /** 0/1 in SQLite, a boolean in PostgreSQL. */
  listed?: number | boolean | null;
  has_passcode?: number | boolean | null;
}

/** Every session with its participant count and origin; the stores add WHERE / ORDER BY. */
export const SUMMARY_SQL = `SELECT s.*, (SELECT COUNT(DISTINCT actor) FROM events e WHERE e.session_id = s.id AND e.type = 'joined') AS participant_count, o.origin_session_id, o.imported_at, st.title, st.listed, (st.passcode_hash IS NOT NULL) AS has_passcode FROM sessions s LEFT JOIN session_origins o ON o.session_id = s.id LEFT JOIN session_settings st ON st.session_id = s.id`;

export const toSummary = (r: SessionRow): SessionSummary => ({
  id: r.id,
  scenarioId: r.scenario_id,
  createdAt: r.created_at,
  endedAt: r.ended_at,
  eventCount: r.event_count,
  participantCount: r.participant_count,
  title: r.title ?? null,
  listed: Boolean(r.listed),
  hasPasscode: Boolean(r.has_passcode),
  ...(r.origin_session_id ? { origin: { sessionId: r.origin_session_id, importedAt: r.imported_at ?? 0 } } : {}),
});

/** An unended session's row as SessionMeta. */
export const toUnendedMeta = (r: Pick<SessionRow, "id" | "scenario_id" | "created_at">): SessionMeta => ({
  id: r.id,
  scenarioId: r.scenario_id,
  createdAt: r.created_at,
  endedAt: null,
});

/** Tables holding a session's rows, children first: the order a delete goes in. */
export const SESSION_TABLES = ["seats", "events", "session_origins", "session_settings", "sessions"] as const;
