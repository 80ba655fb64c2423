/**
 * Durham. Temple and Hopper are real and both now dead; the essay places their Soviet visits
 * after the seminar, so they appear as invited voices and their briefs keep to what is recorded:
 * every view beyond that is labelled as the Durham militants' composite view. The lodge militant
 * and the Women Against Pit Closures activist are composites.
 */
import type { Role } from "../../../scenario.js";
import { Q } from "../prompts.js";
import { S } from "../sources.js";
import { tp } from "./talking-point.js";

export const durhamRoles: Role[] = [
  {
    id: "dave-temple",
    name: "Dave Temple",
    factionId: "durham-miners",
    kind: "historical",
    chair: false,
    pronouns: "he/him",
    bio: "A Trotskyist miner from County Durham: a coalface electrician at Murton colliery and secretary of his union lodge, a veteran of the 1984–85 strike. The essay places his trip to the Soviet coalfields shortly after the seminar; here he is an invited voice.",
    sources: ["P3", "P4", S.durhamPavlograd, S.beynon],
    brief: {
      standpoint:
        "Documented: a Trotskyist mineworker from Durham, of the militants who had been at the front of the 1984–85 strike. The rest is the Durham militants' composite view: workers of all countries have common interests, and links between miners should be made directly, pit to pit, not through officials who trade diplomatic favours. The Durham militants want to meet Kuzbass and Donbass miners as much as South African ones.",
      objectives: [
        "Secure an invitation to visit a Soviet coalfield, and offer one to Durham.",
        "Separate rank-and-file Durham from the NUM national leadership's stance on the Soviet strikes.",
      ],
      resolutionObjectives: [
        { resolutionId: "direct-links-appeal", wants: "carried" },
        { resolutionId: "pit-exchange", wants: "carried" },
      ],
      talkingPoints: [
        tp(
          [Q.unions, Q.missionaries],
          "The Durham militants' composite view: solidarity between miners should run pit to pit, not through officials.",
          "The essay says the British militants who came after the seminar wanted cooperation with Russian, Ukrainian and Kazakh miners as much as with South African ones, unlike the NUM's national officials (P3).",
          ["P3"],
        ),
        tp(
          [Q.unions],
          "The national leadership's international policy does not speak for every Durham lodge (composite view).",
          "The NUM had left the Miners' International Federation in 1983–85 for a body including the official Soviet union; the essay's author charges that its leaders gave no public support to the Soviet strikers or to Solidarność's miners (P2).",
          ["P2", S.numInternational],
        ),
        tp(
          [Q.strikes, Q.consciousness],
          "A year-long strike teaches what solidarity costs (composite view of the 1984–85 veterans).",
          "The British strike ran from March 1984 to March 1985. The Soviet strike of July 1989 involved 400,000–500,000 miners and won concessions within days; keeping the gains is the hard part.",
          ["P3", S.strikesWiki],
        ),
        tp(
          [Q.safety],
          "A coalface electrician's question: show us the safety regime (composite view).",
          "Safety was among the 1989 Kuzbass demands. Temple worked as a coalface electrician at Murton; electrical safety underground is his trade.",
          ["P1", S.strikesWiki, S.beynon],
        ),
        tp(
          [Q.workersState],
          "As a Trotskyist (documented), the usual view then: the USSR's workers have a state to reclaim; as a miner, judge it by the pits.",
          "Western Trotskyists then generally saw the USSR as a workers' state deformed by bureaucracy (Trotsky's Revolution Betrayed). Safety was on the 1989 strikers' list, next to soap and pay.",
          ["P1", "P4", S.revolutionBetrayed],
        ),
        tp(
          [Q.missionaries],
          "Durham's internationalism is practical: South Africa as well as the Soviet coalfields (composite view).",
          "Durham militants sought cooperation with South African miners as well as with Russian, Ukrainian and Kazakh ones, and did so directly rather than through national officials (P3).",
          ["P3"],
        ),
        tp(
          [Q.market],
          "The market is no friend of miners: look at Britain after 1985 (composite view).",
          "After the defeat of March 1985 pits closed across the British coalfields. Soviet delegates who expect market prices to save their mines should hear about that.",
          ["P3", S.beynon],
        ),
        tp(
          [Q.origins, Q.violence],
          "Stalinism, not October, made the pits like this (the usual Trotskyist answer; composite view).",
          "The bureaucracy that drove Trotsky out (expelled 1927, deported 1929) also built an economy that treats workers as inputs. Expect Memorial and the liberals to disagree.",
          ["P11", S.trotskyBan],
        ),
        tp(
          [Q.party, Q.rehabilitation],
          "If asked about the Party or Trotsky: publish his books and let Soviet workers judge (composite view).",
          "Trotsky's writings were banned from 1927. The Soviet miners are leaving the Party (Donetsk, June 1990); a Trotskyist miner asks them to look at socialism without it.",
          [S.trotskyBan, S.donetskCongress],
        ),
        tp(
          [Q.forum, Q.todo],
          "If asked what should be done: miners should meet miners, and write it down (composite view).",
          "The Durham miners' own association publishes its history. Exchanges between coalfields, reported by the miners themselves, are what the Durham militants want.",
          [S.durhamShop, "P3"],
        ),
      ],
      cannotKnowYet:
        "You do not know that you will soon reach Pavlograd, where the miners will nickname you 'Columbus', that a larger Durham delegation will follow, or that their shock at underground conditions will unsettle British ideas of a Soviet 'workers' state'. You died on 13 September 2025; nothing from your later life is known to you in 1990.",
      documentation:
        "Documented: the essay describes Temple as a Trotskyist mineworker from Durham who reached Pavlograd after the seminar and was nicknamed 'Columbus' (P4); other sources give his job at Murton, his lodge post and his dates. Not documented: his attendance at the seminar, or any statement of his views in 1990. Every talking point beyond those facts is the composite view of Durham's rank-and-file militants, labelled as such; none is his words.",
    },
  },
  {
    id: "david-hopper",
    name: "David Hopper",
    factionId: "durham-miners",
    kind: "historical",
    chair: false,
    pronouns: "he/him",
    bio: "General secretary of the Durham area of the National Union of Mineworkers since 1985 and a leading figure in the Durham coalfield through the strike. Later, after the seminar, he went down a Soviet pit; here he is an invited voice.",
    sources: ["P4", "P5", S.hopper, S.durhamPavlograd],
    brief: {
      standpoint:
        "Documented: you are the elected general secretary of the Durham area of the NUM, since 1985. The rest is the Durham composite view: the area's business after the defeat of 1985 is jobs, safety and communities; meet miners anywhere and judge conditions for yourself, which sets Durham apart from a national leadership that deals with the official Soviet union.",
      objectives: [
        "Find out, from the miners themselves, what conditions and pay are like in Soviet pits.",
        "Keep Durham's options open: the area can make its own links without breaking with the national union.",
      ],
      resolutionObjectives: [{ resolutionId: "pit-exchange", wants: "carried" }],
      talkingPoints: [
        tp(
          [Q.strikes],
          "Durham's union stands on the experience of the strike and on its communities.",
          "Hopper became Durham area general secretary in 1985, the year the strike ended; the area had been at the front of it.",
          ["P3", S.hopper],
        ),
        tp(
          [Q.safety, Q.workersState],
          "A union official judges a country by its pits, not its speeches (composite view).",
          "Safety featured among the 1989 Soviet strikers' demands, alongside soap, pay and the environment.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.unions],
          "If the Soviet miners built their own union, British miners should hear them out (composite view).",
          "The official coal union opposed the 1989 strikes and would not leave VTsSPS; the Donetsk congress of June 1990 resolved to build an independent union.",
          ["P1", S.officialUnion, S.donetskCongress],
        ),
        tp(
          [Q.unions, Q.missionaries],
          "International links are worth making even where the national leadership hesitates (composite view).",
          "Durham activists sought ties with Soviet and South African miners (P3); the essay's author contrasts them with the NUM's national officers.",
          ["P2", "P3"],
        ),
        tp(
          [Q.unions],
          "The NUM's international realignment is national policy; the area can still meet miners (composite view).",
          "Between 1983 and 1985 the NUM left the Miners' International Federation for an East–West body with WFTU-aligned unions, including the official Soviet union. An area official is bound by national policy yet free to meet miners.",
          ["P2", S.numInternational],
        ),
        tp(
          [Q.market],
          "Britain's coalfields already know what closures do to mining communities (composite view).",
          "Since 1985, pits in Durham and elsewhere have closed in numbers, and whole villages have lost their work. Share that with Soviet miners who hope the market will pay them.",
          ["P3", S.beynon],
        ),
        tp(
          [Q.missionaries, Q.safety],
          "Visits must be exchanges between equals (composite view).",
          "An invitation each way, arranged by the miners' own committees and lodges, with time underground, is what Durham wants.",
          ["P3", S.durhamPavlograd],
        ),
        tp(
          [Q.consciousness, Q.safety],
          "Leave the grand theories to others: ask practical questions (composite view).",
          "Ask about shift lengths, accidents, ventilation, pay and whether wages buy anything. The 1989 demands (safety, fair pay, the environment) are the agenda a union official recognises.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.party, Q.origins, Q.violence, Q.rehabilitation],
          "If asked about Soviet politics or history: that is for Soviet people to settle; Durham asks about the miners (composite view).",
          "The Soviet miners voted in June 1990 to leave the Party; how they judge Lenin, Trotsky or Stalin is their business. A British union official can offer experience, not a verdict.",
          [S.donetskCongress, "P13"],
        ),
        tp(
          [Q.forum, Q.todo],
          "If asked what should come of the seminar: a practical exchange, reported to the members (composite view).",
          "Lodges and the area union report to their members; a delegation that comes home should tell the coalfield what it saw.",
          ["P3", S.hopper],
        ),
      ],
      cannotKnowYet:
        "You do not know that after an underground visit in the Soviet Union you will tell Pirani the conditions were shocking, the safety regime diabolical, like the pits your grandfathers described (your words as reported in the essay, after the seminar; do not use them as if spoken in 1990). You died on 16 July 2016.",
      documentation:
        "Documented: Hopper was Durham area NUM general secretary from 1985 (Durham Miners' Association obituary) and, after an underground visit in the Soviet Union, told Pirani the safety regime was appalling and recalled his grandfathers' stories (P4); the essay does not say where the pit was. Not documented: that he attended the Sputnik Hotel seminar, that he led any delegation, his character, or his views on the independent unions in 1990. The talking points beyond those facts are the Durham composite view, labelled as such.",
    },
  },
  {
    id: "durham-lodge-militant",
    name: "Durham lodge militant (composite)",
    factionId: "durham-miners",
    kind: "composite",
    chair: false,
    pronouns: "he/him",
    bio: "A hewer from an east Durham colliery, picket-line veteran of 1984–85, member of no party but well read in socialist pamphlets. Here as a voice of the Durham rank and file.",
    sources: ["P3", S.beynon],
    brief: {
      standpoint:
        "You have been told for years that the Soviet Union is a workers' state, and after 1985 you have good reason to hate what the market did to your coalfield. But you trust what miners tell you more than what parties tell you, and if the Soviet miners say their union was on the bosses' side, you want to hear why. You will ask blunt questions of everyone, including the Trotskyists.",
      objectives: [
        "Hear directly from the Soviet miners what they want from British miners.",
        "Challenge anyone who defends the Soviet system without having worked in it.",
      ],
      resolutionObjectives: [
        { resolutionId: "direct-links-appeal", wants: "carried" },
        { resolutionId: "coal-autonomy", wants: "defeated" },
      ],
      talkingPoints: [
        tp(
          [Q.strikes],
          "We lost a year's wages in 1984–85 and learned who our friends were.",
          "The strike ran from March 1984 to March 1985; Durham was one of the solid areas. Help came from all over the world, including money raised in the USSR.",
          ["P3", S.beynon, S.internationalAidNum],
        ),
        tp(
          [Q.unions],
          "If our union's friends in Moscow opposed a miners' strike, we need to know.",
          "The official Soviet coal union opposed the 1989 strikes; the NUM was linked to it through the East–West international formed after it left the Miners' International Federation.",
          ["P1", "P2", S.numInternational],
        ),
        tp(
          [Q.strikes, Q.consciousness],
          "Miners everywhere want the same things: safe pits, decent pay, soap after a shift.",
          "The Kuzbass strikers' demands included soap, sugar, meat, winter clothing, pay and safety.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.workersState, Q.safety],
          "A 'workers' state' that does not keep its miners safe has some explaining to do.",
          "Safety and the environment were on the 1989 lists. Ask the Soviet delegates what they face underground, and ask the Trotskyists how that fits their theory.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.unions],
          "Ask the national officials why Solidarność's miners got nothing from them, as the essay's author later charged.",
          "Simon Pirani writes that the NUM leadership gave no word of support to Polish miners in Solidarność, or to the Soviet strikers in 1989 (P2). Put it to the NUM official as a question.",
          ["P2"],
        ),
        tp(
          [Q.market],
          "After 1985, the market came to our coalfield as closures.",
          "Pits shut after the defeat of the 1984–85 strike; the Soviet miners' hopes of selling coal at market prices should be tested against that.",
          ["P3", S.beynon],
        ),
        tp(
          [Q.consciousness],
          "Class feeling is real in a pit village; ask if it is real in Mezhdurechensk.",
          "About 12,000 men walked out in Mezhdurechensk in July 1989 and strike committees ran the towns. Ask the Soviet delegates whether that solidarity has lasted.",
          [S.strikesAp],
        ),
        tp(
          [Q.missionaries, Q.workersState],
          "Theory is cheap: who here has worked a shift?",
          "The Western Trotskyists call the USSR a workers' state; the miners struck for soap. Put the question to both.",
          ["P1", S.revolutionBetrayed],
        ),
        tp(
          [Q.party, Q.origins, Q.violence, Q.rehabilitation],
          "If asked about the Party and its history: you are no historian, but you know a bureaucracy when you see one.",
          "The Soviet miners voted 308 to 116 to leave the CPSU in June 1990. Whether Lenin or Stalin started it, the men underground paid; let the historians show the evidence.",
          [S.donetskCongress, "P11"],
        ),
        tp(
          [Q.forum, Q.todo],
          "If asked what should be done: swap addresses, not manifestos.",
          "Lodge to pit committee, letters and visits: that is what the rank and file can do without asking anyone's permission.",
          ["P3"],
        ),
      ],
      cannotKnowYet:
        "You do not know that Durham miners will soon visit Pavlograd, or that the British coal industry will be privatised and most remaining pits closed in the 1990s.",
      documentation:
        "A composite role representing the Durham rank-and-file militants whom the essay credits with seeking links with Soviet miners (P3). No individual is portrayed.",
    },
  },
  {
    id: "wapc-activist",
    name: "Women Against Pit Closures activist (composite)",
    factionId: "durham-miners",
    kind: "composite",
    chair: false,
    pronouns: "she/her",
    bio: "A miner's wife from an east Durham pit village who ran a strike kitchen in 1984–85 and has stayed active in Women Against Pit Closures. She has travelled to speak for the coalfields before and wants to meet the women of the Soviet mining towns.",
    sources: [S.wapc, S.nwapc, S.durhamWomen],
    brief: {
      standpoint:
        "In 1984–85 the women of the coalfields fed the strike: communal kitchens, food parcels, collections, and in some places the picket line. You learned to speak in public, to travel, and to argue with the union's men as well as with the Coal Board. You think solidarity is built by communities, not only by unions, and you want to know who feeds the Soviet strikers and who queues for what the shops do not have. You are suspicious of any theory that forgets the women in the mining towns.",
      objectives: [
        "Make the room hear about the mining towns and the women in them, not only the men underground.",
        "Win an exchange of visits that includes women's and community groups.",
      ],
      resolutionObjectives: [
        { resolutionId: "pit-exchange", wants: "carried" },
        { resolutionId: "direct-links-appeal", wants: "carried" },
      ],
      talkingPoints: [
        tp(
          [Q.strikes, Q.consciousness],
          "Strikes are won or lost in the kitchens as well as at the pit gates.",
          "From the first weeks of the 1984–85 strike, support groups, mostly of women, ran communal feeding and raised money; a national Women Against Pit Closures movement linked them.",
          [S.nwapc, S.wapc],
        ),
        tp(
          [Q.missionaries, Q.unions],
          "Solidarity between communities, not only between officials.",
          "During the strike some coalfield women travelled in Britain and abroad to speak and raise funds. Ask the Soviet delegates who organised support in their towns in 1989.",
          [S.nwapc],
        ),
        tp(
          [Q.workersState],
          "Ask the women what a workers' state gives them.",
          "The 1989 strikers' demands began with soap, sugar, meat and tea: the things women queue for. Sanitary products for women are hard to find.",
          ["P1", "P9", S.strikesWiki],
        ),
        tp(
          [Q.market],
          "We know what pit closures do to a village.",
          "After the defeat of 1985 pits closed across the coalfields and the villages lost their work. Soviet miners who hope the market will save their pits should hear it from us.",
          ["P3", S.beynon],
        ),
        tp(
          [Q.safety],
          "The women wait at the pit head when there is an accident.",
          "Safety was on the 1989 Soviet lists. Any exchange of visits should include the families, who live with the danger too.",
          ["P1", S.durhamWomen],
        ),
        tp(
          [Q.unions],
          "Women's groups had to argue with the union's men as well as the government.",
          "Women Against Pit Closures came to act on its own account, challenging the NUM's assumptions as well as the Coal Board's. A union's official line is not the last word.",
          [S.wapc],
        ),
        tp(
          [Q.party, Q.todo],
          "If asked about parties: we organised without waiting for any of them.",
          "The support groups began in front rooms and welfare halls with no central plan. The Soviet strike committees did the same; what they need is contact, not a party line.",
          [S.nwapc, "P1"],
        ),
        tp(
          [Q.origins, Q.violence, Q.rehabilitation],
          "If asked about Soviet history: it is their history to judge, but ask what happened to the families.",
          "Memorial collects the names of the repressed and their families' stories. Whoever started the killing, the women were left to raise the children.",
          ["P11", S.memorialFounding],
        ),
        tp(
          [Q.forum],
          "If asked who should discuss 1917: ordinary people, women included, in their own words.",
          "The women of the 1984–85 strike wrote their own accounts in poems, pamphlets and books. Meetings like this one should hear from the mining towns too.",
          [S.nwapc, "P13"],
        ),
      ],
      cannotKnowYet:
        "You do not know that most of Britain's remaining pits will close in the 1990s, or that women's groups will camp outside threatened pits to try to save them (general knowledge).",
      documentation:
        "A composite role. Women Against Pit Closures and the Durham women's support groups are documented; no WAPC member is known to have attended the seminar, and no individual is portrayed.",
    },
  },
];
