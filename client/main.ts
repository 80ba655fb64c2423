/**
 * The client's entry: picks the language, then shows the door (start screen) or, once joined,
 * the seminar room (`?room=ID&view=projector`: the projector view, which only watches);
 * `/replay/:id` and `/replay/` open the replay viewer, `/debrief/:id` and
 * `/debrief/` the debrief page (each loaded on demand), and `/minutes/:id` the printable minutes.
 */
import "./styles.css";
import { h } from "./dom.js";
import type { LiveSession } from "./live-session.js";
import { showMinutes } from "./minutes-page.js";
import { downloadThroughPasscodes } from "./passcoded-reads.js";
import { renderRoom } from "./room-view.js";
import { renderStartScreen } from "./start-screen.js";
import { chooseLanguage, t } from "./strings.js";

const root = document.getElementById("app")!;
document.documentElement.lang = chooseLanguage(location.search, navigator.languages ?? [navigator.language]);

function showDoor(): void {
  renderStartScreen(root, (session: LiveSession) => void renderRoom(root, session, showDoor));
  root.removeAttribute("aria-busy");
}

/** `/replay/ID` plays a session's log from this server; `/replay/` asks for a local log file. */
async function showReplay(): Promise<void> {
  root.replaceChildren(h("main", { class: "door" }, h("p", { text: t("app.loading") })));
  // The replay viewer (and the log parser) load only when a replay is opened.
  const page = await import("./replay/replay-page.js");
  const id = decodeURIComponent(location.pathname.slice("/replay/".length).replace(/\/+$/, ""));
  if (id) await page.showReplayFromServer(root, id);
  else page.showReplayPicker(root);
}

/** `/debrief/ID` shows a session's debrief from this server; `/debrief/` asks for a local log file. */
async function showDebrief(): Promise<void> {
  root.replaceChildren(h("main", { class: "door" }, h("p", { text: t("app.loading") })));
  // The debrief page (and Chart.js with it) loads only when a debrief is opened.
  const page = await import("./debrief/debrief-page.js");
  const id = decodeURIComponent(location.pathname.slice("/debrief/".length).replace(/\/+$/, ""));
  if (id) await page.showDebriefFromServer(root, id);
  else page.showDebriefPicker(root);
}

/** `/minutes/ID`: the session's minutes as a page to read and print (its parser loads on demand). */
async function showMinutesPage(): Promise<void> {
  const id = decodeURIComponent(location.pathname.slice("/minutes/".length).replace(/\/+$/, ""));
  await showMinutes(root, id);
}

/** `/?room=ID&view=projector`: the seminar on the classroom wall (loaded on demand). */
async function showProjectorView(roomId: string): Promise<void> {
  const view = await import("./projector-view.js");
  await view.showProjector(root, roomId);
  root.removeAttribute("aria-busy");
}

function route(): void {
  const params = new URLSearchParams(location.search);
  const room = params.get("room");
  if (location.pathname === "/" && room && params.get("view") === "projector") void showProjectorView(room);
  else if (location.pathname.startsWith("/replay/")) void showReplay();
  else if (location.pathname.startsWith("/debrief/")) void showDebrief();
  else if (location.pathname.startsWith("/minutes/")) void showMinutesPage();
  else showDoor();
}

// Back from a local file's replay (pushed as /replay/) to the door, or forward again.
window.addEventListener("popstate", () => location.reload());
// On every page: a passcoded seminar's download links send its passcode.
downloadThroughPasscodes(document);
route();
