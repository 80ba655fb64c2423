/**
 * Replay time: the session's real time with long idle stretches squeezed. A gap between two
 * consecutive events longer than `idleGapMs` plays as `compressedGapMs`; everything else plays at
 * its real pace. The mapping is piecewise linear and strictly increasing over the log, so it can
 * be inverted: real → replay for the scrubber, replay → real to find the seq to show.
 */
export interface TimelineOptions {
  /** Gaps longer than this are idle (default 10 s). */
  idleGapMs?: number;
  /** What an idle gap lasts in replay (default 2 s). */
  compressedGapMs?: number;
}

export const DEFAULT_IDLE_GAP_MS = 10_000;
export const DEFAULT_COMPRESSED_GAP_MS = 2_000;

/** One squeezed gap, for drawing marks on a scrubber. */
export interface CompressedGap {
  /** Real epoch ms where the idle stretch starts and ends (times of the events either side). */
  fromAt: number;
  toAt: number;
  /** Where it starts in replay ms. */
  replayFrom: number;
  /** Real milliseconds skipped (real length minus replay length). */
  skippedMs: number;
}

export class Timeline {
  /** Real time of replay time 0 (the first event), epoch ms. */
  readonly startAt: number;
  readonly endAt: number;
  /** Length of the whole replay in replay ms. */
  readonly duration: number;
  readonly gaps: readonly CompressedGap[];
  /** Breakpoints of the piecewise-linear map, both non-decreasing. */
  private readonly real: number[];
  private readonly replay: number[];

  /** `times`: the events' `at` in log order (non-decreasing, as parseLog guarantees). */
  constructor(times: ArrayLike<number>, options: TimelineOptions = {}) {
    const idle = options.idleGapMs ?? DEFAULT_IDLE_GAP_MS;
    const squeezed = Math.min(options.compressedGapMs ?? DEFAULT_COMPRESSED_GAP_MS, idle);
    const n = times.length;
    this.startAt = n ? times[0] : 0;
    this.real = [this.startAt];
    this.replay = [0];
    const gaps: CompressedGap[] = [];
    let prev = this.startAt;
    let r = 0;
    for (let i = 1; i < n; i++) {
      const t = Math.max(prev, times[i]);
      const gap = t - prev;
      if (gap > idle) {
        // Breakpoints at both ends of the gap: 1:1 before it, squeezed inside it.
        if (this.real[this.real.length - 1] !== prev) {
          this.real.push(prev);
          this.replay.push(r);
        }
        gaps.push({ fromAt: prev, toAt: t, replayFrom: r, skippedMs: gap - squeezed });
        r += squeezed;
        this.real.push(t);
        this.replay.push(r);
      } else {
        r += gap;
      }
      prev = t;
    }
    if (this.real[this.real.length - 1] !== prev) {
      this.real.push(prev);
      this.replay.push(r);
    }
    this.endAt = prev;
    this.duration = r;
    this.gaps = gaps;
  }

  /** Real epoch ms → replay ms, clamped to [0, duration]. */
  toReplayTime(realMs: number): number {
    return interpolate(this.real, this.replay, realMs);
  }

  /** Replay ms → real epoch ms, clamped to [startAt, endAt]. */
  toRealTime(replayMs: number): number {
    return interpolate(this.replay, this.real, replayMs);
  }
}

/** Piecewise-linear lookup of x in the breakpoints xs → ys (xs non-decreasing), clamped. */
function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  const last = xs.length - 1;
  if (x <= xs[0]) return ys[0];
  if (x >= xs[last]) return ys[last];
  // The last breakpoint with xs[i] <= x.
  let lo = 0;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (xs[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  const x0 = xs[lo];
  const x1 = xs[lo + 1];
  if (x1 === x0) return ys[lo + 1];
  return ys[lo] + ((x - x0) * (ys[lo + 1] - ys[lo])) / (x1 - x0);
}
