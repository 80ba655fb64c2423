/**
 * Replay: folding a long log with the shared engine, and seeking in a 10,000-event log.
 * The log is produced by the engine's own `decide` from a scripted seminar (joins, roles,
 * prompts, hands, floor, speeches, posts with replies, reactions, drops and reconnects), so it
 * has the mix and the growing transcript of a real session.
 */
import { fold, Projection } from "../shared/engine/apply.js";
import { decide, type Command } from "../shared/engine/decide.js";
import type { SeminarEvent } from "../shared/events.js";
import { sputnik1990 } from "../shared/scenarios/sputnik-1990/index.js";
import { payloadText, summarize, type Summary } from "./lib.js";

export interface ReplayOptions {
  foldEvents: number;
  foldRepeats: number;
  seekLogEvents: number;
  seeks: number;
}

export interface ReplayResult {
  fold: { events: number; bestMs: number; medianMs: number; eventsPerSecond: number };
  seek: {
    logEvents: number;
    /** "shared/replay ReplayIndex" when it exists, else "fold from start". */
    method: string;
    indexBuildMs: number | null;
    seekMs: Summary;
    /** For comparison: fold from the start up to the last event. */
    foldFromStartMs: number;
  };
}

/** A deterministic seminar log of `count` events, from the engine's own decide. */
export function generateLog(count: number): SeminarEvent[] {
  const scenario = sputnik1990;
  const projection = new Projection();
  const events: SeminarEvent[] = [];
  let now = 1_724_155_100_000;
  let rand = 42;
  const random = () => {
    rand = (rand * 1664525 + 1013904223) >>> 0;
    return rand / 2 ** 32;
  };
  const run = (actor: string, command: Command) => {
    now += 200 + Math.floor(random() * 8000);
    const d = decide(projection.state, command, { actor, now, scenario });
    if (!d.ok) return false;
    for (const e of d.events) {
      if (events.length >= count) return true;
      projection.push(e);
      events.push(e);
    }
    return true;
  };
  const people = Array.from({ length: 18 }, (_, i) => `p${String(i).padStart(2, "0")}aBcDeFg`);
  const chair = people[0];
  run("system", { type: "start" });
  people.forEach((p, i) => run(p, { type: "join", name: `Person ${i}`, facilitator: i === 0 }));
  const roles = scenario.roles.map((r) => r.id);
  people.forEach((p, i) => run(p, { type: "claimRole", roleId: roles[i % roles.length] }));
  run(chair, { type: "setSpeechLimit", seconds: 600 });
  let turn = 0;
  let lastPost: string | null = null;
  let promptIndex = 0;
  while (events.length < count) {
    if (turn % 12 === 0) {
      const promptId = scenario.prompts[promptIndex++ % scenario.prompts.length].id;
      run(chair, { type: "openPrompt", promptId });
      lastPost = null;
    }
    const speaker = people[1 + (turn % (people.length - 1))];
    run(speaker, { type: "raiseHand" });
    run(people[1 + ((turn + 3) % (people.length - 1))], { type: "raiseHand" });
    run(chair, { type: "giveFloor" });
    const speeches = 1 + Math.floor(random() * 3);
    for (let k = 0; k < speeches; k++)
      run(speaker, { type: "speak", text: payloadText(`t${turn}s${k}`, 120 + Math.floor(random() * 600)) });
    for (let k = 0; k < 3; k++) {
      const who = people[Math.floor(random() * people.length)];
      run(who, {
        type: "react",
        kind: (["applause", "dissent", "laughter", "question"] as const)[Math.floor(random() * 4)],
      });
    }
    run(speaker, { type: "yieldFloor" });
    run(people[1 + ((turn + 3) % (people.length - 1))], { type: "lowerHand" });
    const promptId = projection.state.openPromptId!;
    const author = people[Math.floor(random() * people.length)];
    const reply = lastPost !== null && random() < 0.4;
    if (
      run(author, {
        type: "post",
        promptId,
        text: payloadText(`post${turn}`, 80 + Math.floor(random() * 300)),
        ...(reply ? { replyTo: lastPost! } : {}),
      })
    ) {
      lastPost = `post-${projection.state.seq}`;
    }
    if (turn % 25 === 7) {
      const who = people[1 + (turn % 5)];
      run(who, { type: "disconnect" });
      run(who, { type: "reconnect" });
    }
    turn++;
  }
  return events;
}

export async function runReplay(opts: ReplayOptions): Promise<ReplayResult> {
  const big = generateLog(opts.foldEvents);
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < opts.foldRepeats; r++) {
    const t = performance.now();
    const s = fold(big);
    times.push(performance.now() - t);
    sink += s.seq;
  }
  if (sink !== opts.foldRepeats * big.length) throw new Error("fold did not reach the end of the log");
  times.sort((a, b) => a - b);
  const bestMs = times[0];
  const medianMs = times[Math.floor(times.length / 2)];

  const log = big.slice(0, opts.seekLogEvents);
  const t0 = performance.now();
  fold(log);
  const foldFromStartMs = performance.now() - t0;

  // Seek: shared/replay's index (snapshots) when the log helper's module exists; else fold from the start.
  let method = "fold from start (shared/replay not present)";
  let indexBuildMs: number | null = null;
  let seekTo: (seq: number) => unknown = (seq) => fold(log.slice(0, seq));
  try {
    const mod = await import("../shared/replay/index.js");
    const tb = performance.now();
    const index = new mod.ReplayIndex(log);
    indexBuildMs = performance.now() - tb;
    method = `shared/replay ReplayIndex.stateAt (snapshot every ${index.snapshotEvery})`;
    seekTo = (seq) => index.stateAt(seq);
  } catch (err) {
    if ((err as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") throw err;
  }
  let rand = 7;
  const seekTimes: number[] = [];
  for (let i = 0; i < opts.seeks; i++) {
    rand = (rand * 1664525 + 1013904223) >>> 0;
    // Every few seeks go to the very end, the costliest place for a fold from the start.
    const seq = i % 10 === 0 ? log.length : 1 + (rand % log.length);
    const t = performance.now();
    seekTo(seq);
    seekTimes.push(performance.now() - t);
  }
  return {
    fold: { events: big.length, bestMs, medianMs, eventsPerSecond: big.length / (medianMs / 1000) },
    seek: { logEvents: log.length, method, indexBuildMs, seekMs: summarize(seekTimes), foldFromStartMs },
  };
}
