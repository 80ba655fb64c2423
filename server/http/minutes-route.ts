/**
 * GET /api/sessions/:id/minutes: the session's minutes as Markdown, rendered from its log on the
 * view worker and cached by (session, seq).
 */
import type { Request, RequestHandler, Response } from "express";
import type { SessionStore } from "../store/session-store.js";
import { viewWorker } from "./log-worker.js";
import { sendError } from "./send-error.js";
import { sendView, type ViewCache } from "./view-cache.js";

export function minutesHandler(deps: { store: SessionStore; views: ViewCache }): RequestHandler {
  return async (req: Request, res: Response) => {
    const id = String(req.params.id);
    const session = await deps.store.session(id);
    if (!session) return sendError(res, 404, "NOT_FOUND", `no session '${id.slice(0, 64)}'`);
    const key = `minutes\u0000${session.id}\u0000${session.eventCount}\u0000${session.endedAt ?? ""}`;
    const markdown = await deps.views.get(key, () =>
      viewWorker.view(
        {
          view: "minutes",
          meta: {
            sessionId: session.id,
            scenarioId: session.scenarioId,
            createdAt: session.createdAt,
            endedAt: session.endedAt,
            origin: session.origin ?? null,
          },
        },
        deps.store.eventPages(session.id, session.eventCount),
      ),
    );
    // Never let a browser guess this is HTML: the text is escaped for Markdown, not served as a page.
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Disposition", `inline; filename="minutes-${session.id}.md"`);
    sendView(res, "text/markdown; charset=utf-8", markdown);
  };
}
