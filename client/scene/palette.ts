/** The hall's type and paints: fonts, the paper and ink of bubbles and clock, gold, lamplight. */
import { FillGradient } from "pixi.js";

export const SERIF = "Georgia, 'DejaVu Serif', 'Liberation Serif', serif";
export const SANS = "system-ui, 'DejaVu Sans', 'Liberation Sans', sans-serif";
export const PAPER = 0xfbf4e4;
export const INK = 0x231a12;
export const GOLD = 0xe3b45a;

export const REACTION_COLORS: ReadonlyMap<string, number> = new Map([
  ["applause", 0xe3b45a],
  ["dissent", 0xd9534f],
  ["laughter", 0x6fbf73],
  ["question", 0x6fa8dc],
]);

/** A round pool of light: the stops run from the centre of the shape it fills to its edge. */
export function radialLight(colorStops: { offset: number; color: string }[]): FillGradient {
  return new FillGradient({
    type: "radial",
    center: { x: 0.5, y: 0.5 },
    innerRadius: 0,
    outerCenter: { x: 0.5, y: 0.5 },
    outerRadius: 0.5,
    colorStops,
    textureSpace: "local",
  });
}
