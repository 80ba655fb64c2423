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

/**
 * The hall's few pools of light, made once per page and shared by every hall drawn in it: each
 * FillGradient paints its own canvas, which Pixi keeps after the shapes using it are gone, so
 * one per lamp per drawing would grow with every room joined and left.
 */
const lights = new Map<string, FillGradient>();

/** A round pool of light: the stops run from the centre of the shape it fills to its edge. */
export function radialLight(colorStops: { offset: number; color: string }[]): FillGradient {
  const key = colorStops.map((s) => `${s.offset}:${s.color}`).join(",");
  let light = lights.get(key);
  if (!light) {
    light = new FillGradient({
      type: "radial",
      center: { x: 0.5, y: 0.5 },
      innerRadius: 0,
      outerCenter: { x: 0.5, y: 0.5 },
      outerRadius: 0.5,
      colorStops,
      textureSpace: "local",
    });
    lights.set(key, light);
  }
  return light;
}
