/**
 * One server and one browser for a describe block, whose pages each get their own browser
 * context (their own storage, as separate devices) and have every uncaught page error collected:
 * the block fails at its end if any page threw.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, expect } from "vitest";
import { serverAndBrowser, type RunningServer } from "./harness.js";

export const LAPTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

export interface WatchedPages {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A new page in a new context (another device). */
  page: (who: string, viewport?: { width: number; height: number }) => Promise<Page>;
  /** A new page in `context` (another tab of the same browser). */
  pageIn: (context: BrowserContext, who: string) => Promise<Page>;
}

export function watchedPages(env: Record<string, string> = {}): WatchedPages {
  const it = serverAndBrowser(env);
  const errors: string[] = [];
  afterAll(() => {
    expect(errors).toEqual([]);
  });
  const pageIn = async (context: BrowserContext, who: string) => {
    const p = await context.newPage();
    p.on("pageerror", (e) => errors.push(`${who}: ${e.message}`));
    return p;
  };
  return {
    get server() {
      return it.server;
    },
    get browser() {
      return it.browser;
    },
    pageIn,
    page: async (who, viewport = LAPTOP) => pageIn(await it.browser.newContext({ viewport }), who),
  };
}
