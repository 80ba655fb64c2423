/**
 * The session store: where logs live. The room and the HTTP API only see this interface, so a
 * PostgreSQL store can be added beside the SQLite one without touching either. Methods are async
 * because a networked store will be.
 */
import type { SeminarEvent } from "../../shared/events.js";

export interface SessionMeta {
  id: string;
  scenarioId: string;
  createdAt: number;
  /** When the room closed; null while it is live (or was live when the server stopped). */
  endedAt: number | null;
}

export interface SessionSummary extends SessionMeta {
  eventCount: number;
  participantCount: number;
}

export interface SessionStore {
  createSession(meta: { id: string; scenarioId: string; createdAt: number }): Promise<void>;
  /** Appends events durably, all or none. Resolves only once they would survive a crash. */
  append(sessionId: string, events: readonly SeminarEvent[]): Promise<void>;
  /** The log in seq order, optionally only the first `upToSeq` events. */
  events(sessionId: string, upToSeq?: number): Promise<SeminarEvent[]>;
  session(id: string): Promise<SessionSummary | null>;
  /** Newest first. */
  list(): Promise<SessionSummary[]>;
  markEnded(id: string, at: number): Promise<void>;
  /** Sessions whose room was live when the server last stopped. */
  unended(): Promise<SessionMeta[]>;
  close(): Promise<void>;
}
