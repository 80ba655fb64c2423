/**
 * The room's frame, the same live and in a replay: the header (title, what the caller adds, the
 * record's export links, the caller's actions), the stage (the Pixi hall and what goes under it),
 * the panels in tabs, and when hidden tabs are redrawn. It owns the hall scene and every panel,
 * and `destroy()` lets go of all of them (timers, listeners, the Pixi app).
 */
import type { SeminarEvent } from "../shared/events.js";
import { h } from "./dom.js";
import type { Panel } from "./panels/panel-context.js";
import { debriefUrl, logUrl, minutesPageUrl, minutesUrl } from "./replay/log-files.js";
import { HallScene, type HallView } from "./scene/hall-scene.js";
import { SCENARIO_LANG, t, type StringKey } from "./strings.js";
import { tabs, type Tabs } from "./tabs.js";

export interface ShellTab {
  id: string;
  label: StringKey;
  panel: Panel;
}

/** Links to a stored session's log and minutes (with the ids the page gives them). */
export interface RecordLinks {
  sessionId: string;
  logId: string;
  minutesId: string;
  debriefId: string;
  /** Controls before the links (Rewind, live). */
  before?: HTMLElement[];
}

export interface RoomShellOptions {
  id: string;
  className: string;
  headClass: string;
  /** The title block at the header's start. */
  brand: HTMLElement;
  /** Between the title and the record (the room's code, live). */
  headerExtras?: HTMLElement[];
  record: RecordLinks | null;
  /** The header's end (who I am and leaving, live; the player's own buttons, replay). */
  actions: HTMLElement[];
  /** Under the header, before the stage (the connection bar, live). */
  afterHeader?: HTMLElement[];
  /** Under the hall: the dock and the chair's desk, or the replay's transport. */
  underHall: HTMLElement;
  tabs: ShellTab[];
  /** Panels outside the tabs (dock, chair's desk, role picker): updated and destroyed with the rest. */
  panels?: Panel[];
  /**
   * Live keeps every tab fresh ("refresh"): a reader switching tabs sees the present at once.
   * A replay updates hidden tabs only when they are shown ("whenShown"): playing at 8× would
   * otherwise redraw every list many times a second for nobody.
   */
  hiddenTabs: "refresh" | "whenShown";
  /** Called after a tab's panel was brought up to date on being shown (replay: scroll to the playhead). */
  onTabShown?(id: string): void;
  announcerId: string;
  /** At the end of the room (toasts, dialogs). */
  tail?: HTMLElement[];
}

export interface RoomShell {
  el: HTMLElement;
  hallHost: HTMLElement;
  announcer: HTMLElement;
  tabs: Tabs;
  /** Brings the panels (per the policy) and the hall up to the source. */
  update(view: HallView): void;
  /** The hall alone (a replay's wall clock running within one event). */
  drawHall(view: HallView): void;
  /** A live event's transient effect in the hall (a reaction rising). */
  transient(e: SeminarEvent): void;
  /** Draws the hall (once `el` is in the document); resolves when its first frame is drawn. */
  mount(view: () => HallView): Promise<void>;
  destroy(): void;
}

function recordNav(r: RecordLinks): HTMLElement {
  return h(
    "nav",
    { class: "export", "aria-label": t("replay.title") },
    ...(r.before ?? []),
    h("a", {
      href: logUrl(r.sessionId),
      download: `seminar-${r.sessionId}.ndjson`,
      id: r.logId,
      text: t("export.log"),
    }),
    h("a", {
      href: minutesPageUrl(r.sessionId),
      target: "_blank",
      rel: "noopener",
      id: r.minutesId,
      text: t("export.minutes"),
    }),
    h("a", {
      href: minutesUrl(r.sessionId),
      download: `minutes-${r.sessionId}.md`,
      class: "minutes-markdown",
      title: t("start.minutesMarkdownLabel", { code: r.sessionId }),
      text: t("export.minutesMarkdown"),
    }),
    h("a", {
      href: debriefUrl(r.sessionId),
      target: "_blank",
      rel: "noopener",
      id: r.debriefId,
      text: t("export.debrief"),
    }),
  );
}

export function roomShell(opts: RoomShellOptions): RoomShell {
  const header = h(
    "header",
    { class: opts.headClass },
    opts.brand,
    ...(opts.headerExtras ?? []),
    opts.record ? recordNav(opts.record) : null,
    h("div", { class: "me-box" }, ...opts.actions),
  );
  const hallHost = h("div", { class: "hall", id: "hall", role: "img" });
  // The open question, over the hall: what the room is talking about, readable from the back
  // (and, on a phone, above the hall, before anything else).
  const questionText = h("span", { class: "hall-question-text", lang: SCENARIO_LANG });
  const question = h(
    "p",
    { class: "hall-question", id: "hall-question", hidden: true },
    h("span", { class: "eyebrow", text: t("prompt.heading") }),
    " ",
    questionText,
  );
  let questionShown: string | undefined = undefined;
  const showQuestion = (view: HallView) => {
    const id = view.state.openPromptId;
    // The question's words arrive with the scenario: until then only its id is known.
    const key = `${id}:${view.scenario ? "s" : "-"}`;
    if (key === questionShown) return;
    questionShown = key;
    const q = view.scenario?.prompts.find((p) => p.id === id);
    question.hidden = !id;
    questionText.textContent = q?.question ?? id ?? "";
  };
  const announcer = h("div", {
    class: "sr-only",
    id: opts.announcerId,
    "aria-live": "polite",
    "aria-atomic": "true",
  });
  const stale = new Set<Panel>();
  const byId = new Map(opts.tabs.map((x) => [x.id, x.panel]));
  const tabset = tabs(
    opts.tabs.map((x) => ({ id: x.id, label: x.label, el: x.panel.el })),
    (id) => {
      const p = byId.get(id);
      if (!p || !stale.delete(p)) return;
      p.update();
      opts.onTabShown?.(id);
    },
  );
  const el = h(
    "div",
    { class: opts.className, id: opts.id },
    header,
    ...(opts.afterHeader ?? []),
    h("div", { class: "room-body" }, h("section", { class: "stage" }, question, hallHost, opts.underHall), tabset.el),
    announcer,
    ...(opts.tail ?? []),
  );
  const others = opts.panels ?? [];
  let scene: HallScene | null = null;
  let destroyed = false;

  return {
    el,
    hallHost,
    announcer,
    tabs: tabset,
    update(view) {
      for (const p of others) p.update();
      for (const x of opts.tabs) {
        if (opts.hiddenTabs === "whenShown" && x.id !== tabset.selected) stale.add(x.panel);
        else x.panel.update();
      }
      showQuestion(view);
      scene?.update(view);
    },
    drawHall(view) {
      scene?.update(view);
    },
    transient(e) {
      scene?.onEvent(e);
    },
    async mount(view) {
      try {
        const made = await HallScene.create(hallHost);
        if (destroyed) {
          made.destroy();
          return;
        }
        scene = made;
        scene.update(view());
        // A marker for tests and the benchmark: the hall has drawn its first frame.
        await new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok())));
        if (!destroyed) document.body.dataset.scene = "ready";
      } catch (err) {
        hallHost.textContent = String(err);
      }
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      for (const p of [...others, ...opts.tabs.map((x) => x.panel)]) p.destroy();
      stale.clear();
      scene?.destroy();
      scene = null;
    },
  };
}
