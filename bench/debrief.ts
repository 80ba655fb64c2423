/**
 * The debrief of a long log: `computeDebrief` over the replay bench's 100,000-event scripted
 * seminar (the same log `runReplay` folds), timed over a few repeats, with the heap it takes
 * while it runs and the size of its JSON answer. Run node with --expose-gc for a clean heap
 * figure; without it the heap is measured without a collection first and says so.
 */
import { computeDebrief } from "../shared/debrief/debrief.js";
import { sputnik1990 } from "../shared/scenarios/sputnik-1990/index.js";
import { generateLog } from "./replay.js";

export interface DebriefResult {
  events: number;
  bestMs: number;
  medianMs: number;
  /** Heap growth across one debrief from a collected heap, its garbage included (MB); null without --expose-gc. */
  heapMB: number | null;
  jsonKB: number;
  speeches: number;
  participants: number;
}

export function runDebrief(opts: { events: number; repeats: number }): DebriefResult {
  const log = generateLog(opts.events);
  const gc = (globalThis as { gc?: () => void }).gc;
  const times: number[] = [];
  // One run first, untimed, so the timings are of warm code.
  computeDebrief(log, sputnik1990);
  for (let r = 0; r < opts.repeats; r++) {
    const t = performance.now();
    computeDebrief(log, sputnik1990);
    times.push(performance.now() - t);
  }
  let heapMB: number | null = null;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const last = computeDebrief(log, sputnik1990);
  if (gc) heapMB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  times.sort((a, b) => a - b);
  return {
    events: log.length,
    bestMs: times[0],
    medianMs: times[Math.floor(times.length / 2)],
    heapMB,
    jsonKB: JSON.stringify(last).length / 1024,
    speeches: last.speeches.length,
    participants: last.participants.length,
  };
}
