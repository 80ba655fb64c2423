/**
 * Floods: a client sending as fast as it can (commands, garbage frames, near-limit frames) does
 * not noticeably delay another participant's speeches, and is itself answered a bounded number
 * of times. The server runs in its own process, so its event loop is measured, not the test's.
 * FLOOD_BIG=0 leaves out the 50 KB frames (then the flood is commands and garbage only).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEFAULT_RATE_LIMIT } from "../../server/session/rate-limiter.js";
import { startChildServer, type ChildServer } from "./child-server.js";
import { waitUntil } from "./harness.js";
import { roomDataFrame, seat, sleep, type SeatedParticipant } from "./seated.js";

const SPEECHES = 30;
const SPACING_MS = 220; // under the speaker's own 5/s limit
/**
 * The calm and the flooded speeches are measured in turns, a third of each at a time, so that
 * whatever else loads the machine meanwhile weighs on both alike.
 */
const ROUNDS = 3;

const dataDir = mkdtempSync(join(tmpdir(), "seminar-flood-"));
let server: ChildServer;
beforeAll(async () => {
  server = await startChildServer(dataDir);
});
afterAll(async () => {
  await server?.stop("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
});

/** Speech latency: from `send` to the speaker receiving its own `spoke` event (the full path). */
async function speechLatencies(
  speaker: SeatedParticipant,
  label: string,
  from: number,
  count: number,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = from; i < from + count; i++) {
    const text = `${label} ${i}`;
    const t0 = performance.now();
    speaker.send("speak", { text });
    await waitUntil(() => speaker.events.some((e) => e.type === "spoke" && e.data.text === text), text, 5_000);
    out.push(performance.now() - t0);
    await sleep(SPACING_MS);
  }
  return out;
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

it("keeps other participants' speeches prompt while one client floods, and bounds the flooder's rejections", async () => {
  const fac = await seat(server.wsUrl, null, { name: "Facilitator" });
  const roomId = fac.room.roomId;
  const speaker = await seat(server.wsUrl, roomId, { name: "Speaker" });
  const flooder = await seat(server.wsUrl, roomId, { name: "Flooder" });
  fac.send("setSpeechLimit", { seconds: 600 });
  fac.send("giveFloor", { to: speaker.id });
  await speaker.waitForEvent((e) => e.type === "floorGiven");

  // The flood: every 5 ms, 40 commands, 10 garbage frames and one 50 KB frame, until stopped.
  let sent = 0;
  let floodSeconds = 0;
  const big = roomDataFrame("speak", new Uint8Array(50_000).fill(0x91));
  const garbage = roomDataFrame("post", Uint8Array.from([0x81, 0xa4]));
  const calm: number[] = [];
  const flooded: number[] = [];
  const perRound = SPEECHES / ROUNDS;
  for (let round = 0; round < ROUNDS; round++) {
    calm.push(...(await speechLatencies(speaker, "calm", round * perRound, perRound)));
    let flooding = true;
    const floodStart = performance.now();
    const flood = (async () => {
      while (flooding) {
        for (let k = 0; k < 40; k++) flooder.send(k % 2 ? "react" : "raiseHand", k % 2 ? { kind: "applause" } : {});
        for (let k = 0; k < 10; k++) flooder.sendRaw(garbage);
        if (process.env.FLOOD_BIG !== "0") flooder.sendRaw(big);
        sent += 51;
        await sleep(5);
      }
    })();
    await sleep(300);
    flooded.push(...(await speechLatencies(speaker, "flooded", round * perRound, perRound)));
    flooding = false;
    await flood;
    floodSeconds += (performance.now() - floodStart) / 1000;
    // The flood's last frames are answered before the calm turn that follows is timed.
    await sleep(500);
  }

  const report = (xs: number[]) =>
    `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
  console.log(`speech latency without flood: ${report(calm)}`);
  console.log(`speech latency with flood (${sent} messages in ${floodSeconds.toFixed(1)} s): ${report(flooded)}`);
  console.log(
    `flooder: ${flooder.rejections.length} rejections, ${flooder.events.filter((e) => e.actor === flooder.id).length - 1} accepted`,
  );

  // Not noticeably delayed: the typical speech is as fast as without the flood, and the slow tail
  // stays under what a person notices in a live conversation (bounds generous for a busy 2-core box).
  expect(pct(flooded, 50)).toBeLessThan(2 * pct(calm, 50) + 15);
  expect(pct(flooded, 95)).toBeLessThan(Math.max(300, 3 * pct(calm, 95)));
  // Every speech arrived, in order, exactly once.
  const spoken = fac.events.filter((e) => e.type === "spoke").map((e) => e.data.text);
  expect(spoken).toEqual(
    Array.from({ length: ROUNDS }, (_, round) =>
      ["calm", "flooded"].flatMap((label) =>
        Array.from({ length: perRound }, (_, i) => `${label} ${round * perRound + i}`),
      ),
    ).flat(),
  );
  // The flooder got through at most its bucket in each flood (full again by the next one), and
  // was told off a bounded number of times.
  const { perSecond, burst } = DEFAULT_RATE_LIMIT;
  const allowance = Math.ceil(ROUNDS * burst + perSecond * (floodSeconds + ROUNDS));
  expect(
    flooder.events.filter((e) => e.actor === flooder.id && e.type !== "joined").length + flooder.rejections.length,
  ).toBeLessThanOrEqual(allowance + Math.ceil(perSecond * (floodSeconds + ROUNDS)) + ROUNDS);
  expect(flooder.rejections.filter((r) => r.code === "RATE_LIMITED").length).toBeLessThanOrEqual(
    Math.ceil(perSecond * (floodSeconds + ROUNDS)) + ROUNDS,
  );
  expect(sent).toBeGreaterThan(20 * flooder.rejections.length);
  expect(flooder.open).toBe(true);
  for (const p of [fac, speaker, flooder]) await p.leave();
}, 60_000);
