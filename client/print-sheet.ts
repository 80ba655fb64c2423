/**
 * Printing one sheet: what should be on paper is rendered whole into #print-sheet (no scroll
 * box, no tabs), the print stylesheet shows only that element, and it is emptied after printing.
 */
import { render, type TemplateResult } from "lit-html";

let sheet: HTMLElement | null = null;

/** The element the print stylesheet shows; created once, outside the room's layout. */
export function printSheetElement(): HTMLElement {
  if (!sheet || !sheet.isConnected) {
    sheet = document.createElement("div");
    sheet.id = "print-sheet";
    document.body.appendChild(sheet);
  }
  return sheet;
}

export function printSheet(kind: string, content: TemplateResult): void {
  const el = printSheetElement();
  el.dataset.kind = kind;
  render(content, el);
  document.body.classList.add("printing-sheet");
  const done = () => {
    document.body.classList.remove("printing-sheet");
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  window.print();
}
