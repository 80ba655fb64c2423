/**
 * An avatar's initials: the first letters of a name's first and last words, where a word is a
 * run of letters in any script (with their accents). Brackets, dashes, quotes and emoji are never
 * initials: "Teacher (history)" is "TH", not "T(".
 */
const WORDS = /\p{L}[\p{L}\p{M}]*/gu;
const DIGITS = /\p{Nd}/gu;

export function initials(name: string): string {
  const words = name.match(WORDS) ?? [];
  const firstWord = words[0];
  if (firstWord === undefined) return name.match(DIGITS)?.slice(0, 2).join("") || "?";
  const lastWord = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (w: string | undefined) => (w === undefined ? "" : (/^\p{L}\p{M}*/u.exec(w)?.[0] ?? ""));
  return (letter(firstWord) + letter(lastWord)).toLocaleUpperCase();
}
