/** Making words fit the hall: shortening to a width. */
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
