/**
 * The replay player's pure rules: how positions and session times read, which key does what,
 * where "previous/next chapter" lands, and the speed steps. No DOM, so unit tests cover it.
 */
import { MAX_SPEED, MIN_SPEED, SPEEDS } from "../../shared/replay/player-clock.js";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A replay position as a media player shows it: "4:05", "1:02:03" once the replay is an hour
 * long, and with tenths ("0:01.4") when the whole replay lasts under ten seconds, so a short
 * scripted session still shows the playhead moving. `totalMs` is the replay's duration.
 */
export function formatPosition(ms: number, totalMs: number): string {
  const v = Math.max(0, ms);
  if (totalMs < 10_000) {
    const tenths = Math.floor(v / 100);
    return `${Math.floor(tenths / 600)}:${pad(Math.floor(tenths / 10) % 60)}.${tenths % 10}`;
  }
  const s = Math.floor(v / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor(s / 60) % 60;
  return totalMs >= 3_600_000 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${Math.floor(s / 60)}:${pad(s % 60)}`;
}

/** The session's wall clock at a moment, "HH:MM:SS" in the reader's local time (UTC if asked). */
export function sessionClock(epochMs: number, utc = false): string {
  const d = new Date(epochMs);
  return utc
    ? `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
    : `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** A skipped real duration in words-free form: "45 s", "12 min", "2 h 05 min". */
export function formatSkipped(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${pad(m % 60)} min`;
}

export type ReplayAction =
  | { type: "toggle" }
  | { type: "seekBy"; ms: number }
  | { type: "start" }
  | { type: "end" }
  | { type: "chapter"; dir: -1 | 1 }
  | { type: "speed"; dir: -1 | 1 };

export const SEEK_STEP_MS = 5_000;
export const SEEK_BIG_STEP_MS = 30_000;

/**
 * The player's keyboard: Space (or K) play/pause, ←/→ ±5 s (Shift ±30 s), PageUp/PageDown ±30 s,
 * Home/End, [ and ] previous/next chapter, + and − speed. `key` is KeyboardEvent.key.
 */
export function keyAction(key: string, shift: boolean): ReplayAction | null {
  switch (key) {
    case " ":
    case "Spacebar":
    case "k":
    case "K":
      return { type: "toggle" };
    case "ArrowLeft":
      return { type: "seekBy", ms: -(shift ? SEEK_BIG_STEP_MS : SEEK_STEP_MS) };
    case "ArrowRight":
      return { type: "seekBy", ms: shift ? SEEK_BIG_STEP_MS : SEEK_STEP_MS };
    case "PageDown":
      return { type: "seekBy", ms: -SEEK_BIG_STEP_MS };
    case "PageUp":
      return { type: "seekBy", ms: SEEK_BIG_STEP_MS };
    case "Home":
      return { type: "start" };
    case "End":
      return { type: "end" };
    case "[":
      return { type: "chapter", dir: -1 };
    case "]":
      return { type: "chapter", dir: 1 };
    case "+":
    case "=":
      return { type: "speed", dir: 1 };
    case "-":
    case "_":
      return { type: "speed", dir: -1 };
    default:
      return null;
  }
}

/** The next speed up or down the ladder 1, 2, 4, 8, 16 (staying at the ends). */
export function stepSpeed(speed: number, dir: -1 | 1): number {
  const ladder = SPEEDS as readonly number[];
  const i = ladder.findIndex((s) => s >= speed);
  const at = i < 0 ? ladder.length - 1 : ladder[i] === speed ? i : dir > 0 ? i - 1 : i;
  const next = ladder[Math.max(0, Math.min(ladder.length - 1, at + dir))];
  return Math.max(MIN_SPEED, Math.min(MAX_SPEED, next ?? speed));
}

/**
 * Where a chapter jump lands, in replay ms, or null when there is no chapter that way.
 * `times` are the chapters' replay times in order. Previous: the last chapter that starts before
 * the playhead (so, a little into a chapter, "previous" first goes back to its start, as a media
 * player does with tracks); next: the first that starts after it. Chapters at the same moment
 * count as one.
 */
export function chapterTarget(times: readonly number[], position: number, dir: -1 | 1, epsilon = 0.5): number | null {
  if (dir > 0) {
    for (const t of times) if (t > position + epsilon) return t;
    return null;
  }
  for (let i = times.length - 1; i >= 0; i--) if (times[i] < position - epsilon) return times[i];
  return null;
}

/** The index of the chapter the playhead is in (the last starting at or before it), or -1. */
export function chapterIndexAt(times: readonly number[], position: number, epsilon = 0.5): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid] <= position + epsilon) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
