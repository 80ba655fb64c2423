/** shared/colour.ts's shading, which the hall uses for rims, placard edges and bubble headings. */
import { describe, expect, it } from "vitest";
import { hexToRgb, relativeLuminance, shade } from "../../shared/colour.js";

describe("shade", () => {
  it("mixes toward white for f > 0 and toward black for f < 0", () => {
    expect(shade("#804020", 0)).toBe("#804020");
    expect(shade("#804020", 1)).toBe("#ffffff");
    expect(shade("#804020", -1)).toBe("#000000");
    expect(shade("#804020", 0.5)).toBe("#c0a090");
    expect(shade("#804020", -0.5)).toBe("#402010");
  });

  it("keeps the hue's order of channels and moves luminance the way it says", () => {
    for (const c of ["#b03a2e", "#2f6b45", "#6fa8dc", "#5d5a55"]) {
      expect(relativeLuminance(shade(c, 0.45))).toBeGreaterThan(relativeLuminance(c));
      expect(relativeLuminance(shade(c, -0.35))).toBeLessThan(relativeLuminance(c));
      const [r, g, b] = hexToRgb(c);
      const [r2, g2, b2] = hexToRgb(shade(c, -0.4));
      if (r > g) expect(r2).toBeGreaterThanOrEqual(g2);
      if (g > b) expect(g2).toBeGreaterThanOrEqual(b2);
      expect(r2 <= r && g2 <= g && b2 <= b).toBe(true);
    }
  });

  it("refuses what is not a #rrggbb colour", () => {
    expect(() => shade("red", 0.2)).toThrow(/not a #rrggbb colour/);
  });
});
