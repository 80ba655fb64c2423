/**
 * GET /api/invitation: `{ url }`, the address to put in invitation links. A teacher's page on
 * localhost cannot tell which address the students' devices can open; the server can
 * (`publicUrl` in served-hosts.ts: PUBLIC_URL when set, else this machine's network address when
 * listening on every interface). Read anew each time: a laptop's Wi-Fi address changes.
 */
import type { RequestHandler } from "express";
import { sendError } from "./send-error.js";

export function invitationRoute(url: () => string | null): RequestHandler {
  return (_req, res) => {
    const current = url();
    if (current === null) return sendError(res, 503, "BUSY", "the server is still starting");
    res.setHeader("Cache-Control", "no-store");
    res.json({ url: current });
  };
}
