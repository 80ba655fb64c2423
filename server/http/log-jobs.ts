/**
 * What the log worker (log-worker.ts) does off the main thread: check an uploaded file
 * (`checkImport`), and fold a stored log, streamed to it page by page, into the state, the
 * minutes or the debrief (JSON or CSV). Each answer is one byte array, moved to the main thread
 * without a copy.
 */
import type { MessagePort } from "node:worker_threads";
import { debriefCsv } from "../../shared/debrief/debrief-csv.js";
import { computeDebrief } from "../../shared/debrief/debrief.js";
import { Projection } from "../../shared/engine/apply.js";
import type { SeminarEvent } from "../../shared/events.js";
import { renderMinutes, type MinutesInput } from "../../shared/replay/minutes.js";
import { scenarios } from "../../shared/scenarios/index.js";
import { checkImport, type ImportCheck, type ImportCheckOptions } from "./import-check.js";

/** What the minutes need besides the events; the worker looks the scenario up itself. */
export type MinutesMeta = Omit<MinutesInput, "events" | "scenario">;

/** What the debrief's JSON names besides the figures; the scenario is looked up by its id. */
export interface DebriefMeta {
  sessionId: string;
  scenarioId: string;
}

/** The views the worker folds a log into. */
export type ViewRequest =
  | { view: "state" }
  | { view: "removed" }
  | { view: "minutes"; meta: MinutesMeta }
  | { view: "debrief" | "debrief.csv"; meta: DebriefMeta };

export type LogJob =
  | { id: number; kind: "import"; bytes: Uint8Array; options: ImportCheckOptions }
  | ({ id: number; kind: "view" } & ViewRequest)
  | { id: number; kind: "lines"; lines: string[] }
  | { id: number; kind: "end" };

export type LogJobAnswer =
  | { id: number; ok: true; kind: "import"; result: ImportCheck }
  /** The view as UTF-8 bytes, moved (not copied) to the main thread, which sends them as they are. */
  | { id: number; ok: true; kind: "view"; bytes: Uint8Array }
  | { id: number; ok: false; error: string };

interface OpenView {
  feed(e: SeminarEvent): void;
  finish(): string;
}

function openView(job: Extract<LogJob, { kind: "view" }>): OpenView {
  if (job.view === "state") {
    const projection = new Projection();
    return { feed: (e) => projection.push(e), finish: () => JSON.stringify(projection.state) };
  }
  if (job.view === "removed") {
    // Who the facilitator removed: their seat keys no longer read the record (api-routes.ts).
    const projection = new Projection();
    return {
      feed: (e) => projection.push(e),
      finish: () =>
        JSON.stringify(Object.values(projection.state.participants).flatMap((p) => (p.removed ? [p.id] : []))),
    };
  }
  const events: SeminarEvent[] = [];
  const feed = (e: SeminarEvent) => void events.push(e);
  if (job.view === "minutes") {
    const { meta } = job;
    return { feed, finish: () => renderMinutes({ ...meta, scenario: scenarios.get(meta.scenarioId), events }) };
  }
  const { meta, view } = job;
  return {
    feed,
    finish: () => {
      const scenario = scenarios.get(meta.scenarioId);
      const debrief = computeDebrief(events, scenario);
      return view === "debrief"
        ? JSON.stringify({ sessionId: meta.sessionId, scenarioId: meta.scenarioId, ...debrief })
        : debriefCsv(debrief, scenario);
    },
  };
}

/** Answers jobs arriving on `port` (the worker's parentPort). */
export function serveLogJobs(port: MessagePort): void {
  const views = new Map<number, OpenView>();
  const fail = (id: number, err: unknown) => {
    views.delete(id);
    port.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) } satisfies LogJobAnswer);
  };
  port.on("message", (job: LogJob) => {
    try {
      switch (job.kind) {
        case "import": {
          const result = checkImport(job.bytes, job.options);
          const answer: LogJobAnswer = { id: job.id, ok: true, kind: "import", result };
          port.postMessage(answer, result.ok ? [result.ndjson.buffer as ArrayBuffer] : []);
          return;
        }
        case "view":
          views.set(job.id, openView(job));
          return;
        case "lines": {
          const view = views.get(job.id);
          if (view) for (const line of job.lines) view.feed(JSON.parse(line) as SeminarEvent);
          return;
        }
        case "end": {
          const view = views.get(job.id);
          if (!view) return;
          views.delete(job.id);
          const bytes = new TextEncoder().encode(view.finish());
          port.postMessage({ id: job.id, ok: true, kind: "view", bytes } satisfies LogJobAnswer, [bytes.buffer]);
          return;
        }
      }
    } catch (err) {
      fail(job.id, err);
    }
  });
}
