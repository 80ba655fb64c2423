/**
 * Asks for a seminar's passcode in a modal dialog, for a read the server refused without it
 * (the replay, minutes and debrief pages, a download). One question per seminar at a time:
 * reads that are refused together wait for the same answer.
 */
import { LIMITS } from "../shared/vocabulary.js";
import { h } from "./dom.js";
import { t } from "./strings.js";

const asking = new Map<string, Promise<string | null>>();

/** The passcode typed for seminar `id`, or null if the reader cancelled. `wrong`: the last one was refused. */
export function askPasscode(id: string, wrong: boolean): Promise<string | null> {
  let pending = asking.get(id);
  if (!pending) {
    pending = ask(id, wrong).finally(() => asking.delete(id));
    asking.set(id, pending);
  }
  return pending;
}

function ask(id: string, wrong: boolean): Promise<string | null> {
  const input = h("input", {
    id: "passcode-input",
    name: "passcode",
    type: "password",
    autocomplete: "off",
    spellcheck: "false",
    required: true,
    minlength: LIMITS.passcodeMin,
    maxlength: LIMITS.passcodeMax,
    "aria-describedby": "passcode-dialog-error",
  });
  const error = h("p", {
    id: "passcode-dialog-error",
    class: "error-slot",
    role: "alert",
    hidden: !wrong,
    text: wrong ? t("passcode.wrong") : "",
  });
  if (wrong) input.setAttribute("aria-invalid", "true");
  const cancel = h("button", { type: "button", id: "passcode-cancel", text: t("passcode.cancel") });
  const form = h(
    "form",
    { method: "dialog" },
    h("h2", { id: "passcode-heading", text: t("passcode.heading") }),
    h("p", { text: t("passcode.body", { code: id }) }),
    h("label", { for: "passcode-input", text: t("start.passcode") }),
    input,
    error,
    h(
      "div",
      { class: "dialog-actions" },
      cancel,
      h("button", { type: "submit", class: "primary", id: "passcode-submit", text: t("passcode.submit") }),
    ),
  );
  const dialog = h(
    "dialog",
    { class: "paper-dialog passcode-dialog", id: "passcode-dialog", "aria-labelledby": "passcode-heading" },
    form,
  );
  return new Promise((done) => {
    let answer: string | null = null;
    form.addEventListener("submit", () => {
      answer = input.value.trim() || null;
    });
    cancel.addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => {
      dialog.remove();
      done(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}
