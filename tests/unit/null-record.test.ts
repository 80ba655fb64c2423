/** Untrusted ids never reach a prototype: the records, their copies, and the Id schema. */
import { expect, it } from "vitest";
import { apply, fold } from "../../shared/engine/apply.js";
import type { SeminarEvent } from "../../shared/events.js";
import { isPrototypeKey } from "../../shared/ids.js";
import { parseLog } from "../../shared/log-format.js";
import { copyData, nullRecord, own } from "../../shared/null-record.js";
import { parseCommand } from "../../shared/protocol.js";
import { ReplayIndex } from "../../shared/replay/replay-index.js";
import { renderMinutes } from "../../shared/replay/minutes.js";
import { hostileEvents, hostileLog, prototypeIsClean } from "../integration/hostile-log.js";

it("folds a log with a '__proto__' actor (as a store might hold one) without touching Object.prototype", () => {
  const events = hostileEvents() as SeminarEvent[];
  const state = fold(events);
  expect(prototypeIsClean()).toBe(true);
  expect(Object.getPrototypeOf(state.participants)).toBe(null);
  expect(Object.getPrototypeOf(state.roleHolders)).toBe(null);
  expect(state.roleHolders["alexei-zverev"]).toBe("__proto__");
  const again = apply(state, { seq: 5, at: events[3].at, type: "handLowered", actor: "ann", data: {} });
  expect(Object.getPrototypeOf(again.participants)).toBe(null);
  const index = new ReplayIndex(events, { snapshotEvery: 1 });
  for (let seq = 0; seq <= events.length; seq++) {
    expect(Object.getPrototypeOf(index.stateAt(seq).participants)).toBe(null);
  }
  renderMinutes({ sessionId: "s", scenarioId: "sputnik-1990", createdAt: 0, events });
  expect(prototypeIsClean()).toBe(true);
});

it("copies data keeping null prototypes, and a '__proto__' key stays data", () => {
  const rec = nullRecord([["a", { x: 1 }]]);
  const copy = copyData({ rec, list: [rec], plain: JSON.parse('{"__proto__": {"polluted": true}}') as object });
  expect(Object.getPrototypeOf(copy.rec)).toBe(null);
  expect(Object.getPrototypeOf(copy.list[0])).toBe(null);
  expect(copy.rec).not.toBe(rec);
  expect(own(copy.plain as Record<string, unknown>, "__proto__")).toEqual({ polluted: true });
  expect(own(rec, "toString")).toBeUndefined();
  expect(prototypeIsClean()).toBe(true);
});

it("refuses every prototype property name as an id, in commands and in log files", () => {
  for (const key of [...Object.getOwnPropertyNames(Object.prototype), "prototype"]) {
    expect(isPrototypeKey(key)).toBe(true);
    const r = parseCommand("claimRole", { roleId: key });
    expect(r.ok).toBe(false);
    const log = parseLog(hostileLog({ evil: key }));
    expect(log.ok).toBe(false);
    if (!log.ok) expect(log.reason).toMatch(/actor: this id is reserved/);
  }
  expect(isPrototypeKey("alexei-zverev")).toBe(false);
  expect(parseCommand("claimRole", { roleId: "alexei-zverev" }).ok).toBe(true);
});
