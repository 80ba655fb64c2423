/**
 * The player's clock: play, pause, speed and seek over replay time. It keeps no timers and reads
 * no clock: every call takes `now` (any monotonic ms, e.g. performance.now()), so the viewer drives
 * it from requestAnimationFrame and tests drive it with plain numbers.
 */
export const MIN_SPEED = 1;
export const MAX_SPEED = 16;
/** The speeds a viewer offers; any value in [MIN_SPEED, MAX_SPEED] is accepted. */
export const SPEEDS = [1, 2, 4, 8, 16] as const;

export class PlayerClock {
  private base = 0;
  private since = 0;
  private _playing = false;
  private _speed: number = MIN_SPEED;

  /** `duration`: the replay's length in replay ms (Timeline.duration). */
  constructor(
    readonly duration: number,
    options: { speed?: number; position?: number } = {},
  ) {
    this._speed = clampSpeed(options.speed ?? MIN_SPEED);
    this.base = this.clampPosition(options.position ?? 0);
  }

  get playing(): boolean {
    return this._playing;
  }

  get speed(): number {
    return this._speed;
  }

  /** Current replay time in ms, within [0, duration]. */
  position(now: number): number {
    if (!this._playing) return this.base;
    return this.clampPosition(this.base + Math.max(0, now - this.since) * this._speed);
  }

  /** True once playback has reached the end. */
  ended(now: number): boolean {
    return this.position(now) >= this.duration;
  }

  /** Starts (or keeps) playing; at the end it starts again from the beginning. */
  play(now: number): void {
    if (this._playing) return;
    if (this.base >= this.duration) this.base = 0;
    this._playing = true;
    this.since = now;
  }

  pause(now: number): void {
    if (!this._playing) return;
    this.base = this.position(now);
    this._playing = false;
  }

  toggle(now: number): void {
    if (this._playing) this.pause(now);
    else this.play(now);
  }

  /** Speed is clamped to 1×–16×; the position is kept. */
  setSpeed(speed: number, now: number): void {
    this.base = this.position(now);
    this.since = now;
    this._speed = clampSpeed(speed);
  }

  /** Jumps to a replay time (clamped); playing stays playing. */
  seek(position: number, now: number): void {
    this.base = this.clampPosition(position);
    this.since = now;
  }

  private clampPosition(p: number): number {
    return Number.isFinite(p) ? Math.max(0, Math.min(this.duration, p)) : 0;
  }
}

function clampSpeed(speed: number): number {
  return Number.isFinite(speed) ? Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed)) : MIN_SPEED;
}
