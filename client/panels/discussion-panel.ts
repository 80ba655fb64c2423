/**
 * The open question with its context (folded away, one click to read), and its board: posts and
 * replies threaded (keyed by post, so a post and its Reply button stay the same elements while
 * others join or write), one composer above the thread that writes a new post or a reply to the
 * post chosen with "Reply" (so it never covers a post or its Reply), a "new posts" sign when
 * others' posts land out of view, and the boards of questions opened earlier, folded, to read.
 * Under each question, the cards played and the votes put while it was open: an open vote with
 * its tally so far and, for those who may vote, the ballot (the vote panel's own), a closed one
 * with its result, which stays there. A vote still open from an earlier question (or put with
 * none open) shows under the open question until it closes, so the ballot is always in view.
 * Moderators hide a post from the post itself (asked first); a hidden post reads as hidden by
 * the moderator, for everyone and in a replay.
 */
import { html, render, type TemplateResult } from "lit-html";
import { repeat } from "lit-html/directives/repeat.js";
import type { Post, SeminarState, Vote } from "../../shared/engine/state.js";
import { minutesCard, minutesVote } from "../../shared/replay/minutes-record.js";
import type { Prompt, PublicScenario } from "../../shared/scenario.js";
import { LIMITS } from "../../shared/vocabulary.js";
import { clockTime, h, uid } from "../dom.js";
import type { Refusal } from "../rejections.js";
import { canModerate, factionOf, myBallot, person } from "../roster.js";
import { SCENARIO_LANG, t, tn, type StringKey } from "../strings.js";
import { ballot as ballotIn } from "./ballot.js";
import { confirmDialog } from "./confirm-dialog.js";
import "./discussion-panel.css";
import type { Panel, PanelContext } from "./panel-context.js";
import { cardItem, clockWhen, nameIn, voteItem } from "./procedure-items.js";
import { sourceList } from "./source-list.js";
import { own } from "../../shared/null-record.js";

function promptView(prompt: Prompt | null, promptId: string | null, scenario: PublicScenario | null): TemplateResult {
  if (!prompt) return html`<p class="empty">${promptId ?? t("prompt.none")}</p>`;
  const tags = prompt.divides.map((f) => {
    const fac = factionOf(scenario, f);
    return html`<span class="faction-tag" lang=${SCENARIO_LANG} style=${`--chip:${fac?.color ?? "#5d5a55"}`}
      >${fac?.name ?? f}</span
    >`;
  });
  return html`<p class="eyebrow">${prompt.period === "epilogue" ? t("prompt.epilogue") : t("prompt.heading")}</p>
    <h2 class="question" id="prompt-question" lang=${SCENARIO_LANG}>${prompt.question}</h2>
    <details class="prompt-context" id="prompt-context">
      <summary>${t("prompt.context")}</summary>
      <p class="context" lang=${SCENARIO_LANG}>${prompt.context}</p>
      <p class="divides"><span class="label">${`${t("prompt.divides")}: `}</span>${tags}</p>
      <details class="prompt-sources">
        <summary>${t("prompt.sources")}</summary>
        ${sourceList(prompt.sources)}
      </details>
    </details>`;
}

/** Posts threaded: roots in order, and each post's replies (a reply to a post not here is a root). */
function threads(posts: readonly Post[]): { roots: Post[]; children: Map<string, Post[]> } {
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
  return { roots, children };
}

const HIDE_REFUSALS = new Map<string, StringKey>([
  ["NOT_FOUND", "board.hideRefused.gone"],
  ["CONFLICT", "board.hideRefused.already"],
  ["FORBIDDEN", "board.hideRefused.forbidden"],
]);
const hideRefusalWords = (r: Refusal) => {
  const key = r.code ? HIDE_REFUSALS.get(r.code) : undefined;
  return key ? t(key) : null;
};

/**
 * The cards played and the votes put while `promptId` was open, in log order. Under the open
 * question (`current`), also the open vote wherever it was put, with `ballotOf` its ballot (or
 * null); under an earlier one, not the open vote: it shows once, where it can be voted on.
 */
function promptItems(
  state: SeminarState,
  scenario: PublicScenario | null,
  promptId: string | null,
  current: boolean,
  ballotOf: (v: Vote) => TemplateResult | null = () => null,
): TemplateResult | null {
  const isOpen = (v: Vote) => v.voteId === state.openVoteId;
  const items = [
    ...state.cardsPlayed
      .filter((c) => c.promptId === promptId)
      .map((c) => ({ key: `card-${c.seq}`, seq: c.seq, view: cardItem(minutesCard(c, scenario, null), clockWhen) })),
    ...state.votes
      .filter((v) => (current ? v.promptId === promptId || isOpen(v) : v.promptId === promptId && !isOpen(v)))
      .map((v) => ({
        key: v.voteId,
        seq: v.openedSeq,
        view: voteItem(minutesVote(v, scenario, nameIn(state), null), clockWhen, null, ballotOf(v)),
      })),
  ].sort((a, b) => a.seq - b.seq);
  if (!items.length) return null;
  return html`<section class="prompt-items" aria-label=${t("record.promptItems")}>
    ${repeat(
      items,
      (i) => i.key,
      (i) => i.view,
    )}
  </section>`;
}

export function discussionPanel(ctx: PanelContext): Panel {
  const { actions } = ctx;
  const promptBox = h("div", { class: "prompt", id: "prompt" });
  const itemsBox = h("div", { id: "prompt-items" });
  const thread = h("ul", { class: "board", id: "board" });
  // A replay's board only shows: it never invites writing.
  const boardEmpty = h("p", { class: "empty", text: actions ? t("board.empty") : t("board.emptyReadOnly") });
  const newPosts = h("button", { type: "button", class: "new-posts", id: "new-posts", hidden: true });
  const earlier = h("div", { class: "earlier-boards", id: "earlier-boards" });
  const textId = uid("post-text");
  const textarea = h("textarea", { id: textId, rows: 2, maxlength: LIMITS.textMax, class: "post-text" });
  const replyNote = h("p", { class: "reply-note", hidden: true });
  const replyLabel = h("span", {});
  const cancelReply = h("button", { type: "button", class: "quiet small", text: t("board.cancelReply") });
  replyNote.append(replyLabel, " ", cancelReply);
  const postBtn = h("button", { type: "submit", class: "primary", id: "post-button", text: t("board.post") });
  const error = h("p", { hidden: true });
  actions?.slots.register(["post"], error);
  const hideError = h("p", { hidden: true });
  actions?.slots.register(["hidePost"], hideError, hideRefusalWords);
  const hideConfirm = confirmDialog("hide-confirm");
  // A replay has no ballot: it only shows how the vote went.
  const ballot = actions ? ballotIn(ctx.source, actions) : null;
  const ballotOf = (v: Vote) => {
    const mine = ballot && myBallot(ctx.source.state, ctx.source.scenario, ctx.source.me);
    return mine && mine.vote.voteId === v.voteId ? ballot.view(mine.vote, mine.choice) : null;
  };
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
    hideError,
    form,
    boardEmpty,
    thread,
    newPosts,
  );
  const el = h("section", { class: "panel-section" }, promptBox, itemsBox, boardSection, earlier, hideConfirm.dialog);

  /** Others' posts that arrived out of view and have not been scrolled to yet, oldest first. */
  let unseen: string[] = [];
  let seenPosts: Set<string> | null = null;
  const postEl = (id: string) => thread.querySelector<HTMLElement>(`li.post[data-post="${CSS.escape(id)}"]`);
  const scroller = () => el.closest<HTMLElement>(".tabpanel");
  const inView = (item: HTMLElement) => {
    const box = scroller()?.getBoundingClientRect();
    const r = item.getBoundingClientRect();
    const bottom = Math.min(box?.bottom ?? innerHeight, innerHeight);
    return r.height > 0 && r.top < bottom - 8 && r.bottom > (box?.top ?? 0);
  };
  const refreshNewPosts = () => {
    unseen = unseen.filter((id) => {
      const item = postEl(id);
      return item !== null && !inView(item);
    });
    newPosts.hidden = unseen.length === 0;
    if (unseen.length) newPosts.textContent = tn("board.newPosts", unseen.length);
  };
  newPosts.addEventListener("click", () => {
    const first = unseen[0] ? postEl(unseen[0]) : null;
    first?.scrollIntoView({ block: "center", behavior: "smooth" });
    first?.querySelector<HTMLElement>("button[data-reply]")?.focus({ preventScroll: true });
    unseen = [];
    newPosts.hidden = true;
  });
  const onScroll = () => {
    if (unseen.length) refreshNewPosts();
  };
  // The panel scrolls (desktop) or the page does (phone): both can bring new posts into view.
  document.addEventListener("scroll", onScroll, { capture: true, passive: true });

  let replyTo: Post | null = null;
  /** The cid of the post sent and not yet accepted; `edited`: typed on since it was sent. */
  let sentPost: { cid: string; edited: boolean } | null = null;

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
    const cid = actions.send("post", replyTo ? { promptId, text, replyTo: replyTo.postId } : { promptId, text });
    sentPost = cid ? { cid, edited: false } : null;
  });
  textarea.addEventListener("input", () => {
    if (sentPost) sentPost.edited = true;
  });
  // My post is on the board (the server accepted that very sending): the composer is free for
  // the next one, unless I have typed on since; a refusal leaves the words where they are.
  const stopAccepted = actions?.onAccepted((cid) => {
    if (cid !== sentPost?.cid) return;
    if (!sentPost.edited) {
      textarea.value = "";
      setReply(null);
    }
    sentPost = null;
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
  // And one for every Hide button, on this board and the earlier ones.
  const onHideClick = (e: Event) => {
    const postId = (e.target as Element | null)?.closest?.("button[data-hide]")?.getAttribute("data-hide");
    if (!postId || !actions) return;
    hideConfirm.ask({ heading: t("board.hideHeading"), body: t("board.hideBody"), yes: t("board.hideConfirm") }, () =>
      actions.send("hidePost", { postId }),
    );
  };
  el.addEventListener("click", onHideClick);

  const postView = (p: Post, children: Map<string, Post[]>, depth: number, canReply = true): TemplateResult => {
    const { state, scenario } = ctx.source;
    const who = person(state, scenario, p.author, p.roleId);
    const reply =
      actions && canReply
        ? html`<button
            type="button"
            class="quiet small"
            data-reply=${p.postId}
            aria-label=${`${t("board.reply")}: ${who?.name ?? ""}`}
          >
            ${t("board.reply")}
          </button>`
        : null;
    const hide =
      actions && !p.hidden && canModerate(state, scenario, ctx.source.me)
        ? html`<button
            type="button"
            class="quiet small hide-post"
            data-hide=${p.postId}
            aria-label=${t("board.hideLabel", { name: who?.name ?? "" })}
          >
            ${t("board.hide")}
          </button>`
        : null;
    const kids = children.get(p.postId) ?? [];
    const replies = kids.length
      ? html`<ul class="replies">
          ${repeat(
            kids,
            (k) => k.postId,
            (k) => postView(k, children, depth + 1, canReply),
          )}
        </ul>`
      : null;
    const chip = `--chip:${who?.color ?? "#5d5a55"}`;
    return html`<li class="post" data-post=${p.postId} data-depth=${depth}>
      <div class="post-meta">
        <span class="chip" style=${chip}></span
        ><strong lang="">${who?.name ?? t("board.unknownAuthor")}</strong
        >${who?.role ? html`<span class="role" lang=${SCENARIO_LANG}>${who.role.name}</span>` : null}<time
          datetime=${new Date(p.at).toISOString()}
          >${clockTime(p.at)}</time
        >
      </div>
      ${
        p.hidden
          ? html`<p class="post-text hidden-post">${t("board.hidden")}</p>`
          : html`<p class="post-text" lang="" dir="auto">${p.text}</p>`
      }
      ${reply}${hide}${replies}
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
      render(promptItems(state, scenario, promptId, true, ballotOf), itemsBox);
      if (form) form.hidden = !promptId;
      const posts = state.posts.filter((p) => p.promptId === promptId);
      const { roots, children } = threads(posts);
      render(
        repeat(
          roots,
          (p) => p.postId,
          (p) => postView(p, children, 0),
        ),
        thread,
      );
      boardEmpty.hidden = posts.length > 0 || !promptId;

      // Others' posts new since the last look, landed out of view: the sign offers to go there.
      const arrived = seenPosts ? posts.filter((p) => !seenPosts!.has(p.postId) && p.author !== ctx.source.me) : [];
      seenPosts = new Set(state.posts.map((p) => p.postId));
      if (arrived.length && el.isConnected && el.offsetParent !== null) {
        unseen.push(...arrived.map((p) => p.postId));
        refreshNewPosts();
      } else if (!posts.length) unseen = [];
      newPosts.hidden = unseen.length === 0;

      // The boards of the questions opened before this one, folded, oldest first: still there to read.
      const before = [...new Set(state.promptsOpened.map((o) => o.promptId))].filter((id) => id !== promptId);
      render(
        before.length
          ? html`<h3 class="earlier-heading">${t("board.earlier")}</h3>
              ${repeat(
                before,
                (id) => id,
                (id) => {
                  const q = scenario?.prompts.find((p) => p.id === id);
                  const its = state.posts.filter((p) => p.promptId === id);
                  const tree = threads(its);
                  return html`<details class="earlier-board" data-prompt=${id}>
                    <summary>
                      <span class="earlier-question" lang=${SCENARIO_LANG}>${q?.question ?? id}</span>
                      <span class="earlier-count">${tn("board.posts", its.length)}</span>
                    </summary>
                    ${promptItems(state, scenario, id, false)}
                    ${
                      its.length
                        ? html`<ul class="board">
                            ${repeat(
                              tree.roots,
                              (p) => p.postId,
                              (p) => postView(p, tree.children, 0, false),
                            )}
                          </ul>`
                        : html`<p class="empty">${t("board.emptyReadOnly")}</p>`
                    }
                  </details>`;
                },
              )}`
          : null,
        earlier,
      );
    },
    destroy() {
      stopAccepted?.();
      thread.removeEventListener("click", onThreadClick);
      el.removeEventListener("click", onHideClick);
      hideConfirm.close();
      document.removeEventListener("scroll", onScroll, { capture: true });
      render(null, earlier);
      render(null, itemsBox);
      render(null, thread);
      render(null, promptBox);
    },
  };
}
