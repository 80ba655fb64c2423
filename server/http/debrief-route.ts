/**
 * GET /api/sessions/:id/debrief (JSON) and /debrief.csv (one row per participant): the debrief
 * folded from the session's log on the view worker and cached by (session, seq) with /state and
 * /minutes, so a teacher reloading the page costs one fold, and a loop of requests for a long
 * session's debrief costs the event loop nothing but the writes.
 */
import type { RequestHandler } from "express";
import type { SessionStore } from "../store/session-store.js";
import { viewWorker } from "./log-worker.js";
import { sendError } from "./send-error.js";
import { sendView, type ViewCache } from "./view-cache.js";

export function debriefHandlers(deps: { store: SessionStore; views: ViewCache }): {
  json: RequestHandler;
  csv: RequestHandler;
} {
  const handler =
    (view: "debrief" | "debrief.csv"): RequestHandler =>
    async (req, res) => {
      const id = String(req.params.id);
      const session = await deps.store.session(id);
      if (!session) return sendError(res, 404, "NOT_FOUND", `no session '${id.slice(0, 64)}'`);
      // The debrief reads only the log (its post-mortem waits for the logged sessionEnded), so
      // the seq names it.
      const bytes = await deps.views.get(`${view}\u0000${session.id}\u0000${session.eventCount}`, () =>
        viewWorker.view(
          { view, meta: { sessionId: session.id, scenarioId: session.scenarioId } },
          deps.store.eventPages(session.id, session.eventCount),
        ),
      );
      if (view === "debrief") return sendView(res, "application/json; charset=utf-8", bytes);
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Content-Disposition", `attachment; filename="debrief-${session.id}.csv"`);
      sendView(res, "text/csv; charset=utf-8", bytes);
    };
  return { json: handler("debrief"), csv: handler("debrief.csv") };
}
