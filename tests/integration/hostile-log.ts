/**
 * Hostile session logs for the prototype-pollution tests: well-formed files whose ids name
 * Object.prototype's properties, and a check that a server still runs seminars end to end.
 */
import { expect } from "vitest";
import { LOG_FORMAT, LOG_VERSION } from "../../shared/log-format.js";
import { seat } from "./seated.js";
import { waitUntil } from "./harness.js";

const T0 = Date.UTC(2026, 0, 1, 10, 0, 0);

/** Event lines (without the header) where a participant "__proto__" claims a role, as the probe sent. */
export function hostileEvents(evil = "__proto__"): object[] {
  return [
    {
      seq: 1,
      at: T0,
      type: "sessionStarted",
      actor: "system",
      data: { scenarioId: "sputnik-1990", speechLimitSeconds: 180 },
    },
    { seq: 2, at: T0 + 1, type: "joined", actor: "ann", data: { name: "Ann", facilitator: true } },
    { seq: 3, at: T0 + 2, type: "roleClaimed", actor: evil, data: { roleId: "alexei-zverev" } },
    { seq: 4, at: T0 + 3, type: "handRaised", actor: "ann", data: {} },
  ];
}

/** A whole log file; `last` puts the polluting line at the end (the probe's accepted variant). */
export function hostileLog(options: { evil?: string; last?: boolean } = {}): string {
  const events = hostileEvents(options.evil);
  if (options.last) {
    const [start, joined, evil, hand] = events as { seq: number }[];
    hand.seq = 3;
    evil.seq = 4;
    events.splice(0, 4, start, joined, hand, evil);
  }
  const header = {
    format: LOG_FORMAT,
    version: LOG_VERSION,
    sessionId: "hostile",
    scenarioId: "sputnik-1990",
    createdAt: T0,
  };
  return [header, ...events].map((x) => JSON.stringify(x)).join("\n") + "\n";
}

/** True while nothing has written through a plain object's prototype in this process. */
export function prototypeIsClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.roleId === undefined && probe.name === undefined && Object.keys(Object.prototype).length === 0;
}

/** Creates a seminar, seats a second person, gives them a role and the floor, and hears them speak. */
export async function runsASeminar(wsUrl: string): Promise<void> {
  const fac = await seat(wsUrl, null, { name: "Facilitator" });
  const ann = await seat(wsUrl, fac.room.roomId, { name: "Ann" });
  try {
    // Not the chair's role: the chair is given by the facilitator, never claimed.
    ann.send("claimRole", { roleId: "dave-temple" });
    await ann.waitForEvent((e) => e.type === "roleClaimed" && e.actor === ann.id);
    ann.send("raiseHand");
    await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === ann.id);
    fac.send("giveFloor", {});
    await ann.waitForEvent((e) => e.type === "floorGiven");
    ann.send("speak", { text: "Still standing." });
    await fac.waitForEvent((e) => e.type === "spoke" && e.actor === ann.id);
    await waitUntil(() => true, "");
    expect([...fac.rejections, ...ann.rejections]).toEqual([]);
  } finally {
    await ann.leave();
    await fac.leave();
  }
}
