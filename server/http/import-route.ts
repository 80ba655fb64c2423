/**
 * POST /api/sessions/import: a log file becomes a replayable session with a new id. In order:
 * same origin only (same-origin.ts), one import at a time (another gets 503 with Retry-After),
 * the body read whole up to IMPORT_LIMIT_BYTES within IMPORT_BODY_SECONDS and with no pause
 * longer than IMPORT_STALL_SECONDS (else 408, and the slot is free again), then checked on the import worker
 * (`checkImport`: UTF-8, IMPORT_MAX_EVENTS, nesting depth, `parseLog`, the scenario) and stored in
 * one transaction, or refused with the line and the reason and nothing stored. The event loop
 * only moves the bytes: live seminars keep answering while a 50 MB file is checked. Imported
 * sessions are ended from the start and remember their original id.
 */
import { generateId } from "colyseus";
import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import type { Scenario } from "../../shared/scenario.js";
import type { SessionStore } from "../store/session-store.js";
import { importWorker } from "./log-worker.js";
import { sameOriginOnly } from "./same-origin.js";
import { sendError } from "./send-error.js";

export const DEFAULT_IMPORT_LIMIT_BYTES = 50 * 1024 * 1024;
export const DEFAULT_IMPORT_MAX_EVENTS = 200_000;
/**
 * The import slot is single, so a slow or stalled uploader would hold every other import off:
 * the whole body must arrive within this many seconds (50 MB at 0.5 MB/s)...
 */
export const DEFAULT_IMPORT_BODY_SECONDS = 120;
/** ...and no pause between two parts of it may be longer than this. */
export const DEFAULT_IMPORT_STALL_SECONDS = 10;
/** Seconds a client is told to wait (Retry-After) while another import is running. */
const RETRY_AFTER_SECONDS = 5;
/**
 * Content types a log file may be sent as (browsers send files as octet-stream or text/plain);
 * the last two only with the X-Seminar-Import header (see same-origin.ts).
 */
export const IMPORT_CONTENT_TYPES = [
  "application/x-ndjson",
  "application/ndjson",
  "text/plain",
  "application/octet-stream",
];

export interface ImportDeps {
  store: SessionStore;
  scenarios: ReadonlyMap<string, Scenario>;
  limitBytes: number;
  maxEvents: number;
  /** Deadlines on reading the body, in seconds: all of it, and the longest pause. */
  bodySeconds: number;
  stallSeconds: number;
  /** PUBLIC_URL: its origin may import besides the request's own host. */
  publicUrl?: string;
  now?: () => number;
}

function positiveIntFromEnv(name: string, fallback: number, env: Record<string, string | undefined>): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, got '${raw}'`);
  return n;
}

/** IMPORT_LIMIT_BYTES from the environment, or the default; a bad value is refused loudly. */
export function importLimitFromEnv(env: Record<string, string | undefined> = process.env): number {
  return positiveIntFromEnv("IMPORT_LIMIT_BYTES", DEFAULT_IMPORT_LIMIT_BYTES, env);
}

/** IMPORT_MAX_EVENTS from the environment, or the default; a bad value is refused loudly. */
export function importMaxEventsFromEnv(env: Record<string, string | undefined> = process.env): number {
  return positiveIntFromEnv("IMPORT_MAX_EVENTS", DEFAULT_IMPORT_MAX_EVENTS, env);
}

/** IMPORT_BODY_SECONDS from the environment, or the default; a bad value is refused loudly. */
export function importBodySecondsFromEnv(env: Record<string, string | undefined> = process.env): number {
  return positiveIntFromEnv("IMPORT_BODY_SECONDS", DEFAULT_IMPORT_BODY_SECONDS, env);
}

/** IMPORT_STALL_SECONDS from the environment, or the default; a bad value is refused loudly. */
export function importStallSecondsFromEnv(env: Record<string, string | undefined> = process.env): number {
  return positiveIntFromEnv("IMPORT_STALL_SECONDS", DEFAULT_IMPORT_STALL_SECONDS, env);
}

/** How long a connection given up on may take to read its 408 before it is cut. */
const GIVE_UP_GRACE_MS = 2000;

/**
 * Reads the raw body, answering 413/415/400 itself instead of passing errors to the app's 500
 * handler, and 408 when the body is late (`deps.bodySeconds`) or stalls (`deps.stallSeconds`).
 */
function readBody(deps: Pick<ImportDeps, "limitBytes" | "bodySeconds" | "stallSeconds">): RequestHandler {
  const { limitBytes, bodySeconds, stallSeconds } = deps;
  const raw = express.raw({ type: IMPORT_CONTENT_TYPES, limit: limitBytes });
  return (req: Request, res: Response, next: NextFunction) => {
    const giveUp = (message: string) => {
      stop();
      if (res.headersSent) return;
      // The rest of the body is not waited for: the answer closes the connection, which ends the
      // read and frees the slot (its `close`); a client that keeps the socket open is cut soon after.
      res.setHeader("Connection", "close");
      res.once("finish", () => setTimeout(() => req.socket.destroy(), GIVE_UP_GRACE_MS).unref());
      sendError(res, 408, "TIMEOUT", message);
    };
    const late = setTimeout(
      () => giveUp(`the log file did not arrive within ${bodySeconds} s (IMPORT_BODY_SECONDS)`),
      bodySeconds * 1000,
    );
    let stalled: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(stalled);
      stalled = setTimeout(
        () => giveUp(`the log file stopped arriving for ${stallSeconds} s (IMPORT_STALL_SECONDS)`),
        stallSeconds * 1000,
      );
    };
    const stop = () => {
      clearTimeout(late);
      clearTimeout(stalled);
      req.off("data", arm);
    };
    req.on("data", arm);
    arm();
    res.once("close", stop);
    raw(req, res, (err?: unknown) => {
      stop();
      if (res.headersSent) return;
      if (err) {
        const type = (err as { type?: string }).type;
        if (type === "entity.too.large") {
          return sendError(
            res,
            413,
            "TOO_LARGE",
            `the log file is larger than the import limit of ${limitBytes} bytes`,
          );
        }
        return sendError(res, 400, "INVALID", `could not read the request body (${type ?? "read error"})`);
      }
      if (!Buffer.isBuffer(req.body)) {
        return sendError(
          res,
          415,
          "UNSUPPORTED_MEDIA_TYPE",
          `send the log file as one of: ${IMPORT_CONTENT_TYPES.join(", ")}`,
        );
      }
      next();
    });
  };
}

export function importHandlers(deps: ImportDeps): RequestHandler[] {
  const now = deps.now ?? Date.now;
  let busy = false;

  /** One import at a time: two 50 MB files at once would double the memory and the wait. */
  const oneAtATime: RequestHandler = (req, res, next) => {
    if (busy) {
      // The body is let through unread (not kept): a client still sending it would otherwise
      // see a broken connection instead of this answer and its Retry-After.
      req.resume();
      res.set("Retry-After", String(RETRY_AFTER_SECONDS));
      return sendError(res, 503, "BUSY", `another log is being imported; try again in ${RETRY_AFTER_SECONDS} s`);
    }
    busy = true;
    res.once("close", () => (busy = false));
    next();
  };

  const handle = async (req: Request, res: Response) => {
    const checked = await importWorker.checkImport(req.body as Buffer, {
      maxEvents: deps.maxEvents,
      scenarioIds: [...deps.scenarios.keys()],
    });
    if (!checked.ok) {
      const { status, code, line, message, kind } = checked;
      return res.status(status).json({
        error: { code, message: line ? `line ${line}: ${message}` : message, line, ...(kind ? { kind } : {}) },
      });
    }
    const { header, eventCount, endedAt, ndjson } = checked;
    let id = generateId();
    while (await deps.store.session(id)) id = generateId();
    const importedAt = now();
    await deps.store.importSession(
      {
        id,
        scenarioId: header.scenarioId,
        createdAt: header.createdAt,
        endedAt,
        origin: { sessionId: header.sessionId, importedAt },
      },
      { ndjson, count: eventCount },
    );
    res
      .status(201)
      .location(`/api/sessions/${id}`)
      .json({ id, eventCount, origin: { sessionId: header.sessionId, importedAt } });
  };
  return [sameOriginOnly(deps.publicUrl), oneAtATime, readBody(deps), handle];
}
