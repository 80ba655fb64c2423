/** What every panel of the room is given: the live session, a way to send, and the error slots. */
import type { CommandPayload, CommandType } from "../../shared/protocol.js";
import type { LiveSession } from "../live-session.js";
import type { RejectionSlots } from "../rejections.js";

export interface PanelContext {
  session: LiveSession;
  slots: RejectionSlots;
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
