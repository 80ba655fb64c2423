/** GET /api/sessions/:id/minutes: the session's minutes as Markdown, rendered from its log. */
import type { Request, RequestHandler, Response } from "express";
import type { Scenario } from "../../shared/scenario.js";
import { renderMinutes } from "../../shared/replay/minutes.js";
import type { SessionStore } from "../store/session-store.js";
import { sendError } from "./send-error.js";

export function minutesHandler(deps: {
  store: SessionStore;
  scenarios: ReadonlyMap<string, Scenario>;
}): RequestHandler {
  return async (req: Request, res: Response) => {
    const id = String(req.params.id);
    const session = await deps.store.session(id);
    if (!session) return sendError(res, 404, "NOT_FOUND", `no session '${id.slice(0, 64)}'`);
    const markdown = renderMinutes({
      sessionId: session.id,
      scenarioId: session.scenarioId,
      createdAt: session.createdAt,
      endedAt: session.endedAt,
      origin: session.origin ?? null,
      scenario: deps.scenarios.get(session.scenarioId),
      events: await deps.store.events(session.id),
    });
    res.setHeader("Content-Type", "text/markdown; charset=utf-8");
    // Never let a browser guess this is HTML: the text is escaped for Markdown, not served as a page.
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Disposition", `inline; filename="minutes-${session.id}.md"`);
    res.send(markdown);
  };
}
