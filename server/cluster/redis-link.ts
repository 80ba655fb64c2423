/**
 * A cluster process's link to Redis: Colyseus' RedisPresence and RedisDriver with ioredis options
 * chosen for Redis going away for a while (a school network), and whether the link is up.
 *
 * ioredis' defaults crash the process during an outage: after 20 reconnection attempts (about
 * 10 s) it rejects every queued command, and Colyseus leaves some of those promises unhandled (the
 * room count it publishes on every join and leave), which kills Node. So commands wait for Redis
 * instead (`maxRetriesPerRequest: null` with the offline queue): a running seminar needs no Redis
 * (its sockets are to this process, its log is in PostgreSQL) and goes on; what needs Redis, joins
 * and new seminars, is refused up front while the link is down (`unavailable()`), and whatever
 * Colyseus queued meanwhile runs when Redis is back. Colyseus awaits its room listing's update
 * before it closes a leaving participant's socket, so while the link is down those updates are
 * kept in memory only: a Redis that comes back (empty, if it keeps nothing on disk) is given
 * every room of this process again, and forgets those that closed meanwhile. A cut network or a
 * frozen Redis closes no connection, so the link also pings Redis and counts as down when it is
 * slow to answer.
 */
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";
import { matchMaker, type IRoomCache, type Room } from "colyseus";

/** What this module needs of an ioredis connection. */
interface RedisConnection {
  status: string;
  ping(): Promise<unknown>;
  on(event: "ready" | "close", listener: () => void): unknown;
  on(event: "error", listener: (err: Error) => void): unknown;
}

type RedisOptions = Exclude<ConstructorParameters<typeof RedisPresence>[0], string | number | unknown[] | undefined>;

/** The longest pause between two reconnection attempts: Redis is used again at most this late. */
const MAX_RECONNECT_DELAY_MS = 1_000;
/**
 * A cut network or a frozen Redis closes no connection: nothing fails, commands just wait. So the
 * link asks Redis every PING_EVERY_MS and counts as down when an answer is PING_PATIENCE_MS late.
 */
const PING_EVERY_MS = 2_000;
const PING_PATIENCE_MS = 5_000;

/**
 * ioredis options from a redis:// or rediss:// URL (user, password, host, port, /db; nothing else
 * in it is read), for an outage-proof link. Throws on a URL it cannot read.
 */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const u = new URL(url);
  if (u.protocol !== "redis:" && u.protocol !== "rediss:") throw new Error("not a redis:// URL");
  if (!u.hostname) throw new Error("no host");
  const db = u.pathname.replace(/^\//, "");
  if (!/^\d*$/.test(db)) throw new Error(`the database must be a number, got '${db}'`);
  return {
    host: u.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(u.protocol === "rediss:" ? { tls: {} } : {}),
    // Wait for Redis however long it is away, rather than fail commands Colyseus does not catch.
    maxRetriesPerRequest: null,
    enableOfflineQueue: true,
    retryStrategy: (attempt: number) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
    // A cut network closes no socket: keepalives end the dead connection so that it is made
    // again (the ping below says sooner that Redis is away).
    keepAlive: 10_000,
  };
}

/** RedisPresence, with its two connections (publish, subscribe) in view. */
class WatchedRedisPresence extends RedisPresence {
  get connections(): RedisConnection[] {
    return [this.pub, this.sub] as RedisConnection[];
  }
}

/** Colyseus' hash of room listings (RedisDriver's ROOMCACHES_KEY). */
const ROOM_LISTINGS_KEY = "roomcaches";

/** RedisDriver whose room listings skip Redis while it is unreachable (`isDown`). */
class OutageTolerantDriver extends RedisDriver {
  constructor(
    options: RedisOptions,
    private readonly isDown: () => boolean,
    private readonly removedWhileDown: Set<string>,
  ) {
    super(options);
  }

  override createInstance(initialValues?: Partial<IRoomCache>) {
    const listing = super.createInstance(initialValues);
    const save = listing.save.bind(listing);
    const remove = listing.remove.bind(listing);
    listing.save = () => (this.isDown() ? Promise.resolve() : save());
    listing.remove = () => {
      if (!this.isDown()) return remove();
      this.removedWhileDown.add(listing.roomId);
      return Promise.resolve(0);
    };
    return listing;
  }
}

export class RedisLink {
  readonly presence: WatchedRedisPresence;
  readonly driver: RedisDriver;
  private readonly removedWhileDown = new Set<string>();
  private readonly connections: RedisConnection[];
  private readonly rooms = new Set<Room>();
  private down = false;
  private stopped = false;
  /** When the ping still unanswered was sent, if one is. */
  private pingSentAt: number | null = null;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(url: string) {
    const options = redisOptionsFromUrl(url);
    this.presence = new WatchedRedisPresence(options);
    this.driver = new OutageTolerantDriver(options, () => this.unavailable() !== null, this.removedWhileDown);
    // RedisDriver keeps its connection private (`_client`, Colyseus 0.16): read once, checked here.
    const driverConnection = (this.driver as unknown as { _client?: RedisConnection })._client;
    if (typeof driverConnection?.on !== "function") throw new Error("RedisDriver has no _client: Colyseus changed");
    this.connections = [...this.presence.connections, driverConnection];
    for (const connection of this.connections) {
      // Without an 'error' listener ioredis prints every failed reconnection attempt.
      connection.on("error", (err) => this.wentDown(err.message));
      connection.on("close", () => this.wentDown("connection closed"));
      connection.on("ready", () => {
        // A ping sent before a reconnection is answered after it, or never: either way, not late.
        if (connection === this.connections[0]) this.pingSentAt = null;
        this.cameBack();
      });
    }
    this.heartbeat = setInterval(() => this.ping(), PING_EVERY_MS);
    this.heartbeat.unref();
  }

  /** Why joins and new seminars cannot be matched now (Redis is not connected, or not answering), or null. */
  unavailable(): string | null {
    const notReady = this.connections.filter((c) => c.status !== "ready");
    if (notReady.length) return `Redis is unreachable (${notReady.map((c) => c.status).join(", ")})`;
    const waited = this.pingSentAt === null ? 0 : Date.now() - this.pingSentAt;
    return waited > PING_PATIENCE_MS ? `Redis has not answered for ${Math.round(waited / 1000)} s` : null;
  }

  private ping(): void {
    const [connection] = this.connections;
    if (this.pingSentAt !== null) {
      const reason = this.unavailable();
      if (reason) this.wentDown(reason);
      return;
    }
    if (connection.status !== "ready") return;
    const sentAt = Date.now();
    this.pingSentAt = sentAt;
    const answered = () => {
      if (this.pingSentAt !== sentAt) return;
      this.pingSentAt = null;
      this.cameBack();
    };
    connection.ping().then(answered, answered);
  }

  /** A room of this process, to be listed again if Redis comes back empty; forgotten once disposed. */
  track(room: Room): void {
    this.rooms.add(room);
  }

  untrack(room: Room): void {
    this.rooms.delete(room);
  }

  private wentDown(reason: string): void {
    if (this.down || this.stopped) return;
    this.down = true;
    console.error(
      `[cluster] cannot reach Redis (${reason}): running seminars go on; joins are refused until it answers`,
    );
  }

  private cameBack(): void {
    if (!this.down || this.unavailable() !== null) return;
    this.down = false;
    this.relist();
    console.error("[cluster] Redis answers again: joins are matched again");
  }

  /** The server is stopping and closes the connections itself: nothing to report any more. */
  stop(): void {
    this.stopped = true;
    clearInterval(this.heartbeat);
  }

  /** Lists every room of this process again (a restarted Redis is empty), minus those gone meanwhile. */
  private relist(): void {
    const gone = [...this.removedWhileDown];
    this.removedWhileDown.clear();
    const saves: Promise<unknown>[] = [...this.rooms].map((room) => room.listing.save() as Promise<unknown>);
    for (const roomId of gone) saves.push(this.presence.hdel(ROOM_LISTINGS_KEY, roomId));
    saves.push(Promise.resolve(matchMaker.stats.persist(true) as unknown));
    void Promise.all(saves).catch((err: unknown) => console.error("[cluster] could not list the rooms again:", err));
  }
}
