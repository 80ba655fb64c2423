/**
 * The open question with its context, and its board: posts and replies threaded (keyed by post,
 * so a post and its Reply button stay the same elements while others join or write), one
 * composer at the bottom that writes a new post or a reply to the post chosen with "Reply".
 */
import { html, render, type TemplateResult } from "lit-html";
import { repeat } from "lit-html/directives/repeat.js";
import type { Post } from "../../shared/engine/state.js";
import type { Prompt, PublicScenario } from "../../shared/scenario.js";
import { LIMITS } from "../../shared/vocabulary.js";
import { clockTime, h, uid } from "../dom.js";
import { factionOf, person } from "../roster.js";
import { t } from "../strings.js";
import type { Panel, PanelContext } from "./panel-context.js";
import { sourceList } from "./source-list.js";
import { own } from "../../shared/null-record.js";

function promptView(prompt: Prompt | null, promptId: string | null, scenario: PublicScenario | null): TemplateResult {
  if (!prompt) return html`<p class="empty">${promptId ?? t("prompt.none")}</p>`;
  const tags = prompt.divides.map((f) => {
    const fac = factionOf(scenario, f);
    return html`<span class="faction-tag" style=${`--chip:${fac?.color ?? "#5d5a55"}`}>${fac?.name ?? f}</span>`;
  });
  return html`<p class="eyebrow">${prompt.period === "epilogue" ? t("prompt.epilogue") : t("prompt.heading")}</p>
    <h2 class="question" id="prompt-question">${prompt.question}</h2>
    <p class="context">${prompt.context}</p>
    <p class="divides"><span class="label">${`${t("prompt.divides")}: `}</span>${tags}</p>
    <details class="prompt-sources">
      <summary>${t("prompt.sources")}</summary>
      ${sourceList(prompt.sources)}
    </details>`;
}

export function discussionPanel(ctx: PanelContext): Panel {
  const { actions } = ctx;
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
  actions?.slots.register(["post"], error);
  // A replay has no composer at all: nothing there could be sent.
  const form = actions
    ? h(
        "form",
        { class: "composer", "aria-label": t("board.compose") },
        replyNote,
        h("label", { for: textId, class: "sr-only", text: t("board.compose") }),
        textarea,
        h("div", { class: "composer-row" }, error, postBtn),
      )
    : null;
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
  let sentText: string | null = null;
  /** How many posts of mine were on the board when I sent `sentText`. */
  let mineWhenSent = 0;

  const setReply = (p: Post | null) => {
    replyTo = p;
    if (p) {
      const who = own(ctx.source.state.participants, p.author)?.name ?? t("board.unknownAuthor");
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
  form?.addEventListener("submit", (e) => {
    e.preventDefault();
    const promptId = ctx.source.state.openPromptId;
    const text = textarea.value.trim();
    if (!promptId || !actions) return;
    sentText = text;
    mineWhenSent = ctx.source.state.posts.filter((p) => p.promptId === promptId && p.author === ctx.source.me).length;
    actions.send("post", replyTo ? { promptId, text, replyTo: replyTo.postId } : { promptId, text });
  });
  textarea.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form?.requestSubmit();
    }
  });
  // One listener for every Reply button: the post it belongs to is on its list item.
  const onThreadClick = (e: Event) => {
    const button = (e.target as Element | null)?.closest?.("button[data-reply]");
    const postId = button?.getAttribute("data-reply");
    const post = postId ? ctx.source.state.posts.find((p) => p.postId === postId) : undefined;
    if (post) setReply(post);
  };
  thread.addEventListener("click", onThreadClick);

  const postView = (p: Post, children: Map<string, Post[]>, depth: number): TemplateResult => {
    const { state, scenario } = ctx.source;
    const who = person(state, scenario, p.author, p.roleId);
    const reply = actions
      ? html`<button
          type="button"
          class="quiet small"
          data-reply=${p.postId}
          aria-label=${`${t("board.reply")}: ${who?.name ?? ""}`}
        >
          ${t("board.reply")}
        </button>`
      : null;
    const kids = children.get(p.postId) ?? [];
    const replies = kids.length
      ? html`<ul class="replies">
          ${repeat(
            kids,
            (k) => k.postId,
            (k) => postView(k, children, depth + 1),
          )}
        </ul>`
      : null;
    const chip = `--chip:${who?.color ?? "#5d5a55"}`;
    return html`<li class="post" data-post=${p.postId} data-depth=${depth}>
      <div class="post-meta">
        <span class="chip" style=${chip}></span
        ><strong>${who?.name ?? t("board.unknownAuthor")}</strong
        >${who?.role ? html`<span class="role">${who.role.name}</span>` : null}<time
          datetime=${new Date(p.at).toISOString()}
          >${clockTime(p.at)}</time
        >
      </div>
      <p class="post-text">${p.text}</p>
      ${reply}${replies}
    </li>`;
  };

  let shownPromptId: string | null | undefined = undefined;
  let shownScenario: PublicScenario | null | undefined = undefined;
  return {
    el,
    update() {
      const { state, scenario } = ctx.source;
      const promptId = state.openPromptId;
      if (promptId !== shownPromptId || scenario !== shownScenario) {
        shownPromptId = promptId;
        shownScenario = scenario;
        if (replyTo && replyTo.promptId !== promptId) setReply(null);
        const prompt = scenario?.prompts.find((p) => p.id === promptId) ?? null;
        render(promptView(prompt, promptId, scenario), promptBox);
      }
      if (form) form.hidden = !promptId;
      const posts = state.posts.filter((p) => p.promptId === promptId);
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
      render(
        repeat(
          roots,
          (p) => p.postId,
          (p) => postView(p, children, 0),
        ),
        thread,
      );
      boardEmpty.hidden = posts.length > 0 || !promptId;
      // My post has arrived: the composer is free for the next one.
      const mine = posts.filter((p) => p.author === ctx.source.me);
      const last = mine[mine.length - 1];
      if (sentText !== null && mine.length > mineWhenSent && last.text === sentText) {
        textarea.value = "";
        sentText = null;
        setReply(null);
      }
    },
    destroy() {
      thread.removeEventListener("click", onThreadClick);
      render(null, thread);
      render(null, promptBox);
    },
  };
}
