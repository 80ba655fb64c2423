/** Raw frames decode to a message, a control frame, or "malformed" — never an exception. */
import { describe, expect, it } from "vitest";
import { decodeFrame, isControlFrame } from "../../server/rooms/inbound-frame.js";

const frame = (...bytes: number[]) => Uint8Array.from(bytes);
const typed = (type: string, ...body: number[]) => {
  const t = new TextEncoder().encode(type);
  return frame(13, 0xa0 | t.length, ...t, ...body);
};

describe("decodeFrame", () => {
  it("reads a room message: type and msgpack body", () => {
    // {"kind":"applause"} as msgpack
    const body = [0x81, 0xa4, ...new TextEncoder().encode("kind"), 0xa8, ...new TextEncoder().encode("applause")];
    expect(decodeFrame(typed("react", ...body))).toEqual({
      kind: "message",
      type: "react",
      payload: { kind: "applause" },
    });
    expect(decodeFrame(typed("raiseHand"))).toEqual({ kind: "message", type: "raiseHand", payload: undefined });
    expect(decodeFrame(frame(13, 42))).toEqual({ kind: "message", type: 42, payload: undefined });
  });

  it("passes join acknowledgements and consented leaves to core", () => {
    expect(decodeFrame(frame(10))).toEqual({ kind: "protocol" });
    expect(isControlFrame(frame(10))).toBe(true);
    expect(isControlFrame(frame(12))).toBe(true);
    expect(isControlFrame(frame(13))).toBe(false);
  });

  it("calls everything else malformed, without throwing", () => {
    const cases: Uint8Array[] = [
      new Uint8Array(0),
      frame(13),
      frame(13, 0xd9, 0xff, 0x61),
      frame(13, 0xdb, 0xff, 0xff, 0xff, 0xff),
      frame(13, 0xa2, 0xff, 0xfe), // not UTF-8
      typed("speak", 0xdb, 0x00, 0x01), // str32 header cut short
      typed("speak", 0x81, 0xa4, 0x74),
      typed("post", ...new Array(60_000).fill(0x91)),
      frame(17, 0xa5, ...new TextEncoder().encode("speak"), 1, 2, 3), // ROOM_DATA_BYTES
      frame(99, 1, 2),
    ];
    for (const c of cases) expect(decodeFrame(c).kind, `${[...c.slice(0, 8)]}`).toBe("malformed");
    expect(decodeFrame("text").kind).toBe("malformed");
  });

  it("does not let a __proto__ key reach an object's prototype", () => {
    // {"__proto__": {"polluted": true}}
    const enc = (s: string) => [0xa0 | s.length, ...new TextEncoder().encode(s)];
    const f = decodeFrame(typed("claimRole", 0x81, ...enc("__proto__"), 0x81, ...enc("polluted"), 0xc3));
    expect(f.kind).toBe("message");
    const payload = (f as { payload: Record<string, unknown> }).payload;
    expect(Object.getPrototypeOf(payload)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
