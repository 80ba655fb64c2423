/**
 * The one assembly point: builds the Express app, the Colyseus server and the store, and starts
 * them on a port. `npm start` and every test boot the server through `startSeminarServer`.
 */
import { Server, matchMaker, type Room } from "colyseus";
import { WebSocketTransport } from "@colyseus/ws-transport";
import express from "express";
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { JoinRefusal, ROOM_NAME } from "../shared/wire.js";
import { scenarios } from "../shared/scenarios/index.js";
import { AddressLedger, addressLimitsFromEnv, limitMessage, type AddressLimits } from "./address-limits.js";
import { apiRoutes } from "./http/api-routes.js";
import { securityHeaders } from "./http/security-headers.js";
import { normalizeAddress } from "./rooms/client-address.js";
import { sendError } from "./http/send-error.js";
import { invitationRoute } from "./http/invitation-route.js";
import { guardHosts, publicUrl, type ReachConfig } from "./http/served-hosts.js";
import { DEFAULT_RATE_LIMIT, type RateLimit } from "./session/rate-limiter.js";
import { bindSeminarRoom, type RestoreOptions } from "./rooms/seminar-room.js";
import type { SessionStore } from "./store/session-store.js";
import { SqliteSessionStore } from "./store/sqlite-session-store.js";
import type { ClusterConfig } from "./cluster/cluster-config.js";
import { modeParts } from "./cluster/cluster-mode.js";
import { SessionRestorer } from "./cluster/session-restorer.js";

// @colyseus/ws-transport's ESM build calls `new WebSocket.Server()`, a property that only the
// CommonJS entry of `ws` attaches to the class it shares with the ESM entry. Loading that entry
// once here makes the ESM build work without loading a second copy of @colyseus/core.
createRequire(import.meta.url)("ws");

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

export interface SeminarServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  dataDir?: string;
  /** A store to use instead of SQLite in dataDir. */
  store?: SessionStore;
  /** How long a dropped connection keeps its place, in seconds. */
  reconnectSeconds?: number;
  rateLimit?: RateLimit;
  /** Largest WebSocket frame accepted; a larger one closes that socket only. */
  maxPayloadBytes?: number;
  maxClientsPerRoom?: number;
  /** The built client (vite build output). */
  clientDir?: string;
  /** Bring back sessions that were live when the server last stopped (default true). */
  restoreLiveSessions?: boolean;
  /** Largest log file POST /api/sessions/import accepts (default: IMPORT_LIMIT_BYTES, else 50 MB). */
  importLimitBytes?: number;
  /** Per-address limits (default: the LIMIT_… variables, else DEFAULT_ADDRESS_LIMITS; 0 = off). */
  addressLimits?: AddressLimits;
  /** Ended seminars older than this many days are deleted (default: RETENTION_DAYS; unset = keep). */
  retentionDays?: number | null;
  /** Most events an imported log may have (default: IMPORT_MAX_EVENTS, else 200,000). */
  importMaxEvents?: number;
  /** Seconds an import's whole body may take to arrive (default: IMPORT_BODY_SECONDS, else 120). */
  importBodySeconds?: number;
  /** Longest pause, in seconds, while an import's body arrives (default: IMPORT_STALL_SECONDS, else 10). */
  importStallSeconds?: number;
  /** PUBLIC_URL: the address people use to reach this server; its host is answered too. */
  publicUrl?: string;
  /** PostgreSQL store and, with Redis, several processes (see server/cluster/cluster-config.ts). */
  cluster?: ClusterConfig;
  /**
   * Called once if this process loses its hold on its sessions (the lock connection to
   * PostgreSQL broke): it must stop at once, writing nothing more. Default: exit with status 1.
   */
  onOwnershipLost?: (reason: Error) => void;
}

export interface RunningSeminarServer {
  port: number;
  url: string;
  /** The address to give people (invitation links): see `publicUrl` in server/http/served-hosts.ts. */
  publicUrl: string;
  store: SessionStore;
  httpServer: HttpServer;
  stop(): Promise<void>;
}

export const DEFAULTS = {
  port: 2567,
  host: "127.0.0.1",
  dataDir: "./data",
  reconnectSeconds: 60,
  // A 2,000-character speech in Cyrillic is about 6 KB: leave room, refuse anything absurd.
  maxPayloadBytes: 64 * 1024,
  maxClientsPerRoom: 300,
  // Join and create options are a name, a scenario id and a seat key: a few hundred bytes.
  maxJoinOptionsBytes: 16 * 1024,
} as const;

export async function startSeminarServer(options: SeminarServerOptions): Promise<RunningSeminarServer> {
  let shuttingDown = false;
  const mode = await modeParts(
    options.cluster,
    () => options.store ?? new SqliteSessionStore(options.dataDir ?? DEFAULTS.dataDir),
    (reason) => {
      shuttingDown = true;
      (options.onOwnershipLost ?? exitOnOwnershipLost)(reason);
    },
  );
  const { store, ownership } = mode;
  const pendingRestores = new Set<string>();
  const addresses = new AddressLedger(options.addressLimits ?? addressLimitsFromEnv());

  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders());
  // In a cluster, a process without Redis serves its running seminars but matches no join: say so.
  app.get("/healthz", (_req, res) => {
    const reason = mode.redis?.unavailable() ?? null;
    if (reason) return res.status(503).json({ ok: false, reason });
    res.json({ ok: true });
  });
  app.use(
    "/api",
    apiRoutes({
      store,
      scenarios,
      liveSessions: () => ownership.ownedAnywhere(),
      importLimitBytes: options.importLimitBytes,
      importMaxEvents: options.importMaxEvents,
      importBodySeconds: options.importBodySeconds,
      importStallSeconds: options.importStallSeconds,
      publicUrl: options.publicUrl,
    }),
  );
  // Known once the server listens (its port): until then, nobody can ask.
  let reach: ReachConfig | null = null;
  app.get(
    "/api/invitation",
    invitationRoute(() => (reach ? publicUrl(reach) : null)),
  );
  app.use("/api", (_req, res) => sendError(res, 404, "NOT_FOUND", "no such API route"));
  mountClient(app, options.clientDir ?? join(ROOT, "dist", "client"));
  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    console.error("[http]", err);
    if (!res.headersSent) sendError(res, 500, "INTERNAL", "the server failed to answer this request");
  });

  const httpServer = createServer(app);
  const gameServer = new Server({
    transport: new WebSocketTransport({
      server: httpServer,
      maxPayload: options.maxPayloadBytes ?? DEFAULTS.maxPayloadBytes,
    }),
    gracefullyShutdown: false,
    greet: false,
    ...mode.colyseus,
  });
  const rooms = gameServer.define(
    ROOM_NAME,
    bindSeminarRoom({
      store,
      scenario: (id) => scenarios.get(id),
      reconnectSeconds: options.reconnectSeconds ?? DEFAULTS.reconnectSeconds,
      rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
      maxClients: options.maxClientsPerRoom ?? DEFAULTS.maxClientsPerRoom,
      shuttingDown: () => shuttingDown,
      now: () => Date.now(),
      pendingRestores,
      addresses,
      ownership,
    }),
  );
  if (mode.redis) {
    const link = mode.redis;
    rooms.on("create", (room: Room) => link.track(room)).on("dispose", (room: Room) => link.untrack(room));
  }
  await gameServer.listen(options.port, options.host ?? DEFAULTS.host);
  guardMatchmaking(httpServer, DEFAULTS.maxJoinOptionsBytes, addresses, () => mode.redis?.unavailable() ?? null);
  countConnections(httpServer, addresses);
  const port = (httpServer.address() as AddressInfo).port;
  reach = {
    host: options.host ?? DEFAULTS.host,
    port,
    publicUrl: options.publicUrl,
    // In a cluster, browsers open their WebSocket at this process's PUBLIC_ADDRESS.
    alsoAnswer: options.cluster?.redis ? [options.cluster.redis.publicAddress] : [],
  };
  guardHosts(httpServer, reach);

  const restorer = new SessionRestorer({
    store,
    ownership,
    // Always in this process (matchMaker.createRoom could place it on another one).
    restore: async (id) => {
      pendingRestores.add(id);
      try {
        await matchMaker.handleCreateRoom(ROOM_NAME, { restoreSessionId: id } satisfies RestoreOptions);
      } finally {
        pendingRestores.delete(id);
      }
    },
  });
  if (options.restoreLiveSessions ?? true) {
    await restorer.sweep();
    if (mode.sweepSeconds !== null) restorer.start(mode.sweepSeconds);
  }

  const retentionDays = options.retentionDays === undefined ? retentionDaysFromEnv() : options.retentionDays;
  const sweep =
    retentionDays === null ? null : startRetentionSweep(store, retentionDays, () => ownership.ownedAnywhere());

  const host = options.host ?? DEFAULTS.host;
  return {
    port,
    url: `http://${host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host}:${port}`,
    publicUrl: publicUrl(reach),
    store,
    httpServer,
    async stop() {
      shuttingDown = true;
      mode.redis?.stop();
      if (sweep) clearInterval(sweep);
      await restorer.stop();
      await gameServer.gracefullyShutdown(false);
      // Only now, with every room closed and its last events written, may another process take over.
      await ownership.close();
      await store.close();
    },
  };
}

function exitOnOwnershipLost(reason: Error): never {
  console.error(`[cluster] lost the session locks (${reason.message}); exiting so that no session has two writers`);
  process.exit(1);
}

/**
 * Guards the matchmaking requests (create, join): Colyseus takes over the server's "request"
 * listeners in `listen`, so this wraps them in turn.
 *
 * - Colyseus reads a request's body (the join options) whole, with no size limit, before parsing
 *   it: one huge POST could exhaust memory. A body over `limit` bytes is cut off (413).
 * - Per-address limits: an address with its connections in use, or that has opened its hour's
 *   seminars, is refused before a seat is reserved, answered as Colyseus answers its own refusals
 *   (200 with `{ code, error }`: colyseus.js rejects with that code), naming the limit's variable.
 * - In a cluster whose Redis is unreachable, nothing can be matched: refused at once
 *   (`unavailable`, with the reason) rather than left waiting for Redis to come back.
 */
function guardMatchmaking(
  server: HttpServer,
  limit: number,
  addresses: AddressLedger,
  unavailable: () => string | null,
): void {
  const listeners = server.listeners("request").slice() as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners("request");
  const answer = (res: ServerResponse, status: number, code: number, error: string) => {
    if (res.headersSent) return;
    res.writeHead(status, { "Content-Type": "application/json", Connection: "close" });
    res.end(JSON.stringify({ code, error }));
  };
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === "POST" && req.url?.includes("/matchmake/")) {
      const down = unavailable();
      if (down) return answer(res, 200, JoinRefusal.unavailable, `cannot match joins now: ${down}; try again shortly`);
      const address = normalizeAddress(req.socket.remoteAddress);
      if (!addresses.mayConnect(address))
        return answer(res, 200, JoinRefusal.addressLimit, limitMessage("connections", addresses.limits));
      if (/\/matchmake\/create\//.test(req.url) && !addresses.mayCreate(address, Date.now()))
        return answer(res, 200, JoinRefusal.addressLimit, limitMessage("seminarsPerHour", addresses.limits));
      addresses.seatReserved(address, Date.now());
      const refuse = () => {
        answer(res, 413, 413, `join options must be at most ${limit} bytes`);
        req.destroy();
      };
      if (Number(req.headers["content-length"] ?? 0) > limit) return refuse();
      let seen = 0;
      req.on("data", (chunk: Buffer) => {
        seen += chunk.length;
        if (seen > limit) refuse();
      });
    }
    for (const listener of listeners) listener.call(server, req, res);
  });
}

/** Counts every address's open WebSocket connections for the connection limit. */
function countConnections(server: HttpServer, addresses: AddressLedger): void {
  server.on("upgrade", (req: IncomingMessage) => {
    const address = normalizeAddress(req.socket.remoteAddress);
    addresses.connectionOpened(address);
    req.socket.once("close", () => addresses.connectionClosed(address));
  });
}

function retentionDaysFromEnv(): number | null {
  const raw = process.env.RETENTION_DAYS;
  if (raw === undefined || raw === "") return null;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error("RETENTION_DAYS must be a number of days above 0 (unset: keep)");
  return n;
}

const DAY = 86_400_000;
const SWEEP_EVERY = 3_600_000;

/** Deletes ended seminars older than `days`, now and every hour. */
function startRetentionSweep(
  store: SessionStore,
  days: number,
  liveSessions: () => Promise<ReadonlySet<string>>,
): NodeJS.Timeout {
  const sweep = async () => {
    const old = await store.endedBefore(Date.now() - days * DAY);
    if (old.length === 0) return;
    const live = await liveSessions();
    for (const id of old) if (!live.has(id)) await store.deleteSession(id);
  };
  const run = () => void sweep().catch((err) => console.error("[retention]", err));
  run();
  const timer = setInterval(run, SWEEP_EVERY);
  timer.unref();
  return timer;
}

/** Serves the built client, with the app's own routes falling back to its index page. */
function mountClient(app: express.Express, clientDir: string): void {
  const index = join(clientDir, "index.html");
  app.use(express.static(clientDir, { index: false }));
  app.get(["/", "/replay/{*path}", "/debrief/{*path}", "/minutes/{*path}"], (_req, res) => {
    if (existsSync(index)) return res.sendFile(index);
    res
      .status(503)
      .type("text/plain")
      .send("The client has not been built. Run `npm run build` (npm start does it for you), then reload.");
  });
}
