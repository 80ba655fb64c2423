/** What every panel of the room is given: the seminar to show, a way to send, and the error slots. */
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
  readonly brief?: RoleBrief | null;
}

export interface PanelContext {
  session: RoomSource;
  slots: RejectionSlots;
  /** True in the replay viewer: panels show, and offer no actions (no composer, no Reply). */
  readOnly?: boolean;
  /**
   * Sends a command and clears the last refusal shown for it. `slot`, if given, is where a
   * refusal of this very sending shows (for commands sent from two places, like yieldFloor).
   */
  send<T extends CommandType>(type: T, payload: CommandPayload<T>, slot?: HTMLElement): void;
}

/** A piece of the room's DOM that redraws itself from the session. */
export interface Panel {
  el: HTMLElement;
  update(): void;
}
