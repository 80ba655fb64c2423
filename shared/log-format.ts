/**
 * The session log file: NDJSON, a header line naming the format and its version, then one public
 * event per line exactly as broadcast. docs/protocol.md documents it; readers accept every older
 * version, writers write the current one.
 */
import type { SeminarEvent } from "./events.js";

export const LOG_FORMAT = "sputnik-seminar-log";
export const LOG_VERSION = 1;

export interface LogHeader {
  format: typeof LOG_FORMAT;
  version: number;
  sessionId: string;
  scenarioId: string;
  createdAt: number;
}

export function logHeader(meta: { sessionId: string; scenarioId: string; createdAt: number }): LogHeader {
  return { format: LOG_FORMAT, version: LOG_VERSION, sessionId: meta.sessionId, scenarioId: meta.scenarioId, createdAt: meta.createdAt };
}

/** The whole file as one string; each line ends with a newline. */
export function serializeLog(header: LogHeader, events: readonly SeminarEvent[]): string {
  let out = JSON.stringify(header) + "\n";
  for (const e of events) out += JSON.stringify(e) + "\n";
  return out;
}
