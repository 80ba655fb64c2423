/**
 * A seminar's state folded from the server's log as it arrives: a `history` (the whole log so
 * far) starts it afresh, and each live `event` is held until every event before it has been
 * applied, so a gap (events broadcast while a connection came back) never folds out of order.
 * Shared by the seated room (live-session.ts) and the projector's watch (watch-session.ts).
 */
import { Projection } from "../shared/engine/apply.js";
import type { SeminarState } from "../shared/engine/state.js";
import type { SeminarEvent } from "../shared/events.js";

export class EventFeed {
  private projection = new Projection();
  /** Events that arrived ahead of a gap (or before `history`), by seq. */
  private pending = new Map<number, SeminarEvent>();

  get state(): Readonly<SeminarState> {
    return this.projection.state;
  }

  /** Starts afresh from a whole log (a `history`); held events beyond it apply at the next `drain`. */
  reset(events: readonly SeminarEvent[]): void {
    const projection = new Projection();
    for (const e of events) projection.push(e);
    this.projection = projection;
  }

  /** Holds a live event for `drain`; one already folded is ignored. */
  hold(e: SeminarEvent): void {
    if (e.seq > this.state.seq) this.pending.set(e.seq, e);
  }

  /** Applies the held events that follow the state without a gap; the events applied, in order. */
  drain(): SeminarEvent[] {
    const applied: SeminarEvent[] = [];
    for (const seq of [...this.pending.keys()]) if (seq <= this.state.seq) this.pending.delete(seq);
    for (let next = this.pending.get(this.state.seq + 1); next; next = this.pending.get(this.state.seq + 1)) {
      this.pending.delete(next.seq);
      this.projection.push(next);
      applied.push(next);
    }
    return applied;
  }
}
