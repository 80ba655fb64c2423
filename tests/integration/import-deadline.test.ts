/**
 * Issue 10: the single import slot cannot be held by a slow uploader. A body that stalls for
 * IMPORT_STALL_SECONDS, or has not all arrived after IMPORT_BODY_SECONDS, is answered 408 TIMEOUT,
 * and the next import is taken at once. The uploads are raw sockets, so the test controls when
 * each byte is sent.
 */
import { readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { bootServer, type TestServer } from "./harness.js";
import { sleep } from "./seated.js";

const fixture = readFileSync(new URL("../fixtures/logs/v1-sample.ndjson", import.meta.url), "utf8");
const STALL_SECONDS = 1;
const BODY_SECONDS = 3;

let server: TestServer;
beforeAll(async () => {
  server = await bootServer({ importStallSeconds: STALL_SECONDS, importBodySeconds: BODY_SECONDS });
});
afterAll(async () => {
  await server?.dispose();
});

/** An upload announcing the whole fixture whose body the test sends by hand; `answer` is what came back. */
function slowUpload(): { socket: Socket; answer: Promise<{ text: string; at: number }> } {
  const socket = connect(server.port, "127.0.0.1");
  socket.write(
    `POST /api/sessions/import HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n` +
      `Content-Type: application/x-ndjson\r\nContent-Length: ${Buffer.byteLength(fixture)}\r\n\r\n`,
  );
  let text = "";
  socket.on("data", (d: Buffer) => (text += d.toString()));
  socket.on("error", () => undefined);
  const answer = new Promise<{ text: string; at: number }>((resolve) =>
    socket.once("close", () => resolve({ text, at: performance.now() })),
  );
  return { socket, answer };
}

const importFixture = () =>
  fetch(`${server.url}/api/sessions/import`, {
    method: "POST",
    headers: { "content-type": "application/x-ndjson" },
    body: fixture,
  });

it("answers a stalled body with 408 after IMPORT_STALL_SECONDS and frees the slot", async () => {
  const upload = slowUpload();
  upload.socket.write(fixture.slice(0, 100));
  const t0 = performance.now();
  await sleep(200);
  // The stalled upload holds the slot meanwhile.
  expect((await importFixture()).status).toBe(503);

  const { text, at } = await upload.answer;
  expect(text).toMatch(/^HTTP\/1\.1 408 /);
  expect(text).toContain('"code":"TIMEOUT"');
  expect(text).toContain("IMPORT_STALL_SECONDS");
  expect(at - t0).toBeGreaterThan(STALL_SECONDS * 1000 - 100);
  expect(at - t0).toBeLessThan(STALL_SECONDS * 1000 + 3000);

  const next = await importFixture();
  expect(next.status).toBe(201);
}, 20_000);

it("answers a body trickling in for longer than IMPORT_BODY_SECONDS with 408 and frees the slot", async () => {
  const upload = slowUpload();
  const t0 = performance.now();
  let sent = 0;
  // A byte every 300 ms never stalls, and would take far longer than the deadline to finish.
  const trickle = setInterval(() => {
    if (!upload.socket.destroyed) upload.socket.write(fixture.slice(sent, ++sent));
  }, 300);
  try {
    const { text, at } = await upload.answer;
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text).toContain("IMPORT_BODY_SECONDS");
    expect(at - t0).toBeGreaterThan(BODY_SECONDS * 1000 - 100);
    expect(at - t0).toBeLessThan(BODY_SECONDS * 1000 + 3000);
  } finally {
    clearInterval(trickle);
  }
  expect(sent).toBeLessThan(Buffer.byteLength(fixture));
  expect((await importFixture()).status).toBe(201);
}, 20_000);
