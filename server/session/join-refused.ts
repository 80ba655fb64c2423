/** A refused create or join, as a value the room adapter hands to Colyseus with its code. */
import type { JoinRefusal } from "../../shared/wire.js";

export class JoinRefused extends Error {
  constructor(
    readonly code: (typeof JoinRefusal)[keyof typeof JoinRefusal],
    message: string,
  ) {
    super(message);
    this.name = "JoinRefused";
  }
}
