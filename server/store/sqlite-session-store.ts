/**
 * The embedded default store: one SQLite file in DATA_DIR through better-sqlite3, in WAL mode
 * with `synchronous = FULL`: a committed write survives a killed process and a power cut.
 *
 * Two connections. Every write (createSession, append, addSeat, markEnded, importSession) goes,
 * in call order, to a worker thread that owns the write connection (`sqlite-writer.mjs`), so the
 * fsync of a commit never blocks the main thread, which serves every room's sockets. The worker
 * commits the writes that arrive while it is busy together, one transaction and one fsync for all
 * (group commit), and a write's promise resolves only after the transaction holding it has
 * committed. Reads run on a connection on the main thread: WAL lets them run beside the writer,
 * and a read started after a write resolved sees that write.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { SeminarEvent } from "../../shared/events.js";
import { SUMMARY_SQL, toSummary, toUnendedMeta, type SessionRow } from "./session-row.js";
import {
  EVENT_PAGE_SIZE,
  type EventLines,
  type ListQuery,
  type SessionMeta,
  type SessionOrigin,
  type SessionSettings,
  type SessionStore,
  type SessionSummary,
} from "./session-store.js";
import { PRAGMAS, SCHEMA, type EventRow, type WriteDone, type WriteOp } from "./sqlite-sql.mjs";

/** An import still being written in slices is not a session yet. */
const NOT_PENDING = "s.id NOT IN (SELECT session_id FROM imports_pending)";

const toRows = (events: readonly SeminarEvent[]): EventRow[] =>
  events.map((e) => [e.seq, e.type, e.actor, JSON.stringify(e)]);

/** Distributes WriteOp over its variants, so `op` and `args` stay paired. */
type WriteOpOf<T = WriteOp> = T extends WriteOp ? Omit<T, "id"> : never;

interface Waiting {
  resolve(): void;
  reject(err: Error): void;
}

/** A write the worker could not do, as the caller sees it (SqliteError's `code` kept). */
class StoreWriteError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "StoreWriteError";
  }
}

export class SqliteSessionStore implements SessionStore {
  /** Reads only (`query_only`); writes go to the worker. */
  private db: Database.Database;
  private stmts;
  private writer: Worker;
  private waiting = new Map<number, Waiting>();
  private nextId = 1;
  /** Set once the worker has died: every write then fails with it. */
  private writerDown: Error | null = null;
  private closing: Promise<void> | null = null;
  private onWriterClosed: (() => void) | null = null;
  private stats = { transactions: 0, writes: 0 };

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, "sessions.sqlite");
    // The tables exist before the worker opens the file and before any read.
    this.db = new Database(file);
    for (const p of PRAGMAS) this.db.pragma(p);
    this.db.exec(SCHEMA);
    this.db.pragma("query_only = ON");
    this.stmts = {
      events: this.db.prepare("SELECT json FROM events WHERE session_id = ? AND seq <= ? ORDER BY seq").pluck(),
      page: this.db
        .prepare("SELECT json FROM events WHERE session_id = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?")
        .pluck(),
      lastSeq: this.db.prepare("SELECT MAX(seq) FROM events WHERE session_id = ?").pluck(),
      session: this.db.prepare(`${SUMMARY_SQL} WHERE s.id = ? AND ${NOT_PENDING}`),
      list: this.db.prepare(
        `${SUMMARY_SQL} WHERE ${NOT_PENDING} AND (@listedOnly = 0 OR st.listed = 1) AND (s.created_at < @createdAt OR (s.created_at = @createdAt AND s.id > @id)) ORDER BY s.created_at DESC, s.id LIMIT @limit`,
      ),
      passcodeHash: this.db.prepare("SELECT passcode_hash FROM session_settings WHERE session_id = ?").pluck(),
      endedBefore: this.db.prepare("SELECT id FROM sessions WHERE ended_at IS NOT NULL AND ended_at < ?").pluck(),
      seatHolder: this.db.prepare("SELECT participant_id FROM seats WHERE session_id = ? AND key_hash = ?").pluck(),
      unended: this.db.prepare("SELECT * FROM sessions WHERE ended_at IS NULL ORDER BY created_at"),
    };
    // Plain JavaScript, loaded without the parent's loaders (tsx, bench probes): it needs none.
    this.writer = new Worker(new URL("./sqlite-writer.mjs", import.meta.url), { workerData: { file }, execArgv: [] });
    // An idle writer does not keep the process alive; one with writes in flight does.
    this.writer.unref();
    this.writer.on("message", (m: WriteDone | { type: "closed" }) => this.answered(m));
    this.writer.on("error", (err) => this.writerFailed(err));
    this.writer.on("exit", (code) => this.writerFailed(new Error(`the store's writer thread exited (code ${code})`)));
  }

  /** Transactions the writer committed and the writes they carried (for tests and the bench). */
  get writeStats(): { transactions: number; writes: number } {
    return { ...this.stats };
  }

  private write(op: WriteOpOf, transfer: ArrayBuffer[] = []): Promise<void> {
    if (this.closing) return Promise.reject(new Error("the session store is closed"));
    if (this.writerDown) return Promise.reject(this.writerDown);
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      if (this.waiting.size === 0) this.writer.ref();
      this.waiting.set(id, { resolve, reject });
      this.writer.postMessage({ ...op, id }, transfer);
    });
  }

  private answered(m: WriteDone | { type: "closed" }): void {
    if (m.type === "closed") {
      this.onWriterClosed?.();
      return;
    }
    this.stats.transactions++;
    this.stats.writes += m.ids.length;
    m.ids.forEach((id, i) => {
      const w = this.waiting.get(id);
      this.waiting.delete(id);
      const err = m.errors[i];
      if (!err) w?.resolve();
      else w?.reject(new StoreWriteError(err.message, err.code));
    });
    if (this.waiting.size === 0 && !this.closing) this.writer.unref();
  }

  private writerFailed(err: Error): void {
    this.writerDown ??= err;
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
    this.onWriterClosed?.();
  }

  createSession(meta: {
    id: string;
    scenarioId: string;
    createdAt: number;
    settings?: SessionSettings;
  }): Promise<void> {
    return this.write({ op: "create", args: [meta.id, meta.scenarioId, meta.createdAt, meta.settings ?? null] });
  }

  append(sessionId: string, events: readonly SeminarEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    return this.write({ op: "append", args: [sessionId, toRows(events)] });
  }

  async events(sessionId: string, upToSeq = Number.MAX_SAFE_INTEGER): Promise<SeminarEvent[]> {
    return (this.stmts.events.all(sessionId, upToSeq) as string[]).map((j) => JSON.parse(j) as SeminarEvent);
  }

  async *eventPages(sessionId: string, upToSeq?: number, pageSize = EVENT_PAGE_SIZE): AsyncIterable<string[]> {
    const end = upToSeq ?? (this.stmts.lastSeq.get(sessionId) as number | null) ?? 0;
    for (let after = 0; after < end;) {
      const lines = this.stmts.page.all(sessionId, after, end, pageSize) as string[];
      if (lines.length === 0) return;
      yield lines;
      after += lines.length;
      // Let sockets and timers run between pages: a long log is read in slices, not in one go.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async session(id: string): Promise<SessionSummary | null> {
    const row = this.stmts.session.get(id) as SessionRow | undefined;
    return row ? toSummary(row) : null;
  }

  async list(query: ListQuery = {}): Promise<SessionSummary[]> {
    const rows = this.stmts.list.all({
      listedOnly: query.listedOnly ? 1 : 0,
      createdAt: query.after?.createdAt ?? Number.MAX_SAFE_INTEGER,
      id: query.after?.id ?? "",
      limit: query.limit ?? -1,
    }) as SessionRow[];
    return rows.map(toSummary);
  }

  async passcodeHash(id: string): Promise<string | null> {
    return (this.stmts.passcodeHash.get(id) as string | null | undefined) ?? null;
  }

  replaceEvent(sessionId: string, event: SeminarEvent): Promise<void> {
    return this.write({ op: "replaceEvent", args: [sessionId, event.seq, JSON.stringify(event)] });
  }

  deleteSession(id: string): Promise<void> {
    return this.write({ op: "delete", args: [id] });
  }

  async endedBefore(at: number): Promise<string[]> {
    return this.stmts.endedBefore.all(at) as string[];
  }

  markEnded(id: string, at: number): Promise<void> {
    return this.write({ op: "end", args: [id, at] });
  }

  addSeat(sessionId: string, participantId: string, keyHash: string): Promise<void> {
    return this.write({ op: "addSeat", args: [sessionId, participantId, keyHash] });
  }

  async seatHolder(sessionId: string, keyHash: string): Promise<string | null> {
    return (this.stmts.seatHolder.get(sessionId, keyHash) as string | undefined) ?? null;
  }

  importSession(
    meta: { id: string; scenarioId: string; createdAt: number; endedAt: number; origin: SessionOrigin },
    events: readonly SeminarEvent[] | EventLines,
  ): Promise<void> {
    const { id, scenarioId, createdAt, endedAt, origin } = meta;
    const session = {
      id,
      scenarioId,
      createdAt,
      endedAt,
      originSessionId: origin.sessionId,
      importedAt: origin.importedAt,
    };
    if ("ndjson" in events) {
      // The bytes move to the writer thread, which splits them into rows itself.
      const bytes = events.ndjson;
      return this.write({ op: "importLines", args: [session, bytes] }, [bytes.buffer as ArrayBuffer]);
    }
    return this.write({ op: "import", args: [session, toRows(events)] });
  }

  async unended(): Promise<SessionMeta[]> {
    return (this.stmts.unended.all() as SessionRow[]).map(toUnendedMeta);
  }

  /** Writes already made are committed first (and their promises settled); later ones are refused. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      // The read connection first, so the writer's is the last one open and checkpoints the WAL.
      this.db.close();
      if (!this.writerDown) {
        const closed = new Promise<void>((resolve) => (this.onWriterClosed = resolve));
        this.writer.ref();
        this.writer.postMessage({ op: "close" });
        await closed;
      }
      await this.writer.terminate();
    })();
    return this.closing;
  }
}
