/**
 * The scrubber: a real focusable slider (role="slider", aria-valuetext) drawn as a media
 * player's track, with a played fill, a mark per chapter (prompts taller than speeches), the
 * squeezed idle gaps hatched, and a hover label with the time under the pointer. Dragging seeks
 * continuously; keys are left to the player, which owns the keyboard for the whole page.
 */
import { h } from "../dom.js";
import { t } from "../strings.js";

export interface SliderMark {
  at: number;
  kind: "prompt" | "speech";
  title: string;
}

export interface SliderGap {
  at: number;
  label: string;
}

export interface TimelineSlider {
  el: HTMLElement;
  /** Moves the thumb; `valueText` is what a screen reader hears. */
  set(position: number, valueText: string): void;
  /** While true the user is dragging: the player must not move the thumb under them. */
  readonly dragging: boolean;
}

export function timelineSlider(
  duration: number,
  marks: readonly SliderMark[],
  gaps: readonly SliderGap[],
  onSeek: (ms: number) => void,
  hoverLabel: (ms: number) => string,
): TimelineSlider {
  const span = Math.max(1, duration);
  const pct = (ms: number) => `${Math.max(0, Math.min(100, (ms / span) * 100))}%`;
  const fill = h("div", { class: "tl-fill" });
  const thumb = h("div", { class: "tl-thumb" });
  const hover = h("div", { class: "tl-hover", hidden: true, "aria-hidden": "true" });
  const markLayer = h(
    "div",
    { class: "tl-marks", "aria-hidden": "true" },
    ...gaps.map((g) => h("span", { class: "tl-gap", style: `left:${pct(g.at)}`, title: g.label })),
    ...marks.map((m) => h("span", { class: `tl-mark kind-${m.kind}`, style: `left:${pct(m.at)}`, title: m.title })),
  );
  const track = h("div", { class: "tl-track" }, fill, markLayer, thumb);
  const el = h(
    "div",
    {
      class: "timeline",
      id: "timeline",
      role: "slider",
      tabindex: 0,
      "aria-label": t("replay.timeline"),
      "aria-valuemin": 0,
      "aria-valuemax": Math.round(duration),
      "aria-valuenow": 0,
      "aria-orientation": "horizontal",
      "data-duration": duration,
    },
    track,
    hover,
  );

  let dragging = false;
  const at = (clientX: number) => {
    const r = track.getBoundingClientRect();
    const f = r.width > 0 ? (clientX - r.left) / r.width : 0;
    return Math.max(0, Math.min(1, f)) * duration;
  };
  const showHover = (clientX: number) => {
    const r = track.getBoundingClientRect();
    const ms = at(clientX);
    hover.textContent = hoverLabel(ms);
    hover.hidden = false;
    hover.style.left = `${Math.max(0, Math.min(r.width, clientX - r.left))}px`;
  };
  el.addEventListener("pointerdown", (e) => {
    if (e.button !== 0) return;
    e.preventDefault();
    el.focus();
    dragging = true;
    el.setPointerCapture?.(e.pointerId);
    el.classList.add("dragging");
    onSeek(at(e.clientX));
    showHover(e.clientX);
  });
  el.addEventListener("pointermove", (e) => {
    if (e.pointerType === "mouse" || dragging) showHover(e.clientX);
    if (dragging) onSeek(at(e.clientX));
  });
  const end = (e: PointerEvent) => {
    if (!dragging) return;
    dragging = false;
    el.classList.remove("dragging");
    el.releasePointerCapture?.(e.pointerId);
    if (e.pointerType !== "mouse") hover.hidden = true;
  };
  el.addEventListener("pointerup", end);
  el.addEventListener("pointercancel", end);
  el.addEventListener("pointerleave", () => {
    if (!dragging) hover.hidden = true;
  });

  let shown = -1;
  return {
    el,
    get dragging() {
      return dragging;
    },
    set(position, valueText) {
      if (position !== shown) {
        shown = position;
        const p = pct(position);
        fill.style.width = p;
        thumb.style.left = p;
        el.setAttribute("aria-valuenow", String(Math.round(position)));
        el.dataset.position = String(position);
      }
      if (el.getAttribute("aria-valuetext") !== valueText) el.setAttribute("aria-valuetext", valueText);
    },
  };
}
