/**
 * The PostgreSQL store, for several server processes sharing one database (cluster mode,
 * DATABASE_URL). The same tables as the SQLite store (postgres-migrations.ts), behind the same
 * interface, so the room and the HTTP API cannot tell them apart.
 *
 * Every write is one transaction: an append is a single statement (insert the events, bump the
 * count), which PostgreSQL commits or rolls back whole; an import is an explicit transaction.
 * With the default `synchronous_commit = on`, a write resolves only after its commit reached
 * PostgreSQL's WAL on disk. Concurrent writes from many rooms run on the pool's connections side
 * by side, and PostgreSQL's own group commit shares the fsyncs.
 */
import pg from "pg";
import type { SeminarEvent } from "../../shared/events.js";
import { MIGRATIONS } from "./postgres-migrations.js";
import { SESSION_TABLES, SUMMARY_SQL, toSummary, toUnendedMeta, type SessionRow } from "./session-row.js";
import {
  EVENT_PAGE_SIZE,
  eventsOfLines,
  type EventLines,
  type ListQuery,
  type SessionMeta,
  type SessionOrigin,
  type SessionSettings,
  type SessionStore,
  type SessionSummary,
} from "./session-store.js";

const INT8_OID = 20;
/** BIGINT (timestamps, counts) as a number: every value here is far below 2^53. */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary"): ((v: string) => unknown) =>
    oid === INT8_OID && format !== "binary"
      ? Number
      : (pg.types.getTypeParser(oid, format) as (v: string) => unknown)) as pg.CustomTypesConfig["getTypeParser"],
};

/** Any fixed key: processes applying migrations at the same time queue on it. */
const MIGRATION_LOCK = 0x5e_0155_1990;

const APPEND = `WITH ins AS (
  INSERT INTO events (session_id, seq, type, actor, json)
  SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[])
  RETURNING 1
)
UPDATE sessions SET event_count = event_count + (SELECT count(*) FROM ins) WHERE id = $1`;

/** The events as the four arrays APPEND unnests. */
const columns = (events: readonly SeminarEvent[]) => [
  events.map((e) => e.seq),
  events.map((e) => e.type),
  events.map((e) => e.actor),
  events.map((e) => JSON.stringify(e)),
];

/**
 * Applies the migrations this database lacks, in one transaction under an advisory lock: a
 * process that boots while another migrates waits for it, then finds nothing left to do.
 */
export async function migratePostgres(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      "CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
    );
    const done = new Set(
      (await client.query<{ id: number }>("SELECT id FROM schema_migrations")).rows.map((r) => r.id),
    );
    for (const m of MIGRATIONS) {
      if (done.has(m.id)) continue;
      await client.query(m.sql);
      await client.query("INSERT INTO schema_migrations (id, name) VALUES ($1, $2)", [m.id, m.name]);
    }
  });
}

/** Runs `body` in one transaction on one pooled connection: committed if it returns, rolled back if it throws. */
async function inTransaction(pool: pg.Pool, body: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await body(client);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

export class PostgresSessionStore implements SessionStore {
  private closing: Promise<void> | null = null;
  /** Operations started and not yet settled: close() waits for them (pg's Pool.end would strand queued ones). */
  private inFlight = new Set<Promise<unknown>>();

  private constructor(private readonly pool: pg.Pool) {}

  /** Connects, migrates, and resolves once the store is ready for use. */
  static async open(
    connectionString: string,
    options: { maxConnections?: number } = {},
  ): Promise<PostgresSessionStore> {
    const pool = new pg.Pool({
      connectionString,
      max: options.maxConnections ?? 10,
      types,
      keepAlive: true,
      application_name: "sputnik-seminar",
    });
    // An idle connection that breaks (the database restarted) is dropped from the pool, not fatal.
    pool.on("error", (err) => console.error("[store] an idle PostgreSQL connection failed:", err.message));
    try {
      await migratePostgres(pool);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return new PostgresSessionStore(pool);
  }

  /** Runs `op` unless the store is closing, and lets close() wait for it. */
  private track<T>(op: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new Error("the session store is closed"));
    const p = op();
    this.inFlight.add(p);
    const done = () => this.inFlight.delete(p);
    p.then(done, done);
    return p;
  }

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<R[]> {
    return (await this.track(() => this.pool.query<R>(sql, params))).rows;
  }

  createSession(meta: {
    id: string;
    scenarioId: string;
    createdAt: number;
    settings?: SessionSettings;
  }): Promise<void> {
    return this.track(() =>
      inTransaction(this.pool, async (client) => {
        await client.query("INSERT INTO sessions (id, scenario_id, created_at) VALUES ($1, $2, $3)", [
          meta.id,
          meta.scenarioId,
          meta.createdAt,
        ]);
        const st = meta.settings;
        if (st)
          await client.query(
            "INSERT INTO session_settings (session_id, title, listed, passcode_hash) VALUES ($1, $2, $3, $4)",
            [meta.id, st.title, st.listed, st.passcodeHash],
          );
      }),
    );
  }

  async append(sessionId: string, events: readonly SeminarEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.query(APPEND, [sessionId, ...columns(events)]);
  }

  async events(sessionId: string, upToSeq = Number.MAX_SAFE_INTEGER): Promise<SeminarEvent[]> {
    const rows = await this.query<{ json: string }>(
      "SELECT json FROM events WHERE session_id = $1 AND seq <= $2 ORDER BY seq",
      [sessionId, Math.min(upToSeq, 2 ** 31 - 1)],
    );
    return rows.map((r) => JSON.parse(r.json) as SeminarEvent);
  }

  async *eventPages(sessionId: string, upToSeq?: number, pageSize = EVENT_PAGE_SIZE): AsyncIterable<string[]> {
    const end =
      upToSeq ??
      (
        await this.query<{ last: number | null }>("SELECT MAX(seq) AS last FROM events WHERE session_id = $1", [
          sessionId,
        ])
      )[0]?.last ??
      0;
    for (let after = 0; after < end;) {
      const rows = await this.query<{ json: string }>(
        "SELECT json FROM events WHERE session_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq LIMIT $4",
        [sessionId, after, Math.min(end, 2 ** 31 - 1), pageSize],
      );
      if (rows.length === 0) return;
      yield rows.map((r) => r.json);
      after += rows.length;
    }
  }

  async session(id: string): Promise<SessionSummary | null> {
    const [row] = await this.query<SessionRow>(`${SUMMARY_SQL} WHERE s.id = $1`, [id]);
    return row ? toSummary(row) : null;
  }

  async list(query: ListQuery = {}): Promise<SessionSummary[]> {
    // Ids compared byte by byte, as SQLite does, whatever the database's locale.
    const rows = await this.query<SessionRow>(
      `${SUMMARY_SQL} WHERE ($1::boolean IS FALSE OR st.listed IS TRUE) AND (s.created_at < $2 OR (s.created_at = $2 AND s.id COLLATE "C" > $3)) ORDER BY s.created_at DESC, s.id COLLATE "C" LIMIT $4`,
      [
        query.listedOnly ?? false,
        query.after?.createdAt ?? Number.MAX_SAFE_INTEGER,
        query.after?.id ?? "",
        query.limit ?? null,
      ],
    );
    return rows.map(toSummary);
  }

  async passcodeHash(id: string): Promise<string | null> {
    const [row] = await this.query<{ passcode_hash: string | null }>(
      "SELECT passcode_hash FROM session_settings WHERE session_id = $1",
      [id],
    );
    return row?.passcode_hash ?? null;
  }

  async replaceEvent(sessionId: string, event: SeminarEvent): Promise<void> {
    const rows = await this.query("UPDATE events SET json = $1 WHERE session_id = $2 AND seq = $3 RETURNING 1", [
      JSON.stringify(event),
      sessionId,
      event.seq,
    ]);
    if (rows.length !== 1) throw new Error(`no event ${event.seq} in session ${sessionId}`);
  }

  deleteSession(id: string): Promise<void> {
    return this.track(() =>
      inTransaction(this.pool, async (client) => {
        for (const table of SESSION_TABLES)
          await client.query(`DELETE FROM ${table} WHERE ${table === "sessions" ? "id" : "session_id"} = $1`, [id]);
      }),
    );
  }

  async endedBefore(at: number): Promise<string[]> {
    const rows = await this.query<{ id: string }>(
      "SELECT id FROM sessions WHERE ended_at IS NOT NULL AND ended_at < $1",
      [at],
    );
    return rows.map((r) => r.id);
  }

  async markEnded(id: string, at: number): Promise<void> {
    await this.query("UPDATE sessions SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL", [at, id]);
  }

  async addSeat(sessionId: string, participantId: string, keyHash: string): Promise<void> {
    await this.query("INSERT INTO seats (session_id, key_hash, participant_id) VALUES ($1, $2, $3)", [
      sessionId,
      keyHash,
      participantId,
    ]);
  }

  async seatHolder(sessionId: string, keyHash: string): Promise<string | null> {
    const [row] = await this.query<{ participant_id: string }>(
      "SELECT participant_id FROM seats WHERE session_id = $1 AND key_hash = $2",
      [sessionId, keyHash],
    );
    return row?.participant_id ?? null;
  }

  importSession(
    meta: { id: string; scenarioId: string; createdAt: number; endedAt: number; origin: SessionOrigin },
    events: readonly SeminarEvent[] | EventLines,
  ): Promise<void> {
    // EventLines are parsed here, on the caller's thread: PostgreSQL takes the rows as arrays.
    return this.track(() => this.importInTransaction(meta, "ndjson" in events ? eventsOfLines(events) : events));
  }

  private importInTransaction(
    meta: { id: string; scenarioId: string; createdAt: number; endedAt: number; origin: SessionOrigin },
    events: readonly SeminarEvent[],
  ): Promise<void> {
    return inTransaction(this.pool, async (client) => {
      await client.query("INSERT INTO sessions (id, scenario_id, created_at, ended_at) VALUES ($1, $2, $3, $4)", [
        meta.id,
        meta.scenarioId,
        meta.createdAt,
        meta.endedAt,
      ]);
      await client.query(
        "INSERT INTO session_origins (session_id, origin_session_id, imported_at) VALUES ($1, $2, $3)",
        [meta.id, meta.origin.sessionId, meta.origin.importedAt],
      );
      if (events.length > 0) await client.query(APPEND, [meta.id, ...columns(events)]);
    });
  }

  async unended(): Promise<SessionMeta[]> {
    const rows = await this.query<SessionRow>(
      'SELECT * FROM sessions WHERE ended_at IS NULL ORDER BY created_at, id COLLATE "C"',
      [],
    );
    return rows.map(toUnendedMeta);
  }

  /** Refuses new operations, lets the ones already made finish, then closes the connections. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...this.inFlight]);
      await this.pool.end();
    })();
    return this.closing;
  }
}
