/**
 * A seat opens a passcoded seminar's record, in a real Chromium against the real server: the
 * facilitator opens their desk on another device through the private link (the seat key only,
 * no passcode) and, without ever being asked for the passcode, downloads the log from the room
 * and opens the minutes page; the key travels in a header only, never in a request line.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { closeRolePicker, ROOT, serverAndBrowser } from "./harness.js";

const SHOTS = join(ROOT, "test-results", "e2e");

const DESKTOP = { width: 1366, height: 768 };
const PASSCODE = "norilsk-1953";

describe("a seat reads its seminar's record", { timeout: 120_000 }, () => {
  const it$ = serverAndBrowser();

  it("lets the facilitator on another device download the log and open the minutes without the passcode", async () => {
    const errors: string[] = [];
    const home = await (await it$.browser.newContext({ viewport: DESKTOP })).newPage();
    home.on("pageerror", (e) => errors.push(e.message));
    await home.goto(`${it$.server.url}/`);
    await home.fill("#name", "Irina Petrovna");
    await home.fill("#create-passcode", PASSCODE);
    await home.click("#create");
    await home.waitForSelector("#room-code");
    const code = (await home.textContent("#room-code"))!.trim();
    await closeRolePicker(home);
    await home.click("#desk-link summary");
    const link = await home.inputValue("#facilitator-link");
    const seatKey = new URLSearchParams(new URL(link).hash.slice(1)).get("seat")!;
    expect(seatKey).toMatch(/^[A-Za-z0-9_-]{16,}$/);

    // A fresh browser that never saw the passcode: only the private link.
    const tablet = await it$.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    const requests: Request[] = [];
    tablet.on("request", (r) => requests.push(r));
    const desk = await tablet.newPage();
    desk.on("pageerror", (e) => errors.push(e.message));
    await desk.goto(link);
    await desk.waitForSelector("#facilitator-desk:not([hidden])");
    await closeRolePicker(desk);
    expect(await desk.evaluate(() => localStorage.getItem("sputnik-seminar.passcodes"))).toBeNull();

    const download = desk.waitForEvent("download");
    await desk.click("#download-log");
    const file = await download;
    expect(file.suggestedFilename()).toBe(`seminar-${code}.ndjson`);
    const lines = readFileSync(await file.path(), "utf8")
      .trim()
      .split("\n");
    expect(lines[0]).not.toContain("PASSCODE");
    expect(JSON.parse(lines[0])).toMatchObject({ sessionId: code });
    expect(lines.some((l) => l.includes("Irina Petrovna"))).toBe(true);
    expect(await desk.locator("#passcode-dialog[open]").count()).toBe(0);

    // The Minutes link opens a new tab, which reads with the kept seat too: no passcode asked.
    const opened = tablet.waitForEvent("page");
    await desk.click("#minutes-link");
    const minutes = await opened;
    minutes.on("pageerror", (e) => errors.push(e.message));
    await minutes.waitForSelector("#minutes-page");
    expect(await minutes.textContent("#minutes-page")).toContain("Irina Petrovna");
    expect(await minutes.locator("#passcode-dialog").count()).toBe(0);
    mkdirSync(SHOTS, { recursive: true });
    await minutes.screenshot({ path: join(SHOTS, "seat-minutes-1366.png") });

    // The key went in a header of the record's reads, never in a request line or a Referer.
    const logRead = requests.find((r) => new URL(r.url()).pathname === `/api/sessions/${code}/log`);
    expect((await logRead?.allHeaders())?.["x-seat-key"]).toBe(seatKey);
    for (const r of requests) {
      expect(r.url()).not.toContain(seatKey);
      expect((await r.allHeaders()).referer ?? "").not.toContain(seatKey);
    }
    expect(errors).toEqual([]);
    await tablet.close();
  });
});
