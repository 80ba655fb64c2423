/**
 * What every panel of the room is given: the seminar to show (a live session or the replay's
 * state at the playhead) and, for a live seat only, a way to act. A replay has no actions, so
 * its panels offer none (no composer, no Reply): there is nothing to fake.
 */
import type { SeminarState } from "../../shared/engine/state.js";
import type { CommandPayload, CommandType } from "../../shared/protocol.js";
import type { PublicScenario, RoleBrief } from "../../shared/scenario.js";
import type { RejectionSlots } from "../rejections.js";

/**
 * What panels read: a live session (LiveSession fits) or the replay's state at the playhead.
 * Only the live seat has a brief; a replay has no `me` ("" matches nobody).
 */
export interface RoomSource {
  readonly state: Readonly<SeminarState>;
  readonly scenario: PublicScenario | null;
  readonly me: string;
  readonly brief: RoleBrief | null;
}

/** How a live seat acts: commands to the server, and where their refusals show. */
export interface RoomActions {
  readonly slots: RejectionSlots;
  /**
   * Sends a command and clears the last refusal shown for it. `slot`, if given, is where a
   * refusal of this very sending shows (for commands sent from two places, like yieldFloor).
   * Returns the sending's `cid` (a refusal of it echoes it; so does its acceptance, see
   * `onAccepted`), or null when nothing was sent because the connection is down.
   */
  send<T extends CommandType>(type: T, payload: CommandPayload<T>, slot?: HTMLElement): string | null;
  /** Calls `fn` with the `cid` of each of my sendings the server accepted; returns how to stop. */
  onAccepted(fn: (cid: string) => void): () => void;
}

/** A panel shown both live and in a replay: `actions` is null in a replay. */
export interface PanelContext {
  readonly source: RoomSource;
  readonly actions: RoomActions | null;
}

/** A panel only a live seat has (the dock, the chair's desk, the brief, the role picker). */
export interface LivePanelContext {
  readonly source: RoomSource;
  readonly actions: RoomActions;
}

/** A piece of the room's DOM that redraws itself from its source, and lets go of it when destroyed. */
export interface Panel {
  readonly el: HTMLElement;
  update(): void;
  /** Stops its timers and listeners; the room calls it when it is left. */
  destroy(): void;
}
