// The SQLite store's schema and SQL, shared by the main thread (reads, schema creation) and the
// writer worker (sqlite-writer.mjs). Plain JavaScript with no TypeScript imports, so the worker
// loads under any launcher (tsx, vitest, node --import tsx, plain node); types in sqlite-sql.d.mts.

/** Per-connection settings, for both connections. `synchronous = FULL`: a commit is fsynced. */
export const PRAGMAS = ["journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "busy_timeout = 5000"];

export const SCHEMA = `
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
-- imports being written in slices (see sqlite-writer.mjs): hidden from every read until done
CREATE TABLE IF NOT EXISTS imports_pending (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id)
) WITHOUT ROWID;
-- seat keys are secrets: only their SHA-256 is stored, never the key
CREATE TABLE IF NOT EXISTS seats (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  key_hash TEXT NOT NULL,
  participant_id TEXT NOT NULL,
  PRIMARY KEY (session_id, key_hash)
) WITHOUT ROWID;
-- what the creator chose; a passcode only as its salted scrypt hash
CREATE TABLE IF NOT EXISTS session_settings (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id),
  title TEXT,
  listed INTEGER NOT NULL DEFAULT 0,
  passcode_hash TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sessions_by_age ON sessions(created_at DESC, id);
`;

/** Every statement that writes; only the writer worker runs these. */
export const WRITE_SQL = {
  create: "INSERT INTO sessions (id, scenario_id, created_at) VALUES (?, ?, ?)",
  insert: "INSERT INTO events (session_id, seq, type, actor, json) VALUES (?, ?, ?, ?, ?)",
  count: "UPDATE sessions SET event_count = event_count + ? WHERE id = ?",
  end: "UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
  addSeat: "INSERT INTO seats (session_id, key_hash, participant_id) VALUES (?, ?, ?)",
  importSession: "INSERT INTO sessions (id, scenario_id, created_at, ended_at) VALUES (?, ?, ?, ?)",
  importOrigin: "INSERT INTO session_origins (session_id, origin_session_id, imported_at) VALUES (?, ?, ?)",
  settings: "INSERT INTO session_settings (session_id, title, listed, passcode_hash) VALUES (?, ?, ?, ?)",
  replaceEvent: "UPDATE events SET json = ? WHERE session_id = ? AND seq = ?",
  deleteSeats: "DELETE FROM seats WHERE session_id = ?",
  deleteEvents: "DELETE FROM events WHERE session_id = ?",
  deleteOrigin: "DELETE FROM session_origins WHERE session_id = ?",
  deleteSettings: "DELETE FROM session_settings WHERE session_id = ?",
  deleteSession: "DELETE FROM sessions WHERE id = ?",
  pendingAdd: "INSERT INTO imports_pending (session_id) VALUES (?)",
  pendingDone: "DELETE FROM imports_pending WHERE session_id = ?",
  dropEvents: "DELETE FROM events WHERE session_id = ?",
  dropOrigin: "DELETE FROM session_origins WHERE session_id = ?",
  dropSession: "DELETE FROM sessions WHERE id = ?",
};

/** Sessions whose import was cut off (a crash mid-import): the writer removes them when it starts. */
export const PENDING_SQL = "SELECT session_id FROM imports_pending";
