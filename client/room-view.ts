/**
 * The seminar room page: header, the hall (Pixi scene) with my action dock under it, and the
 * panels beside it in tabs (discussion, transcript, brief, people). Wires the live session to
 * every view, announces who has the floor, and routes refusals to their controls.
 */
import type { SeminarEvent } from "../shared/events.js";
import { h } from "./dom.js";
import type { LiveSession } from "./live-session.js";
import { actionDock } from "./panels/action-dock.js";
import { briefPanel } from "./panels/brief-panel.js";
import { chairControls } from "./panels/chair-controls.js";
import { discussionPanel } from "./panels/discussion-panel.js";
import type { Panel, PanelContext } from "./panels/panel-context.js";
import { peoplePanel } from "./panels/people-panel.js";
import { transcriptPanel } from "./panels/transcript-panel.js";
import { RejectionSlots } from "./rejections.js";
import { rolePicker } from "./role-picker.js";
import { roleOf } from "./roster.js";
import { debriefUrl, logUrl, minutesUrl } from "./replay/log-files.js";
import { HallScene } from "./scene/hall-scene.js";
import { t, type StringKey } from "./strings.js";
import { own } from "../shared/null-record.js";

export interface Tab {
  id: string;
  label: StringKey;
  panel: Panel;
}

/** Accessible tabs: arrow keys move between tabs, Tab moves into the panel. */
export function tabs(items: Tab[]): { el: HTMLElement; select(id: string): void } {
  const list = h("div", { role: "tablist", class: "tabs", "aria-label": t("tabs.label") });
  const panels: HTMLElement[] = [];
  const buttons: HTMLButtonElement[] = [];
  const select = (id: string, focus = false) => {
    items.forEach((it, i) => {
      const on = it.id === id;
      buttons[i].setAttribute("aria-selected", String(on));
      buttons[i].tabIndex = on ? 0 : -1;
      panels[i].hidden = !on;
      if (on && focus) buttons[i].focus();
    });
  };
  items.forEach((it, i) => {
    const b = h("button", {
      type: "button",
      role: "tab",
      id: `tab-${it.id}`,
      "aria-controls": `tabpanel-${it.id}`,
      text: t(it.label),
    });
    b.addEventListener("click", () => select(it.id));
    b.addEventListener("keydown", (e) => {
      const d = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      if (e.key === "Home") select(items[0].id, true);
      else if (e.key === "End") select(items[items.length - 1].id, true);
      else if (d) select(items[(i + d + items.length) % items.length].id, true);
      else return;
      e.preventDefault();
    });
    buttons.push(b);
    list.appendChild(b);
    panels.push(
      h(
        "div",
        {
          role: "tabpanel",
          id: `tabpanel-${it.id}`,
          class: "tabpanel",
          "aria-labelledby": `tab-${it.id}`,
          tabindex: 0,
        },
        it.panel.el,
      ),
    );
  });
  select(items[0].id);
  return { el: h("aside", { class: "panels" }, list, ...panels), select: (id) => select(id) };
}

export async function renderRoom(root: HTMLElement, session: LiveSession, onLeave: () => void): Promise<void> {
  const toast = h("p", { class: "toast", id: "general-error", hidden: true });
  const slots = new RejectionSlots(toast);
  const ctx: PanelContext = {
    session,
    slots,
    send(type, payload, slot) {
      if (slot) slots.register([type], slot);
      slots.clear(type);
      // While the connection is down nothing is sent: say so next to the control.
      if (!session.send(type, payload)) slots.show({ command: type, message: t("error.notSent") });
    },
  };
  session.onRejected((r) => slots.show(r));

  // Header.
  const link = `${location.origin}/?room=${encodeURIComponent(session.roomId)}`;
  const copyBtn = h("button", { type: "button", class: "quiet", id: "copy-link", text: t("header.copyLink") });
  copyBtn.addEventListener("click", () => {
    void navigator.clipboard
      ?.writeText(link)
      .then(() => {
        copyBtn.textContent = t("header.copied");
        setTimeout(() => (copyBtn.textContent = t("header.copyLink")), 2000);
      })
      .catch(() => undefined);
  });
  const meLabel = h("span", { class: "me", id: "me" });
  const roleBtn = h("button", { type: "button", id: "choose-role", text: t("header.changeRole") });
  const leaveBtn = h("button", { type: "button", class: "quiet", id: "leave", text: t("header.leave") });
  // The connection's state, in a calm bar under the header: reconnecting, or closed and why.
  const connectionText = h("span", { class: "connection-text", id: "connection-text", role: "status" });
  const connectionAction = h("button", { type: "button", class: "small", id: "connection-action", hidden: true });
  // A reload comes straight back to this tab's seat (and takes it over from another tab).
  connectionAction.addEventListener("click", () => location.reload());
  const connection = h(
    "div",
    { class: "connection", id: "connection", "data-state": "open" },
    connectionText,
    connectionAction,
  );
  // The record: rewind what happened so far (without leaving), and export the log and minutes.
  const rewindBtn = h("button", {
    type: "button",
    class: "quiet",
    id: "rewind",
    title: t("header.rewindLabel"),
    text: t("header.rewind"),
  });
  const record = h(
    "nav",
    { class: "export", "aria-label": t("replay.title") },
    rewindBtn,
    h("a", {
      href: logUrl(session.roomId),
      download: `seminar-${session.roomId}.ndjson`,
      id: "download-log",
      text: t("export.log"),
    }),
    h("a", {
      href: minutesUrl(session.roomId),
      target: "_blank",
      rel: "noopener",
      id: "minutes-link",
      text: t("export.minutes"),
    }),
    h("a", {
      href: debriefUrl(session.roomId),
      target: "_blank",
      rel: "noopener",
      id: "debrief-link",
      text: t("export.debrief"),
    }),
  );
  const header = h(
    "header",
    { class: "room-head" },
    h(
      "div",
      { class: "brand" },
      h("h1", { text: t("app.title") }),
      h("p", { class: "subtitle", text: t("app.subtitle") }),
    ),
    h(
      "div",
      { class: "code" },
      h("span", { class: "label", text: `${t("header.code")}: ` }),
      h("code", { id: "room-code", text: session.roomId }),
      copyBtn,
    ),
    record,
    h("div", { class: "me-box" }, meLabel, roleBtn, leaveBtn),
  );

  // The hall and the dock.
  const hallHost = h("div", { class: "hall", id: "hall", role: "img" });
  const announcer = h("div", { class: "sr-only", id: "announcer", "aria-live": "polite", "aria-atomic": "true" });
  const dock = actionDock(ctx, () => session.clockOffset);
  const chair = chairControls(ctx);
  const stage = h("section", { class: "stage" }, hallHost, h("div", { class: "dock-wrap" }, dock.el, chair.el));

  const discussion = discussionPanel(ctx);
  const transcript = transcriptPanel(ctx);
  const brief = briefPanel(ctx);
  const people = peoplePanel(ctx);
  const tabset = tabs([
    { id: "discussion", label: "tabs.discussion", panel: discussion },
    { id: "transcript", label: "tabs.transcript", panel: transcript },
    { id: "brief", label: "tabs.brief", panel: brief },
    { id: "people", label: "tabs.people", panel: people },
  ]);
  const picker = rolePicker(ctx);
  roleBtn.addEventListener("click", () => picker.open());

  const page = h(
    "div",
    { class: "room", id: "room", "data-connection": "open" },
    header,
    connection,
    h("div", { class: "room-body" }, stage, tabset.el),
    toast,
    announcer,
    picker.dialog,
  );
  root.replaceChildren(page);
  history.replaceState(null, "", `/?room=${encodeURIComponent(session.roomId)}`);

  const panels: Array<{ update(): void }> = [dock, chair, discussion, transcript, brief, people, picker];
  let scene: HallScene | null = null;
  let lastFloorKey = "";
  let pickerOffered = false;

  const render = () => {
    const { state, scenario, me } = session;
    for (const p of panels) p.update();
    const mine = own(state.participants, me);
    const role = roleOf(scenario, mine?.roleId ?? null);
    meLabel.textContent = role
      ? t("header.asRole", { name: mine?.name ?? "", role: role.name })
      : t("header.you", { name: mine?.name ?? "" });
    document.title = `${t("app.title")} · ${session.roomId}`;
    const connState =
      session.connection === "closed"
        ? session.closedBecause === "seatTaken"
          ? "seat-taken"
          : "closed"
        : session.connection;
    if (connection.dataset.state !== connState) {
      connection.dataset.state = connState;
      page.dataset.connection = connState;
      connectionText.textContent =
        connState === "open"
          ? ""
          : connState === "reconnecting"
            ? t("error.reconnecting")
            : connState === "seat-taken"
              ? t("error.seatTaken")
              : t("error.disconnected");
      connectionAction.hidden = session.connection !== "closed";
      connectionAction.textContent = connState === "seat-taken" ? t("error.takeSeatBack") : t("error.rejoin");
    }
    scene?.update({ state, scenario, me, clockOffset: session.clockOffset });

    // Announce changes of the floor, once each.
    const floorKey = state.floor ? `${state.floor.holder}:${state.floor.since}` : "open";
    if (floorKey !== lastFloorKey && !session.loading) {
      const first = lastFloorKey === "";
      lastFloorKey = floorKey;
      if (!first || state.floor) {
        const holder = state.floor ? own(state.participants, state.floor.holder) : null;
        announcer.textContent = !state.floor
          ? t("floor.open")
          : state.floor.holder === me
            ? t("floor.you")
            : t("floor.holder", { name: holder?.name ?? "?" });
      }
    }
    // On arrival, offer the roles once the scenario is known.
    if (scenario && !pickerOffered && !session.loading) {
      pickerOffered = true;
      if (!mine?.roleId) picker.open();
    }
  };
  // Bursts of events (200 people arriving) redraw once per frame, not once per event.
  let queued = false;
  const scheduleRender = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      render();
    });
  };
  session.onChange(scheduleRender);
  rewindBtn.addEventListener("click", async () => {
    const { showRewind } = await import("./replay/replay-page.js");
    showRewind(
      root,
      {
        roomId: session.roomId,
        events: session.events,
        scenario: session.scenario,
        onChange: (fn) => session.onChange(fn),
      },
      () => {
        root.replaceChildren(page);
        render();
        rewindBtn.focus();
      },
    );
  });
  session.onEvent((e: SeminarEvent) => scene?.onEvent(e));
  leaveBtn.addEventListener("click", () => {
    void session.leave().then(() => {
      scene?.destroy();
      history.replaceState(null, "", "/");
      onLeave();
    });
  });
  render();

  try {
    scene = await HallScene.create(hallHost);
    render();
    // A marker for tests and the benchmark: the hall has drawn its first frame.
    requestAnimationFrame(() => requestAnimationFrame(() => (document.body.dataset.scene = "ready")));
  } catch (err) {
    hallHost.textContent = String(err);
  }
}
