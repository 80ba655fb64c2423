/** The replay player's pure rules (client/replay/playhead.ts): labels, keys, chapter jumps, speeds. */
import { describe, expect, it } from "vitest";
import {
  chapterIndexAt,
  chapterTarget,
  formatPosition,
  formatSkipped,
  keyAction,
  sessionClock,
  stepSpeed,
} from "../../client/replay/playhead.js";

describe("replay playhead rules", () => {
  it("formats positions like a media player, with tenths for very short replays", () => {
    expect(formatPosition(0, 60_000)).toBe("0:00");
    expect(formatPosition(65_400, 600_000)).toBe("1:05");
    expect(formatPosition(3_723_000, 4_000_000)).toBe("1:02:03");
    expect(formatPosition(59_999, 4_000_000)).toBe("0:00:59");
    expect(formatPosition(1_450, 8_000)).toBe("0:01.4");
    expect(formatPosition(-5, 8_000)).toBe("0:00.0");
  });

  it("shows the session clock as HH:MM:SS and skipped gaps in words-free units", () => {
    expect(sessionClock(Date.UTC(1990, 7, 20, 9, 5, 7), true)).toBe("09:05:07");
    expect(sessionClock(Date.UTC(1990, 7, 20, 9, 5, 7))).toMatch(/^\d\d:05:07$/);
    expect(formatSkipped(45_000)).toBe("45 s");
    expect(formatSkipped(12 * 60_000)).toBe("12 min");
    expect(formatSkipped(125 * 60_000)).toBe("2 h 05 min");
  });

  it("maps the keys", () => {
    expect(keyAction(" ", false)).toEqual({ type: "toggle" });
    expect(keyAction("ArrowLeft", false)).toEqual({ type: "seekBy", ms: -5000 });
    expect(keyAction("ArrowRight", true)).toEqual({ type: "seekBy", ms: 30000 });
    expect(keyAction("Home", false)).toEqual({ type: "start" });
    expect(keyAction("End", false)).toEqual({ type: "end" });
    expect(keyAction("[", false)).toEqual({ type: "chapter", dir: -1 });
    expect(keyAction("]", false)).toEqual({ type: "chapter", dir: 1 });
    expect(keyAction("+", true)).toEqual({ type: "speed", dir: 1 });
    expect(keyAction("-", false)).toEqual({ type: "speed", dir: -1 });
    expect(keyAction("a", false)).toBeNull();
  });

  it("steps speeds along 1, 2, 4, 8, 16 and stays at the ends", () => {
    expect(stepSpeed(1, 1)).toBe(2);
    expect(stepSpeed(8, 1)).toBe(16);
    expect(stepSpeed(16, 1)).toBe(16);
    expect(stepSpeed(4, -1)).toBe(2);
    expect(stepSpeed(1, -1)).toBe(1);
    expect(stepSpeed(3, 1)).toBe(4);
    expect(stepSpeed(3, -1)).toBe(2);
  });

  it("jumps between chapters: previous goes back to the start of the current one first", () => {
    const times = [100, 100, 500, 900];
    expect(chapterTarget(times, 0, 1)).toBe(100);
    expect(chapterTarget(times, 100, 1)).toBe(500);
    expect(chapterTarget(times, 900, 1)).toBeNull();
    expect(chapterTarget(times, 700, -1)).toBe(500);
    expect(chapterTarget(times, 500, -1)).toBe(100);
    expect(chapterTarget(times, 100, -1)).toBeNull();
    expect(chapterIndexAt(times, 50)).toBe(-1);
    expect(chapterIndexAt(times, 100)).toBe(1);
    expect(chapterIndexAt(times, 899)).toBe(2);
  });
});
