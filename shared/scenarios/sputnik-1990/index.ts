/**
 * The Sputnik Hotel seminar, August 1990. Assembled here and validated at import, so a broken
 * reference fails the server's boot and the tests rather than a player's session.
 */
import { loadScenario, type Scenario } from "../../scenario.js";
import { factions } from "./factions.js";
import { prompts } from "./prompts.js";
import { roles } from "./roles.js";
import { setting } from "./setting.js";
import { ESSAY_REPUBLISHED_URL, ESSAY_URL, sources } from "./sources.js";
import { resolutions } from "./resolutions.js";
import { cards } from "./cards.js";
import { readings } from "./readings.js";
import { glossary } from "./glossary.js";
import { timeline } from "./timeline.js";

export const sputnik1990: Scenario = loadScenario({
  id: "sputnik-1990",
  title: "The Sputnik Hotel seminar on Trotsky, Moscow, August 1990",
  summary:
    "Fifty years after Trotsky's murder, Memorial's Alexei Zverev chairs a seminar in a Moscow hotel built for the official unions. Soviet students and researchers, delegates of the new independent miners' movement, Party reformers, British miners and visiting Western socialists argue about the 1989 strikes, the 'workers' state', and whether the killing began with Stalin or before him.",
  essay: {
    title: "Moscow 1990: when Trotskyist travellers met Soviet reality",
    author: "Simon Pirani",
    outlet: "openDemocracy (oDR)",
    year: 2020,
    urls: [ESSAY_URL, ESSAY_REPUBLISHED_URL],
    paragraphs: 15,
  },
  setting,
  // Three minutes: long enough for one argued point with a fact or two, short enough that a
  // class of 15–20 can all speak on an item within an hour. (The 1990 Wuppertal conference
  // used twelve-minute paper slots; a role-play discussion needs shorter turns.)
  defaultSpeechLimitSeconds: 180,
  factions,
  roles,
  prompts,
  sources,
  // The seminar met in August 1990; nothing a role is handed may be dated later.
  knowledgeCutoff: "1990-08-31",
  resolutions,
  cards,
  readings,
  glossary,
  timeline,
});
