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
  /** Set for a session made by importing a log file: where and when it came from. */
  origin?: SessionOrigin;
}

/** An imported session's provenance: its id in the log file, and when it was imported. */
export interface SessionOrigin {
  sessionId: string;
  importedAt: number;
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
  /**
   * Stores a whole validated log as a new, already ended session, all or none: the session, its
   * events and its origin appear together or not at all.
   */
  importSession(
    meta: { id: string; scenarioId: string; createdAt: number; endedAt: number; origin: SessionOrigin },
    events: readonly SeminarEvent[],
  ): Promise<void>;
  /**
   * Records a participant's seat durably. Only a hash of the seat key is ever given to the store
   * (see `hashSeatKey`), so a copy of the database does not let anyone take a seat.
   */
  addSeat(sessionId: string, participantId: string, keyHash: string): Promise<void>;
  /** The participant whose seat key hashes to `keyHash` in this session, or null. */
  seatHolder(sessionId: string, keyHash: string): Promise<string | null>;
  /** Sessions whose room was live when the server last stopped. */
  unended(): Promise<SessionMeta[]>;
  close(): Promise<void>;
}
