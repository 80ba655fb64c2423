/**
 * A PROTOTYPE of the fix proposed in docs/performance.md (finding 1), for measurement only: the
 * SQLite store with group commit. `append` queues the events and resolves only after they are
 * committed; all appends queued in one turn of the event loop (from every room) share one
 * transaction, so one WAL fsync. Durability before broadcast is unchanged: a room still awaits
 * its append before it applies and broadcasts.
 *
 * It reaches into SqliteSessionStore's private `db` and `appendTx`; a real implementation belongs
 * in server/store/ (owned elsewhere), not here.
 */
import type Database from "better-sqlite3";
import { SqliteSessionStore } from "../../server/store/sqlite-session-store.js";
import type { SeminarEvent } from "../../shared/events.js";

interface Pending {
  sessionId: string;
  events: readonly SeminarEvent[];
  resolve(): void;
  reject(err: unknown): void;
}

interface Internals {
  db: Database.Database;
  appendTx(sessionId: string, events: readonly SeminarEvent[]): void;
}

export class GroupCommitStore extends SqliteSessionStore {
  private queue: Pending[] = [];
  private scheduled = false;
  /** Transactions committed and appends they carried, for the bench's report. */
  stats = { commits: 0, appends: 0 };

  override append(sessionId: string, events: readonly SeminarEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ sessionId, events, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    const inner = this as unknown as Internals;
    try {
      inner.db.transaction(() => {
        for (const p of batch) inner.appendTx(p.sessionId, p.events);
      })();
      this.stats.commits++;
      this.stats.appends += batch.length;
      for (const p of batch) p.resolve();
    } catch {
      // One bad append must not fail the others: retry each on its own.
      for (const p of batch) {
        try {
          inner.appendTx(p.sessionId, p.events);
          p.resolve();
        } catch (err) {
          p.reject(err);
        }
      }
    }
  }
}
