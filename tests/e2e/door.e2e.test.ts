/**
 * The door for a teacher and a class, in a real Chromium against the real server: opening a
 * seminar with a title, a passcode and "I assign the roles" (checked on the server), a student
 * asked for the passcode (a wrong one refused in plain words), "Your seminars" with titles after
 * a reload, the passcode asked for by the record's pages, and the invitation dialog (link, code,
 * QR) with the address the server gives; deleting an ended seminar from "Your seminars" (asked
 * first, refused in plain words), forgetting one, and one request for all of their summaries.
 * Screenshots go to test-results/e2e/.
 */
import { Client } from "colyseus.js";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { closeRolePicker, pixelStats, ROOT, serverAndBrowser } from "./harness.js";
import { openSeminarAsObserver } from "./door-steps.js";
import { englishLeft, interfaceText } from "./i18n-check.js";
import { watchedPages } from "./watched-pages.js";

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

describe("deleting and forgetting seminars at the door", { timeout: 180_000 }, () => {
  const run = watchedPages();
  const api = (path: string) => fetch(`${run.server.url}${path}`);
  const row = (p: Page, id: string) => p.locator(`#my-seminars li[data-session="${id}"]`);
  const stored = (p: Page) =>
    p
      .evaluate(() => ({ ...localStorage }))
      .then((all) => ({
        mine: JSON.parse(all["sputnik-seminar.my-seminars"] ?? "[]") as string[],
        passcodes: (JSON.parse(all["sputnik-seminar.passcodes"] ?? "[]") as [string, string][]).map(([id]) => id),
        keys: Object.keys(all).filter((k) => k.startsWith("sputnik:seat")),
      }));

  const openSeminar = (p: Page, title: string, passcode: string) =>
    openSeminarAsObserver(p, run.server.url, "Olga Ivanovna", { title, passcode });
  /** Ends the seminar from the desk, waits until its room has closed, and opens the door. */
  const endAndGoToDoor = async (p: Page, id: string) => {
    await p.click("#end-seminar");
    await p.click("#desk-confirm-yes");
    await p.waitForSelector("#end-screen");
    await p.click("#end-door");
    const live = async () => ((await (await api(`/api/sessions/${id}`)).json()) as { live: boolean }).live;
    await expect.poll(live, { timeout: 30_000 }).toBe(false);
    await p.reload();
    await row(p, id).waitFor();
    expect(await row(p, id).getAttribute("data-live")).toBe("false");
  };

  let refused = "";
  let student: Page;

  it("deletes an ended seminar after a confirmation that says what goes, and forgets all it kept", async () => {
    mkdirSync(SHOTS, { recursive: true });
    const teacher = await run.page("teacher", DESKTOP);
    const code = await openSeminar(teacher, "Class 9A · the strike committee", PASSCODE);
    await endAndGoToDoor(teacher, code);
    expect((await stored(teacher)).keys).toContain(`sputnik:seat:${code}`);
    const mine = row(teacher, code);
    expect(await mine.locator('button[data-action="forget"]').count()).toBe(0);

    // Cancel first: nothing happens, on the page or on the server.
    await mine.locator('button[data-action="delete"]').click();
    await teacher.waitForSelector("#delete-confirm[open]");
    expect(await teacher.textContent("#delete-confirm-heading")).toBe(
      "Delete “Class 9A · the strike committee” for good?",
    );
    const body = (await teacher.textContent("#delete-confirm-body"))!;
    for (const word of ["for good", "log", "replay", "minutes", "debrief", "cannot be undone"])
      expect(body).toContain(word);
    expect(await teacher.textContent("#delete-confirm-detail")).toContain("download the log first");
    expect(await teacher.evaluate(() => document.activeElement?.id)).toBe("delete-confirm-no");
    await teacher.click("#delete-confirm-no");
    await teacher.waitForSelector("#delete-confirm", { state: "hidden" });
    expect((await api(`/api/sessions/${code}`)).status).toBe(200);
    expect(await mine.count()).toBe(1);

    // The dialog's link downloads the whole log (through the kept passcode), before anything goes.
    await mine.locator('button[data-action="delete"]').click();
    await teacher.waitForSelector("#delete-confirm[open]");
    await teacher.screenshot({ path: join(SHOTS, "door-delete-1366.png") });
    const download = teacher.waitForEvent("download");
    await teacher.click("#delete-confirm-log");
    const file = await download;
    expect(file.suggestedFilename()).toBe(`seminar-${code}.ndjson`);
    const log = readFileSync(await file.path(), "utf8");
    expect(log).toContain('"sessionEnded"');
    expect(log).not.toContain("PASSCODE_REQUIRED");

    await teacher.click("#delete-confirm-yes");
    await expect.poll(() => mine.count()).toBe(0);
    await expect
      .poll(() => teacher.textContent("#my-seminars-status"))
      .toBe("“Class 9A · the strike committee” was deleted from this server.");
    await teacher.locator("#my-seminars-card").screenshot({ path: join(SHOTS, "door-deleted-1366.png") });
    expect((await api(`/api/sessions/${code}`)).status).toBe(404);
    const after = await stored(teacher);
    expect(after.mine).not.toContain(code);
    expect(after.passcodes).not.toContain(code);
    expect(after.keys.filter((k) => k.endsWith(`:${code}`))).toEqual([]);
    // Gone after a reload too.
    await teacher.reload();
    await teacher.waitForSelector("#scenario option", { state: "attached" });
    await teacher.locator(".live-head button").click();
    await expect.poll(() => teacher.locator(`li[data-session="${code}"]`).count()).toBe(0);
  });

  it("keeps the row and says why when the server refuses the delete", async () => {
    const teacher = await run.page("teacher on a phone", PHONE);
    refused = await openSeminar(teacher, "Class 9B", PASSCODE);
    student = await run.page("student", PHONE);
    await student.goto(`${run.server.url}/?room=${refused}`);
    await student.fill("#name", "Ann");
    await student.waitForSelector("#join-passcode", { state: "visible" });
    await student.fill("#join-passcode", PASSCODE);
    await student.click("#join");
    await student.waitForSelector("#role-picker[open]");
    await student.click("#stay-observer");

    // While it is live, its facilitator's door offers no Delete (the server would refuse it).
    const door = await run.pageIn(teacher.context(), "teacher's door");
    await door.goto(`${run.server.url}/`);
    await row(door, refused).waitFor();
    expect(await row(door, refused).getAttribute("data-live")).toBe("true");
    expect(await row(door, refused).locator("button[data-action]").count()).toBe(0);
    await door.close();

    await student.waitForSelector("#room-code");
    const studentKey = await student.evaluate((id) => sessionStorage.getItem(`sputnik:seat:${id}`), refused);
    expect(studentKey).toBeTruthy();
    await endAndGoToDoor(teacher, refused);
    await student.waitForSelector("#end-screen");
    // The key this browser keeps is no longer the facilitator's (as after a hand-over made on
    // another device): the server answers 403 FORBIDDEN.
    await teacher.evaluate(([id, key]) => localStorage.setItem(`sputnik:seat:${id}`, key), [refused, studentKey!]);
    // On a phone the row's links and buttons wrap inside its card (the page hides what runs over).
    const card = (await teacher.locator("#my-seminars-card").boundingBox())!;
    for (const el of await row(teacher, refused).locator("a, button").all()) {
      const box = (await el.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(card.x);
      expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
    }
    await row(teacher, refused).locator('button[data-action="delete"]').click();
    await teacher.waitForSelector("#delete-confirm[open]");
    const dialog = (await teacher.locator("#delete-confirm").boundingBox())!;
    expect(dialog.x).toBeGreaterThanOrEqual(0);
    expect(dialog.x + dialog.width).toBeLessThanOrEqual(PHONE.width);
    await teacher.screenshot({ path: join(SHOTS, "door-delete-390.png") });
    expect(await teacher.evaluate(() => document.scrollingElement!.scrollLeft)).toBe(0);
    await teacher.click("#delete-confirm-yes");
    const note = row(teacher, refused).locator(".row-note");
    await expect.poll(() => note.textContent()).toContain("is not the facilitator's any more");
    expect(await row(teacher, refused).count()).toBe(1);
    expect((await api(`/api/sessions/${refused}`)).status).toBe(200);
    expect((await stored(teacher)).mine).toContain(refused);
    // The reason stays through the door's next refresh.
    await teacher.locator(".live-head button").click();
    await teacher.waitForTimeout(500);
    expect(await note.textContent()).toContain("is not the facilitator's any more");
    await teacher.screenshot({ path: join(SHOTS, "door-delete-refused-390.png"), fullPage: true });
    expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // In Russian: the row's buttons, the question and the refusal, with no English left.
    await teacher.goto(`${run.server.url}/?lang=ru`);
    await row(teacher, refused).locator('button[data-action="delete"]').click();
    await teacher.waitForSelector("#delete-confirm[open]");
    expect(await teacher.textContent("#delete-confirm-yes")).toBe("Удалить навсегда");
    expect(englishLeft(await interfaceText(teacher, "#delete-confirm"))).toEqual([]);
    await teacher.screenshot({ path: join(SHOTS, "door-delete-ru-390.png") });
    await teacher.click("#delete-confirm-yes");
    await expect.poll(() => note.textContent()).toContain("больше не ключ ведущего");
    expect(englishLeft(await interfaceText(teacher, "#my-seminars-card"))).toEqual([]);
  });

  it("forgets a seminar in this browser only, where it holds no facilitator's key", async () => {
    await student.click("#end-door");
    await row(student, refused).waitFor();
    expect(await row(student, refused).locator('button[data-action="delete"]').count()).toBe(0);
    await row(student, refused).locator('button[data-action="forget"]').click();
    await expect.poll(() => row(student, refused).count()).toBe(0);
    expect(await student.textContent("#my-seminars-status")).toContain("It is still on the server");
    expect((await stored(student)).mine).not.toContain(refused);
    expect((await api(`/api/sessions/${refused}`)).status).toBe(200);
  });

  it("takes a seminar off the list when its Delete finds it already deleted in another tab", async () => {
    const teacher = await run.page("teacher with two tabs");
    const code = await openSeminar(teacher, "Class 9C", PASSCODE);
    await endAndGoToDoor(teacher, code);
    // This tab asks first; meanwhile the other tab deletes it.
    await row(teacher, code).locator('button[data-action="delete"]').click();
    await teacher.waitForSelector("#delete-confirm[open]");
    const other = await run.pageIn(teacher.context(), "the teacher's other tab");
    await other.goto(`${run.server.url}/`);
    await row(other, code).locator('button[data-action="delete"]').click();
    await other.click("#delete-confirm-yes");
    await expect.poll(() => row(other, code).count()).toBe(0);
    expect((await api(`/api/sessions/${code}`)).status).toBe(404);
    await teacher.click("#delete-confirm-yes");
    await expect
      .poll(() => teacher.textContent("#my-seminars-status"))
      .toBe("“Class 9C” had already been deleted from this server; this browser has forgotten it too.");
    expect(await row(teacher, code).count()).toBe(0);
  });

  it("asks the server once for all of this browser's seminars, not once per seminar", async () => {
    const ws = run.server.url.replace(/^http/, "ws");
    const listed = await new Client(ws).create("seminar", { name: "Teacher", title: "Listed", listed: true });
    const unlisted = await new Client(ws).create("seminar", { name: "Teacher", title: "Unlisted" });
    const p = await run.page("teacher's other browser");
    await p.goto(`${run.server.url}/`);
    const ids = [listed.roomId, unlisted.roomId, refused, "nosuchone"];
    await p.evaluate((all) => localStorage.setItem("sputnik-seminar.my-seminars", JSON.stringify(all)), ids);
    const asked: URL[] = [];
    p.on("request", (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith("/api/sessions")) asked.push(url);
    });
    await p.reload();
    for (const id of [listed.roomId, unlisted.roomId, refused]) await row(p, id).waitFor();
    expect(await p.locator('#my-seminars li[data-session="nosuchone"]').count()).toBe(0);
    await p.locator(".live-head button").click();
    await expect.poll(() => asked.filter((u) => u.pathname === "/api/sessions/summaries").length).toBeGreaterThan(1);
    const summaries = asked.filter((u) => u.pathname === "/api/sessions/summaries");
    const lists = asked.filter((u) => u.pathname === "/api/sessions");
    // Per refresh one list and one summaries request, and never a request per seminar.
    expect(asked.filter((u) => u.pathname !== "/api/sessions/summaries" && u.pathname !== "/api/sessions")).toEqual([]);
    expect(summaries.length).toBe(lists.length);
    // The listed one comes with the server's list; the others in the one request.
    expect(summaries[0].searchParams.get("ids")).toBe([unlisted.roomId, refused, "nosuchone"].join(","));
    await listed.leave();
    await unlisted.leave();
  });
});
