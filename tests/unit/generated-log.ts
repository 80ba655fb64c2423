/**
 * A long, valid log made by driving the real `decide` with a seeded random script: speeches,
 * board threads, hands, reactions, prompts, and idle stretches. For replay speed and gap tests.
 */
import { applyInPlace } from "../../shared/engine/apply.js";
import { decide, type Command } from "../../shared/engine/decide.js";
import { initialState } from "../../shared/engine/state.js";
import { SYSTEM, type SeminarEvent } from "../../shared/events.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { prng } from "../fixtures/prng.js";

const WORDS =
  "the miners strike soap dignity union market plan party democracy pit safety Kuzbass Donetsk Durham solidarity bureaucracy workers state congress".split(
    " ",
  );

export function generateLog(count: number, seed = 1, start = Date.UTC(1990, 7, 20, 9, 0, 0)): SeminarEvent[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const text = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const state = initialState();
  const log: SeminarEvent[] = [];
  let now = start;
  const run = (actor: string, command: Command) => {
    const d = decide(state, command, { actor, now, scenario: sputnik1990 });
    if (!d.ok) return;
    for (const e of d.events) {
      applyInPlace(state, e);
      log.push(e);
    }
  };
  run(SYSTEM, { type: "start" });
  const ids = Array.from({ length: 24 }, (_, i) => `p${i}`);
  ids.forEach((id, i) => run(id, { type: "join", name: `Participant ${i}`, facilitator: i === 0 }));
  ids.forEach((id, i) => run(id, { type: "claimRole", roleId: sputnik1990.roles[i % sputnik1990.roles.length].id }));
  const fac = ids[0];
  while (log.length < count) {
    // Mostly seconds apart; now and then a long idle stretch.
    now += random() < 0.02 ? 30_000 + Math.floor(random() * 120_000) : 200 + Math.floor(random() * 4_000);
    const r = random();
    const who = pick(ids);
    if (r < 0.01) run(fac, { type: "openPrompt", promptId: pick(sputnik1990.prompts).id });
    else if (state.floor && r < 0.35) {
      run(state.floor.holder, { type: "speak", text: text(20 + Math.floor(random() * 80)) });
      run(state.floor.holder, { type: "yieldFloor" });
    } else if (r < 0.45) run(who, { type: "raiseHand" });
    else if (r < 0.55) run(fac, { type: "giveFloor" });
    else if (r < 0.75) {
      const prompt = state.openPromptId ?? sputnik1990.prompts[0].id;
      const same = state.posts.filter((p) => p.promptId === prompt);
      const replyTo = same.length && random() < 0.5 ? pick(same).postId : undefined;
      run(
        who,
        replyTo
          ? { type: "post", promptId: prompt, text: text(10 + Math.floor(random() * 40)), replyTo }
          : { type: "post", promptId: prompt, text: text(10 + Math.floor(random() * 40)) },
      );
    } else run(who, { type: "react", kind: pick(["applause", "dissent", "laughter", "question"] as const) });
  }
  return log.slice(0, count);
}
