/** What a teacher and a student do at the door in the e2e tests: open a seminar or join one, with a role or without. */
import type { Page } from "playwright-core";

/** Opens a seminar at `baseUrl` as `name`, staying an observer (no role); its code, once the desk shows. */
export async function openSeminarAsObserver(p: Page, baseUrl: string, name: string): Promise<string> {
  await p.goto(`${baseUrl}/`);
  await p.fill("#name", name);
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

/** Opens a seminar at `baseUrl` (with `query`, e.g. "?lang=ru") as `name` and takes the chair's role; its code. */
export async function openSeminarAsChair(p: Page, baseUrl: string, name: string, query = ""): Promise<string> {
  await p.goto(`${baseUrl}/${query}`);
  await p.fill("#name", name);
  await p.click("#create");
  await p.waitForSelector("#role-picker[open]");
  const chairRole = await p.getAttribute(".role-card:has(.chair-badge) button.take", "data-role");
  await p.click(`button.take[data-role="${chairRole}"]`);
  await p.waitForSelector("#role-picker", { state: "hidden" });
  return (await p.textContent("#room-code"))!.trim();
}

/**
 * Joins seminar `code` as `name` by its invitation link (with `query`, e.g. "&lang=en") and takes
 * the first free role that is not the chair's; its id.
 */
export async function joinWithRole(p: Page, baseUrl: string, code: string, name: string, query = ""): Promise<string> {
  await p.goto(`${baseUrl}/?room=${code}${query}`);
  await p.fill("#name", name);
  await p.click("#join");
  await p.waitForSelector("#role-picker[open]");
  const role = (await p.getAttribute(".role-card:not(.taken):not(:has(.chair-badge)) button.take", "data-role"))!;
  await p.click(`button.take[data-role="${role}"]`);
  await p.waitForSelector("#role-picker", { state: "hidden" });
  return role;
}
