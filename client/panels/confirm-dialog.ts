/**
 * A modal question before an act that cannot be taken back (removing someone, ending the
 * seminar, hiding a post): what will happen, in words, and two buttons, the safe one focused.
 */
import { h } from "../dom.js";
import { t } from "../strings.js";

export interface ConfirmQuestion {
  heading: string;
  body: string;
  /** The label of the button that does it ("Remove Ann"). */
  yes: string;
  /** More under the body: a way to keep something first (a link to download it, say). */
  detail?: Node;
}

export interface ConfirmDialog {
  readonly dialog: HTMLDialogElement;
  /** Shows the question; `onYes` runs only if it is confirmed. */
  ask(q: ConfirmQuestion, onYes: () => void): void;
  close(): void;
}

/** A dialog with the id `id`; its buttons are `#id-yes` and `#id-no`. */
export function confirmDialog(id: string): ConfirmDialog {
  const heading = h("h2", { id: `${id}-heading` });
  const body = h("p", { id: `${id}-body` });
  const detail = h("div", { class: "confirm-detail", id: `${id}-detail` });
  const yes = h("button", { type: "button", class: "primary danger", id: `${id}-yes` });
  const no = h("button", { type: "button", id: `${id}-no`, text: t("confirm.cancel") });
  const dialog = h(
    "dialog",
    { class: "leave-dialog confirm-dialog", id, "aria-labelledby": heading.id, "aria-describedby": body.id },
    heading,
    body,
    detail,
    h("div", { class: "dialog-actions" }, no, yes),
  );
  let pending: (() => void) | null = null;
  no.addEventListener("click", () => dialog.close());
  yes.addEventListener("click", () => {
    const act = pending;
    pending = null;
    dialog.close();
    act?.();
  });
  dialog.addEventListener("close", () => (pending = null));
  return {
    dialog,
    ask(q, onYes) {
      heading.textContent = q.heading;
      body.textContent = q.body;
      yes.textContent = q.yes;
      detail.replaceChildren(...(q.detail ? [q.detail] : []));
      pending = onYes;
      if (!dialog.open) dialog.showModal();
      no.focus();
    },
    close() {
      if (dialog.open) dialog.close();
    },
  };
}
