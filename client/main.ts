/**
 * The client's entry: picks the language, then shows the door (start screen) or, once joined,
 * the seminar room. `/replay/:id` is reserved for the replay player.
 */
import "./styles.css";
import { h } from "./dom.js";
import type { LiveSession } from "./live-session.js";
import { renderRoom } from "./room-view.js";
import { renderStartScreen } from "./start-screen.js";
import { chooseLanguage, t } from "./strings.js";

const root = document.getElementById("app")!;
document.documentElement.lang = chooseLanguage(location.search, navigator.languages ?? [navigator.language]);

function showDoor(): void {
  renderStartScreen(root, (session: LiveSession) => void renderRoom(root, session, showDoor));
  root.removeAttribute("aria-busy");
}

if (location.pathname.startsWith("/replay/")) {
  root.replaceChildren(h("main", { class: "door" }, h("p", { text: t("app.loading") })));
} else {
  showDoor();
}
