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
  /** The title its creator gave it (null: none given, or imported). */
  title: string | null;
  /** Shown in the public list of seminars. */
  listed: boolean;
  /** Joining and reading it need a passcode. */
  hasPasscode: boolean;
  /** Set for a session made by importing a log file: where and when it came from. */
  origin?: SessionOrigin;
}

/** An imported session's provenance: its id in the log file, and when it was imported. */
export interface SessionOrigin {
  sessionId: string;
  importedAt: number;
}

/** What a seminar's creator chose; stored with the session, never in its log. */
export interface SessionSettings {
  title: string | null;
  listed: boolean;
  /** `hashPasscode`'s salted hash; the passcode itself is never stored. */
  passcodeHash: string | null;
}

/** A page of the session list: newest first, each page starting after the cursor's session. */
export interface ListQuery {
  listedOnly?: boolean;
  /** At most this many (the stores cap nothing: the API does). */
  limit?: number;
  after?: { createdAt: number; id: string };
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
  createSession(meta: { id: string; scenarioId: string; createdAt: number; settings?: SessionSettings }): Promise<void>;
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
  /** Newest first (ties by id). */
  list(query?: ListQuery): Promise<SessionSummary[]>;
  /** The session's passcode hash, or null when it has none (or does not exist). */
  passcodeHash(id: string): Promise<string | null>;
  /** Replaces the stored event with the same seq (a hidden post's withheld form). */
  replaceEvent(sessionId: string, event: SeminarEvent): Promise<void>;
  /** Removes the session and everything stored for it, all or none. */
  deleteSession(id: string): Promise<void>;
  /** Ids of sessions that ended before `at` (epoch ms), for the retention sweep. */
  endedBefore(at: number): Promise<string[]>;
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
