/**
 * The replay pages: `/replay/ID` (a session's log from this server), a local log file opened in
 * the browser (parsed here by `readLocalLog`; nothing is uploaded unless asked), and
 * `/replay/` without an id, which asks for a file. A bad file is refused with its line and reason.
 */
import { parseLog } from "../../shared/log-format.js";
import type { SeminarEvent } from "../../shared/events.js";
import type { PublicScenario } from "../../shared/scenario.js";
import { getScenario } from "../api.js";
import { h, replaceChildren } from "../dom.js";
import { t } from "../strings.js";
import { acceptDrops, fetchLog, importLog, LOG_FILE_ACCEPT, replayUrl, seqFromSearch } from "./log-files.js";
import { createReplayPlayer, type ReplayPlayer } from "./replay-player.js";
import { readLocalLog } from "./local-log.js";

let current: ReplayPlayer | null = null;

function unmount(): void {
  current?.destroy();
  current = null;
}

function homeLink(): HTMLAnchorElement {
  return h("a", { href: "/", class: "button-link quiet", id: "replay-home", text: t("replay.backToStart") });
}

/** A "choose a file" button with its (visually hidden) file input; `onFile` gets the file. */
function filePicker(
  id: string,
  label: string,
  onFile: (f: File) => void,
  primary = false,
): { button: HTMLButtonElement; input: HTMLInputElement } {
  const input = h("input", {
    type: "file",
    id,
    accept: LOG_FILE_ACCEPT,
    class: "sr-only",
    tabindex: -1,
    "aria-hidden": "true",
  });
  const button = h("button", { type: "button", class: primary ? "primary" : "", text: label });
  button.addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    const f = input.files?.[0];
    input.value = "";
    if (f) onFile(f);
  });
  return { button, input };
}

async function mountPlayer(root: HTMLElement, player: ReplayPlayer, docTitle: string): Promise<void> {
  unmount();
  current = player;
  root.replaceChildren(player.el);
  root.removeAttribute("aria-busy");
  document.title = t("replay.docTitle", { title: docTitle });
  await player.mount();
}

function showMessage(root: HTMLElement, message: string, detail?: string): void {
  unmount();
  const pick = filePicker("replay-file", t("replay.openAnother"), (f) => void showReplayFromFile(root, f), true);
  root.replaceChildren(
    h(
      "main",
      { class: "door replay-door", id: "replay-error-page" },
      h("h1", { text: t("replay.title") }),
      h("p", { class: "error-slot", role: "alert", id: "replay-error", text: message }),
      detail ? h("p", { class: "error-detail", id: "replay-error-detail", text: detail }) : null,
      h("p", { class: "door-actions" }, pick.button, pick.input, homeLink()),
    ),
  );
  root.removeAttribute("aria-busy");
}

/** `/replay/ID`: the log and scenario from this server. */
export async function showReplayFromServer(root: HTMLElement, id: string): Promise<void> {
  replaceChildren(root, h("main", { class: "door" }, h("p", { class: "loading", text: t("replay.loadingLog") })));
  const log = await fetchLog(id);
  if (!log.ok)
    return showMessage(
      root,
      log.notFound ? t("replay.notFound", { id }) : t("replay.loadFailed", { message: log.message }),
    );
  const parsed = parseLog(log.text);
  if (!parsed.ok)
    return showMessage(root, t("replay.badLog"), t("replay.badLine", { line: parsed.line, reason: parsed.reason }));
  const scenario = await getScenario(parsed.header.scenarioId).catch(() => null);
  const title = scenario?.title ?? parsed.header.scenarioId;
  const seq = seqFromSearch(location.search);
  const player = createReplayPlayer({
    events: parsed.events,
    scenario,
    heading: title,
    subtitle: t("replay.session", { id }),
    sessionId: id,
    actions: [homeLink()],
    ...(seq === undefined ? {} : { startAt: { seq } }),
  });
  await mountPlayer(root, player, title);
}

/** A local log file, played in this browser; "Import to server" uploads it on request. */
export async function showReplayFromFile(root: HTMLElement, file: File): Promise<void> {
  if (location.pathname !== "/replay/") history.pushState(null, "", "/replay/");
  const parsed = await readLocalLog(file);
  if (!parsed.ok) return showMessage(root, parsed.message, parsed.detail);
  const scenario = await getScenario(parsed.header.scenarioId).catch(() => null);
  const title = scenario?.title ?? parsed.header.scenarioId;
  const another = filePicker("replay-file", t("replay.openAnother"), (f) => void showReplayFromFile(root, f));
  another.button.classList.add("quiet");
  const importBtn = h("button", { type: "button", id: "replay-import", text: t("replay.importThis") });
  const importError = h("p", { class: "error-slot replay-import-error", role: "alert", hidden: true });
  importBtn.addEventListener("click", async () => {
    importBtn.disabled = true;
    importBtn.textContent = t("start.importing");
    const r = await importLog(file);
    if (r.ok) {
      location.assign(replayUrl(r.id));
      return;
    }
    importError.textContent = r.message;
    importError.hidden = false;
    importBtn.disabled = false;
    importBtn.textContent = t("replay.importThis");
  });
  const player = createReplayPlayer({
    events: parsed.events,
    scenario,
    heading: title,
    subtitle: t("replay.localFile", { name: file.name }),
    actions: [importBtn, another.button, another.input, homeLink()],
  });
  player.el.insertBefore(importError, player.el.children[1] ?? null);
  acceptDrops(player.el, (f) => void showReplayFromFile(root, f));
  await mountPlayer(root, player, title);
}

/** `/replay/` with no id: choose or drop a log file. */
export function showReplayPicker(root: HTMLElement): void {
  unmount();
  const pick = filePicker("replay-file", t("start.openFile"), (f) => void showReplayFromFile(root, f), true);
  const card = h(
    "section",
    { class: "door-card drop-zone", id: "replay-picker", "aria-labelledby": "replay-pick-heading" },
    h("h2", { id: "replay-pick-heading", text: t("replay.pickHeading") }),
    h("p", { text: t("replay.pickLede") }),
    h("p", { class: "drop-hint", "aria-hidden": "true", text: t("start.dropHere") }),
    pick.button,
    pick.input,
  );
  acceptDrops(card, (f) => void showReplayFromFile(root, f));
  root.replaceChildren(
    h("main", { class: "door replay-door" }, h("h1", { text: t("replay.title") }), card, h("p", {}, homeLink())),
  );
  root.removeAttribute("aria-busy");
  document.title = t("replay.title");
}

/**
 * Rewind in a live room: the replay player over the events received so far, in place of the
 * room's view (the connection stays open and the room keeps folding live events meanwhile).
 * `back` puts the live view back.
 */
export function showRewind(
  root: HTMLElement,
  live: {
    roomId: string;
    events: readonly SeminarEvent[];
    scenario: PublicScenario | null;
    onChange(fn: () => void): () => void;
  },
  back: () => void,
): () => void {
  const events = live.events.slice();
  const backBtn = h("button", { type: "button", class: "primary", id: "back-to-live", text: t("replay.backToLive") });
  const fresh = h("span", { class: "new-events", id: "new-events", hidden: true });
  const player = createReplayPlayer({
    events,
    scenario: live.scenario,
    heading: t("replay.rewindHeading", { id: live.roomId }),
    subtitle: live.scenario?.title ?? "",
    sessionId: live.roomId,
    actions: [fresh, backBtn],
    startAt: "end",
  });
  const stop = live.onChange(() => {
    const n = live.events.length - events.length;
    fresh.hidden = n <= 0;
    fresh.textContent = t("replay.newSinceRewind", { n });
  });
  const close = () => {
    stop();
    player.destroy();
    document.removeEventListener("keydown", onEsc);
    back();
  };
  const onEsc = (e: KeyboardEvent) => {
    if (e.key === "Escape") close();
  };
  backBtn.addEventListener("click", close);
  document.addEventListener("keydown", onEsc);
  root.replaceChildren(player.el);
  void player.mount().then(() => backBtn.focus());
  return close;
}
