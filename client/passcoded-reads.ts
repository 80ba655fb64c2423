/**
 * Reads of a seminar's record (log, minutes, debrief) that carry its passcode when it has one,
 * and the seat key when this browser holds a seat in it (the facilitator who opened their desk
 * here through the private link knows no passcode): the server answers 401 PASSCODE_REQUIRED
 * without either and 403 PASSCODE_WRONG for a wrong one (docs/protocol.md, "Passcodes on HTTP");
 * then the reader is asked, and the passcode kept for the seminar. Download links cannot send a
 * header, so a click on one of a passcoded seminar, or of one this browser has a seat in,
 * downloads through such a read instead.
 */
import { PASSCODE_HEADER, SEAT_KEY_HEADER } from "../shared/vocabulary.js";
import { keptSeat } from "./kept-seats.js";
import { askPasscode } from "./passcode-dialog.js";
import { forgetPasscode, passcodeHeaders, rememberPasscode } from "./seminar-passcodes.js";

/** What the server answers a read that lacks its passcode, or has a wrong one; null for anything else. */
async function passcodeRefusal(res: Response): Promise<"required" | "wrong" | null> {
  if (res.status !== 401 && res.status !== 403) return null;
  try {
    const body = (await res.clone().json()) as { error?: { code?: unknown } };
    if (body?.error?.code === "PASSCODE_REQUIRED") return "required";
    if (body?.error?.code === "PASSCODE_WRONG") return "wrong";
  } catch {
    /* not the API's JSON */
  }
  return null;
}

/**
 * GETs `url`, a read of seminar `id`, with its passcode; asks for it while the server refuses
 * it. Resolves with the server's answer: a refused one (401/403) if the reader cancelled.
 */
export async function readSeminar(id: string, url: string, init: RequestInit = {}): Promise<Response> {
  for (;;) {
    const headers = new Headers(init.headers);
    for (const [k, v] of Object.entries(passcodeHeaders(id))) headers.set(k, v);
    const seatKey = keptSeat(id)?.seatKey;
    if (seatKey) headers.set(SEAT_KEY_HEADER, seatKey);
    const res = await fetch(url, { ...init, headers });
    const refusal = await passcodeRefusal(res);
    if (refusal === null) return res;
    const sent = headers.has(PASSCODE_HEADER);
    if (sent) forgetPasscode(id);
    // "Wrong" only for a passcode the reader gave: a seat key refused (its holder was removed)
    // is not their mistake, so they are simply asked.
    const passcode = await askPasscode(id, sent);
    if (passcode === null) return res;
    rememberPasscode(id, passcode);
  }
}

/** Whether a response is the server's refusal of a read for its passcode. */
export async function isPasscodeRefusal(res: Response): Promise<boolean> {
  return (await passcodeRefusal(res)) !== null;
}

const SESSION_READ = /^\/api\/sessions\/([A-Za-z0-9_-]{1,64})\/(?:log|minutes|debrief\.csv)$/;

/** The file name a download gets: the link's own, else the server's Content-Disposition, else the path's end. */
function fileName(link: HTMLAnchorElement, res: Response, path: string): string {
  if (link.download) return link.download;
  const m = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "");
  return m ? m[1] : (path.split("/").pop() ?? "download");
}

/**
 * Links to a record file (log, Markdown minutes, debrief CSV) of a seminar with a passcode (one
 * this browser keeps, or a link marked `data-passcode`) or with a seat this browser holds
 * download through `readSeminar`; every other link is left alone.
 */
export function downloadThroughPasscodes(doc: Document): void {
  doc.addEventListener("click", (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const link = (e.target as Element | null)?.closest?.("a[href]");
    if (!(link instanceof HTMLAnchorElement) || link.dataset.viaPasscode === "true") return;
    const url = new URL(link.href, location.href);
    const m = url.origin === location.origin ? SESSION_READ.exec(url.pathname) : null;
    if (!m) return;
    const id = m[1];
    if (link.dataset.passcode !== "true" && Object.keys(passcodeHeaders(id)).length === 0 && !keptSeat(id)) return;
    e.preventDefault();
    void readSeminar(id, url.pathname + url.search).then(async (res) => {
      if (!res.ok) return;
      const blobUrl = URL.createObjectURL(await res.blob());
      const a = Object.assign(doc.createElement("a"), { href: blobUrl, download: fileName(link, res, url.pathname) });
      a.dataset.viaPasscode = "true";
      doc.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);
    });
  });
}
