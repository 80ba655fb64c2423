/**
 * The open question with its context, and its board: posts and replies threaded, one composer
 * at the bottom that writes a new post or a reply to the post chosen with "Reply".
 */
import { LIMITS } from "../../shared/vocabulary.js";
import type { Post } from "../../shared/engine/state.js";
import { clockTime, h, replaceChildren, uid } from "../dom.js";
import { factionOf, person } from "../roster.js";
import { t } from "../strings.js";
import { sourceList } from "./brief-panel.js";
import type { Panel, PanelContext } from "./panel-context.js";
import { own } from "../../shared/null-record.js";

export function discussionPanel(ctx: PanelContext): Panel {
  const promptBox = h("div", { class: "prompt", id: "prompt" });
  const thread = h("ul", { class: "board", id: "board" });
  const boardEmpty = h("p", { class: "empty", text: t("board.empty") });
  const textId = uid("post-text");
  const textarea = h("textarea", { id: textId, rows: 2, maxlength: LIMITS.textMax, class: "post-text" });
  const replyNote = h("p", { class: "reply-note", hidden: true });
  const replyLabel = h("span", {});
  const cancelReply = h("button", { type: "button", class: "quiet small", text: t("board.cancelReply") });
  replyNote.append(replyLabel, " ", cancelReply);
  const postBtn = h("button", { type: "submit", class: "primary", id: "post-button", text: t("board.post") });
  const error = h("p", { hidden: true });
  ctx.slots.register(["post"], error);
  const form = h(
    "form",
    { class: "composer", "aria-label": t("board.compose") },
    replyNote,
    h("label", { for: textId, class: "sr-only", text: t("board.compose") }),
    textarea,
    h("div", { class: "composer-row" }, error, postBtn),
  );
  const boardSection = h(
    "section",
    { class: "board-section", "aria-labelledby": "board-heading" },
    h("h3", { id: "board-heading", text: t("board.heading") }),
    boardEmpty,
    thread,
    form,
  );
  const el = h("section", { class: "panel-section" }, promptBox, boardSection);

  let replyTo: Post | null = null;
  let promptKey = "";
  let boardKey = "";
  let sentText: string | null = null;

  const setReply = (p: Post | null) => {
    replyTo = p;
    if (p) {
      const who = own(ctx.session.state.participants, p.author)?.name ?? t("board.unknownAuthor");
      replyLabel.textContent = t("board.replyTo", { name: who });
      replyNote.hidden = false;
      postBtn.textContent = t("board.postReply");
      textarea.focus();
    } else {
      replyNote.hidden = true;
      postBtn.textContent = t("board.post");
    }
  };
  cancelReply.addEventListener("click", () => {
    setReply(null);
    textarea.focus();
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const promptId = ctx.session.state.openPromptId;
    const text = textarea.value.trim();
    if (!promptId) return;
    sentText = text;
    ctx.send("post", replyTo ? { promptId, text, replyTo: replyTo.postId } : { promptId, text });
  });
  textarea.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    }
  });

  const renderPost = (p: Post, children: Map<string, Post[]>, depth: number): HTMLElement => {
    const { state, scenario } = ctx.session;
    const who = person(state, scenario, p.author, p.roleId);
    const reply = ctx.readOnly
      ? null
      : h("button", {
          type: "button",
          class: "quiet small",
          text: t("board.reply"),
          "aria-label": `${t("board.reply")}: ${who?.name ?? ""}`,
        });
    reply?.addEventListener("click", () => setReply(p));
    const kids = children.get(p.postId) ?? [];
    return h(
      "li",
      { class: "post", "data-post": p.postId, "data-depth": depth },
      h(
        "div",
        { class: "post-meta" },
        h("span", { class: "chip", style: `--chip:${who?.color ?? "#5d5a55"}` }),
        h("strong", { text: who?.name ?? t("board.unknownAuthor") }),
        who?.role ? h("span", { class: "role", text: who.role.name }) : null,
        h("time", { datetime: new Date(p.at).toISOString(), text: clockTime(p.at) }),
      ),
      h("p", { class: "post-text", text: p.text }),
      reply,
      kids.length ? h("ul", { class: "replies" }, ...kids.map((k) => renderPost(k, children, depth + 1))) : null,
    );
  };

  return {
    el,
    update() {
      const { state, scenario } = ctx.session;
      const promptId = state.openPromptId;
      const prompt = scenario?.prompts.find((p) => p.id === promptId) ?? null;
      const pk = `${promptId}:${Boolean(scenario)}`;
      if (pk !== promptKey) {
        promptKey = pk;
        if (replyTo && replyTo.promptId !== promptId) setReply(null);
        if (!prompt) {
          replaceChildren(promptBox, h("p", { class: "empty", text: promptId ?? t("prompt.none") }));
        } else {
          replaceChildren(
            promptBox,
            h("p", {
              class: "eyebrow",
              text: prompt.period === "epilogue" ? t("prompt.epilogue") : t("prompt.heading"),
            }),
            h("h2", { class: "question", id: "prompt-question", text: prompt.question }),
            h("p", { class: "context", text: prompt.context }),
            h(
              "p",
              { class: "divides" },
              h("span", { class: "label", text: `${t("prompt.divides")}: ` }),
              ...prompt.divides.map((f) => {
                const fac = factionOf(scenario, f);
                return h("span", {
                  class: "faction-tag",
                  style: `--chip:${fac?.color ?? "#5d5a55"}`,
                  text: fac?.name ?? f,
                });
              }),
            ),
            h(
              "details",
              { class: "prompt-sources" },
              h("summary", { text: t("prompt.sources") }),
              sourceList(prompt.sources),
            ),
          );
        }
      }
      form.hidden = ctx.readOnly || !promptId;
      const posts = state.posts.filter((p) => p.promptId === promptId);
      const mine = posts.filter((p) => p.author === ctx.session.me);
      const bk = `${promptId}:${posts.length}:${Boolean(scenario)}:${Object.keys(state.participants).length}`;
      if (bk !== boardKey) {
        boardKey = bk;
        const ids = new Set(posts.map((p) => p.postId));
        const children = new Map<string, Post[]>();
        const roots: Post[] = [];
        for (const p of posts) {
          if (p.replyTo && ids.has(p.replyTo)) {
            const list = children.get(p.replyTo) ?? [];
            list.push(p);
            children.set(p.replyTo, list);
          } else roots.push(p);
        }
        replaceChildren(thread, ...roots.map((p) => renderPost(p, children, 0)));
        boardEmpty.hidden = posts.length > 0 || !promptId;
        // My post has arrived: the composer is free for the next one.
        const last = mine[mine.length - 1];
        if (sentText !== null && last && last.text === sentText) {
          textarea.value = "";
          sentText = null;
          setReply(null);
        }
      }
    },
  };
}
