/**
 * The PostgreSQL store's schema, as numbered migrations applied in order (see
 * `migratePostgres`). The tables are the SQLite store's (sqlite-sql.mjs), column for column, so a
 * log means the same in either; keep the two in step. Never edit a migration that has shipped:
 * add the next one.
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: "sessions, events, origins, seats",
    sql: `
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  scenario_id TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  ended_at BIGINT,
  event_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE events (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  actor TEXT NOT NULL,
  -- the event exactly as broadcast (text, not jsonb), so an export is byte-for-byte what clients received
  json TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
);
CREATE INDEX events_joined ON events(session_id, type, actor);
-- sessions made by importing a log file: the id they had where they were recorded
CREATE TABLE session_origins (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id),
  origin_session_id TEXT NOT NULL,
  imported_at BIGINT NOT NULL
);
-- seat keys are secrets: only their SHA-256 is stored, never the key
CREATE TABLE seats (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  key_hash TEXT NOT NULL,
  participant_id TEXT NOT NULL,
  PRIMARY KEY (session_id, key_hash)
);
`,
  },
  {
    id: 2,
    name: "session settings (title, listed, passcode hash)",
    sql: `
CREATE TABLE session_settings (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id),
  title TEXT,
  listed BOOLEAN NOT NULL DEFAULT FALSE,
  passcode_hash TEXT
);
CREATE INDEX sessions_by_age ON sessions(created_at DESC, id COLLATE "C");
`,
  },
];
