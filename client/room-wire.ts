/**
 * The browser's end of the wire contract: server messages are listened to, and commands sent,
 * only through these, so a message's name fixes its payload's type (shared/wire.ts).
 */
import type { Room } from "colyseus.js";
import type { CommandMessage, CommandPayload, CommandType } from "../shared/protocol.js";
import type { ServerMessageName, ServerMessages } from "../shared/wire.js";

export function onServerMessage<K extends ServerMessageName>(
  room: Room,
  name: K,
  listener: (message: ServerMessages[K]) => void,
): () => void {
  return room.onMessage(name, listener) as () => void;
}

/** Sends one command; `cid`, if given, comes back in a `rejected` answer to this very sending. */
export function sendCommand<T extends CommandType>(
  room: Room,
  type: T,
  payload: CommandPayload<T>,
  cid?: string,
): void {
  const message: CommandMessage<T> = { ...(payload as CommandMessage<T>), ...(cid === undefined ? {} : { cid }) };
  room.send(type, message);
}
