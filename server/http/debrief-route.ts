/**
 * GET /api/sessions/:id/debrief (JSON) and /debrief.csv (one row per participant): the debrief
 * folded from the session's log. A long log's fold is not free, so each result is kept by
 * (session, seq): a teacher reloading the page, or the JSON and the CSV of the same moment, cost
 * one fold; a new event makes a new key.
 */
import type { Request, RequestHandler, Response } from "express";
import { debriefCsv } from "../../shared/debrief/debrief-csv.js";
import { computeDebrief, type Debrief } from "../../shared/debrief/debrief.js";
import type { Scenario } from "../../shared/scenario.js";
import type { SessionStore } from "../store/session-store.js";
import { sendError } from "./send-error.js";

/** A handful of recent debriefs; each is a few KB to a few hundred KB (a speech list per session). */
const CACHE_ENTRIES = 16;

export function debriefHandlers(deps: { store: SessionStore; scenarios: ReadonlyMap<string, Scenario> }): {
  json: RequestHandler;
  csv: RequestHandler;
} {
  const cache = new Map<string, Debrief>();

  const debriefOf = async (req: Request, res: Response) => {
    const id = String(req.params.id);
    const session = await deps.store.session(id);
    if (!session) {
      sendError(res, 404, "NOT_FOUND", `no session '${id.slice(0, 64)}'`);
      return null;
    }
    const scenario = deps.scenarios.get(session.scenarioId);
    const key = `${session.id}\u0000${session.eventCount}`;
    let debrief = cache.get(key);
    if (debrief) {
      cache.delete(key);
    } else {
      debrief = computeDebrief(await deps.store.events(session.id, session.eventCount), scenario);
      if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    }
    cache.set(key, debrief);
    return { session, scenario, debrief };
  };

  return {
    json: async (req, res) => {
      const found = await debriefOf(req, res);
      if (found) res.json({ sessionId: found.session.id, scenarioId: found.session.scenarioId, ...found.debrief });
    },
    csv: async (req, res) => {
      const found = await debriefOf(req, res);
      if (!found) return;
      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.setHeader("Content-Disposition", `attachment; filename="debrief-${found.session.id}.csv"`);
      res.send(debriefCsv(found.debrief, found.scenario));
    },
  };
}
