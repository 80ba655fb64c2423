/** Avatar initials come from letters only, in any script; punctuation never becomes an initial. */
import { describe, expect, it } from "vitest";
import { initials } from "../../client/initials.js";

describe("initials", () => {
  it.each([
    ["Teacher (history)", "TH"],
    ["Anna Petrovna", "AP"],
    ["anna", "A"],
    ["  Anna   Maria  Petrovna ", "AP"],
    ["«Шахтёр» из Кузбасса", "ШК"],
    ["Анна", "А"],
    ["(Observer)", "O"],
    ["— Tom — Walker —", "TW"],
    ["O'Brien", "OB"],
    ["Émile Zola", "ÉZ"],
    ["🎓 Student 3", "S"],
    ["42", "42"],
    ["!!!", "?"],
    ["", "?"],
  ])("%j → %j", (name, want) => {
    expect(initials(name)).toBe(want);
  });
});
