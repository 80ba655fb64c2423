/**
 * Pins the Colyseus internals server/rooms/colyseus-internals.ts relies on, against the installed
 * Colyseus. If an upgrade changes any of them, this fails here, by name, before anything quietly
 * breaks: frames no longer reaching the room's reader, secrets sent differently, held seats that
 * cannot be given up.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ClientState, Deferred, Protocol, Room, getMessageBytes, type Client } from "colyseus";
import { WebSocketClient } from "@colyseus/ws-transport";
import { describe, expect, it } from "vitest";
import { FrameReadingRoom, holdSeat, sendPrivately } from "../../server/rooms/colyseus-internals.js";

const coreMain = createRequire(import.meta.url).resolve("@colyseus/core");
const coreVersion = (
  JSON.parse(readFileSync(join(dirname(coreMain), "..", "package.json"), "utf8")) as { version: string }
).version;

/** A connected ws-transport client whose socket records what it is sent. */
function wsClient(id: string) {
  const sent: Uint8Array[] = [];
  const socket = { readyState: 1, send: (data: Uint8Array) => sent.push(Uint8Array.from(data)), close() {} };
  const client = new WebSocketClient(id, socket);
  client.state = ClientState.JOINED;
  return { client, sent };
}

class ProbeRoom extends FrameReadingRoom {
  frames: Buffer[] = [];
  protected override onFrame(_client: Client, buffer: Buffer): void {
    this.frames.push(buffer);
  }
}

describe("the Colyseus internals the room adapter touches", () => {
  it("is the 0.16 line they were read from", () => {
    expect(coreVersion).toMatch(/^0\.16\./);
  });

  it("binds every connection's frames to the room's own _onMessage, so an override sees them", () => {
    const proto = Room.prototype as unknown as Record<string, unknown>;
    expect(typeof proto._onMessage).toBe("function");
    expect(String(proto._onJoin)).toContain("this._onMessage.bind(this, client)");
  });

  it("hands room data to onFrame, and join acknowledgements and consented leaves to core", () => {
    const room = new ProbeRoom();
    const { client } = wsClient("a");
    const hook = (room as unknown as { _onMessage(c: Client, b: Buffer): void })._onMessage.bind(room);
    hook(client, Buffer.from([Protocol.ROOM_DATA, 0xa1, 0x78]));
    hook(client, Buffer.from([0xff, 1, 2]));
    expect(room.frames.map((f) => f[0])).toEqual([Protocol.ROOM_DATA, 0xff]);
    // Core still turns a join acknowledgement into a joined client.
    client.state = ClientState.JOINING;
    (client as unknown as { _enqueuedMessages: unknown[] })._enqueuedMessages = [];
    hook(client, Buffer.from([Protocol.JOIN_ROOM]));
    expect(client.state).toBe(ClientState.JOINED);
    expect(room.frames).toHaveLength(2);
    // A leaving client's frames go nowhere.
    client.state = ClientState.LEAVING;
    hook(client, Buffer.from([Protocol.ROOM_DATA, 0xa1, 0x78]));
    expect(room.frames).toHaveLength(2);
    expect([Protocol.JOIN_ROOM, Protocol.LEAVE_ROOM, Protocol.ROOM_DATA, Protocol.ROOM_DATA_BYTES]).toEqual([
      10, 12, 13, 17,
    ]);
  });

  it("sends a private message byte for byte as client.send does", () => {
    const message = { participantId: "p1", seatKey: "k".repeat(43) };
    const viaSend = wsClient("a");
    viaSend.client.send("seat", message);
    const viaPrivate = wsClient("b");
    sendPrivately(viaPrivate.client, "seat", message);
    expect(viaPrivate.sent).toEqual(viaSend.sent);
    expect(viaPrivate.sent[0]).toEqual(Uint8Array.from(getMessageBytes.raw(Protocol.ROOM_DATA, "seat", message)));
  });

  it("gives a held seat up when cancelled: allowReconnection answers a Deferred, whose reject we call", async () => {
    expect(Room.prototype.allowReconnection.toString()).toMatch(/new (\w+\.)?Deferred\(\)/);
    const deferred = new Deferred<Client>();
    const room = { allowReconnection: () => deferred } as unknown as Room;
    const held = holdSeat(room, {} as Client, 5);
    held.cancel();
    await expect(held.back).rejects.toThrow(/seat taken/);
    // Coming back resolves it with the new connection.
    const again = new Deferred<Client>();
    const back = { sessionId: "a" } as Client;
    const held2 = holdSeat({ allowReconnection: () => again } as unknown as Room, {} as Client, 5);
    again.resolve(back);
    await expect(held2.back).resolves.toBe(back);
  });
});
