/**
 * The live seminar room: the room shell over a live session, with my action dock and the
 * chair's desk under the hall, the panels in tabs (discussion, transcript, brief, people), the
 * connection bar, and Rewind; for the facilitator, their desk beside the chair's. Announces who
 * has the floor and routes refusals to their controls; leaving tears down every panel,
 * subscription and the hall, and so does the end of the seminar (the end screen follows) or
 * being removed (said plainly; nothing reconnects).
 */
import type { SeminarEvent } from "../shared/events.js";
import { h } from "./dom.js";
import { renderEndScreen, renderRemovedScreen } from "./end-screen.js";
import { invitationDialog } from "./invitation-dialog.js";
import type { LiveSession } from "./live-session.js";
import { actionDock } from "./panels/action-dock.js";
import { backgroundPanel } from "./panels/background-panel.js";
import { briefPanel } from "./panels/brief-panel.js";
import { chairControls } from "./panels/chair-controls.js";
import { discussionPanel } from "./panels/discussion-panel.js";
import { facilitatorDesk } from "./panels/facilitator-desk.js";
import { guidePanel, seesGuide } from "./panels/guide-panel.js";
import type { LivePanelContext, RoomActions } from "./panels/panel-context.js";
import { peoplePanel } from "./panels/people-panel.js";
import { transcriptPanel } from "./panels/transcript-panel.js";
import { votePanel } from "./panels/vote-panel.js";
import { RejectionSlots } from "./rejections.js";
import { rolePicker } from "./role-picker.js";
import { roomShell } from "./room-shell.js";
import { canModerate, roleOf } from "./roster.js";
import { t } from "./strings.js";
import { own } from "../shared/null-record.js";

export async function renderRoom(root: HTMLElement, session: LiveSession, onLeave: () => void): Promise<void> {
  const toast = h("p", { class: "toast", id: "general-error", hidden: true });
  const slots = new RejectionSlots(toast);
  const actions: RoomActions = {
    slots,
    send(type, payload, slot) {
      if (slot) slots.register([type], slot);
      slots.clear(type);
      // While the connection is down nothing is sent: say so next to the control.
      const cid = session.send(type, payload);
      if (!cid) slots.show({ command: type, message: t("error.notSent") });
      return cid;
    },
    onAccepted: (fn) => session.onAccepted((a) => fn(a.cid)),
  };
  const ctx: LivePanelContext = { source: session, actions };
  const unsubscribe = [session.onRejected((r) => slots.show(r))];

  // Header.
  const invitation = invitationDialog(session.roomId, () => session.state.title);
  const meLabel = h("span", { class: "me", id: "me" });
  const roleBtn = h("button", { type: "button", id: "choose-role", text: t("header.changeRole") });
  const leaveBtn = h("button", { type: "button", class: "quiet", id: "leave", text: t("header.leave") });
  const leaveConfirm = h("button", { type: "button", class: "primary", id: "leave-confirm", text: t("leave.confirm") });
  const leaveStay = h("button", { type: "button", id: "leave-stay", text: t("leave.stay") });
  const leaveDialog = h(
    "dialog",
    { class: "leave-dialog", id: "leave-dialog", "aria-labelledby": "leave-heading" },
    h("h2", { id: "leave-heading", text: t("leave.heading") }),
    h("p", { text: t("leave.body") }),
    h("div", { class: "dialog-actions" }, leaveStay, leaveConfirm),
  );
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
  // The projector view, for moderators, in a new tab: window.open (not a link) so that the new
  // tab gets a copy of this one's sessionStorage, whose seat key lets it watch a seminar with a
  // passcode.
  const projectorBtn = h("button", {
    type: "button",
    class: "quiet",
    id: "open-projector",
    title: t("projector.openLabel"),
    text: t("projector.open"),
    hidden: true,
  });
  projectorBtn.addEventListener("click", () => {
    window.open(`/?room=${encodeURIComponent(session.roomId)}&view=projector`, "_blank");
  });
  const dock = actionDock(ctx, () => session.clockOffset);
  const chair = chairControls(ctx);
  const desk = facilitatorDesk(ctx, () => session.facilitatorLink);
  const votes = votePanel(ctx);
  const picker = rolePicker(ctx);
  roleBtn.addEventListener("click", () => picker.open());
  const shell = roomShell({
    id: "room",
    className: "room",
    headClass: "room-head",
    brand: h(
      "div",
      { class: "brand" },
      h("h1", { text: t("app.title") }),
      h("p", { class: "subtitle", text: t("app.subtitle") }),
    ),
    headerExtras: [
      h(
        "div",
        { class: "code" },
        h("span", { class: "label", text: `${t("header.code")}: ` }),
        h("code", { id: "room-code", text: session.roomId }),
        invitation.button,
      ),
    ],
    record: {
      sessionId: session.roomId,
      logId: "download-log",
      minutesId: "minutes-link",
      debriefId: "debrief-link",
      before: [rewindBtn, projectorBtn],
    },
    actions: [meLabel, roleBtn, leaveBtn],
    afterHeader: [connection],
    underHall: h("div", { class: "dock-wrap" }, dock.el, votes.el, chair.el, desk.el),
    tabs: [
      { id: "discussion", label: "tabs.discussion", panel: discussionPanel(ctx) },
      { id: "transcript", label: "tabs.transcript", panel: transcriptPanel(ctx) },
      { id: "brief", label: "tabs.brief", panel: briefPanel(ctx) },
      { id: "people", label: "tabs.people", panel: peoplePanel(ctx) },
      { id: "background", label: "tabs.background", panel: backgroundPanel(ctx) },
      { id: "guide", label: "tabs.guide", panel: guidePanel(ctx) },
    ],
    panels: [dock, votes, chair, desk, picker],
    hiddenTabs: "refresh",
    announcerId: "announcer",
    tail: [toast, picker.dialog, desk.dialog, leaveDialog, invitation.dialog],
  });
  const page = shell.el;
  const { announcer } = shell;
  page.dataset.connection = "open";
  root.replaceChildren(page);
  history.replaceState(null, "", `/?room=${encodeURIComponent(session.roomId)}`);

  let lastFloorKey = "";
  let guideTab: HTMLElement | null = null;
  let pickerOffered = false;

  let finished = false;
  /** The seminar ended, or I was removed: the room goes, and a page says what happened. */
  const finish = () => {
    if (finished) return;
    finished = true;
    teardown();
    if (session.closedBecause === "removed") {
      history.replaceState(null, "", "/");
      renderRemovedScreen(root, session.roomId, session.state.title, onLeave);
      return;
    }
    const { state } = session;
    history.replaceState(null, "", "/");
    renderEndScreen(
      root,
      {
        roomId: session.roomId,
        title: state.title ?? session.scenario?.title ?? session.roomId,
        endedAt: state.endedAt,
      },
      onLeave,
    );
    // Nothing more can be done here; the room closes once the last reader has gone.
    void session.leave();
  };

  const render = () => {
    if (session.ended || session.closedBecause === "removed") return finish();
    const { state, scenario, me } = session;
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
    projectorBtn.hidden = !canModerate(state, scenario, me);
    shell.update({ state, scenario, me, clockOffset: session.clockOffset });
    // The guide's tab exists for every seat but shows only on the facilitator's.
    guideTab ??= page.querySelector<HTMLElement>("#tab-guide");
    if (guideTab) guideTab.hidden = !seesGuide(ctx);

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
    // On arrival, offer the roles once the scenario is known: not to a seat coming back (it has
    // chosen already), nor when the facilitator gives them.
    if (scenario && !pickerOffered && !session.loading) {
      pickerOffered = true;
      const given = state.roleClaiming === "facilitator" && !mine?.facilitator;
      if (!mine?.roleId && !given && !session.returning) picker.open();
    }
  };
  // Bursts of events (200 people arriving) redraw once per frame, not once per event.
  let queued = 0;
  const scheduleRender = () => {
    if (queued) return;
    queued = requestAnimationFrame(() => {
      queued = 0;
      render();
    });
  };
  unsubscribe.push(session.onChange(scheduleRender));
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
  unsubscribe.push(session.onEvent((e: SeminarEvent) => shell.transient(e)));
  /** Everything this room started: panels and their timers, subscriptions, the hall's Pixi app. */
  const teardown = () => {
    for (const stop of unsubscribe) stop();
    if (queued) cancelAnimationFrame(queued);
    invitation.destroy();
    shell.destroy();
    slots.destroy();
  };
  // Leaving gives up the role and the place in the queue: it asks first.
  leaveBtn.addEventListener("click", () => leaveDialog.showModal());
  leaveStay.addEventListener("click", () => leaveDialog.close());
  leaveConfirm.addEventListener("click", () => {
    leaveDialog.close();
    void session.leave().then(() => {
      teardown();
      history.replaceState(null, "", "/");
      onLeave();
    });
  });
  render();
  await shell.mount(() => ({
    state: session.state,
    scenario: session.scenario,
    me: session.me,
    clockOffset: session.clockOffset,
  }));
}
