/**
 * The embedded default store: one SQLite file in DATA_DIR through better-sqlite3.
 * WAL with synchronous=FULL: a committed append survives a killed process and a power cut.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { SeminarEvent } from "../../shared/events.js";
import type { SessionMeta, SessionOrigin, SessionStore, SessionSummary } from "./session-store.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  scenario_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  ended_at INTEGER,
  event_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS events (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  actor TEXT NOT NULL,
  -- the event exactly as broadcast, so an export is byte-for-byte what clients received
  json TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS events_joined ON events(session_id, type, actor);
-- sessions made by importing a log file: the id they had where they were recorded
CREATE TABLE IF NOT EXISTS session_origins (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id),
  origin_session_id TEXT NOT NULL,
  imported_at INTEGER NOT NULL
) WITHOUT ROWID;
-- seat keys are secrets: only their SHA-256 is stored, never the key
CREATE TABLE IF NOT EXISTS seats (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  key_hash TEXT NOT NULL,
  participant_id TEXT NOT NULL,
  PRIMARY KEY (session_id, key_hash)
) WITHOUT ROWID;
`;

interface SessionRow {
  id: string;
  scenario_id: string;
  created_at: number;
  ended_at: number | null;
  event_count: number;
  participant_count: number;
  origin_session_id?: string | null;
  imported_at?: number | null;
}

const SUMMARY = `SELECT s.*, (SELECT COUNT(DISTINCT actor) FROM events e WHERE e.session_id = s.id AND e.type = 'joined') AS participant_count, o.origin_session_id, o.imported_at FROM sessions s LEFT JOIN session_origins o ON o.session_id = s.id`;

const toSummary = (r: SessionRow): SessionSummary => ({
  id: r.id,
  scenarioId: r.scenario_id,
  createdAt: r.created_at,
  endedAt: r.ended_at,
  eventCount: r.event_count,
  participantCount: r.participant_count,
  ...(r.origin_session_id ? { origin: { sessionId: r.origin_session_id, importedAt: r.imported_at ?? 0 } } : {}),
});

export class SqliteSessionStore implements SessionStore {
  private db: Database.Database;
  private stmts;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, "sessions.sqlite"));
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.pragma("foreign_keys = ON");
    this.db.exec(SCHEMA);
    this.stmts = {
      create: this.db.prepare("INSERT INTO sessions (id, scenario_id, created_at) VALUES (?, ?, ?)"),
      insert: this.db.prepare("INSERT INTO events (session_id, seq, type, actor, json) VALUES (?, ?, ?, ?, ?)"),
      count: this.db.prepare("UPDATE sessions SET event_count = event_count + ? WHERE id = ?"),
      events: this.db.prepare("SELECT json FROM events WHERE session_id = ? AND seq <= ? ORDER BY seq").pluck(),
      session: this.db.prepare(`${SUMMARY} WHERE s.id = ?`),
      list: this.db.prepare(`${SUMMARY} ORDER BY s.created_at DESC, s.id`),
      end: this.db.prepare("UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL"),
      addSeat: this.db.prepare("INSERT INTO seats (session_id, key_hash, participant_id) VALUES (?, ?, ?)"),
      seatHolder: this.db.prepare("SELECT participant_id FROM seats WHERE session_id = ? AND key_hash = ?").pluck(),
      importSession: this.db.prepare("INSERT INTO sessions (id, scenario_id, created_at, ended_at) VALUES (?, ?, ?, ?)"),
      importOrigin: this.db.prepare("INSERT INTO session_origins (session_id, origin_session_id, imported_at) VALUES (?, ?, ?)"),
      unended: this.db.prepare("SELECT * FROM sessions WHERE ended_at IS NULL ORDER BY created_at"),
    };
  }

  private appendTx = (sessionId: string, events: readonly SeminarEvent[]) =>
    this.db.transaction(() => {
      for (const e of events) this.stmts.insert.run(sessionId, e.seq, e.type, e.actor, JSON.stringify(e));
      this.stmts.count.run(events.length, sessionId);
    })();

  async createSession(meta: { id: string; scenarioId: string; createdAt: number }): Promise<void> {
    this.stmts.create.run(meta.id, meta.scenarioId, meta.createdAt);
  }

  async append(sessionId: string, events: readonly SeminarEvent[]): Promise<void> {
    if (events.length > 0) this.appendTx(sessionId, events);
  }

  async events(sessionId: string, upToSeq = Number.MAX_SAFE_INTEGER): Promise<SeminarEvent[]> {
    return (this.stmts.events.all(sessionId, upToSeq) as string[]).map((j) => JSON.parse(j) as SeminarEvent);
  }

  async session(id: string): Promise<SessionSummary | null> {
    const row = this.stmts.session.get(id) as SessionRow | undefined;
    return row ? toSummary(row) : null;
  }

  async list(): Promise<SessionSummary[]> {
    return (this.stmts.list.all() as SessionRow[]).map(toSummary);
  }

  async markEnded(id: string, at: number): Promise<void> {
    this.stmts.end.run(at, id);
  }

  async addSeat(sessionId: string, participantId: string, keyHash: string): Promise<void> {
    this.stmts.addSeat.run(sessionId, keyHash, participantId);
  }

  async seatHolder(sessionId: string, keyHash: string): Promise<string | null> {
    return (this.stmts.seatHolder.get(sessionId, keyHash) as string | undefined) ?? null;
  }

  async importSession(
    meta: { id: string; scenarioId: string; createdAt: number; endedAt: number; origin: SessionOrigin },
    events: readonly SeminarEvent[],
  ): Promise<void> {
    this.db.transaction(() => {
      this.stmts.importSession.run(meta.id, meta.scenarioId, meta.createdAt, meta.endedAt);
      this.stmts.importOrigin.run(meta.id, meta.origin.sessionId, meta.origin.importedAt);
      this.appendTx(meta.id, events);
    })();
  }

  async unended(): Promise<SessionMeta[]> {
    return (this.stmts.unended.all() as SessionRow[]).map((r) => ({
      id: r.id,
      scenarioId: r.scenario_id,
      createdAt: r.created_at,
      endedAt: null,
    }));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
