/**
 * The replay player: the live room's Pixi hall and panels (transcript, board, people), read-only,
 * driven by the state at the playhead, with a media player's transport under the hall (play,
 * pause, speed, a scrubber with chapter marks, previous/next chapter, position and session clock)
 * and the chapters as a list beside it. The log is folded once (`Replay`); each frame asks the
 * index for the state at the playhead's seq only when the seq changes.
 */
import type { SeminarEvent } from "../../shared/events.js";
import type { PublicScenario } from "../../shared/scenario.js";
import { PlayerClock, Replay, SPEEDS, type Chapter } from "../../shared/replay/index.js";
import { h, replaceChildren } from "../dom.js";
import { discussionPanel } from "../panels/discussion-panel.js";
import type { Panel, PanelContext, RoomSource } from "../panels/panel-context.js";
import { peoplePanel } from "../panels/people-panel.js";
import { transcriptPanel } from "../panels/transcript-panel.js";
import { roomShell } from "../room-shell.js";
import type { HallView } from "../scene/hall-scene.js";
import { t } from "../strings.js";
import {
  chapterTarget,
  formatPosition,
  formatSkipped,
  keyAction,
  sessionClock,
  stepSpeed,
  type ReplayAction,
} from "./playhead.js";
import { timelineSlider } from "./timeline-slider.js";

export interface ReplayPlayerOptions {
  events: readonly SeminarEvent[];
  scenario: PublicScenario | null;
  /** The header's title line and the line under it. */
  heading: string;
  subtitle: string;
  /** A session on this server: the header links to its log and minutes. */
  sessionId?: string | null;
  /** Extra header controls (back to live, open another file, import). */
  actions?: HTMLElement[];
  /**
   * Where the playhead starts: the beginning (default), the end (rewinding a live session), or
   * the moment of event `seq` (a link from the debrief: `/replay/ID?seq=N`).
   */
  startAt?: "start" | "end" | { seq: number };
}

export interface ReplayPlayer {
  el: HTMLElement;
  replay: Replay;
  /** Draws the hall (after `el` is in the document) and starts listening to the keyboard. */
  mount(): Promise<void>;
  destroy(): void;
}

const SVG = "http://www.w3.org/2000/svg";
const ICONS: Record<string, string> = {
  play: "M8 5.5v13a1 1 0 0 0 1.5.86l10.2-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5z",
  pause: "M6.5 5h3.5v14H6.5zM14 5h3.5v14H14z",
  again: "M12 5V2L7.5 6.5 12 11V7.5a5.5 5.5 0 1 1-5.5 5.5H4a8 8 0 1 0 8-8z",
  prev: "M6 6h2.2v12H6zM9.6 12l8.4 6V6z",
  next: "M15.8 6H18v12h-2.2zM6 18l8.4-6L6 6z",
};

/** A small inline SVG icon (built as nodes: no markup strings anywhere). */
function icon(name: keyof typeof ICONS): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.classList.add("icon");
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", ICONS[name]);
  svg.appendChild(path);
  return svg;
}

/** Keys typed into these belong to them, not to the player. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  const role = target.getAttribute("role");
  if (role === "tab" && ["ArrowLeft", "ArrowRight", "Home", "End"].includes(key)) return true;
  // Space and Enter press a focused button or follow a link.
  if (
    (key === " " || key === "Enter") &&
    (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement || role === "tab")
  )
    return true;
  return false;
}

export function createReplayPlayer(opts: ReplayPlayerOptions): ReplayPlayer {
  const { events, scenario } = opts;
  const replay = new Replay(events, scenario ? { scenario } : {});
  const duration = replay.timeline.duration;
  const startAt = opts.startAt ?? "start";
  const clock = new PlayerClock(duration, {
    position: startAt === "end" ? duration : startAt === "start" ? 0 : replay.replayTimeOfSeq(startAt.seq),
  });
  const chapterTimes = replay.chapters.map((c) => replay.replayTimeOfSeq(c.seq));
  const chapterIndex = new Map<Chapter, number>(replay.chapters.map((c, i) => [c, i]));

  // The panels read the state at the playhead, as the live room's read its session; a replay
  // acts on nothing, so its panels get no actions.
  const source: { state: RoomSource["state"]; scenario: PublicScenario | null; me: string; brief: null } = {
    state: replay.index.stateAt(0),
    scenario,
    me: "",
    brief: null,
  };
  const ctx: PanelContext = { source, actions: null };
  const transcript = transcriptPanel(ctx);
  const discussion = discussionPanel(ctx);
  const people = peoplePanel(ctx);

  // ── Chapters ────────────────────────────────────────────────────────────────────────────
  const chapterButtons: HTMLButtonElement[] = [];
  const chapterList = h(
    "ol",
    { class: "chapters", id: "chapters" },
    ...replay.chapters.map((c, i) => {
      const b = h(
        "button",
        { type: "button", class: "chapter-link", "data-seq": c.seq, "data-index": i },
        h("span", {
          class: "chapter-kind",
          text: c.kind === "prompt" ? t("replay.chapterPrompt") : t("replay.chapterSpeech"),
        }),
        h("span", { class: "chapter-title", text: c.title }),
        h("span", { class: "chapter-time", text: formatPosition(chapterTimes[i], duration) }),
      );
      b.addEventListener("click", () => seek(chapterTimes[i], true));
      chapterButtons.push(b);
      return h("li", { class: `chapter kind-${c.kind}` }, b);
    }),
  );
  const chaptersPanel: Panel = {
    el: h(
      "section",
      { class: "panel-section", "aria-labelledby": "chapters-heading" },
      h("h2", { id: "chapters-heading", class: "sr-only", text: t("replay.chapters") }),
      replay.chapters.length ? chapterList : h("p", { class: "empty", text: t("replay.chaptersEmpty") }),
    ),
    // The chapters are the log's, fixed: only the current one is marked (by `markChapter`).
    update: () => undefined,
    destroy: () => undefined,
  };

  // ── Transport ───────────────────────────────────────────────────────────────────────────
  const playBtn = h("button", {
    type: "button",
    class: "transport-btn play",
    id: "play",
    "aria-label": t("replay.play"),
    title: `${t("replay.play")} (Space)`,
  });
  const prevBtn = h(
    "button",
    {
      type: "button",
      class: "transport-btn",
      id: "prev-chapter",
      "aria-label": t("replay.prevChapter"),
      title: `${t("replay.prevChapter")} ([)`,
    },
    icon("prev"),
  );
  const nextBtn = h(
    "button",
    {
      type: "button",
      class: "transport-btn",
      id: "next-chapter",
      "aria-label": t("replay.nextChapter"),
      title: `${t("replay.nextChapter")} (])`,
    },
    icon("next"),
  );
  const positionEl = h("span", { class: "position", id: "position" });
  const durationEl = h("span", { class: "duration", id: "duration", text: formatPosition(duration, duration) });
  const clockEl = h("time", { class: "session-clock", id: "session-clock", title: t("replay.clock") });
  const speedButtons = SPEEDS.map((s) => {
    const b = h("button", {
      type: "button",
      class: "speed",
      "data-speed": s,
      "aria-pressed": "false",
      "aria-label": t("replay.speedLabel", { n: s }),
      text: t("replay.speedValue", { n: s }),
    });
    b.addEventListener("click", () => setSpeed(s));
    return b;
  });
  const speedGroup = h(
    "div",
    { class: "speeds", role: "group", id: "speeds", "aria-label": t("replay.speed") },
    ...speedButtons,
  );
  const chapterNow = h("p", { class: "chapter-now", id: "chapter-now" });
  const gapNote = h("span", { class: "gap-note", id: "gap-note", hidden: true });
  const eventCount = h("span", { class: "event-count", id: "event-count" });

  const slider = timelineSlider(
    duration,
    replay.chapters.map((c, i) => ({ at: chapterTimes[i], kind: c.kind, title: c.title })),
    replay.timeline.gaps.map((g) => ({
      at: g.replayFrom,
      label: t("replay.gapMark", { time: formatSkipped(g.skippedMs) }),
    })),
    (ms) => seek(ms, false),
    (ms) => {
      const c = replay.chapterAt(replay.seqAtReplayTime(ms));
      return `${formatPosition(ms, duration)}${c ? ` · ${c.title}` : ""}`;
    },
  );

  slider.el.setAttribute("aria-describedby", "replay-keys");
  const transport = h(
    "section",
    { class: "transport", id: "transport", "aria-label": t("replay.title") },
    h("div", { class: "transport-info" }, chapterNow, gapNote, eventCount),
    slider.el,
    h(
      "div",
      { class: "transport-row" },
      h("div", { class: "transport-buttons" }, prevBtn, playBtn, nextBtn),
      h("p", { class: "times" }, positionEl, h("span", { class: "sep", text: " / " }), durationEl),
      clockEl,
      h("p", { class: "keys-hint", id: "replay-keys", text: t("replay.keys") }),
      speedGroup,
    ),
  );

  // ── The room ────────────────────────────────────────────────────────────────────────────
  const shell = roomShell({
    id: "replay",
    className: "room replay",
    headClass: "room-head replay-head",
    brand: h(
      "div",
      { class: "brand" },
      h(
        "h1",
        {},
        h("span", { class: "replay-badge", text: t("replay.title") }),
        " ",
        h("span", { class: "replay-title", text: opts.heading }),
      ),
      h("p", { class: "subtitle", text: opts.subtitle }),
    ),
    record: opts.sessionId
      ? {
          sessionId: opts.sessionId,
          logId: "replay-download-log",
          minutesId: "replay-minutes",
          debriefId: "replay-debrief",
        }
      : null,
    actions: opts.actions ?? [],
    underHall: transport,
    tabs: [
      { id: "transcript", label: "tabs.transcript", panel: transcript },
      { id: "chapters", label: "tabs.chapters", panel: chaptersPanel },
      { id: "discussion", label: "tabs.discussion", panel: discussion },
      { id: "people", label: "tabs.people", panel: people },
    ],
    hiddenTabs: "whenShown",
    onTabShown: (id) => {
      if (id === "transcript") followTranscript();
    },
    announcerId: "replay-announcer",
  });
  const { el, announcer } = shell;
  const hallView = (realAt: number): HallView => ({
    state: source.state,
    scenario,
    me: null,
    clockOffset: 0,
    now: realAt,
  });

  // ── Playing ─────────────────────────────────────────────────────────────────────────────
  let shownSeq = -1;
  let shownChapter = -2;
  let raf = 0;
  let destroyed = false;

  let highlighted: HTMLElement | null = null;
  /** Highlights the newest speech (the one at the playhead) and keeps it in view. */
  const followTranscript = () => {
    const list = transcript.el.querySelector<HTMLElement>("#transcript");
    if (!list) return;
    const last = list.lastElementChild as HTMLElement | null;
    if (highlighted && highlighted !== last) {
      highlighted.classList.remove("current");
      highlighted.removeAttribute("aria-current");
    }
    highlighted = last;
    if (!last) return;
    last.classList.add("current");
    last.setAttribute("aria-current", "true");
    scheduleScroll();
  };

  /**
   * Keeps the current speech and chapter in view. Measuring forces a layout, so it waits for the
   * next frame: a seek then changes the DOM once and lays it out once, not once per panel.
   */
  let scrollQueued = false;
  const scheduleScroll = () => {
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      if (destroyed) return;
      // Only scroll the panels themselves; on a phone the page scrolls and must stay where the reader is.
      const tbox = transcript.el.parentElement;
      if (highlighted && tbox && !tbox.hidden && getComputedStyle(tbox).overflowY !== "visible") {
        const lr = highlighted.getBoundingClientRect();
        const br = tbox.getBoundingClientRect();
        if (lr.bottom > br.bottom || lr.top < br.top) tbox.scrollTop += lr.bottom - br.bottom + 12;
      }
      const b = shownChapter >= 0 ? chapterButtons[shownChapter] : undefined;
      const cbox = chaptersPanel.el.parentElement;
      if (b && cbox && !cbox.hidden && getComputedStyle(cbox).overflowY !== "visible") {
        const lr = b.getBoundingClientRect();
        const br = cbox.getBoundingClientRect();
        if (lr.bottom > br.bottom || lr.top < br.top) cbox.scrollTop += lr.top - br.top - cbox.clientHeight / 3;
      }
    });
  };

  const markChapter = (seq: number) => {
    const c = replay.chapterAt(seq);
    const i = c ? chapterIndex.get(c)! : -1;
    if (i === shownChapter) return;
    if (shownChapter >= 0) {
      chapterButtons[shownChapter]?.removeAttribute("aria-current");
      chapterButtons[shownChapter]?.parentElement?.classList.remove("current");
    }
    shownChapter = i;
    if (c) {
      const b = chapterButtons[i];
      b.setAttribute("aria-current", "true");
      b.parentElement?.classList.add("current");
      scheduleScroll();
    }
    replaceChildren(
      chapterNow,
      c
        ? h("span", {
            class: `chapter-kind kind-${c.kind}`,
            text: c.kind === "prompt" ? t("replay.chapterPrompt") : t("replay.chapterSpeech"),
          })
        : null,
      c
        ? h("span", { class: "chapter-title", text: c.title })
        : h("span", { class: "chapter-title muted", text: t("replay.before") }),
    );
    prevBtn.disabled = chapterTarget(chapterTimes, clock.position(performance.now()), -1) === null && i <= 0;
  };

  const show = (pos: number, playing: boolean) => {
    const seq = replay.seqAtReplayTime(pos);
    const realAt = replay.timeline.toRealTime(pos);
    if (seq !== shownSeq) {
      const before = shownSeq;
      source.state = replay.index.stateAt(seq);
      // Panels in hidden tabs catch up when their tab is shown.
      shell.update(hallView(realAt));
      followTranscript();
      markChapter(seq);
      shownSeq = seq;
      el.dataset.seq = String(seq);
      eventCount.textContent = t("replay.events", { seq, total: replay.index.length });
      // Reactions float up as they happen while playing (not when jumping).
      if (playing && before >= 0 && seq > before && seq - before < 40) {
        for (let i = before; i < seq; i++) if (events[i].type === "reacted") shell.transient(events[i]);
      }
    } else if (source.state.floor) {
      // The wall clock counts the turn down with the playhead.
      shell.drawHall(hallView(realAt));
    }
    if (!slider.dragging || !playing) {
      slider.set(
        pos,
        t("replay.valueText", {
          position: formatPosition(pos, duration),
          duration: formatPosition(duration, duration),
          clock: sessionClock(realAt),
        }),
      );
    }
    positionEl.textContent = formatPosition(pos, duration);
    const clockText = sessionClock(realAt);
    if (clockEl.textContent !== clockText) {
      clockEl.textContent = clockText;
      clockEl.dateTime = new Date(realAt).toISOString();
    }
    const gap = replay.timeline.gaps.find(
      (g) => pos > g.replayFrom && pos < g.replayFrom + (g.toAt - g.fromAt - g.skippedMs),
    );
    gapNote.hidden = !gap;
    if (gap) gapNote.textContent = t("replay.gap", { time: formatSkipped(gap.skippedMs) });
    nextBtn.disabled = chapterTarget(chapterTimes, pos, 1) === null;
    el.dataset.position = String(pos);
  };

  const syncPlayButton = () => {
    const now = performance.now();
    const ended = !clock.playing && clock.position(now) >= duration && duration > 0;
    const label = clock.playing ? t("replay.pause") : ended ? t("replay.replayAgain") : t("replay.play");
    replaceChildren(playBtn, icon(clock.playing ? "pause" : ended ? "again" : "play"));
    playBtn.setAttribute("aria-label", label);
    playBtn.title = `${label} (Space)`;
    playBtn.classList.toggle("playing", clock.playing);
    el.dataset.playing = String(clock.playing);
    for (const b of speedButtons) b.setAttribute("aria-pressed", String(Number(b.dataset.speed) === clock.speed));
    el.dataset.speed = String(clock.speed);
  };

  const frame = () => {
    raf = 0;
    if (destroyed) return;
    const now = performance.now();
    show(clock.position(now), true);
    if (!clock.playing) return;
    if (clock.ended(now)) {
      clock.pause(now);
      syncPlayButton();
      return;
    }
    raf = requestAnimationFrame(frame);
  };
  const kick = () => {
    if (!raf && clock.playing && !destroyed) raf = requestAnimationFrame(frame);
  };

  const announce = (text: string) => {
    announcer.textContent = text;
  };

  function seek(ms: number, speak: boolean): void {
    const now = performance.now();
    clock.seek(ms, now);
    show(clock.position(now), false);
    syncPlayButton();
    if (speak) {
      const c = replay.chapterAt(shownSeq);
      announce(`${formatPosition(clock.position(now), duration)}${c ? `: ${c.title}` : ""}`);
    }
    kick();
  }

  function setSpeed(speed: number): void {
    clock.setSpeed(speed, performance.now());
    syncPlayButton();
  }

  const toggle = () => {
    clock.toggle(performance.now());
    syncPlayButton();
    show(clock.position(performance.now()), false);
    kick();
  };

  const perform = (a: ReplayAction) => {
    const now = performance.now();
    const pos = clock.position(now);
    switch (a.type) {
      case "toggle":
        return toggle();
      case "seekBy":
        return seek(pos + a.ms, true);
      case "start":
        return seek(0, true);
      case "end":
        return seek(duration, true);
      case "chapter": {
        const to = chapterTarget(chapterTimes, pos, a.dir);
        if (to === null) return a.dir < 0 ? seek(0, true) : undefined;
        return seek(to, true);
      }
      case "speed":
        setSpeed(stepSpeed(clock.speed, a.dir));
        announce(t("replay.speedLabel", { n: clock.speed }));
        return;
    }
  };

  playBtn.addEventListener("click", toggle);
  prevBtn.addEventListener("click", () => perform({ type: "chapter", dir: -1 }));
  nextBtn.addEventListener("click", () => perform({ type: "chapter", dir: 1 }));

  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (!el.isConnected || ownsKey(e.target, e.key)) return;
    if (document.querySelector("dialog[open]")) return;
    const a = keyAction(e.key, e.shiftKey);
    if (!a) return;
    e.preventDefault();
    perform(a);
  };

  syncPlayButton();
  show(clock.position(performance.now()), false);

  return {
    el,
    replay,
    async mount() {
      document.addEventListener("keydown", onKey);
      await shell.mount(() => hallView(replay.timeline.toRealTime(clock.position(performance.now()))));
    },
    destroy() {
      destroyed = true;
      document.removeEventListener("keydown", onKey);
      if (raf) cancelAnimationFrame(raf);
      shell.destroy();
    },
  };
}
