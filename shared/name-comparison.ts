/**
 * Display names as the seminar compares them. A name is what others read beside every speech
 * and post, so two names that look alike must count as the same name: otherwise a student can
 * pass for the facilitator with a zero-width space or a bidi override, or pose as a role.
 */

/** Zero-width characters, bidi controls and other invisible format characters (Unicode Cf). */
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/gu;
/** Control characters (tabs, newlines, …) and every kind of space, collapsed to one space. */
const SPACING = /[\p{Cc}\p{Zs}\p{Zl}\p{Zp}]+/gu;

/** The name as stored and shown: NFKC, invisible characters removed, spaces collapsed, trimmed. */
export function cleanDisplayName(raw: string): string {
  return raw.normalize("NFKC").replace(INVISIBLE, "").replace(SPACING, " ").trim();
}

/**
 * The key two names are compared by: the cleaned name, case-folded. JavaScript has no full case
 * fold; lower → upper → lower gets its multi-letter folds too ("Straße" and "STRASSE" meet).
 */
export function nameKey(name: string): string {
  return cleanDisplayName(name).toLowerCase().toUpperCase().toLowerCase().normalize("NFKC");
}
