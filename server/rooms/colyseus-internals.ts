/**
 * The Colyseus internals the room adapter touches, all here and nowhere else, each pinned by
 * tests/unit/colyseus-internals.test.ts against the installed Colyseus (0.16), so an upgrade that
 * changes one fails loudly instead of quietly breaking the contract:
 * - `Room._onMessage(client, buffer)`: every frame a connection sends (bound per connection at
 *   join; private from 0.17 on). Overridden because core's own handling breaks our contract: a
 *   body that is not msgpack disconnects the sender (4002), a garbled type header throws out of
 *   the socket's listener, and an unhandled type disconnects the sender too.
 * - `Client.enqueueRaw` with `getMessageBytes.raw`: what `client.send` does, minus its debug line
 *   (with DEBUG=colyseus:message, `client.send` prints every message's content to the log).
 * - `allowReconnection`'s answer: a Deferred whose `reject` gives a held seat up early.
 */
import { ClientState, Protocol, Room, getMessageBytes, type Client, type Deferred } from "colyseus";
import type { ServerMessageName, ServerMessages } from "../../shared/wire.js";
import type { HeldSeat } from "../session/seat-book.js";
import { isControlFrame } from "./inbound-frame.js";

/** A room that reads every frame itself, except the two core must see (join acknowledgement, consented leave). */
export abstract class FrameReadingRoom extends Room {
  /** A frame from a joined connection that is not a control frame; may be anything at all. */
  protected abstract onFrame(client: Client, buffer: Buffer): void;

  protected override _onMessage(client: Parameters<Room["_onMessage"]>[0], buffer: Buffer): void {
    if (client.state === ClientState.LEAVING) return;
    if (isControlFrame(buffer)) return super._onMessage(client, buffer);
    this.onFrame(client, buffer);
  }
}

/** Sends a secret (seat key, brief) to one client exactly as `client.send` would, but unlogged. */
export function sendPrivately<K extends ServerMessageName>(client: Client, name: K, message: ServerMessages[K]): void {
  client.enqueueRaw(getMessageBytes.raw(Protocol.ROOM_DATA, name, message));
}

/** Holds a dropped client's seat for `seconds` (must be called inside `onLeave`). */
export function holdSeat(room: Room, client: Client, seconds: number): HeldSeat<Client> {
  // A Deferred while the room runs; a plain rejected promise while it is disposing.
  const reconnection: Deferred<Client> | Promise<Client> = room.allowReconnection(client, seconds);
  return {
    back: Promise.resolve(reconnection),
    cancel: () => {
      (reconnection as Partial<Deferred<Client>>).reject?.(new Error("seat taken by a newer connection"));
    },
  };
}
