/**
 * POST /api/sessions/import: a log file becomes a replayable session with a new id. The file is
 * read whole (up to a configurable size), checked line by line with `parseLog` (the same reader
 * the browser uses), and stored in one transaction, or refused with the line and the reason and
 * nothing stored. Imported sessions are ended from the start and remember their original id.
 */
import { generateId } from "colyseus";
import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import { parseLog, type LogProblemKind } from "../../shared/log-format.js";
import type { Scenario } from "../../shared/scenario.js";
import type { SessionStore } from "../store/session-store.js";
import { sendError } from "./send-error.js";

export const DEFAULT_IMPORT_LIMIT_BYTES = 50 * 1024 * 1024;
/** Content types a log file may be sent as (browsers send files as octet-stream or text/plain). */
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
  now?: () => number;
}

/** IMPORT_LIMIT_BYTES from the environment, or the default; a bad value is refused loudly. */
export function importLimitFromEnv(env: Record<string, string | undefined> = process.env): number {
  const raw = env.IMPORT_LIMIT_BYTES;
  if (raw === undefined || raw === "") return DEFAULT_IMPORT_LIMIT_BYTES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`IMPORT_LIMIT_BYTES must be a positive whole number of bytes, got '${raw}'`);
  return n;
}

const CODES: Record<LogProblemKind, string> = {
  format: "UNSUPPORTED_FORMAT",
  version: "UNSUPPORTED_VERSION",
  invalid: "INVALID",
};

function sendLogError(res: Response, code: string, line: number | null, message: string, kind?: LogProblemKind): void {
  res
    .status(400)
    .json({ error: { code, message: line ? `line ${line}: ${message}` : message, line, ...(kind ? { kind } : {}) } });
}

/** Reads the raw body, answering 413/415/400 itself instead of passing errors to the app's 500 handler. */
function readBody(limitBytes: number): RequestHandler {
  const raw = express.raw({ type: IMPORT_CONTENT_TYPES, limit: limitBytes });
  return (req: Request, res: Response, next: NextFunction) => {
    raw(req, res, (err?: unknown) => {
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

/** Decodes strict UTF-8; on failure names the first line with a bad byte sequence. */
function decodeUtf8(buf: Buffer): { ok: true; text: string } | { ok: false; line: number } {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(buf) };
  } catch {
    const strict = new TextDecoder("utf-8", { fatal: true });
    let start = 0;
    for (let line = 1; ; line++) {
      const end = buf.indexOf(0x0a, start);
      try {
        strict.decode(buf.subarray(start, end === -1 ? buf.length : end));
      } catch {
        return { ok: false, line };
      }
      if (end === -1) return { ok: false, line };
      start = end + 1;
    }
  }
}

export function importHandlers(deps: ImportDeps): RequestHandler[] {
  const now = deps.now ?? Date.now;
  const handle = async (req: Request, res: Response) => {
    const decoded = decodeUtf8(req.body as Buffer);
    if (!decoded.ok) return sendLogError(res, "INVALID", decoded.line, "the file is not valid UTF-8 text", "invalid");
    const parsed = parseLog(decoded.text);
    if (!parsed.ok) return sendLogError(res, CODES[parsed.kind], parsed.line, parsed.reason, parsed.kind);
    const { header, events } = parsed;
    if (!deps.scenarios.has(header.scenarioId)) {
      return sendLogError(res, "UNKNOWN_SCENARIO", 1, `this server has no scenario '${header.scenarioId}'`);
    }
    let id = generateId();
    while (await deps.store.session(id)) id = generateId();
    const importedAt = now();
    await deps.store.importSession(
      {
        id,
        scenarioId: header.scenarioId,
        createdAt: header.createdAt,
        endedAt: events[events.length - 1].at,
        origin: { sessionId: header.sessionId, importedAt },
      },
      events,
    );
    res
      .status(201)
      .location(`/api/sessions/${id}`)
      .json({ id, eventCount: events.length, origin: { sessionId: header.sessionId, importedAt } });
  };
  return [readBody(deps.limitBytes), handle];
}
