/**
 * Whether a participant may vote in the open vote now, as the client needs to know it to offer
 * the ballot: the same question `decide` answers for castVote, asked of the same table.
 */
import { own } from "../null-record.js";
import type { VoteChoice } from "../vocabulary.js";
import { may, type RulesScenario } from "./permissions.js";
import { openVote } from "./procedure.js";
import type { SeminarState, Vote } from "./state.js";

/**
 * The open vote `pid` may vote in now, and their role's choice in it so far (null before it
 * votes): exactly when `decide` accepts a castVote from them for any other choice (the same one
 * again it refuses as already cast). Null when there is no open vote or they may not vote.
 */
export function ballotFor(
  s: Readonly<SeminarState>,
  scenario: RulesScenario,
  pid: string,
): { vote: Vote; choice: VoteChoice | null } | null {
  const vote = openVote(s);
  if (!vote || s.endedAt !== null || !may(s, scenario, pid, "castVote")) return null;
  const roleId = own(s.participants, pid)?.roleId;
  return { vote, choice: vote.ballots.find((b) => b.roleId === roleId)?.choice ?? null };
}
