/**
 * Event cards for the game master: news that could reach the room in August 1990, each dated
 * no later than that month (the scenario's knowledge cutoff) and sourced.
 */
import type { Card } from "../../scenario.js";
import { Q } from "./prompts.js";
import { S } from "./sources.js";

export const cards: Card[] = [
  {
    id: "article-6-amended",
    title: "The Party loses its constitutional monopoly",
    text: "Reminder from March: the Congress of People's Deputies has removed the Communist Party's 'leading and guiding' role from Article 6 of the constitution and elected Gorbachev president. New parties are registering. Who in this room will found one?",
    date: "1990-03",
    sources: [S.article6, S.article6Text],
    promptId: Q.party,
  },
  {
    id: "donetsk-miners-congress",
    title: "Miners' congress votes to quit the Party",
    text: "From Donetsk: the First Congress of Soviet Miners has voted 308 to 116 to call on miners to leave the CPSU, and resolved to build a union independent of the state.",
    date: "1990-06",
    sources: [S.donetskCongress],
    promptId: Q.unions,
  },
  {
    id: "democratic-platform-split",
    title: "Party reformers threaten a split",
    text: "Leaders of the Democratic Platform say the Communist Party has shown it cannot reform itself; about 100 of 4,700 congress delegates back them, and they talk of millions leaving.",
    date: "1990-06-28",
    sources: [S.democraticPlatformJune],
    promptId: Q.party,
  },
  {
    id: "party-committees-evicted",
    title: "Donetsk mines evict the Party",
    text: "Miners at Donetsk pits have voted to throw the Communist Party committees out of their rent-free offices at the mines; other enterprises in the city are following.",
    date: "1990-07-11",
    sources: [S.partyCommitteesOut],
    promptId: Q.strikes,
  },
  {
    id: "one-day-strike",
    title: "One-day miners' strike",
    text: "On the anniversary of last year's walkout, miners in the Donbass, the Kuzbass and Vorkuta stop work for 24 hours, ignoring Gorbachev's plea, to demand that the Ryzhkov government resign and that Party cells leave the army, the KGB and the ministries.",
    date: "1990-07-11",
    sources: [S.strikeJuly1990, S.strikeJuly1990Tribune],
    promptId: Q.strikes,
  },
  {
    id: "yeltsin-quits-party",
    title: "Yeltsin walks out of the Party",
    text: "At the 28th Party Congress, Boris Yeltsin, now president of the Russian republic, announces he is leaving the Communist Party; leaders of the Democratic Platform follow him out.",
    date: "1990-07-12",
    sources: [S.yeltsinQuits, S.congress28],
    promptId: Q.party,
  },
  {
    id: "ukraine-sovereignty",
    title: "Ukraine declares sovereignty",
    text: "Ukraine's parliament has adopted a Declaration of State Sovereignty by 355 votes to 4: republican law above union law, its own currency, army and foreign relations to come. What does that mean for a miners' union across the whole Union?",
    date: "1990-07-16",
    sources: [S.ukraineSovereignty],
    promptId: Q.consciousness,
  },
  {
    id: "five-hundred-days",
    title: "Gorbachev and Yeltsin agree on a market commission",
    text: "Gorbachev and Yeltsin have set up a joint commission of economists, Shatalin and Yavlinsky among them, to draft a programme for the move to a market economy by 1 September, drawing on the '500 days' plan.",
    date: "1990-08-02",
    sources: [S.fiveHundredDays, S.shatalin],
    promptId: Q.market,
  },
  {
    id: "suitcase-at-customs",
    title: "A suitcase held at Sheremetyevo",
    text: "A British guest arrives late: customs at Sheremetyevo opened his suitcase of Trotsky pamphlets and suspected black-market trading, not sedition. What should the foreign guests bring, and what should they leave at home?",
    date: "1990-08",
    sources: [S.essayRepublished],
    promptId: Q.missionaries,
  },
  {
    id: "new-course-reprinted",
    title: "Background: Trotsky back in print",
    text: "Read out as background: last August the Komsomol monthly Young Communist reprinted Trotsky's 1923 articles The New Course, the first of his works published in the USSR for decades; he has still not been rehabilitated.",
    date: "1989-08",
    sources: [S.newCourse1989],
    promptId: Q.rehabilitation,
  },
];
