/**
 * For browser tests of the Russian interface: which English interface words are still on a page.
 * Every English dictionary text (each piece between placeholders) that is not also Russian is
 * looked for in the page's visible text, outside the scenario's own texts (marked lang="en"),
 * participants' words (lang="": a language unknown) and what is never translated
 * (translate="no": codes, ids).
 */
import type { Page } from "playwright-core";
import { en, ru, type Plural } from "../../client/strings.js";

const forms = (v: string | Plural): string[] =>
  typeof v === "string" ? [v] : Object.values(v).filter((f): f is string => f !== undefined);

/** English pieces a Russian page must not show: whole words of 4+ letters, or several words. */
const russianForms = new Set(Object.values(ru).flatMap(forms));
export const ENGLISH_PIECES = [
  ...new Set(
    Object.values(en)
      .flatMap(forms)
      .filter((f) => !russianForms.has(f))
      .flatMap((f) => f.split(/\{\w+\}/))
      .map((p) => p.replace(/[\s:·.,…()!?—–-]+$/u, "").replace(/^[\s:·.,…()!?—–-]+/u, ""))
      .filter((p) => /[A-Za-z]{4,}/.test(p) || /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(p)),
  ),
];

/** The page's visible interface text: text nodes shown, outside [lang] (below html) and [translate=no]. */
export function interfaceText(page: Page, within = "body"): Promise<string> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return "";
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim()) continue;
      if (el.closest('body [lang], [translate="no"], script, style')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      out.push(n.textContent.trim());
    }
    // Attributes people hear or see too.
    for (const el of root.querySelectorAll("[aria-label], [title], [placeholder]")) {
      if (el.closest('body [lang], [translate="no"]') || !el.checkVisibility()) continue;
      for (const a of ["aria-label", "title", "placeholder"]) if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
    }
    return out.join("\n");
  }, within);
}

/** The English interface pieces found in `text` (whole-word matches). */
export function englishLeft(text: string): string[] {
  return ENGLISH_PIECES.filter((p) =>
    new RegExp(`(^|[^A-Za-z])${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z])`).test(text),
  );
}
