/**
 * Who may read the record of a seminar that has a passcode (its log, state, minutes, debrief):
 * whoever gives the passcode (`X-Seminar-Passcode`), or whoever holds a seat in it (`X-Seat-Key`),
 * such as a facilitator who opened their desk on another device through the private link, which
 * carries the seat key but not the passcode. A removed participant's key no longer reads. Every
 * refused key gets the same answer as a wrong passcode, so a probe learns nothing about keys.
 */
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { SeatKey } from "../../shared/protocol.js";
import { PASSCODE_HEADER, SEAT_KEY_HEADER } from "../../shared/vocabulary.js";
import { passcodeMatches } from "../session/passcodes.js";
import { hashSeatKey } from "../session/seat-keys.js";
import type { SessionStore } from "../store/session-store.js";
import { viewWorker } from "./log-worker.js";
import { sendError } from "./send-error.js";
import type { ViewCache } from "./view-cache.js";

/** Whether `seatKey` is the seat of a participant of `id` the facilitator has not removed. */
async function seatReads(store: SessionStore, views: ViewCache, id: string, seatKey: string): Promise<boolean> {
  const key = SeatKey.safeParse(seatKey);
  const holder = key.success ? await store.seatHolder(id, hashSeatKey(key.data)) : null;
  const session = holder === null ? null : await store.session(id);
  if (holder === null || session === null) return false;
  // Folded on the view worker and cached by (session, seq), like /state: a long log never
  // stalls the event loop here.
  const removed = await views.get(`removed\u0000${id}\u0000${session.eventCount}`, () =>
    viewWorker.view({ view: "removed" }, store.eventPages(id, session.eventCount)),
  );
  return !(JSON.parse(new TextDecoder().decode(removed)) as string[]).includes(holder);
}

/** Lets through every GET below /sessions/:id (not the summary itself) only with the passcode or a seat. */
export function recordAccess(deps: { store: SessionStore; views: ViewCache }): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" || req.path === "/" || req.path === "") return next();
    const id = String(req.params.id);
    const hash = await deps.store.passcodeHash(id);
    if (hash === null) return next();
    const passcode = req.get(PASSCODE_HEADER);
    const seatKey = req.get(SEAT_KEY_HEADER);
    if (!passcode && !seatKey)
      return sendError(res, 401, "PASSCODE_REQUIRED", `this seminar needs its passcode (${PASSCODE_HEADER})`);
    if (passcode && passcode.length <= 64 && (await passcodeMatches(passcode, hash))) return next();
    if (seatKey && (await seatReads(deps.store, deps.views, id, seatKey))) return next();
    sendError(res, 403, "PASSCODE_WRONG", "that passcode is not right");
  };
}
