/** The wire contract's own rules: a command's cid, and join refusals told apart by code. */
import { describe, expect, it } from "vitest";
import { cidOf, parseCommand } from "../../shared/protocol.js";
import { JoinRefusal, joinRefusalOf } from "../../shared/wire.js";

describe("cid", () => {
  it("is taken off the payload before the command's schema sees it, and kept beside the result", () => {
    expect(parseCommand("raiseHand", { cid: "c1" })).toEqual({ ok: true, command: { type: "raiseHand" }, cid: "c1" });
    expect(parseCommand("speak", { text: " hi ", cid: "a_B-9" })).toEqual({
      ok: true,
      command: { type: "speak", text: "hi" },
      cid: "a_B-9",
    });
    expect(parseCommand("raiseHand", {})).toEqual({ ok: true, command: { type: "raiseHand" } });
  });

  it("is echoed by a refusal of the command it came with", () => {
    expect(parseCommand("speak", { text: "", cid: "c2" })).toMatchObject({ ok: false, cid: "c2" });
    expect(parseCommand("fly", { cid: "c3" })).toMatchObject({ ok: false, rejection: { code: "INVALID" }, cid: "c3" });
    expect(parseCommand("raiseHand", { cid: "c4", extra: 1 })).toMatchObject({ ok: false, cid: "c4" });
  });

  it("refuses a malformed cid, and echoes none", () => {
    for (const cid of [
      "",
      "x".repeat(65),
      "a b",
      "<b>",
      "__proto__.x",
      "__proto__",
      "constructor",
      7,
      null,
      { a: 1 },
    ]) {
      const r = parseCommand("raiseHand", { cid });
      expect(r, JSON.stringify(cid)).toMatchObject({ ok: false, rejection: { code: "INVALID" } });
      expect(r).not.toHaveProperty("cid");
      expect(cidOf({ cid })).toBeUndefined();
    }
    // Only an own property counts.
    expect(cidOf(Object.create({ cid: "inherited" }))).toBeUndefined();
    expect(cidOf("c1")).toBeUndefined();
    expect(cidOf(null)).toBeUndefined();
  });
});

describe("join refusals", () => {
  it("are named by their code alone, whatever the message says", () => {
    expect(joinRefusalOf({ code: JoinRefusal.seatKeyRefused, message: "anything" })).toBe("seatKeyRefused");
    expect(joinRefusalOf({ code: JoinRefusal.invalidOptions })).toBe("invalidOptions");
    expect(joinRefusalOf({ code: 4212, message: "seat key" })).toBeNull();
    expect(joinRefusalOf(new Error("seat key does not belong"))).toBeNull();
    expect(joinRefusalOf(null)).toBeNull();
    expect(joinRefusalOf({ code: String(JoinRefusal.refused) })).toBeNull();
  });

  it("have codes of their own", () => {
    const codes = Object.values(JoinRefusal);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
