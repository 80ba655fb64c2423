/**
 * A Redis outage as people in Chromium see it, on a real cluster process (Redis and PostgreSQL of
 * this run's own): the teacher's seminar goes on (a question opened while Redis is down reaches
 * the student already in it), a student at the door is told plainly to try again in a moment, and
 * once Redis is back the same click lets them in.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../../client/strings.js";
import type { ChildServer } from "../integration/child-server.js";
import { startTestCluster, type TestCluster } from "../integration/cluster-fixture.js";
import { servicesAvailable, startRedis } from "../support/services.js";
import { joinWithRole, openSeminarAsChair } from "./door-steps.js";
import { buildClientIfStale, launchBrowser, openFirstQuestion } from "./harness.js";
import { LAPTOP } from "./watched-pages.js";

const available = servicesAvailable("the Redis outage browser test");

describe.skipIf(!available)("a Redis outage, in the browser", { timeout: 180_000 }, () => {
  let cluster: TestCluster;
  let server: ChildServer;
  let browser: Browser;
  const pageErrors: string[] = [];

  const page = async (who: string): Promise<Page> => {
    const p = await (await browser.newContext({ viewport: LAPTOP })).newPage();
    p.on("pageerror", (e) => pageErrors.push(`${who}: ${e.message}`));
    return p;
  };
  const healthStatus = () =>
    fetch(`${server.url}/healthz`).then(
      (r) => r.status,
      () => 0,
    );

  beforeAll(async () => {
    await buildClientIfStale();
    cluster = await startTestCluster("redis-outage-e2e", {});
    server = await cluster.start();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await cluster?.stop();
  });

  it("the seminar goes on, the door says to try again, and lets the student in once Redis is back", async () => {
    const teacher = await page("teacher");
    const code = await openSeminarAsChair(teacher, server.url, "Teacher");
    const ann = await page("Ann");
    await joinWithRole(ann, server.url, code, "Ann");

    await cluster.redis.stop("SIGKILL");
    await expect.poll(healthStatus, { timeout: 10_000 }).toBe(503);

    // Inside the seminar nothing needs Redis: a question opened now reaches Ann's page.
    await openFirstQuestion(teacher);
    await ann.locator("#prompt-question").waitFor({ timeout: 15_000 });

    const bob = await page("Bob");
    await bob.goto(`${server.url}/?room=${code}`);
    await bob.fill("#name", "Bob");
    await bob.click("#join");
    await expect.poll(() => bob.textContent("#start-error"), { timeout: 15_000 }).toBe(en["start.refused.unavailable"]);

    cluster.redis = await startRedis(cluster.redis.port);
    await expect.poll(healthStatus, { timeout: 30_000 }).toBe(200);
    await bob.click("#join");
    await bob.waitForSelector("#role-picker[open]", { timeout: 15_000 });
    expect(pageErrors).toEqual([]);
    expect(server.process.exitCode, server.output()).toBeNull();
  });
});
