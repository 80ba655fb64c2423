/**
 * Where a seat in a live seminar ends, when it is not by leaving: the seminar has ended (for
 * everyone, with the way to its record: replay, minutes, log and debrief), or the facilitator
 * removed me (said plainly, with nothing that would try to come back).
 */
import { clockTime, h, replaceChildren } from "./dom.js";
import { debriefUrl, logUrl, minutesPageUrl, replayUrl } from "./replay/log-files.js";
import { t } from "./strings.js";
import "./end-screen.css";

export interface EndedSeminar {
  roomId: string;
  title: string;
  /** When it ended; null when this page learned it only from a refused return (away at the time). */
  endedAt: number | null;
}

function doorButton(id: string, label: string, onDoor: () => void, primary: boolean): HTMLButtonElement {
  const button = h("button", { type: "button", class: primary ? "primary" : "", id, text: label });
  button.addEventListener("click", () => {
    history.replaceState(null, "", "/");
    onDoor();
  });
  return button;
}

export function renderEndScreen(root: HTMLElement, s: EndedSeminar, onDoor: () => void): void {
  const id = s.roomId;
  const screen = h(
    "main",
    { class: "door end-screen", id: "end-screen", "aria-labelledby": "end-heading" },
    h("h1", { id: "end-heading", tabindex: -1, text: t("end.heading") }),
    h("p", {
      class: "lede",
      text:
        s.endedAt === null
          ? t("end.ledeAway", { title: s.title })
          : t("end.lede", { title: s.title, time: clockTime(s.endedAt) }),
    }),
    h("p", { text: t("end.record") }),
    h(
      "nav",
      { class: "end-record", "aria-label": t("replay.title") },
      h("a", { href: replayUrl(id), class: "button-link", id: "end-replay", text: t("end.replay") }),
      h("a", { href: minutesPageUrl(id), id: "end-minutes", text: t("end.minutes") }),
      h("a", { href: logUrl(id), download: `seminar-${id}.ndjson`, id: "end-log", text: t("end.log") }),
      h("a", { href: debriefUrl(id), id: "end-debrief", text: t("end.debrief") }),
    ),
    h("div", { class: "end-actions" }, doorButton("end-door", t("end.door"), onDoor, false)),
  );
  replaceChildren(root, screen);
  document.title = `${t("end.heading")} · ${t("app.title")}`;
  screen.querySelector<HTMLElement>("#end-heading")?.focus();
}

/** `title` is the seminar's, when known. */
export function renderRemovedScreen(root: HTMLElement, roomId: string, title: string | null, onDoor: () => void): void {
  const screen = h(
    "main",
    {
      class: "door end-screen removed-screen",
      id: "removed-screen",
      role: "alert",
      "aria-labelledby": "removed-heading",
    },
    h("h1", { id: "removed-heading", tabindex: -1, text: t("removed.heading") }),
    h("p", {
      class: "lede",
      text: title ? t("removed.bodyTitled", { title, code: roomId }) : t("removed.body", { code: roomId }),
    }),
    h("div", { class: "end-actions" }, doorButton("removed-door", t("removed.door"), onDoor, true)),
  );
  replaceChildren(root, screen);
  document.title = `${t("removed.heading")} · ${t("app.title")}`;
  screen.querySelector<HTMLElement>("#removed-heading")?.focus();
}
