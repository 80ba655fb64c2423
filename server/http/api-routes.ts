/**
 * The HTTP API: scenarios, sessions, each session's log, minutes and folded state, and log import.
 * A long log is never handled whole on the event loop: /log streams it page by page from the
 * store; /state and /minutes are folded on the view worker and cached by (session, seq).
 */
import { Router, type Request, type Response } from "express";
import { once } from "node:events";
import { logHeader } from "../../shared/log-format.js";
import { publicScenario, type Scenario } from "../../shared/scenario.js";
import type { SessionStore, SessionSummary } from "../store/session-store.js";
import { importHandlers, importLimitFromEnv, importMaxEventsFromEnv } from "./import-route.js";
import { debriefHandlers } from "./debrief-route.js";
import { viewWorker } from "./log-worker.js";
import { minutesHandler } from "./minutes-route.js";
import { sendError } from "./send-error.js";
import { ViewCache, sendView } from "./view-cache.js";

export interface ApiDeps {
  store: SessionStore;
  scenarios: ReadonlyMap<string, Scenario>;
  /** The sessions whose room is running right now: in this server or, in a cluster, in any. */
  liveSessions(): Promise<ReadonlySet<string>>;
  /** Largest log file POST /sessions/import accepts (default IMPORT_LIMIT_BYTES or 50 MB). */
  importLimitBytes?: number;
  /** Most events an imported log may have (default IMPORT_MAX_EVENTS or 200,000). */
  importMaxEvents?: number;
  /** PUBLIC_URL, whose origin may import besides the request's own host. */
  publicUrl?: string;
}

export function apiRoutes(deps: ApiDeps): Router {
  const router = Router();
  const { store, scenarios } = deps;
  const views = new ViewCache();

  const summary = (s: SessionSummary, live: ReadonlySet<string>) => ({
    id: s.id,
    scenarioId: s.scenarioId,
    createdAt: s.createdAt,
    endedAt: s.endedAt,
    eventCount: s.eventCount,
    participantCount: s.participantCount,
    live: live.has(s.id),
    ...(s.origin ? { origin: s.origin } : {}),
  });

  /** Loads the session named in the URL, or answers 404 and returns null. */
  const sessionOr404 = async (req: Request, res: Response) => {
    const session = await store.session(String(req.params.id));
    if (!session) sendError(res, 404, "NOT_FOUND", `no session '${String(req.params.id).slice(0, 64)}'`);
    return session;
  };

  router.get("/scenarios", (_req, res) => {
    res.json([...scenarios.values()].map((s) => ({ id: s.id, title: s.title, summary: s.summary })));
  });

  router.get("/scenarios/:id", (req, res) => {
    const scenario = scenarios.get(req.params.id);
    if (!scenario) return sendError(res, 404, "NOT_FOUND", `no scenario '${req.params.id.slice(0, 64)}'`);
    res.json(publicScenario(scenario));
  });

  router.get("/sessions", async (_req, res) => {
    const [sessions, live] = await Promise.all([store.list(), deps.liveSessions()]);
    res.json(sessions.map((s) => summary(s, live)));
  });

  router.post(
    "/sessions/import",
    ...importHandlers({
      store,
      scenarios,
      limitBytes: deps.importLimitBytes ?? importLimitFromEnv(),
      maxEvents: deps.importMaxEvents ?? importMaxEventsFromEnv(),
      publicUrl: deps.publicUrl,
    }),
  );

  router.get("/sessions/:id", async (req, res) => {
    const session = await sessionOr404(req, res);
    if (session) res.json(summary(session, await deps.liveSessions()));
  });

  router.get("/sessions/:id/log", async (req, res) => {
    const session = await sessionOr404(req, res);
    if (!session) return;
    res.type("application/x-ndjson");
    res.setHeader("Content-Disposition", `attachment; filename="seminar-${session.id}.ndjson"`);
    const header = logHeader({ sessionId: session.id, scenarioId: session.scenarioId, createdAt: session.createdAt });
    res.write(JSON.stringify(header) + "\n");
    // Up to the count read above, so the file is one consistent prefix even while the room appends.
    try {
      for await (const lines of store.eventPages(session.id, session.eventCount)) {
        if (res.destroyed) return;
        if (!res.write(lines.join("\n") + "\n")) await once(res, "drain");
      }
      res.end();
    } catch (err) {
      // The status is already sent: cutting the body short is the only honest answer left.
      console.error("[http] GET /log failed mid-stream:", err);
      res.destroy();
    }
  });

  router.get("/sessions/:id/minutes", minutesHandler({ store, views }));

  const debrief = debriefHandlers({ store, scenarios });
  router.get("/sessions/:id/debrief", debrief.json);
  router.get("/sessions/:id/debrief.csv", debrief.csv);

  router.get("/sessions/:id/state", async (req, res) => {
    const session = await sessionOr404(req, res);
    if (!session) return;
    let upTo = session.eventCount;
    if (req.query.seq !== undefined) {
      const raw = typeof req.query.seq === "string" ? req.query.seq : "";
      if (!/^\d{1,12}$/.test(raw) || Number(raw) > session.eventCount) {
        return sendError(res, 400, "INVALID", `seq must be a whole number from 0 to ${session.eventCount}`);
      }
      upTo = Number(raw);
    }
    const state = await views.get(`state\u0000${session.id}\u0000${upTo}`, () =>
      viewWorker.view({ view: "state" }, store.eventPages(session.id, upTo)),
    );
    sendView(res, "application/json; charset=utf-8", state);
  });

  return router;
}
