/** Sessions and their logs survive a server restart; a live session comes back under its id. */
import { Client } from "colyseus.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { startChildServer } from "./child-server.js";
import { Participant, parseNdjson, waitUntil } from "./harness.js";

const dataDir = mkdtempSync(join(tmpdir(), "seminar-restart-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function join_(wsUrl: string, roomId: string | null, name: string): Promise<Participant> {
  const client = new Client(wsUrl);
  const room = roomId ? await client.joinById(roomId, { name }) : await client.create("seminar", { name });
  const p = new Participant(room);
  await waitUntil(() => p.events.some((e) => e.type === "joined" && e.actor === room.sessionId), "own join");
  return p;
}

it("keeps sessions and logs across a restart, and brings a live session back under the same id", async () => {
  const first = await startChildServer(dataDir);
  const fac = await join_(first.wsUrl, null, "Facilitator");
  const roomId = fac.room.roomId;
  const ann = await join_(first.wsUrl, roomId, "Ann");
  ann.send("raiseHand");
  ann.send("post", { promptId: "strikes-and-socialism", text: "Before the restart" });
  await fac.waitForEvent((e) => e.type === "posted");
  const before = [...fac.events];
  const ended = await join_(first.wsUrl, null, "Short session");
  await ended.leave();
  await waitUntil(() => true, "");
  await first.stop("SIGTERM");

  const second = await startChildServer(dataDir, {}, first.port);
  try {
    // Both seminars are unlisted: read each by its id.
    const sessions = (await Promise.all(
      [roomId, ended.room.roomId].map(async (id) => (await fetch(`${second.url}/api/sessions/${id}`)).json()),
    )) as { id: string; live: boolean; eventCount: number }[];
    const live = sessions.find((s) => s.id === roomId)!;
    expect(live.live).toBe(true);
    expect(live.eventCount).toBeGreaterThanOrEqual(before.length);
    expect(sessions.find((s) => s.id === ended.room.roomId)?.live).toBe(false);

    const { header, events } = parseNdjson(await (await fetch(`${second.url}/api/sessions/${roomId}/log`)).text());
    expect(header.sessionId).toBe(roomId);
    expect(events.slice(0, before.length)).toEqual(before);
    // Everyone was marked disconnected when the room came back; nothing else changed.
    expect(
      events
        .slice(before.length)
        .map((e) => e.type)
        .every((t) => t === "disconnected"),
    ).toBe(true);

    const bob = await join_(second.wsUrl, roomId, "Bob");
    expect(bob.histories[0].slice(0, before.length)).toEqual(before);
    bob.send("post", { promptId: "strikes-and-socialism", text: "After the restart" });
    await bob.waitForEvent((e) => e.type === "posted" && e.actor === bob.id);
    await bob.leave();
  } finally {
    await second.stop("SIGTERM");
  }
}, 90_000);
