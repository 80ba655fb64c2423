/** A speech turn that runs out ends by itself, on the server, with `floorExpired`. */
import { afterAll, beforeAll, expect, it } from "vitest";
import { bootServer, createSeminar, joinSeminar, type TestServer } from "./harness.js";

let server: TestServer;
beforeAll(async () => {
  server = await bootServer();
});
afterAll(async () => {
  await server?.dispose();
});

it("expires the floor when the speech limit runs out, and then refuses the speaker", async () => {
  const fac = await createSeminar(server, "Chair");
  const ann = await joinSeminar(server, fac.room.roomId, "Ann");
  fac.send("setSpeechLimit", { seconds: 15 });
  ann.send("raiseHand");
  await fac.waitForEvent((e) => e.type === "handRaised");
  fac.send("giveFloor");
  const given = await ann.waitForEvent((e) => e.type === "floorGiven");
  const endsAt = (given.data as { endsAt: number }).endsAt;
  expect(endsAt - given.at).toBe(15_000);
  ann.send("speak", { text: "Quickly, before the bell." });
  await fac.waitForEvent((e) => e.type === "spoke");

  const expired = await fac
    .waitForEvent((e) => e.type === "floorExpired")
    .catch(async () => {
      // waitForEvent gives up after 10 s; the turn is 15 s long.
      await new Promise((r) => setTimeout(r, Math.max(0, endsAt - Date.now())));
      return fac.waitForEvent((e) => e.type === "floorExpired");
    });
  expect(expired).toMatchObject({ actor: "system", data: { holder: ann.id } });
  expect(expired.at).toBeGreaterThanOrEqual(endsAt);
  expect(expired.at - endsAt).toBeLessThan(1_000);
  ann.send("speak", { text: "One more thing" });
  expect((await ann.waitForRejection("speak")).code).toBe("NOT_YOUR_TURN");
  await ann.leave();
  await fac.leave();
}, 40_000);
