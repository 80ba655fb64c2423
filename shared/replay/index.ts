/**
 * The replay core: pure functions and classes the replay viewer (client/) builds on. No timers,
 * no clock, no DOM, no Node APIs. Replay is `apply` folded over a log; these pieces make that
 * fast to seek and pleasant to watch.
 *
 * Typical use in the viewer:
 *
 *   const parsed = parseLog(fileText);                 // shared/log-format.ts, re-exported here
 *   if (!parsed.ok) show(`line ${parsed.line}: ${parsed.reason}`);
 *   const replay = new Replay(parsed.events, { scenario });   // scenario: PublicScenario (for titles)
 *   const clock = new PlayerClock(replay.timeline.duration);
 *   clock.play(performance.now());
 *   // every frame:
 *   const seq = replay.seqAtReplayTime(clock.position(performance.now()));
 *   if (seq !== shownSeq) render(replay.index.stateAt(seq));
 *   // chapter list: replay.chapters; jump: clock.seek(replay.replayTimeOfSeq(ch.seq), now)
 *
 * Exports
 * - `parseLog(text)` (re-exported from shared/log-format.ts): `{ ok: true, header, events }` or
 *     `{ ok: false, line, reason, kind: "format" | "version" | "invalid" }`.
 * - `Replay(events, { scenario?, snapshotEvery?, idleGapMs?, compressedGapMs? })`:
 *     `.events`, `.index: ReplayIndex`, `.timeline: Timeline`, `.chapters: Chapter[]`,
 *     `.seqAtReplayTime(ms): number`, `.stateAtReplayTime(ms): SeminarState`,
 *     `.replayTimeOfSeq(seq): number`, `.chapterAt(seq): Chapter | null`, `.finalState`.
 * - `ReplayIndex(events, { snapshotEvery? })`: `.stateAt(seq)`, `.stateAtTime(epochMs)`,
 *     `.seqAtTime(epochMs)`, `.timeOfSeq(seq)`, `.length`, `.startAt`, `.endAt`, `.finalState`.
 *     `stateAt` returns a fresh state the caller owns; seq is clamped to 0..length.
 * - `Timeline(times, { idleGapMs = 10_000, compressedGapMs = 2_000 })`: `.toReplayTime(epochMs)`,
 *     `.toRealTime(replayMs)`, `.duration`, `.startAt`, `.endAt`, `.gaps: CompressedGap[]`.
 * - `PlayerClock(duration, { speed?, position? })`: `.play(now)`, `.pause(now)`, `.toggle(now)`,
 *     `.setSpeed(1..16, now)`, `.seek(replayMs, now)`, `.position(now)`, `.ended(now)`,
 *     `.playing`, `.speed`; `SPEEDS`, `MIN_SPEED`, `MAX_SPEED`.
 * - `buildChapters(events, scenario?)`, `chapterAt(chapters, seq)`, `excerpt(text, max?)`,
 *     `Chapter { kind: "prompt" | "speech", seq, at, title, promptId, speaker? }`.
 * - `renderMinutes(input)`: the session's minutes as Markdown (also served at
 *     GET /api/sessions/:id/minutes), with `escapeMarkdownLine`, `utcTime`, `elapsed`;
 *     `minutesRecord(input)`: the same minutes as data (the client's printable minutes page).
 * Times called `at`/`epochMs` are the log's epoch ms; replay ms start at 0 at the first event.
 */
import type { SeminarState } from "../engine/state.js";
import type { SeminarEvent } from "../events.js";
import { buildChapters, chapterAt, type Chapter, type ChapterScenario } from "./chapters.js";
import { ReplayIndex, type ReplayIndexOptions } from "./replay-index.js";
import { Timeline, type TimelineOptions } from "./timeline.js";

export { parseLog, type ParsedLog, type LogHeader, type LogProblemKind } from "../log-format.js";
export { ReplayIndex, type ReplayIndexOptions } from "./replay-index.js";
export {
  Timeline,
  DEFAULT_COMPRESSED_GAP_MS,
  DEFAULT_IDLE_GAP_MS,
  type CompressedGap,
  type TimelineOptions,
} from "./timeline.js";
export { PlayerClock, MAX_SPEED, MIN_SPEED, SPEEDS } from "./player-clock.js";
export { buildChapters, chapterAt, excerpt, type Chapter, type ChapterScenario } from "./chapters.js";
export {
  renderMinutes,
  escapeMarkdownLine,
  escapeMarkdownName,
  utcTime,
  elapsed,
  type MinutesInput,
  type MinutesScenario,
} from "./minutes.js";
export {
  minutesRecord,
  type MinutesPost,
  type MinutesRecord,
  type MinutesRole,
  type MinutesSection,
  type MinutesSpeech,
} from "./minutes-record.js";

export interface ReplayOptions extends ReplayIndexOptions, TimelineOptions {
  /** For chapter titles (prompt questions, role names); ids are used without it. */
  scenario?: ChapterScenario;
}

/** A loaded log, ready to seek and play: the index, the squeezed timeline and the chapters. */
export class Replay {
  readonly index: ReplayIndex;
  readonly timeline: Timeline;
  readonly chapters: readonly Chapter[];

  constructor(
    readonly events: readonly SeminarEvent[],
    options: ReplayOptions = {},
  ) {
    this.index = new ReplayIndex(events, options);
    this.timeline = new Timeline(
      events.map((e) => e.at),
      options,
    );
    this.chapters = buildChapters(events, options.scenario);
  }

  get finalState(): Readonly<SeminarState> {
    return this.index.finalState;
  }

  /** The seq to show at replay time `ms` (0 only for an empty log: the first event is at 0). */
  seqAtReplayTime(ms: number): number {
    return this.index.seqAtTime(this.timeline.toRealTime(ms));
  }

  stateAtReplayTime(ms: number): SeminarState {
    return this.index.stateAt(this.seqAtReplayTime(ms));
  }

  /** Where event `seq` happens in replay ms (0 for seq 0). */
  replayTimeOfSeq(seq: number): number {
    const at = this.index.timeOfSeq(seq);
    return at === null || seq <= 0 ? 0 : this.timeline.toReplayTime(at);
  }

  chapterAt(seq: number): Chapter | null {
    return chapterAt(this.chapters, seq);
  }
}
