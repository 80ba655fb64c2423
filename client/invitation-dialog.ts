/**
 * The invitation, for everyone in the seminar: a button for the room's header and the dialog it
 * opens, with the link, the seminar's code and a QR code of the link to scan from a phone. A
 * page on localhost asks the server which address the classroom's devices can open
 * (GET /api/invitation); any other page is already at an address they can reach.
 */
import { h } from "./dom.js";
import { passcodeFor } from "./seminar-passcodes.js";
import { t } from "./strings.js";

const LOOPBACK = /^(localhost|.*\.localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])$/i;

/** Where students open this server: the server's answer from a loopback page, else this page's origin. */
async function invitationBase(): Promise<string> {
  if (!LOOPBACK.test(location.hostname)) return location.origin;
  try {
    const res = await fetch("/api/invitation", { headers: { accept: "application/json" } });
    const body = (await res.json()) as { url?: unknown };
    if (res.ok && typeof body.url === "string" && /^https?:\/\//.test(body.url)) return body.url.replace(/\/$/, "");
  } catch {
    /* an older server, or none: this page's own address is the best left */
  }
  return location.origin;
}

/** The invitation link to seminar `roomId`. */
export async function invitationLink(roomId: string): Promise<string> {
  return `${await invitationBase()}/?room=${encodeURIComponent(roomId)}`;
}

export interface Invitation {
  /** For the header: opens the dialog. */
  button: HTMLButtonElement;
  dialog: HTMLDialogElement;
  destroy(): void;
}

export function invitationDialog(roomId: string, title: () => string | null): Invitation {
  const button = h("button", { type: "button", class: "quiet", id: "invite", text: t("invite.button") });
  const heading = h("h2", { id: "invite-heading", text: t("invite.heading") });
  const seminarTitle = h("p", { class: "invite-title", id: "invite-title" });
  const linkInput = h("input", {
    id: "invite-link",
    type: "text",
    readonly: true,
    "aria-label": t("invite.link"),
    spellcheck: "false",
  });
  const copyBtn = h("button", { type: "button", class: "primary", id: "copy-link", text: t("header.copyLink") });
  const copyStatus = h("span", { class: "invite-copied", id: "invite-copied", role: "status" });
  const warning = h("p", {
    class: "invite-warning",
    id: "invite-local-only",
    hidden: true,
    text: t("invite.localOnly", { host: "HOST=127.0.0.1", publicUrl: "PUBLIC_URL" }),
  });
  const canvas = h("canvas", { id: "invite-qr", class: "invite-qr", role: "img", "aria-label": t("invite.qr") });
  const passcodeNote = h("p", { class: "hint", id: "invite-passcode", hidden: true, text: t("invite.passcode") });
  const close = h("button", { type: "button", id: "invite-close", text: t("invite.close") });
  const dialog = h(
    "dialog",
    { class: "paper-dialog invitation-dialog", id: "invitation-dialog", "aria-labelledby": "invite-heading" },
    heading,
    seminarTitle,
    h("p", { class: "hint", text: t("invite.body") }),
    h("div", { class: "invite-qr-box" }, canvas),
    h("label", { for: "invite-link", text: t("invite.link") }),
    h("div", { class: "invite-link-row" }, linkInput, copyBtn),
    copyStatus,
    warning,
    h(
      "p",
      { class: "invite-code" },
      h("span", { class: "label", text: t("header.code") }),
      " ",
      h("code", { id: "invite-code", text: roomId }),
    ),
    passcodeNote,
    h("div", { class: "dialog-actions" }, close),
  );

  let statusTimer = 0;
  const say = (text: string) => {
    copyStatus.textContent = text;
    clearTimeout(statusTimer);
    statusTimer = window.setTimeout(() => (copyStatus.textContent = ""), 3000);
  };
  copyBtn.addEventListener("click", () => {
    const link = linkInput.value;
    if (!link) return;
    // The clipboard API needs a secure context; elsewhere the selected link is copied the old way.
    const copied = navigator.clipboard
      ? navigator.clipboard.writeText(link).then(
          () => true,
          () => false,
        )
      : Promise.resolve(false);
    void copied.then((ok) => {
      linkInput.select();
      if (!ok) ok = document.execCommand("copy");
      say(ok ? t("header.copied") : t("invite.copyFailed"));
    });
  });
  close.addEventListener("click", () => dialog.close());
  linkInput.addEventListener("focus", () => linkInput.select());

  let drawn = "";
  const show = async () => {
    seminarTitle.textContent = title() ?? "";
    seminarTitle.hidden = !title();
    passcodeNote.hidden = passcodeFor(roomId) === null;
    if (!dialog.open) dialog.showModal();
    const link = await invitationLink(roomId);
    linkInput.value = link;
    warning.hidden = !LOOPBACK.test(new URL(link).hostname);
    if (drawn === link) return;
    // The QR library loads only when someone invites.
    const { toCanvas } = await import("qrcode");
    await toCanvas(canvas, link, { margin: 1, width: 200, errorCorrectionLevel: "M" });
    drawn = link;
    canvas.dataset.link = link;
  };
  button.addEventListener("click", () => void show());

  return {
    button,
    dialog,
    destroy() {
      clearTimeout(statusTimer);
      if (dialog.open) dialog.close();
    },
  };
}
