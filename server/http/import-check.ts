/**
 * The whole check of an uploaded log file, as one pure function of its bytes, so it can run on
 * a worker thread (log-worker.ts): strict UTF-8, at most `maxEvents` events (counted before
 * anything is parsed), `parseLog` (the same reader the browser uses), a scenario this server
 * has. A good file comes back as NDJSON bytes of its validated events, one per line exactly as
 * they will be stored, so the main thread never touches the events one by one.
 */
import { parseLog, type LogProblemKind } from "../../shared/log-format.js";

export interface ImportCheckOptions {
  maxEvents: number;
  scenarioIds: readonly string[];
}

export type ImportCheck =
  | {
      ok: true;
      header: { sessionId: string; scenarioId: string; createdAt: number };
      eventCount: number;
      endedAt: number;
      /** The validated events as NDJSON (no header line), ready for `SessionStore.importSession`. */
      ndjson: Uint8Array;
    }
  | { ok: false; status: number; code: string; line: number | null; message: string; kind?: LogProblemKind };

const CODES: Record<LogProblemKind, string> = {
  format: "UNSUPPORTED_FORMAT",
  version: "UNSUPPORTED_VERSION",
  invalid: "INVALID",
};

/** Decodes strict UTF-8; on failure names the first line with a bad byte sequence. */
function decodeUtf8(buf: Uint8Array): { ok: true; text: string } | { ok: false; line: number } {
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

/** Lines in the file after the header: an upper bound on its events, counted on the bytes. */
function eventLinesIn(buf: Uint8Array): number {
  let lines = 0;
  for (let i = buf.indexOf(0x0a); i !== -1; i = buf.indexOf(0x0a, i + 1)) lines++;
  if (buf.length > 0 && buf[buf.length - 1] !== 0x0a) lines++;
  return Math.max(0, lines - 1);
}

export function checkImport(buf: Uint8Array, options: ImportCheckOptions): ImportCheck {
  const lines = eventLinesIn(buf);
  if (lines > options.maxEvents) {
    return {
      ok: false,
      status: 413,
      code: "TOO_MANY_EVENTS",
      line: null,
      message: `the log has ${lines} event lines; this server imports at most ${options.maxEvents} (IMPORT_MAX_EVENTS)`,
    };
  }
  const decoded = decodeUtf8(buf);
  if (!decoded.ok)
    return {
      ok: false,
      status: 400,
      code: "INVALID",
      line: decoded.line,
      message: "the file is not valid UTF-8 text",
      kind: "invalid",
    };
  const parsed = parseLog(decoded.text);
  if (!parsed.ok)
    return {
      ok: false,
      status: 400,
      code: CODES[parsed.kind],
      line: parsed.line,
      message: parsed.reason,
      kind: parsed.kind,
    };
  const { header, events } = parsed;
  if (!options.scenarioIds.includes(header.scenarioId))
    return {
      ok: false,
      status: 400,
      code: "UNKNOWN_SCENARIO",
      line: 1,
      message: `this server has no scenario '${header.scenarioId}'`,
    };
  let out = "";
  for (const e of events) out += JSON.stringify(e) + "\n";
  return {
    ok: true,
    header: { sessionId: header.sessionId, scenarioId: header.scenarioId, createdAt: header.createdAt },
    eventCount: events.length,
    endedAt: events[events.length - 1].at,
    ndjson: new TextEncoder().encode(out),
  };
}
