/**
 * Same-origin only, for requests that change something (the log import). A `text/plain` POST
 * needs no CORS preflight, so without this any page a teacher visits could post a file to the
 * teacher's own server. Two locks, both checked before the body is read:
 * - a browser request from another site is refused (403): `Sec-Fetch-Site` must be
 *   `same-origin` (or `none`, a request the user made directly), and an `Origin`, when sent,
 *   must be this server's (the request's own host, or PUBLIC_URL's origin);
 * - the body must be sent as the log's own type (`application/x-ndjson`) or carry the
 *   `X-Seminar-Import` header: either makes a cross-site request need a preflight, which this
 *   server never grants, so even a browser that sends no Origin cannot send it.
 */
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { sendError } from "./send-error.js";

/** The header a client sends to import a file as text/plain or octet-stream (any value). */
export const IMPORT_HEADER = "x-seminar-import";
/** Content types that need no other proof: a cross-site page cannot send them without a preflight. */
export const PREFLIGHTED_TYPES = ["application/x-ndjson", "application/ndjson"];

export function sameOriginOnly(publicUrl?: string): RequestHandler {
  const publicOrigin = publicUrl ? new URL(publicUrl).origin : null;
  return (req: Request, res: Response, next: NextFunction) => {
    // Refused without reading the body, so the connection cannot carry another request.
    const refuse = (status: number, code: string, message: string) => {
      res.set("Connection", "close");
      sendError(res, status, code, message);
    };
    const site = req.get("sec-fetch-site");
    if (site !== undefined && site !== "same-origin" && site !== "none") {
      return refuse(403, "CROSS_ORIGIN", `requests from another site (${site.slice(0, 20)}) are refused`);
    }
    const origin = req.get("origin");
    if (origin !== undefined && !isOwnOrigin(origin, req.get("host"), publicOrigin)) {
      return refuse(
        403,
        "CROSS_ORIGIN",
        `requests from ${origin.slice(0, 80)} are refused; use this server's own page`,
      );
    }
    const type = (req.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (!PREFLIGHTED_TYPES.includes(type) && req.get(IMPORT_HEADER) === undefined) {
      return refuse(
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        `send the log as ${PREFLIGHTED_TYPES[0]}, or with the header ${IMPORT_HEADER}: 1 for other types`,
      );
    }
    next();
  };
}

function isOwnOrigin(origin: string, host: string | undefined, publicOrigin: string | null): boolean {
  if (origin === publicOrigin) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file pages) and garbage
  }
  return (
    (url.protocol === "http:" || url.protocol === "https:") && host !== undefined && url.host === host.toLowerCase()
  );
}
