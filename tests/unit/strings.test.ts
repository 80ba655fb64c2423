/**
 * The interface's dictionaries: every key in both languages, the same placeholders in each, every
 * plural category the language has, nothing left in English in the Russian one, and the language
 * chosen from the address, the remembered choice and the browser.
 */
import { describe, expect, it } from "vitest";
import { chooseLanguage, en, ru, t, tn, type Plural } from "../../client/strings.js";

const dictionaries = { en, ru } as const;
type Value = string | Plural;
const entries = (d: Record<string, Value>) => Object.entries<Value>(d);
const forms = (v: Value): string[] => (typeof v === "string" ? [v] : Object.values(v).filter((f) => f !== undefined));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Latin words that are the same in Russian: names of keys, formats and file types. */
const LATIN_IN_RUSSIAN = new Set(["Shift", "Home", "End", "Markdown", "ndjson", "CSV", "QR"]);

describe("the dictionaries", () => {
  it("have exactly the same keys", () => {
    const enKeys = Object.keys(en).sort();
    const ruKeys = Object.keys(ru).sort();
    expect(
      ruKeys.filter((k) => !enKeys.includes(k)),
      "keys only in Russian",
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !ruKeys.includes(k)),
      "keys missing in Russian",
    ).toEqual([]);
  });

  it("give each key the same kind (text or count) and the same placeholders in both languages", () => {
    for (const [key, value] of entries(en)) {
      const other = (ru as Record<string, Value>)[key];
      expect(typeof other, key).toBe(typeof value);
      const want = placeholders(forms(value)[0]);
      for (const [lang, d] of Object.entries(dictionaries))
        for (const form of forms((d as Record<string, Value>)[key]))
          expect(placeholders(form), `${lang} ${key}: "${form}"`).toEqual(want);
    }
  });

  it("give every count the plural forms its language has", () => {
    for (const [lang, d] of Object.entries(dictionaries)) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [key, value] of entries(d)) {
        if (typeof value === "string") continue;
        for (const c of categories) expect(value[c], `${lang} ${key}.${c}`).toBeTypeOf("string");
        expect(placeholders(value.other), `${lang} ${key} counts with {n}`).toContain("n");
      }
    }
  });

  it("leave nothing in English in the Russian dictionary", () => {
    for (const [key, value] of entries(ru))
      for (const form of forms(value)) {
        const latin = (form.replace(/\{\w+\}/g, "").match(/[A-Za-z]{2,}/g) ?? []).filter(
          (w) => !LATIN_IN_RUSSIAN.has(w),
        );
        expect(latin, `ru ${key}: "${form}"`).toEqual([]);
      }
  });
});

describe("plural forms", () => {
  it("follow Russian rules: 1, 2–4, 5–20, 21, 22, 25", () => {
    chooseLanguage("?lang=ru", []);
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => tn("start.people", n))).toEqual([
      "1 участник",
      "2 участника",
      "5 участников",
      "11 участников",
      "21 участник",
      "22 участника",
      "25 участников",
      "111 участников",
    ]);
    expect(tn("start.events", 1234)).toBe("1\u00a0234 события");
  });

  it("follow English rules", () => {
    chooseLanguage("?lang=en", []);
    expect([0, 1, 2, 1000].map((n) => tn("start.people", n))).toEqual([
      "0 people",
      "1 person",
      "2 people",
      "1,000 people",
    ]);
  });
});

describe("chooseLanguage", () => {
  it("takes ?lang= first, then the browser's languages, then English", () => {
    expect(chooseLanguage("?lang=ru", ["en-GB"])).toBe("ru");
    expect(t("header.leave")).toBe("Выйти");
    expect(chooseLanguage("", ["ru-RU", "en"])).toBe("ru");
    expect(chooseLanguage("?lang=en", ["ru-RU"])).toBe("en");
    expect(t("header.leave")).toBe("Leave");
    expect(chooseLanguage("?lang=de", ["fr-FR"])).toBe("en");
    expect(chooseLanguage("?lang=constructor", ["__proto__"])).toBe("en");
  });
});
