/** Making words fit the hall: shortening to a width, and a person's initials for a small token. */
import { CanvasTextMetrics, type TextStyle } from "pixi.js";

/** Shortens `text` with an ellipsis until it fits `maxWidth` in `style`. */
export function fit(text: string, style: TextStyle, maxWidth: number): string {
  if (CanvasTextMetrics.measureText(text, style).width <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (CanvasTextMetrics.measureText(`${text.slice(0, mid)}…`, style).width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, Math.max(lo, 1)).trimEnd()}…`;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "?";
  const last = parts.length > 1 ? parts[parts.length - 1][0] : "";
  return (first + (last ?? "")).toUpperCase();
}
