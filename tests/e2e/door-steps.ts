/** What a teacher and a student do at the door in the e2e tests: open or join a seminar, with a role or without. */
import type { Page } from "playwright-core";

const CHAIR_TAKE = ".role-card:has(.chair-badge) button.take";
const FREE_ROLE_TAKE = ".role-card:not(.taken):not(:has(.chair-badge)) button.take";

/** A title and a passcode to open the seminar with, and the door's query (e.g. "?lang=ru"). */
export interface DoorSettings {
  title?: string;
  passcode?: string;
  query?: string;
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
  await p.goto(`${baseUrl}/${settings.query ?? ""}`);
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

/** Opens a seminar at `baseUrl` as `name` (with `settings`) and takes the chair's role; its code, once the picker has closed. */
export const openSeminarAsChair = (
  p: Page,
  baseUrl: string,
  name: string,
  settings: DoorSettings = {},
): Promise<string> =>
  open(p, baseUrl, name, CHAIR_TAKE, () => p.waitForSelector("#role-picker", { state: "hidden" }), settings);

/**
 * Joins seminar `code` as `name` by its invitation link (with `query`, e.g. "&lang=en"),
 * choosing `choice` in the role picker; the role chosen (null for none).
 */
async function join(
  p: Page,
  baseUrl: string,
  code: string,
  name: string,
  choice: string,
  query = "",
): Promise<string | null> {
  await p.goto(`${baseUrl}/?room=${code}${query}`);
  await p.fill("#name", name);
  await p.click("#join");
  await p.waitForSelector("#role-picker[open]");
  const role = await p.locator(choice).first().getAttribute("data-role");
  await p.click(choice);
  await p.waitForSelector("#role-picker", { state: "hidden" });
  return role;
}

/** Joins seminar `code` as `name` by its invitation link, staying an observer. */
export const joinAsObserver = async (p: Page, baseUrl: string, code: string, name: string): Promise<void> => {
  await join(p, baseUrl, code, name, "#stay-observer");
};

/**
 * Joins seminar `code` as `name` by its invitation link (with `query`) and takes the first free
 * role that is not the chair; its id.
 */
export const joinWithRole = async (p: Page, baseUrl: string, code: string, name: string, query = ""): Promise<string> =>
  (await join(p, baseUrl, code, name, FREE_ROLE_TAKE, query))!;
