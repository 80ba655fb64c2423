/**
 * Limits per network address, so one machine cannot take a class's seats, open seminars by the
 * hundred or flood a board through many participants. Defaults fit a class of 35 behind one
 * school router (every student's device shows the same address); each limit is an environment
 * variable, and 0 turns it off (the load tests and the benchmark, whose clients all share
 * 127.0.0.1, do that).
 */
import { RateLimiter } from "./session/rate-limiter.js";

export interface AddressLimits {
  /** WebSocket connections open at once. */
  connections: number;
  seminarsPerHour: number;
  /** Participants in one seminar, seats held for reconnection included. */
  participants: number;
  /** Messages a second across all of the address's participants (bursts of twice as many). */
  messagesPerSecond: number;
}

/** Each limit's environment variable: a refusal names the one it met. */
export const LIMIT_VARIABLES: Record<keyof AddressLimits, string> = {
  connections: "LIMIT_CONNECTIONS_PER_ADDRESS",
  seminarsPerHour: "LIMIT_SEMINARS_PER_ADDRESS_PER_HOUR",
  participants: "LIMIT_PARTICIPANTS_PER_ADDRESS",
  messagesPerSecond: "LIMIT_MESSAGES_PER_ADDRESS_PER_SECOND",
};

export const DEFAULT_ADDRESS_LIMITS: AddressLimits = {
  // 35 students and a teacher, a reload or a second tab each.
  connections: 100,
  seminarsPerHour: 20,
  participants: 60,
  // 36 people posting and reacting at once, with room to spare; one flooding client is not.
  messagesPerSecond: 60,
};

export function addressLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): AddressLimits {
  const out = { ...DEFAULT_ADDRESS_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof AddressLimits)[]) {
    const raw = env[LIMIT_VARIABLES[key]];
    if (raw === undefined || raw === "") continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${LIMIT_VARIABLES[key]} must be a whole number ≥ 0 (0: off)`);
    out[key] = n;
  }
  return out;
}

/** The sentence a refusal carries: which limit, and its variable. */
export function limitMessage(key: keyof AddressLimits, limits: AddressLimits): string {
  const what = {
    connections: `more than ${limits.connections} connections at once`,
    seminarsPerHour: `more than ${limits.seminarsPerHour} new seminars an hour`,
    participants: `more than ${limits.participants} participants in this seminar`,
    messagesPerSecond: `more than ${limits.messagesPerSecond} messages a second`,
  }[key];
  return `your network address has reached its limit of ${what} (${LIMIT_VARIABLES[key]})`;
}

const HOUR = 3_600_000;
const RESERVATION_MS = 15_000;

/** What each address is using now, across the whole server. */
export class AddressLedger {
  private open = new Map<string, number>();
  /** Seats reserved by matchmaking whose WebSocket has not come yet (times), per address. */
  private pending = new Map<string, number[]>();
  private created = new Map<string, number[]>();
  private messages: RateLimiter;

  constructor(readonly limits: AddressLimits) {
    this.messages = new RateLimiter({ perSecond: limits.messagesPerSecond, burst: limits.messagesPerSecond * 2 });
  }

  /** Matchmaking reserved a seat for the address: its connection counts from now on. */
  seatReserved(address: string, now: number): void {
    if (this.limits.connections === 0) return;
    const list = this.livePending(address, now);
    list.push(now);
    this.pending.set(address, list);
  }

  connectionOpened(address: string): void {
    this.open.set(address, (this.open.get(address) ?? 0) + 1);
    this.pending.get(address)?.shift();
  }

  connectionClosed(address: string): void {
    const n = (this.open.get(address) ?? 1) - 1;
    if (n <= 0) this.open.delete(address);
    else this.open.set(address, n);
  }

  /** Whether the address may open one more connection (reserved seats count as open). */
  mayConnect(address: string, now = Date.now()): boolean {
    if (this.limits.connections === 0) return true;
    return (this.open.get(address) ?? 0) + this.livePending(address, now).length < this.limits.connections;
  }

  /** Reservations Colyseus has not let expire yet (it holds a reserved seat for 15 s). */
  private livePending(address: string, now: number): number[] {
    const list = (this.pending.get(address) ?? []).filter((t) => t > now - RESERVATION_MS);
    if (list.length) this.pending.set(address, list);
    else this.pending.delete(address);
    return list;
  }

  /** Counts a new seminar and says whether it is within the hour's allowance. */
  mayCreate(address: string, now: number): boolean {
    if (this.limits.seminarsPerHour === 0) return true;
    const recent = (this.created.get(address) ?? []).filter((t) => t > now - HOUR);
    if (recent.length >= this.limits.seminarsPerHour) {
      this.created.set(address, recent);
      return false;
    }
    recent.push(now);
    this.created.set(address, recent);
    return true;
  }

  /** One message from the address: allow, refuse (say so once), or drop (already told). */
  admitMessage(address: string, now: number): "allow" | "refuse" | "drop" {
    if (this.limits.messagesPerSecond === 0) return "allow";
    return this.messages.admit(address, now);
  }
}
