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

/**
 * A validated log's events as NDJSON bytes, one event per line exactly as it is to be stored (what
 * `checkImport` produces off the main thread), so a big import reaches the store without the main
 * thread handling each event. `eventsOfLines` turns it into events for a store that wants them.
 */
export interface EventLines {
  ndjson: Uint8Array;
  count: number;
}

export function eventsOfLines(lines: EventLines): SeminarEvent[] {
  const text = new TextDecoder().decode(lines.ndjson);
  return text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as SeminarEvent);
}

/** Events per page of `eventPages` unless asked otherwise. */
export const EVENT_PAGE_SIZE = 2000;

export interface SessionStore {
  createSession(meta: { id: string; scenarioId: string; createdAt: number }): Promise<void>;
  /** Appends events durably, all or none. Resolves only once they would survive a crash. */
  append(sessionId: string, events: readonly SeminarEvent[]): Promise<void>;
  /** The log in seq order, optionally only the first `upToSeq` events. */
  events(sessionId: string, upToSeq?: number): Promise<SeminarEvent[]>;
  /**
   * The same log as pages of JSON lines (each event exactly as stored, in seq order), read a page
   * at a time so that a long log can be streamed (GET /log) or folded elsewhere (GET /state,
   * /minutes) without one long read or one huge string on the event loop. A store yields to the
   * event loop between pages. The log being appended to meanwhile does not matter: the pages end
   * at `upToSeq`, or at the last event when the read began.
   */
  eventPages(sessionId: string, upToSeq?: number, pageSize?: number): AsyncIterable<string[]>;
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
    events: readonly SeminarEvent[] | EventLines,
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
