/** What a teacher and a student do at the door in the e2e tests of issue 12. */
import type { Page } from "playwright-core";

/**
 * Opens a seminar at `baseUrl` as `name` (with a title and a passcode when given), staying an
 * observer (no role); its code, once the desk shows.
 */
export async function openSeminarAsObserver(
  p: Page,
  baseUrl: string,
  name: string,
  settings: { title?: string; passcode?: string } = {},
): Promise<string> {
  await p.goto(`${baseUrl}/`);
  await p.fill("#name", name);
  if (settings.title) await p.fill("#title", settings.title);
  if (settings.passcode) await p.fill("#create-passcode", settings.passcode);
  await p.click("#create");
  await p.waitForSelector("#role-picker[open]");
  await p.click("#stay-observer");
  await p.waitForSelector("#facilitator-desk:not([hidden])");
  return (await p.textContent("#room-code"))!.trim();
}

/** Joins seminar `code` as `name` by its invitation link, staying an observer. */
export async function joinAsObserver(p: Page, baseUrl: string, code: string, name: string): Promise<void> {
  await p.goto(`${baseUrl}/?room=${code}`);
  await p.fill("#name", name);
  await p.click("#join");
  await p.waitForSelector("#role-picker[open]");
  await p.click("#stay-observer");
  await p.waitForSelector("#role-picker", { state: "hidden" });
}
