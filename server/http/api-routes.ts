/**
 * The HTTP API: scenarios, sessions, each session's log, minutes and folded state, and log import.
 * A long log is never handled whole on the event loop: /log streams it page by page from the
 * store; /state, /minutes and /debrief are folded on the view worker and cached by (session, seq).
 */
import { Router, type Request, type Response } from "express";
import { fold } from "../../shared/engine/apply.js";
import { once } from "node:events";
import { logHeader } from "../../shared/log-format.js";
import { publicScenario, type Scenario } from "../../shared/scenario.js";
import { isSessionId } from "../../shared/ids.js";
import { own } from "../../shared/null-record.js";
import { SeatKey } from "../../shared/protocol.js";
import { LIMITS, SEAT_KEY_HEADER } from "../../shared/vocabulary.js";
import { hashSeatKey } from "../session/seat-keys.js";
import type { SessionStore, SessionSummary } from "../store/session-store.js";
import {
  importBodySecondsFromEnv,
  importHandlers,
  importLimitFromEnv,
  importMaxEventsFromEnv,
  importStallSecondsFromEnv,
} from "./import-route.js";
import { debriefHandlers } from "./debrief-route.js";
import { viewWorker } from "./log-worker.js";
import { minutesHandler } from "./minutes-route.js";
import { recordAccess } from "./record-access.js";
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
  /** Seconds an import's body may take (default IMPORT_BODY_SECONDS or 120) and pause (IMPORT_STALL_SECONDS or 10). */
  importBodySeconds?: number;
  importStallSeconds?: number;
  /** PUBLIC_URL, whose origin may import besides the request's own host. */
  publicUrl?: string;
}

const LIST_DEFAULT = 50;
const LIST_MAX = 200;

/** A list cursor: the last session shown, as base64url JSON [createdAt, id]. */
function encodeCursor(s: SessionSummary): string {
  return Buffer.from(JSON.stringify([s.createdAt, s.id])).toString("base64url");
}

function decodeCursor(raw: unknown): { createdAt: number; id: string } | null {
  if (typeof raw !== "string" || raw.length > 200) return null;
  try {
    const v: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 2 && Number.isInteger(v[0]) && typeof v[1] === "string" && v[1].length <= 64)
      return { createdAt: v[0] as number, id: v[1] };
  } catch {
    // not JSON: refused below
  }
  return null;
}

/**
 * The ids of `?ids=a,b,c`: one comma-separated list of 1 to LIMITS.summariesMax seminar ids,
 * each asked once; else the code and reason of the 400.
 */
function summaryIds(raw: unknown): { ids: string[] } | { code: string; message: string } {
  if (typeof raw !== "string" || raw === "")
    return { code: "INVALID", message: "ids must be one comma-separated list of seminar ids: ?ids=a,b,c" };
  // Split no further than one past the limit: a long list costs no more than a full one.
  const ids = raw.split(",", LIMITS.summariesMax + 1);
  if (ids.length > LIMITS.summariesMax)
    return { code: "TOO_MANY_IDS", message: `at most ${LIMITS.summariesMax} ids in one request` };
  const bad = ids.find((id) => !isSessionId(id));
  if (bad !== undefined) return { code: "INVALID", message: `'${bad.slice(0, 64)}' is not a seminar id` };
  return { ids: [...new Set(ids)] };
}

export function apiRoutes(deps: ApiDeps): Router {
  const router = Router();
  const { store, scenarios } = deps;
  const views = new ViewCache();

  const summary = (s: SessionSummary, live: ReadonlySet<string>) => ({
    id: s.id,
    title: s.title ?? defaultTitle(s),
    scenarioId: s.scenarioId,
    createdAt: s.createdAt,
    endedAt: s.endedAt,
    eventCount: s.eventCount,
    participantCount: s.participantCount,
    live: live.has(s.id),
    ended: s.endedAt !== null,
    listed: s.listed,
    passcode: s.hasPasscode,
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

  const defaultTitle = (s: SessionSummary) =>
    `${scenarios.get(s.scenarioId)?.title ?? s.scenarioId} · ${new Date(s.createdAt).toISOString().slice(0, 10)}`;

  // Only listed seminars, newest first, a page at a time; the next page's cursor in X-Next-Cursor.
  router.get("/sessions", async (req, res) => {
    const rawLimit = req.query.limit;
    let limit = LIST_DEFAULT;
    if (rawLimit !== undefined) {
      if (typeof rawLimit !== "string" || !/^\d{1,4}$/.test(rawLimit) || +rawLimit < 1 || +rawLimit > LIST_MAX)
        return sendError(res, 400, "INVALID", `limit must be a whole number from 1 to ${LIST_MAX}`);
      limit = Number(rawLimit);
    }
    const after = req.query.cursor === undefined ? undefined : decodeCursor(req.query.cursor);
    if (after === null) return sendError(res, 400, "INVALID", "cursor is not one this server gave out");
    const page = await store.list({ listedOnly: true, limit: limit + 1, after });
    const shown = page.slice(0, limit);
    if (page.length > limit) res.setHeader("X-Next-Cursor", encodeCursor(shown[shown.length - 1]));
    const live = await deps.liveSessions();
    res.json(shown.map((s) => summary(s, live)));
  });

  // Many seminars' summaries in one request (the door's "Your seminars"): exactly what
  // GET /sessions/:id answers for each, in the order asked; an unknown id is simply absent.
  // Declared before /sessions/:id, which would otherwise take "summaries" for an id.
  router.get("/sessions/summaries", async (req, res) => {
    const asked = summaryIds(req.query.ids);
    if (!("ids" in asked)) return sendError(res, 400, asked.code, asked.message);
    const sessions = await Promise.all(asked.ids.map((id) => store.session(id)));
    const live = await deps.liveSessions();
    res.json(sessions.filter((s) => s !== null).map((s) => summary(s, live)));
  });

  // Everything a seminar with a passcode holds (log, state, minutes, debrief) needs the passcode
  // or a seat in it; its summary (title, whether it has one) does not, so a page can ask for it.
  router.use("/sessions/:id", recordAccess({ store, views }));

  // Deleting needs the facilitator's seat key, and a seminar that has ended and closed.
  router.delete("/sessions/:id", async (req, res) => {
    const session = await sessionOr404(req, res);
    if (!session) return;
    const key = SeatKey.safeParse(req.get(SEAT_KEY_HEADER) ?? "");
    const holder = key.success ? await store.seatHolder(session.id, hashSeatKey(key.data)) : null;
    const facilitator = holder !== null && own(fold(await store.events(session.id)).participants, holder)?.facilitator;
    if (!facilitator)
      return sendError(res, 403, "FORBIDDEN", "only the facilitator's seat key (X-Seat-Key) can delete a seminar");
    if ((await deps.liveSessions()).has(session.id) || session.endedAt === null)
      return sendError(res, 409, "CONFLICT", "the seminar is still live; end it and let everyone leave first");
    await store.deleteSession(session.id);
    res.status(204).end();
  });

  router.post(
    "/sessions/import",
    ...importHandlers({
      store,
      scenarios,
      limitBytes: deps.importLimitBytes ?? importLimitFromEnv(),
      maxEvents: deps.importMaxEvents ?? importMaxEventsFromEnv(),
      bodySeconds: deps.importBodySeconds ?? importBodySecondsFromEnv(),
      stallSeconds: deps.importStallSeconds ?? importStallSecondsFromEnv(),
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

  const debrief = debriefHandlers({ store, views });
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
