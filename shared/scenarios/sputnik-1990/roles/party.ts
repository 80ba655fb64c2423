/**
 * The Party's own reformers: a composite Communist Party historian of the "back to Lenin" kind,
 * the voice in the room that still expects the CPSU to renew itself.
 */
import type { Role } from "../../../scenario.js";
import { Q } from "../prompts.js";
import { S } from "../sources.js";
import { tp } from "./talking-point.js";

export const partyRoles: Role[] = [
  {
    id: "party-reformer",
    name: "CPSU reform historian (composite)",
    factionId: "party-reformers",
    kind: "composite",
    chair: false,
    pronouns: "he/him",
    bio: "A lecturer in Party history at a Moscow institute and a delegate to his district's Party conference, who has spent the glasnost years arguing that Stalin betrayed Lenin's last ideas. Came to hear what the Trotskyists and the miners have to say.",
    sources: [S.congress28, S.democraticPlatform, S.pravda1988],
    brief: {
      standpoint:
        "You joined the Party believing in October, and glasnost has given you back the Lenin of the New Economic Policy and of the last letters, the Lenin who warned against Stalin. You want the Party to renew itself on that basis: condemn Stalin's crimes fully, restore the Bolsheviks Stalin killed, Trotsky among them, to their place in its history, and lead a democratic socialism. You fear that the miners' anger and the democrats' anti-communism will throw away everything October built, and you do not accept that Lenin's revolution and Stalin's terror were the same thing.",
      objectives: [
        "Persuade the room that the Party can be renewed from within on Lenin's principles.",
        "Defend October and Lenin against those who equate them with Stalin.",
      ],
      resolutionObjectives: [
        { resolutionId: "party-rehabilitation", wants: "carried" },
        { resolutionId: "all-victims-remembered", wants: "defeated" },
        { resolutionId: "support-july-demands", wants: "defeated" },
      ],
      talkingPoints: [
        tp(
          [Q.party],
          "The Party is debating openly for the first time in generations: reform from within is possible.",
          "At the 28th Congress (2–13 July 1990) rival platforms argued in public: the Democratic Platform for a parliamentary party, the Marxist Platform against Gorbachev's course; a new statute formalised the end of the Party's monopoly.",
          [S.congress28],
        ),
        tp(
          [Q.party, Q.market],
          "Even the Party's radical wing wants democratic socialism, not capitalism.",
          "The Democratic Platform's declaration of 1990 called for power to elected soviets, the revocation of Article 6, and democratic socialism with a market regulated by society.",
          [S.democraticPlatform, S.article6],
        ),
        tp(
          [Q.rehabilitation],
          "The Party should finish what Pravda began: restore Trotsky and the Left Opposition to its history.",
          "In 1988 Pravda acknowledged Trotsky's part in 1917 and the Civil War; in 1989 Young Communist reprinted The New Course. Other Bolsheviks killed by Stalin have already been rehabilitated; Trotsky has not.",
          [S.pravda1988, S.newCourse1989],
        ),
        tp(
          [Q.origins],
          "Stalin broke with Lenin: do not blame October for the Terror of the 1930s.",
          "The Trotsky evenings and the glasnost press have shown how Stalin destroyed Lenin's party. Equating the Civil War with the purges erases that difference.",
          [S.trotskyEvening1988, S.pravda1988],
        ),
        tp(
          [Q.violence],
          "The Civil War was a war, with terror on both sides; judge it as history, not as a crime list.",
          "Chertkov's protest against the shooting of objectors (P12) deserves respect, but the Red Terror came amid foreign intervention and White terror (general knowledge).",
          ["P12", S.chertkov],
        ),
        tp(
          [Q.strikes, Q.unions],
          "The miners' grievances are just, and the Party must answer them, not be driven out by them.",
          "Gorbachev conceded the 1989 demands without troops; many promises were not kept, which is why the miners struck again on 11 July 1990. A reformed Party must keep its word.",
          [S.strikesWiki, S.strikeJuly1990],
        ),
        tp(
          [Q.workersState],
          "The Soviet state has been deformed, but public ownership is a gain to keep.",
          "Whatever the Party's failings, nationalised industry built the coalfields and the cities. The task is to democratise it, as the Democratic Platform's socialism would.",
          [S.democraticPlatform],
        ),
        tp(
          [Q.market],
          "A regulated market, yes; a sell-off, no.",
          "In August 1990 Gorbachev and Yeltsin set up a joint commission to plan a fast transition; the '500 days' plan behind it foresees rapid privatisation.",
          [S.fiveHundredDays, S.shatalin],
        ),
        tp(
          [Q.consciousness],
          "Soviet workers are educated and organised; they need a party worthy of them.",
          "The 1989 strike committees showed enormous capacity for organisation; the question is whether they become a new union outside politics or part of a renewed socialist movement.",
          ["P1", S.strikesAp],
        ),
        tp(
          [Q.forum, Q.todo],
          "History belongs to historians and to the Party's own renewal; seminars help, but archives matter more.",
          "The Party now publishes what it hid; its archives hold the documents on Trotsky's expulsion. Open them to scholars.",
          [S.pravda1988, "P13"],
        ),
        tp(
          [Q.safety, Q.missionaries],
          "If asked about the pits or the foreigners: foreign help is welcome through the unions and the ministry.",
          "Safety was on the 1989 lists. Exchanges between unions are welcome, but they should strengthen Soviet institutions, not bypass them.",
          ["P1", S.officialUnion],
        ),
      ],
      cannotKnowYet:
        "You do not know that the CPSU will be suspended after the August 1991 coup and that the USSR will end in December 1991, or that the party's main successor will ally with nationalists in a 'red-brown' front.",
      documentation:
        "A composite role. No Party historian is known to have attended; the position draws on the platforms debated at the 28th Congress and on the glasnost rehabilitation of Bolsheviks killed by Stalin. No individual is portrayed.",
    },
  },
];
