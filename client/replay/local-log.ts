/**
 * A log file chosen in this browser, read and parsed here (nothing is uploaded): the replay and
 * the debrief both open local files, and both word a bad file the same way.
 */
import { parseLog, type LogHeader } from "../../shared/log-format.js";
import type { SeminarEvent } from "../../shared/events.js";
import { t } from "../strings.js";

export type LocalLog =
  | { ok: true; header: LogHeader; events: SeminarEvent[] }
  /** `message` says what went wrong; `detail`, when present, names the bad line and why. */
  | { ok: false; message: string; detail?: string };

export async function readLocalLog(file: File): Promise<LocalLog> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: t("replay.readFailed") };
  }
  const parsed = parseLog(text);
  if (!parsed.ok)
    return {
      ok: false,
      message: t("replay.badLog"),
      detail: t("replay.badLine", { line: parsed.line, reason: parsed.reason }),
    };
  return { ok: true, header: parsed.header, events: parsed.events };
}
