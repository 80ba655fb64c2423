/**
 * The door for a teacher and a class, in a real Chromium against the real server: opening a
 * seminar with a title, a passcode and "I assign the roles" (checked on the server), a student
 * asked for the passcode (a wrong one refused in plain words), "Your seminars" with titles after
 * a reload, the passcode asked for by the record's pages, and the invitation dialog (link, code,
 * QR) with the address the server gives. Screenshots go to test-results/e2e/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { closeRolePicker, pixelStats, ROOT, serverAndBrowser } from "./harness.js";

const SHOTS = join(ROOT, "test-results", "e2e");
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const TITLE = "Class 10B · Trotsky and the miners";
const PASSCODE = "kuzbass-89";
const PUBLIC_URL = "http://seminar.school.example:8080";

describe("the door", { timeout: 120_000 }, () => {
  // Invitations use PUBLIC_URL (GET /api/invitation), not the teacher's own loopback address.
  const it$ = serverAndBrowser({ PUBLIC_URL });
  const errors: string[] = [];
  let teacher: Page;
  let student: Page;
  let code = "";

  const newPage = async (viewport = DESKTOP) => {
    const page = await (await it$.browser.newContext({ viewport })).newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    return page;
  };
  const api = (path: string, headers: Record<string, string> = {}) => fetch(`${it$.server.url}${path}`, { headers });

  it("opens a seminar with a title, a passcode and 'I assign the roles', unlisted, as the server records it", async () => {
    mkdirSync(SHOTS, { recursive: true });
    teacher = await newPage();
    await teacher.goto(`${it$.server.url}/`);
    await teacher.waitForSelector("#scenario option", { state: "attached" });
    // The default title is shown, greyed, as the server would give it: the scenario's title and the date.
    const scenarioTitle = await teacher.textContent("#scenario option");
    expect(await teacher.getAttribute("#title", "placeholder")).toBe(
      `${scenarioTitle} · ${new Date().toISOString().slice(0, 10)}`,
    );
    expect(await teacher.isChecked("#role-claiming-open")).toBe(true);
    expect(await teacher.isChecked("#listed")).toBe(false);
    await teacher.screenshot({ path: join(SHOTS, "door-1366.png"), fullPage: true });

    // A passcode too short is refused at the door, before anything is sent.
    await teacher.fill("#name", "Olga Ivanovna");
    await teacher.fill("#title", TITLE);
    await teacher.fill("#create-passcode", "abc");
    await teacher.click("#create");
    await expect.poll(() => teacher.textContent("#start-error")).toContain("4–64 characters");
    expect(await teacher.getAttribute("#create-passcode", "aria-invalid")).toBe("true");
    expect(await teacher.locator("#room-code").count()).toBe(0);

    await teacher.fill("#create-passcode", PASSCODE);
    await teacher.check("#role-claiming-facilitator");
    await teacher.click("#create");
    await teacher.waitForSelector("#room-code");
    code = (await teacher.textContent("#room-code"))!.trim();

    const summary = (await (await api(`/api/sessions/${code}`)).json()) as Record<string, unknown>;
    expect(summary).toMatchObject({ id: code, title: TITLE, listed: false, passcode: true, live: true });
    expect(JSON.stringify(summary)).not.toContain(PASSCODE);
    // Its state needs the passcode, and says who gives the roles.
    expect((await api(`/api/sessions/${code}/state`)).status).toBe(401);
    const state = (await (await api(`/api/sessions/${code}/state`, { "X-Seminar-Passcode": PASSCODE })).json()) as {
      title: string;
      roleClaiming: string;
      participants: Record<string, { name: string; facilitator: boolean }>;
    };
    expect(state.title).toBe(TITLE);
    expect(state.roleClaiming).toBe("facilitator");
    expect(Object.values(state.participants)).toEqual([
      expect.objectContaining({ name: "Olga Ivanovna", facilitator: true }),
    ]);
    // Unlisted: not on the server's list.
    const listed = (await (await api("/api/sessions")).json()) as { id: string }[];
    expect(listed.map((s) => s.id)).not.toContain(code);
  });

  it("asks a student for the passcode, refuses a wrong one in plain words, and lets the right one in; a link's invitee is asked at once", async () => {
    student = await newPage(PHONE);
    await student.goto(`${it$.server.url}/`);
    await student.fill("#name", "Ann");
    await student.fill("#code", code);
    expect(await student.isVisible("#join-passcode")).toBe(false);
    await student.click("#join");
    await student.waitForSelector("#join-passcode", { state: "visible" });
    expect(await student.textContent("#join-passcode-error")).toContain("This seminar has a passcode");
    expect(await student.evaluate(() => document.activeElement?.id)).toBe("join-passcode");
    await student.screenshot({ path: join(SHOTS, "door-passcode-390.png"), fullPage: true });

    await student.fill("#join-passcode", "guess-again");
    await student.click("#join");
    await expect.poll(() => student.textContent("#join-passcode-error")).toContain("That passcode is not right");
    expect(await student.getAttribute("#join-passcode", "aria-invalid")).toBe("true");
    expect(await student.locator("#room-code").count()).toBe(0);

    await student.fill("#join-passcode", PASSCODE);
    await student.click("#join");
    await student.waitForSelector("#room-code");
    const state = (await (await api(`/api/sessions/${code}/state`, { "X-Seminar-Passcode": PASSCODE })).json()) as {
      participants: Record<string, { name: string }>;
    };
    expect(Object.values(state.participants).map((p) => p.name)).toEqual(["Olga Ivanovna", "Ann"]);

    // Invited by the link to a seminar with a passcode: the field is there at once.
    const invited = await newPage(PHONE);
    await invited.goto(`${it$.server.url}/?room=${code}`);
    await invited.waitForSelector("#join-passcode", { state: "visible" });
    expect(await invited.textContent("#join-passcode-hint")).toContain("This seminar has a passcode");
    await invited.fill("#name", "Boris");
    await invited.fill("#join-passcode", PASSCODE);
    await invited.click("#join");
    await invited.waitForSelector("#room-code");
    await invited.close();
  });

  it("lists the seminars this browser opened under 'Your seminars', with their titles, after a reload", async () => {
    const door = await teacher.context().newPage();
    await door.goto(`${it$.server.url}/`);
    const row = door.locator(`#my-seminars li[data-session="${code}"]`);
    await row.waitFor();
    await door.reload();
    await row.waitFor();
    expect(await row.locator(".session-title").textContent()).toBe(TITLE);
    expect(await row.getAttribute("data-live")).toBe("true");
    expect(await row.textContent()).toContain("passcode");
    expect(await row.locator("button", { hasText: "Join" }).count()).toBe(1);
    // Not among the listed seminars of others.
    expect(await door.locator(`#live-sessions li[data-session="${code}"]`).count()).toBe(0);
    await door.screenshot({ path: join(SHOTS, "door-mine-1366.png"), fullPage: true });
    const phone = await newPage(PHONE);
    await phone.goto(`${it$.server.url}/`);
    await phone.waitForSelector("#scenario option", { state: "attached" });
    await phone.locator("#create-form").scrollIntoViewIfNeeded();
    await phone.screenshot({ path: join(SHOTS, "door-390.png") });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
  });
  it("asks for the passcode on a passcoded seminar's minutes, replay and debrief pages, then shows them", async () => {
    // The server's answers the pages act on: 401 without the passcode, 403 with a wrong one.
    expect((await api(`/api/sessions/${code}/log`)).status).toBe(401);
    expect((await api(`/api/sessions/${code}/minutes`, { "X-Seminar-Passcode": "nope-nope" })).status).toBe(403);

    const reader = await newPage();
    await reader.goto(`${it$.server.url}/minutes/${code}`);
    await reader.waitForSelector("#passcode-dialog[open]");
    expect(await reader.locator("#minutes-page").count()).toBe(0);
    await reader.screenshot({ path: join(SHOTS, "passcode-dialog-1366.png") });
    await reader.fill("#passcode-input", "not-the-one");
    await reader.click("#passcode-submit");
    await reader.waitForSelector("#passcode-dialog[open] #passcode-dialog-error:not([hidden])");
    expect(await reader.textContent("#passcode-dialog-error")).toContain("That passcode is not right");
    await reader.fill("#passcode-input", PASSCODE);
    await reader.click("#passcode-submit");
    await reader.waitForSelector("#minutes-page");
    expect(await reader.textContent("#minutes-page")).toContain("Olga Ivanovna");

    // Kept for this seminar: the replay opens without asking again, and the Markdown downloads whole.
    await reader.goto(`${it$.server.url}/replay/${code}`);
    await reader.waitForSelector("#replay");
    expect(await reader.locator("#passcode-dialog").count()).toBe(0);
    const download = reader.waitForEvent("download");
    await reader.goto(`${it$.server.url}/minutes/${code}`);
    await reader.waitForSelector("#minutes-page");
    await reader.click(`#minutes-page a[href="/api/sessions/${code}/minutes"]`);
    const file = await download;
    expect(file.suggestedFilename()).toBe(`minutes-${code}.md`);
    const text = readFileSync(await file.path(), "utf8");
    expect(text).toContain("Olga Ivanovna");
    expect(text).not.toContain("PASSCODE_REQUIRED");

    // Cancelled: the page says the record needs its passcode.
    const stranger = await newPage();
    await stranger.goto(`${it$.server.url}/debrief/${code}`);
    await stranger.waitForSelector("#passcode-dialog[open]");
    await stranger.click("#passcode-cancel");
    await expect.poll(() => stranger.textContent("#debrief-error")).toContain("needs its passcode");
    await stranger.reload();
    await stranger.fill("#passcode-input", PASSCODE);
    await stranger.click("#passcode-submit");
    await stranger.waitForSelector("#debrief-charts");
    expect(errors).toEqual([]);
  });
  it("shows everyone the invitation: the address the server gives, the code and a QR code of the link", async () => {
    const link = `${PUBLIC_URL}/?room=${code}`;
    // The server's answer the page uses: its PUBLIC_URL, not the teacher's 127.0.0.1.
    expect(await (await api("/api/invitation")).json()).toEqual({ url: PUBLIC_URL });
    await closeRolePicker(teacher);
    await teacher.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: it$.server.url });
    await teacher.click("#invite");
    await teacher.waitForSelector("#invitation-dialog[open]");
    await expect.poll(() => teacher.inputValue("#invite-link")).toBe(link);
    expect(await teacher.textContent("#invite-code")).toBe(code);
    expect(await teacher.textContent("#invite-title")).toBe(TITLE);
    expect(await teacher.isVisible("#invite-passcode")).toBe(true);
    expect(await teacher.isVisible("#invite-local-only")).toBe(false);
    await teacher.waitForSelector(`#invite-qr[data-link="${link}"]`);
    const qr = await teacher.locator("#invite-qr").screenshot();
    const stats = await pixelStats(teacher, qr);
    // A QR code is black modules on white: two colours, neither of them everything.
    expect(stats.dominantShare).toBeLessThan(0.85);
    const box = (await teacher.locator("#invite-qr").boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(150);
    await teacher.click("#copy-link");
    await expect.poll(() => teacher.textContent("#invite-copied")).toBe("Link copied");
    expect(await teacher.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await teacher.screenshot({ path: join(SHOTS, "invitation-1366.png") });
    await teacher.click("#invite-close");
    await teacher.waitForSelector("#invitation-dialog", { state: "hidden" });

    // A student has it too, and on a phone nothing runs off the screen, down to 320 px.
    await closeRolePicker(student);
    await student.click("#invite");
    await student.waitForSelector("#invitation-dialog[open]");
    await expect.poll(() => student.inputValue("#invite-link")).toBe(link);
    await student.waitForSelector(`#invite-qr[data-link="${link}"]`);
    await student.screenshot({ path: join(SHOTS, "invitation-390.png") });
    for (const width of [390, 320]) {
      await student.setViewportSize({ width, height: 700 });
      const dialog = (await student.locator("#invitation-dialog").boundingBox())!;
      expect(dialog.x).toBeGreaterThanOrEqual(0);
      expect(dialog.x + dialog.width).toBeLessThanOrEqual(width);
      expect(await student.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await student.click("#invite-close");
    expect(await student.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
  });
});

describe("the invitation from a server kept on this machine", { timeout: 120_000 }, () => {
  const it$ = serverAndBrowser();

  it("says that its loopback address works on this computer only", async () => {
    const page = await (await it$.browser.newContext({ viewport: DESKTOP })).newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${it$.server.url}/`);
    await page.fill("#name", "Olga Ivanovna");
    await page.click("#create");
    await page.waitForSelector("#room-code");
    const code = (await page.textContent("#room-code"))!.trim();
    await closeRolePicker(page);
    await page.click("#invite");
    await expect.poll(() => page.inputValue("#invite-link")).toBe(`${it$.server.url}/?room=${code}`);
    await page.waitForSelector("#invite-local-only", { state: "visible" });
    expect(await page.textContent("#invite-local-only")).toContain("HOST=127.0.0.1");
    expect(await page.isVisible("#invite-passcode")).toBe(false);
    expect(errors).toEqual([]);
  });
});
