/**
 * A scripted seminar with real colyseus.js clients: roles, a speech before any prompt, speeches
 * under two prompts (one reopened), board threads with nested replies, a post on a prompt that
 * was never opened, reactions and a departure. Used by the log export/import tests and to make
 * tests/fixtures/logs/v1-sample.ndjson.
 */
import type { SeminarEvent } from "../../shared/events.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { createSeminar, joinSeminar, waitUntil, type Participant, type TestServer } from "./harness.js";

export interface ScriptedSession {
  roomId: string;
  fac: Participant;
  others: Participant[];
  everyone: Participant[];
}

export interface ScriptText {
  names: [string, string, string, string];
  /** A post whose text should come out of the minutes inert. */
  hostilePost: string;
  hostileSpeech: string;
}

export const PLAIN_TEXT: ScriptText = {
  names: ["Facilitator Ilya", "Vera", "Dave", "Sasha"],
  hostilePost: "Would the official unions accept *independent* observers?",
  hostileSpeech: "Comrades, my question is simple.\nWho speaks for the miners now?",
};

const chair = sputnik1990.roles.find((r) => r.chair)!;
const [roleA, roleB, roleC] = sputnik1990.roles.filter((r) => !r.chair);
export const [promptA, promptB, promptC] = sputnik1990.prompts;

/** Sends, then waits until `observer` has received an event matching `match` after the send. */
async function step(
  observer: Participant,
  send: () => void,
  match: (e: SeminarEvent) => boolean,
  what: string,
): Promise<SeminarEvent> {
  const from = observer.events.length;
  send();
  await waitUntil(() => observer.events.slice(from).some(match), what);
  return observer.events.slice(from).find(match)!;
}

export async function runScriptedSession(server: TestServer, text: ScriptText = PLAIN_TEXT): Promise<ScriptedSession> {
  const fac = await createSeminar(server, text.names[0]);
  const roomId = fac.room.roomId;
  const ann = await joinSeminar(server, roomId, text.names[1]);
  const bob = await joinSeminar(server, roomId, text.names[2]);
  const cat = await joinSeminar(server, roomId, text.names[3]);
  const everyone = [fac, ann, bob, cat];
  for (const [p, role] of [
    [fac, chair],
    [ann, roleA],
    [bob, roleB],
    [cat, roleC],
  ] as const) {
    await step(
      fac,
      () => p.send("claimRole", { roleId: role.id }),
      (e) => e.type === "roleClaimed" && e.actor === p.id,
      "role",
    );
  }

  const speak = async (p: Participant, words: string) => {
    await step(
      fac,
      () => p.send("raiseHand"),
      (e) => e.type === "handRaised" && e.actor === p.id,
      "hand",
    );
    await step(
      fac,
      () => fac.send("giveFloor", {}),
      (e) => e.type === "floorGiven",
      "floor",
    );
    await step(
      fac,
      () => p.send("speak", { text: words }),
      (e) => e.type === "spoke" && e.actor === p.id,
      "speech",
    );
    await step(
      fac,
      () => p.send("yieldFloor"),
      (e) => e.type === "floorYielded",
      "yield",
    );
  };
  const post = async (p: Participant, promptId: string, words: string, replyTo?: string) => {
    const e = await step(
      fac,
      () => p.send("post", replyTo ? { promptId, text: words, replyTo } : { promptId, text: words }),
      (e) => e.type === "posted" && e.actor === p.id,
      "post",
    );
    return (e.data as { postId: string }).postId;
  };
  const open = (promptId: string) =>
    step(
      fac,
      () => fac.send("openPrompt", { promptId }),
      (e) => e.type === "promptOpened" && e.data.promptId === promptId,
      "prompt",
    );

  await speak(ann, "Before we begin: thank you to Memorial for the hall, and to our guests from Durham.");
  await open(promptA.id);
  await speak(bob, "In Durham we saw the same thing in 1984: men striking for their pits and their dignity.");
  await speak(cat, text.hostileSpeech);
  const root = await post(
    ann,
    promptA.id,
    "The Kuzbass demands began with soap. That is not a revolt against socialism.",
  );
  const reply = await post(bob, promptA.id, "Soap first, then a new constitution, within a week.", root);
  await post(cat, promptA.id, text.hostilePost, reply);
  await post(cat, promptA.id, "Шахтёры хотят и рынка, и гарантий.");
  await step(
    fac,
    () => fac.send("setSpeechLimit", { seconds: 60 }),
    (e) => e.type === "speechLimitSet",
    "limit",
  );
  for (const kind of ["applause", "dissent"])
    await step(
      fac,
      () => bob.send("react", { kind }),
      (e) => e.type === "reacted" && (e.data as { kind: string }).kind === kind,
      "react",
    );

  await open(promptB.id);
  await speak(ann, "Deal with both, but never let the official union speak for the strikers.");
  const b1 = await post(bob, promptB.id, "The NUM left the Miners' International for the East–West body.");
  await post(ann, promptB.id, "And said nothing for Solidarność.", b1);
  await post(bob, promptC.id, "A thought for later: can a communist still speak to the miners?");

  await open(promptA.id);
  await speak(bob, "One more word on the strikes, since we are back to them.");
  await step(
    fac,
    () => cat.send("react", { kind: "laughter" }),
    (e) => e.type === "reacted",
    "react",
  );
  const n = fac.events.length;
  await cat.leave();
  await waitUntil(() => fac.events.slice(n).some((e) => e.type === "left"), "cat left");
  const others = [ann, bob];
  await waitUntil(() => [ann, bob].every((p) => p.events.length === fac.events.length), "everyone caught up");
  return { roomId, fac, others, everyone };
}
