/**
 * The seat and connection book: which connection speaks for which participant. Connections are
 * not participants: a participant's id is the session id of their first connection, and later
 * connections (a reload, a reconnect) take the seat over. Each participant has at most one
 * current connection, live or held for reconnection.
 */

/** A connection as the book and the master see it: Colyseus's `Client` fits, so does a fake. */
export interface Connection {
  readonly sessionId: string;
}

/** A dropped connection's pending reconnection; cancelling it gives the seat up early. */
export interface HeldSeat<C extends Connection> {
  /** Resolves with the connection that came back; rejects when the window runs out or is cancelled. */
  readonly back: Promise<C>;
  cancel(): void;
}

export class SeatBook<C extends Connection> {
  /** Connection session id → participant id, for every connection that speaks for someone. */
  private byConnection = new Map<string, string>();
  /** Participant id → their one current connection (live, or held for reconnection). */
  private connections = new Map<string, C>();
  /** Participant id → their dropped connection's pending reconnection. */
  private held = new Map<string, HeldSeat<C>>();

  /** The participant `conn` speaks for, if it (still) speaks for anyone. */
  participantOf(conn: Connection): string | undefined {
    return this.byConnection.get(conn.sessionId);
  }

  /** True while `conn` is `pid`'s current connection. */
  isCurrent(pid: string, conn: Connection): boolean {
    return this.connections.get(pid)?.sessionId === conn.sessionId;
  }

  /** Whether `pid` has a connection at all, live or held. */
  isSeated(pid: string): boolean {
    return this.connections.has(pid);
  }

  /**
   * Makes `conn` the participant's one connection. Any pending reconnection of theirs is
   * cancelled; an older connection still open is returned, no longer anyone's, for the caller
   * to close.
   */
  take(conn: C, pid: string): C | undefined {
    const old = this.connections.get(pid);
    this.connections.set(pid, conn);
    this.byConnection.set(conn.sessionId, pid);
    const held = this.held.get(pid);
    this.held.delete(pid);
    held?.cancel();
    if (!old || old.sessionId === conn.sessionId) return undefined;
    this.byConnection.delete(old.sessionId);
    return old;
  }

  /** `conn` no longer speaks for `pid` (if it was their current connection, they have none). */
  release(conn: Connection, pid: string): void {
    if (this.isCurrent(pid, conn)) this.connections.delete(pid);
    this.byConnection.delete(conn.sessionId);
  }

  hold(pid: string, seat: HeldSeat<C>): void {
    this.held.set(pid, seat);
  }

  /** Forgets `seat` if it is still `pid`'s pending reconnection. */
  settle(pid: string, seat: HeldSeat<C>): void {
    if (this.held.get(pid) === seat) this.held.delete(pid);
  }

  /** The connection that came back from a drop is now `pid`'s (same session id, new object). */
  reattach(pid: string, conn: C): void {
    this.connections.set(pid, conn);
  }

  current(pid: string): C | undefined {
    return this.connections.get(pid);
  }

  /** `pid` loses their seat for good: a pending reconnection is cancelled; their connection, if any, is returned to close. */
  evict(pid: string): C | undefined {
    const conn = this.connections.get(pid);
    this.connections.delete(pid);
    if (conn) this.byConnection.delete(conn.sessionId);
    const held = this.held.get(pid);
    this.held.delete(pid);
    held?.cancel();
    return conn;
  }
}
