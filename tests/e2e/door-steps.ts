/** What a teacher and a student do at the door in the e2e tests: open or join a seminar, with a role or without. */
import type { Page } from "playwright-core";

/** A title and a passcode to open the seminar with. */
export interface DoorSettings {
  title?: string;
  passcode?: string;
}

/** Opens a seminar at `baseUrl` as `name`, choosing `choice` in the role picker; its code once `ready` has waited. */
async function open(
  p: Page,
  baseUrl: string,
  name: string,
  choice: string,
  ready: () => Promise<unknown>,
  settings: DoorSettings = {},
): Promise<string> {
  await p.goto(`${baseUrl}/`);
  await p.fill("#name", name);
  if (settings.title) await p.fill("#title", settings.title);
  if (settings.passcode) await p.fill("#create-passcode", settings.passcode);
  await p.click("#create");
  await p.waitForSelector("#role-picker[open]");
  await p.click(choice);
  await ready();
  return (await p.textContent("#room-code"))!.trim();
}

/** Opens a seminar at `baseUrl` as `name` (with `settings`), staying an observer (no role); its code, once the desk shows. */
export const openSeminarAsObserver = (
  p: Page,
  baseUrl: string,
  name: string,
  settings: DoorSettings = {},
): Promise<string> =>
  open(p, baseUrl, name, "#stay-observer", () => p.waitForSelector("#facilitator-desk:not([hidden])"), settings);

/** Opens a seminar at `baseUrl` as `name` and takes the chair's role; its code, once the picker has closed. */
export const openSeminarAsChair = (p: Page, baseUrl: string, name: string): Promise<string> =>
  open(p, baseUrl, name, ".role-card:has(.chair-badge) button.take", () =>
    p.waitForSelector("#role-picker", { state: "hidden" }),
  );

/** Joins seminar `code` as `name` by its invitation link, choosing `choice` in the role picker. */
async function join(p: Page, baseUrl: string, code: string, name: string, choice: string): Promise<void> {
  await p.goto(`${baseUrl}/?room=${code}`);
  await p.fill("#name", name);
  await p.click("#join");
  await p.waitForSelector("#role-picker[open]");
  await p.click(choice);
  await p.waitForSelector("#role-picker", { state: "hidden" });
}

/** Joins seminar `code` as `name` by its invitation link, staying an observer. */
export const joinAsObserver = (p: Page, baseUrl: string, code: string, name: string): Promise<void> =>
  join(p, baseUrl, code, name, "#stay-observer");

/** Joins seminar `code` as `name` by its invitation link and takes the first free role that is not the chair. */
export const joinWithRole = (p: Page, baseUrl: string, code: string, name: string): Promise<void> =>
  join(p, baseUrl, code, name, ".role-card:not(.taken):not(:has(.chair-badge)) button.take");
