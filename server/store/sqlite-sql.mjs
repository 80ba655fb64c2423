// @ts-check
// The SQLite store's schema and SQL, shared by the main thread (reads, schema creation) and the
// writer worker (sqlite-writer.mjs), with the types of the messages between them. Plain
// JavaScript with no TypeScript imports, so the worker loads under any launcher (tsx, vitest,
// node --import tsx, plain node); its types are JSDoc, checked by `tsc -b` (server/tsconfig.json:
// checkJs) and imported by the TypeScript side as they are.

/**
 * An event as the writer stores it: [seq, type, actor, json], the json exactly as broadcast.
 * @typedef {[seq: number, type: string, actor: string, json: string]} EventRow
 */

/**
 * An imported session's row and origin, as the writer stores them.
 * @typedef {{
 *   id: string;
 *   scenarioId: string;
 *   createdAt: number;
 *   endedAt: number;
 *   originSessionId: string;
 *   importedAt: number;
 * }} ImportMeta
 */

/**
 * What a session's creator chose, as the writer stores it (a passcode only as its hash).
 * @typedef {{ title: string | null; listed: boolean; passcodeHash: string | null }} SessionSettings
 */

/**
 * One write, as posted to the writer worker. `importLines`: an import as NDJSON bytes of
 * validated events, which the writer splits into rows.
 * @typedef {(
 *   | { id: number; op: "create"; args: [id: string, scenarioId: string, createdAt: number, settings: SessionSettings | null] }
 *   | { id: number; op: "replaceEvent"; args: [sessionId: string, seq: number, json: string] }
 *   | { id: number; op: "delete"; args: [sessionId: string] }
 *   | { id: number; op: "append"; args: [sessionId: string, rows: EventRow[]] }
 *   | { id: number; op: "end"; args: [id: string, at: number] }
 *   | { id: number; op: "addSeat"; args: [sessionId: string, participantId: string, keyHash: string] }
 *   | { id: number; op: "import"; args: [meta: ImportMeta, rows: EventRow[]] }
 *   | { id: number; op: "importLines"; args: [meta: ImportMeta, ndjson: Uint8Array] }
 * )} WriteOp
 */

/**
 * A failed write, as the writer describes it (an Error does not cross the thread whole).
 * @typedef {{ name: string; message: string; code?: string }} WriteError
 */

/**
 * The writer's answer to one transaction: the ops it carried and, aligned, null or the failure.
 * @typedef {{ type: "done"; ids: number[]; errors: (WriteError | null)[] }} WriteDone
 */

/** Per-connection settings, for both connections. `synchronous = FULL`: a commit is fsynced. */
export const PRAGMAS = Object.freeze([
  "journal_mode = WAL",
  "synchronous = FULL",
  "foreign_keys = ON",
  "busy_timeout = 5000",
]);

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
export const WRITE_SQL = Object.freeze({
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
});

/** Sessions whose import was cut off (a crash mid-import): the writer removes them when it starts. */
export const PENDING_SQL = "SELECT session_id FROM imports_pending";
