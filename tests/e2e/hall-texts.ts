/**
 * Reading the hall as a reader would, through its own account of what it drew (`hallTexts()` on
 * the hall's element: every text with its size and place, in CSS px of the canvas), for the
 * hall's and the projector's readability tests.
 */
import type { Page } from "playwright-core";
import type { HallHost, HallText } from "../../client/scene/hall-scene.js";
import type { StageOptions } from "./live-seminar.js";
import { SPEECH } from "./take-screenshots.js";

/** A class of 30 and a crowd of 200: everyone at the table seated, the rest in the audience. */
export const CROWDS: [number, StageOptions][] = [
  [30, { atTable: 21, inAudience: 9 }],
  [200, { atTable: 21, inAudience: 179 }],
];

/** A crowd mid-debate: a speech on the floor and four hands of every kind, two at the table and two in the audience. */
export const debating = (stage: StageOptions): StageOptions => ({
  ...stage,
  speech: { student: 2, text: SPEECH },
  hands: [
    { student: 4, intent: "reply" },
    { student: 13, intent: "question" },
    { student: 25, intent: "order" },
    { student: 28, intent: "point" },
  ],
});

/** The hands `debating` raises, as the hall lists them (`data-hands`): the point of order first. */
export const DEBATING_HANDS = "1:order 2:reply 3:question 4:point";

export const hallTexts = (page: Page): Promise<HallText[]> =>
  page.$eval("#hall", (el) => (el as HallHost).hallTexts?.() ?? []);

/** How much of two boxes overlaps (px²). */
export const overlap = (
  a: { x: number; y: number; w: number; h: number },
  b: { x: number; y: number; w: number; h: number },
) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** Names and roles another text covers by more than a sliver (a tenth of the smaller one). */
export function covered(texts: HallText[]): string[] {
  const words = texts.filter((x) => x.label === "name" || x.label === "role");
  const found: string[] = [];
  for (const a of words)
    for (const b of texts) {
      if (a === b) continue;
      if (overlap(a, b) > 0.1 * Math.min(a.w * a.h, b.w * b.h))
        found.push(`${a.label} "${a.text}" under ${b.label} "${b.text}"`);
    }
  return found;
}
