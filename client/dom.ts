/**
 * Building DOM elements where text can only ever be text: strings become text nodes, never
 * markup, so participant-written words cannot inject anything (there is no innerHTML anywhere).
 */
import { locale } from "./strings.js";

type Child = Node | string | number | null | undefined | false;
type Props = {
  class?: string;
  text?: string;
  [attr: string]: string | number | boolean | undefined | EventListener | ((e: never) => void);
};

/** Creates `<tag>` with attributes, `on*` listeners and children (strings as text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (key === "text") el.textContent = String(value);
    else if (key === "class") el.className = String(value);
    else if (key.startsWith("on") && typeof value === "function")
      el.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    else if (value === true) el.setAttribute(key, "");
    else el.setAttribute(key, String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

let hourMinute: Intl.DateTimeFormat | null = null;
let hourMinuteLocale = "";
/**
 * "14:05" in the reader's local time, written the interface language's way. (One formatter, made
 * once per language: a replay formats thousands.)
 */
export function clockTime(at: number): string {
  if (hourMinuteLocale !== locale()) {
    hourMinuteLocale = locale();
    hourMinute = new Intl.DateTimeFormat(hourMinuteLocale, { hour: "2-digit", minute: "2-digit" });
  }
  return hourMinute!.format(at);
}

/** A date ("20 August 1990"; with `withTime`, and its time) in the reader's time zone and language. */
export function localDate(at: number, withTime = false): string {
  return new Intl.DateTimeFormat(locale(), {
    year: "numeric",
    month: "long",
    day: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
  }).format(at);
}

/** "2:05" for a number of seconds (never negative). */
export function minutesSeconds(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

let idCounter = 0;
/** A document-unique id for label/for and aria-describedby pairs. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
