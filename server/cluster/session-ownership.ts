/**
 * Who owns a live session: only its owner may write its log. A room claims its session before the
 * session exists in the store, and releases it when the room is gone; a restore claims first and
 * restores only what it could claim. Two implementations: `LocalOwnership` for one process on its
 * own store (today's single-machine mode), and `PostgresOwnership` for several processes sharing
 * a PostgreSQL store (cluster mode).
 */
import pg from "pg";

export interface SessionOwnership {
  /** Takes the session if no process, this one included, owns it; true if it is now this one's. */
  claim(sessionId: string): Promise<boolean>;
  /** Gives up a session this process owns (its room is gone). */
  release(sessionId: string): Promise<void>;
  /** Whether this process owns the session. */
  ownsLocally(sessionId: string): boolean;
  /** The sessions owned right now by any process (those are the live ones). */
  ownedAnywhere(): Promise<ReadonlySet<string>>;
  /** Releases everything (a clean stop: the sessions go to whoever sweeps next). */
  close(): Promise<void>;
}

/** One process alone on its store: owning is remembering. */
export class LocalOwnership implements SessionOwnership {
  private owned = new Set<string>();

  async claim(sessionId: string): Promise<boolean> {
    if (this.owned.has(sessionId)) return false;
    this.owned.add(sessionId);
    return true;
  }

  async release(sessionId: string): Promise<void> {
    this.owned.delete(sessionId);
  }

  ownsLocally(sessionId: string): boolean {
    return this.owned.has(sessionId);
  }

  async ownedAnywhere(): Promise<ReadonlySet<string>> {
    return new Set(this.owned);
  }

  async close(): Promise<void> {
    this.owned.clear();
  }
}

/**
 * A PostgreSQL session-level advisory lock per owned session, all held on one dedicated
 * connection: PostgreSQL frees them the moment that connection ends, so a process that dies
 * (kill -9, a lost machine) stops owning its sessions without doing anything. Across machines
 * PostgreSQL notices a dead peer only through TCP keepalives, which are on. If the connection is
 * lost while this process lives, it owns nothing any more: `onLost` is called once, and the
 * process must stop writing at once (the server closes its rooms and exits).
 */
export class PostgresOwnership implements SessionOwnership {
  private owned = new Set<string>();
  private lost = false;
  private closing = false;

  private constructor(
    private readonly client: pg.Client,
    private readonly database: string,
  ) {}

  static async connect(connectionString: string, onLost: (reason: Error) => void): Promise<PostgresOwnership> {
    const client = new pg.Client({
      connectionString,
      keepAlive: true,
      keepAliveInitialDelayMillis: 5_000,
      application_name: "sputnik-seminar session locks",
    });
    await client.connect();
    const { rows } = await client.query<{ db: string }>("SELECT current_database() AS db");
    const ownership = new PostgresOwnership(client, rows[0].db);
    const fail = (reason: Error) => {
      if (ownership.closing || ownership.lost) return;
      ownership.lost = true;
      ownership.owned.clear();
      onLost(reason);
    };
    client.on("error", (err) => fail(err));
    client.on("end", () => fail(new Error("the session-lock connection to PostgreSQL ended")));
    return ownership;
  }

  private ensureHeld(): void {
    if (this.lost) throw new Error("the session-lock connection to PostgreSQL was lost");
    if (this.closing) throw new Error("session ownership is closed");
  }

  async claim(sessionId: string): Promise<boolean> {
    this.ensureHeld();
    // Session-level advisory locks are re-entrant on one connection: never take one twice.
    if (this.owned.has(sessionId)) return false;
    this.owned.add(sessionId);
    try {
      const { rows } = await this.client.query<{ got: boolean }>(
        "SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS got",
        [sessionId],
      );
      if (!rows[0]?.got) this.owned.delete(sessionId);
      return rows[0]?.got === true;
    } catch (err) {
      this.owned.delete(sessionId);
      throw err;
    }
  }

  async release(sessionId: string): Promise<void> {
    if (!this.owned.delete(sessionId) || this.lost || this.closing) return;
    await this.client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [sessionId]);
  }

  ownsLocally(sessionId: string): boolean {
    return this.owned.has(sessionId);
  }

  /**
   * Unended sessions whose lock some connection holds. A bigint advisory lock shows in pg_locks
   * as its high half in classid and its low half in objid (objsubid 1).
   */
  async ownedAnywhere(): Promise<ReadonlySet<string>> {
    this.ensureHeld();
    const { rows } = await this.client.query<{ id: string }>(
      `SELECT s.id FROM sessions s
       JOIN pg_locks l ON l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
         AND l.database = (SELECT oid FROM pg_database WHERE datname = $1)
         AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended(s.id, 0)
       WHERE s.ended_at IS NULL`,
      [this.database],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Ending the connection frees every lock at once. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.owned.clear();
    if (!this.lost) await this.client.end();
  }
}
