/**
 * Random access into a folded log: `stateAt(seq)` and `stateAtTime(ms)` without refolding from
 * the start. Built once by folding the whole log and keeping a snapshot every K events.
 *
 * Why snapshots are cheap: the transcript arrays (speeches, posts, promptsOpened) only ever grow
 * by `push` in `apply`, and an entry is never changed after it is pushed. So a snapshot stores
 * only their lengths plus a copy of the small mutable rest (participants, roles, queue, floor,
 * …); restoring slices the final arrays. Memory is O(n + (n/K)·participants), not O(n²/K).
 * A test checks `stateAt(seq)` against a fresh `fold` for every seq, so if `apply` ever starts
 * editing old entries that test fails rather than replay silently drifting.
 */
import { applyInPlace } from "../engine/apply.js";
import { initialState, type SeminarState } from "../engine/state.js";
import type { SeminarEvent } from "../events.js";
import { copyData } from "../null-record.js";

type Growing = "speeches" | "posts" | "promptsOpened";
type Rest = Omit<SeminarState, Growing>;

interface Snapshot {
  seq: number;
  rest: Rest;
  lengths: Record<Growing, number>;
}

export interface ReplayIndexOptions {
  /** Events between snapshots; default √n, at least 32 (seek cost ≈ K applies + one copy). */
  snapshotEvery?: number;
}

const split = (s: SeminarState): { rest: Rest; lengths: Record<Growing, number> } => {
  const { speeches, posts, promptsOpened, ...rest } = s;
  return {
    rest: copyData(rest),
    lengths: { speeches: speeches.length, posts: posts.length, promptsOpened: promptsOpened.length },
  };
};

/** Folds a log once and answers "what was the state at seq N / at time T" quickly. */
export class ReplayIndex {
  readonly events: readonly SeminarEvent[];
  readonly snapshotEvery: number;
  /** The state after the last event. Do not mutate; `stateAt(length)` gives an own copy. */
  readonly finalState: Readonly<SeminarState>;
  private readonly snapshots: Snapshot[] = [];
  /** Running maximum of `at`, so time search works even if a log's times wobbled. */
  private readonly times: Float64Array;

  /** `events` must be a valid log (seq 1..n, e.g. from `parseLog`); applying throws otherwise. */
  constructor(events: readonly SeminarEvent[], options: ReplayIndexOptions = {}) {
    this.events = events;
    this.snapshotEvery = Math.max(
      1,
      Math.floor(options.snapshotEvery ?? Math.max(32, Math.ceil(Math.sqrt(events.length)))),
    );
    this.times = new Float64Array(events.length);
    const draft = initialState();
    this.snapshots.push({ seq: 0, ...split(draft) });
    let maxAt = -Infinity;
    for (let i = 0; i < events.length; i++) {
      applyInPlace(draft, events[i]);
      maxAt = Math.max(maxAt, events[i].at);
      this.times[i] = maxAt;
      if ((i + 1) % this.snapshotEvery === 0) this.snapshots.push({ seq: i + 1, ...split(draft) });
    }
    this.finalState = draft;
  }

  /** Number of events; the last seq. */
  get length(): number {
    return this.events.length;
  }

  /** Time of the first event (session start), or null for an empty log. */
  get startAt(): number | null {
    return this.events.length ? this.events[0].at : null;
  }

  get endAt(): number | null {
    return this.events.length ? this.times[this.events.length - 1] : null;
  }

  /** The state after events 1..seq (seq is clamped to 0..length). A fresh object the caller owns. */
  stateAt(seq: number): SeminarState {
    const target = Math.max(0, Math.min(this.events.length, Math.floor(seq)));
    const snap = this.snapshots[Math.floor(target / this.snapshotEvery)];
    const fin = this.finalState;
    const state: SeminarState = {
      ...copyData(snap.rest),
      speeches: fin.speeches.slice(0, snap.lengths.speeches).map((x) => ({ ...x })),
      posts: fin.posts.slice(0, snap.lengths.posts).map((x) => ({ ...x })),
      promptsOpened: fin.promptsOpened.slice(0, snap.lengths.promptsOpened).map((x) => ({ ...x })),
    };
    for (let i = snap.seq; i < target; i++) applyInPlace(state, this.events[i]);
    return state;
  }

  /** How many events had happened by time `ms` (epoch ms): the seq of the last event with at ≤ ms. */
  seqAtTime(ms: number): number {
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid] <= ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The state as it was at time `ms`: after every event stamped at or before it. */
  stateAtTime(ms: number): SeminarState {
    return this.stateAt(this.seqAtTime(ms));
  }

  /** The time of event `seq` (clamped); the session start for seq 0. */
  timeOfSeq(seq: number): number | null {
    if (this.events.length === 0) return null;
    const i = Math.max(1, Math.min(this.events.length, Math.floor(seq))) - 1;
    return this.times[i];
  }
}
