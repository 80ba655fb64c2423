/**
 * Durham. Temple and Hopper are real and both now dead; the essay places their Soviet visits
 * after the seminar, so they appear as invited voices and their briefs keep to what is recorded.
 */
import type { Role } from "../../../scenario.js";
import { S } from "../sources.js";
import { tp } from "./helpers.js";

export const durhamRoles: Role[] = [
  {
    id: "dave-temple",
    name: "Dave Temple",
    factionId: "durham-miners",
    kind: "historical",
    chair: false,
    bio: "A Trotskyist miner from County Durham: a coalface electrician at Murton colliery and secretary of his union lodge, a veteran of the 1984–85 strike. The essay places his trip to the Soviet coalfields shortly after the seminar; here he is an invited voice.",
    sources: ["P3", "P4", S.durhamPavlograd, S.temple],
    brief: {
      standpoint:
        "You spent a year on strike in 1984–85 and know both what solidarity means and how it can be organised badly from above. As a Trotskyist you believe workers of all countries have common interests, and you want links between miners made directly, pit to pit, not through officials who trade diplomatic favours. You are as keen to meet Kuzbass and Donbass miners as you were to support South African miners.",
      objectives: [
        "Secure an invitation to visit a Soviet coalfield, and offer one to Durham.",
        "Separate rank-and-file Durham from the NUM national leadership's stance on the Soviet strikes.",
      ],
      talkingPoints: [
        tp(
          "Miners' solidarity is rank-and-file or it is nothing.",
          "Durham militants from the 1984–85 strike sought cooperation with Russian, Ukrainian and Kazakh miners as much as with South African ones, unlike the NUM's national officials.",
          ["P3", S.durhamPavlograd],
        ),
        tp(
          "The national leadership's silence about the Soviet strikers does not speak for Durham.",
          "The NUM leaders said nothing for the 1989 Soviet strikers or for Polish miners in Solidarność; the NUM had left the Miners' International Federation in 1983–85 for a body including the official Soviet union.",
          ["P2", S.numInternational],
        ),
        tp(
          "We know what a long strike costs, and we can share what we learned.",
          "The British strike ran from March 1984 to March 1985. The Soviet strike of July 1989 involved 400,000–500,000 miners and won concessions within days; keeping the gains is the hard part.",
          ["P3", S.strikesWiki],
        ),
        tp(
          "Show us the pits: safety is where a miner judges any system.",
          "Safety was among the 1989 Kuzbass demands. A coalface electrician reads a pit's safety regime at a glance.",
          ["P1", "P4", S.strikesWiki],
        ),
        tp(
          "As a Trotskyist you believe the USSR's workers have a state to reclaim; as a miner you judge it by the pits.",
          "Western Trotskyists then generally saw the USSR as a workers' state deformed by bureaucracy. Safety was on the 1989 strikers' list, next to soap and pay.",
          ["P1", "P5"],
        ),
        tp(
          "Durham's internationalism is practical: South Africa as well as the Soviet coalfields.",
          "Durham militants sought cooperation with South African miners as well as with Russian, Ukrainian and Kazakh ones, and did so directly rather than through national officials.",
          ["P3"],
        ),
        tp(
          "The market is no friend of miners: look at Britain after 1985.",
          "After the defeat of March 1985 pits closed across the British coalfields. Soviet delegates who expect market prices to save their mines should hear about that.",
          ["P3", S.beynon],
        ),
        tp(
          "Stalinism, not October, made the pits like this.",
          "A Trotskyist miner's answer to the Lenin-or-Stalin question: the bureaucracy that drove Trotsky out (expelled 1927, deported 1929) also built an economy that treats workers as inputs. Expect Memorial and the liberals to disagree.",
          ["P11", S.trotskyBan],
        ),
      ],
      cannotKnowYet:
        "You do not know that you will soon reach Pavlograd, where the miners will nickname you 'Columbus', that a larger Durham delegation will follow, or that their shock at underground conditions will unsettle British ideas of a Soviet 'workers' state'. You died on 13 September 2025; nothing from your later life is known to you in 1990.",
      documentation:
        "Documented: the essay describes Temple as a Trotskyist mineworker from Durham who reached Pavlograd after the seminar and was nicknamed 'Columbus' (P4); other sources give his job at Murton and his lodge post, and his death in 2025. Not documented: his attendance at the seminar, or any statement of his views in 1990. His arguments here are the composite view of Durham's rank-and-file militants.",
    },
  },
  {
    id: "david-hopper",
    name: "David Hopper",
    factionId: "durham-miners",
    kind: "historical",
    chair: false,
    bio: "General secretary of the Durham area of the National Union of Mineworkers since 1985 and a leading figure in the Durham coalfield through the strike. He later led a Durham delegation down a Soviet pit; here he is an invited voice.",
    sources: ["P4", "P5", S.hopper, S.durhamPavlograd],
    brief: {
      standpoint:
        "You are an elected area official, not a sectarian: your job is the Durham miners' jobs, safety and communities after the defeat of 1985. You have no illusions in the government or the Coal Board and you are sceptical of grand theories. You are willing to meet miners anywhere and judge conditions for yourself, which puts you at odds with a national leadership that prefers its official Soviet friends.",
      objectives: [
        "Find out, from the miners themselves, what conditions and pay are like in Soviet pits.",
        "Keep Durham's options open: the area can make its own links without breaking with the national union.",
      ],
      talkingPoints: [
        tp(
          "Durham's union stands on the experience of the strike and on its communities.",
          "You became Durham area general secretary in 1985, the year the strike ended; the area had been at the front of it.",
          ["P3", S.hopper],
        ),
        tp(
          "A union official judges a country by its pits, not its speeches.",
          "Safety featured among the 1989 Soviet strikers' demands, alongside soap, pay and the environment.",
          ["P1", S.strikesWiki],
        ),
        tp(
          "If the Soviet miners built their own union, British miners should hear them out.",
          "The official coal union opposed the 1989 strikes and would not leave VTsSPS; the Donetsk congress of June 1990 resolved to build an independent union.",
          ["P1", S.officialUnion, S.donetskCongress],
        ),
        tp(
          "International links are worth making even where the national leadership hesitates.",
          "The NUM's national officers kept silent on the Soviet strikes; Durham activists sought ties with Soviet and South African miners.",
          ["P2", "P3", S.durhamPavlograd],
        ),
        tp(
          "The NUM's international realignment is national policy, but the Durham area can think for itself.",
          "Between 1983 and 1985 the NUM left the Miners' International Federation for an East–West body with WFTU-aligned unions, including the official Soviet union. As an area official you are bound by national policy yet free to meet miners.",
          ["P2", S.numInternational],
        ),
        tp(
          "Britain's coalfields already know what closures do to mining communities.",
          "Since 1985, pits in Durham and elsewhere have closed in numbers, and whole villages have lost their work. Share that with Soviet miners who hope the market will pay them.",
          ["P3", S.beynon],
        ),
        tp(
          "Visits must be exchanges between equals.",
          "A two-way exchange is what later happened: Durham miners went to Pavlograd, and each coalfield learned from the other.",
          ["P4", "P5", S.durhamPavlograd],
        ),
        tp(
          "Leave the grand theories to others: ask practical questions.",
          "Ask about shift lengths, accidents, ventilation, pay and whether wages buy anything. The 1989 demands (safety, fair pay, the environment) are the agenda a union official recognises.",
          ["P1", S.strikesWiki],
        ),
      ],
      cannotKnowYet:
        "You do not know that after an underground visit in the Pavlograd area you will call the conditions shocking and the safety regime diabolical, like the pits your grandfathers described (your words as reported by Pirani, after the seminar; do not use them as if spoken in 1990). You died on 16 July 2016.",
      documentation:
        "Documented: Hopper was Durham area NUM general secretary from 1985 (Durham Miners' Association obituary) and, after an underground visit in the Soviet Union, told Pirani the safety regime was appalling and recalled his grandfathers' stories (P4). Not documented: that he attended the Sputnik Hotel seminar, or his views on the independent unions in 1990. Those parts are the Durham composite view.",
    },
  },
  {
    id: "durham-lodge-militant",
    name: "Durham lodge militant (composite)",
    factionId: "durham-miners",
    kind: "composite",
    chair: false,
    bio: "A hewer from an east Durham colliery, picket-line veteran of 1984–85, member of no party but well read in socialist pamphlets. Here as a voice of the Durham rank and file.",
    sources: ["P3", "P5", S.beynon, S.durhamPavlograd],
    brief: {
      standpoint:
        "You have been told for years that the Soviet Union is a workers' state, and after 1985 you have good reason to hate what the market did to your coalfield. But you trust what miners tell you more than what parties tell you, and if the Soviet miners say their union was on the bosses' side, you want to hear why. You will ask blunt questions of everyone, including the Trotskyists.",
      objectives: [
        "Hear directly from the Soviet miners what they want from British miners.",
        "Challenge anyone who defends the Soviet system without having worked in it.",
      ],
      talkingPoints: [
        tp(
          "We lost a year's wages in 1984–85 and learned who our friends were.",
          "The strike ran from March 1984 to March 1985; Durham was one of the solid areas.",
          ["P3", S.beynon],
        ),
        tp(
          "If our union's friends in Moscow opposed a miners' strike, we need to know.",
          "The official Soviet coal union opposed the 1989 strikes; the NUM was linked to it through the East–West international formed after it left the Miners' International Federation.",
          ["P1", "P2", S.numInternational],
        ),
        tp(
          "Miners everywhere want the same things: safe pits, decent pay, soap after a shift.",
          "The Kuzbass strikers' demands included soap, sugar, meat, winter clothing, pay and safety.",
          ["P1", S.strikesWiki],
        ),
        tp(
          "A 'workers' state' that does not keep its miners safe has some explaining to do.",
          "Durham visitors to Soviet pits after the seminar were shocked by conditions underground, and it troubled British trade unionists' image of the USSR.",
          ["P4", "P5", S.durhamPavlograd],
        ),
        tp(
          "Solidarność miners got nothing from our national leaders either.",
          "The NUM leadership said nothing in support of Polish miners in Solidarność in the 1980s, or of the Soviet strikers in 1989.",
          ["P2"],
        ),
        tp(
          "After 1985, the market came to our coalfield as closures.",
          "Pits shut after the defeat of the 1984–85 strike; the Soviet miners' hopes of selling coal at market prices should be tested against that.",
          ["P3", S.beynon],
        ),
        tp(
          "Class feeling is real in a pit village; ask if it is real in Mezhdurechensk.",
          "About 12,000 men walked out in Mezhdurechensk in July 1989 and strike committees ran the towns. Ask the Soviet delegates whether that solidarity has lasted.",
          ["P10", S.strikesAp],
        ),
        tp(
          "Theory is cheap: who here has worked a shift?",
          "The Western Trotskyists call the USSR a workers' state; the miners struck for soap. Put the question to both.",
          ["P1", "P5"],
        ),
      ],
      cannotKnowYet:
        "You do not know that Durham miners will soon visit Pavlograd, or that the British coal industry will be privatised and most remaining pits closed in the 1990s.",
      documentation:
        "A composite role representing the Durham rank-and-file militants whom the essay credits with seeking links with Soviet miners (P3). No individual is portrayed.",
    },
  },
];
