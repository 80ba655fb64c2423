/**
 * Where a replay's log comes from and where exported logs go: the server's session log, a local
 * file, and POST /api/sessions/import. Small and free of the log parser, so the start screen can
 * use it without loading the replay viewer.
 */
import { isPasscodeRefusal, readSeminar } from "../passcoded-reads.js";
import { t } from "../strings.js";

export const logUrl = (id: string) => `/api/sessions/${encodeURIComponent(id)}/log`;
export const minutesUrl = (id: string) => `/api/sessions/${encodeURIComponent(id)}/minutes`;
/** The minutes as a page to read and print (client/minutes-page.ts). */
export const minutesPageUrl = (id: string) => `/minutes/${encodeURIComponent(id)}`;
export const replayUrl = (id: string, seq?: number) =>
  `/replay/${encodeURIComponent(id)}${seq === undefined ? "" : `?seq=${seq}`}`;
export const debriefUrl = (id: string) => `/debrief/${encodeURIComponent(id)}`;
export const debriefCsvUrl = (id: string) => `/api/sessions/${encodeURIComponent(id)}/debrief.csv`;
/** The `seq` of `?seq=N` in a replay link, or undefined when absent or not a whole number. */
export function seqFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get("seq");
  return raw !== null && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
}

/** What the file pickers accept. */
export const LOG_FILE_ACCEPT = ".ndjson,.jsonl,.log,.txt,application/x-ndjson,text/plain";

export type ImportResult = { ok: true; id: string } | { ok: false; message: string };

/** The server's error message, from `{ error: { message } }`, or the status line. */
async function serverMessage(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: unknown } };
    if (typeof body?.error?.message === "string" && body.error.message) return body.error.message;
  } catch {
    /* not JSON */
  }
  return `HTTP ${res.status}`;
}

/** Uploads a log file; the server answers 201 { id } or 400/413 with the line and the reason. */
export async function importLog(file: Blob): Promise<ImportResult> {
  let res: Response;
  try {
    res = await fetch("/api/sessions/import", {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body: file,
    });
  } catch {
    return { ok: false, message: t("error.unreachable") };
  }
  if (res.status === 201) {
    const body = (await res.json()) as { id: string };
    return { ok: true, id: body.id };
  }
  const message = await serverMessage(res);
  return {
    ok: false,
    message: res.status === 413 ? t("replay.importTooLarge", { message }) : t("replay.importFailed", { message }),
  };
}

export type FetchedLog = { ok: true; text: string } | { ok: false; notFound: boolean; message: string };

/** The session's log as NDJSON text (with its passcode, asked for if it has one). */
export async function fetchLog(id: string): Promise<FetchedLog> {
  let res: Response;
  try {
    res = await readSeminar(id, logUrl(id));
  } catch {
    return { ok: false, notFound: false, message: t("error.unreachable") };
  }
  if (await isPasscodeRefusal(res)) return { ok: false, notFound: false, message: t("passcode.needed") };
  if (!res.ok) return { ok: false, notFound: res.status === 404, message: await serverMessage(res) };
  return { ok: true, text: await res.text() };
}

/** Adds file drag-and-drop to `zone`: dropping a file calls `onFile`; `dragover` marks the zone. */
export function acceptDrops(zone: HTMLElement, onFile: (file: File) => void): void {
  zone.addEventListener("dragover", (e) => {
    if (!e.dataTransfer?.types.includes("Files")) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    zone.classList.add("drop-target");
  });
  zone.addEventListener("dragleave", (e) => {
    if (e.target === zone || !zone.contains(e.relatedTarget as Node | null)) zone.classList.remove("drop-target");
  });
  zone.addEventListener("drop", (e) => {
    zone.classList.remove("drop-target");
    const file = e.dataTransfer?.files?.[0];
    if (!file) return;
    e.preventDefault();
    onFile(file);
  });
}
