/**
 * Soviet miners' delegates. The essay names none, so all are composites: the Kuzbass, where the
 * 1989 strike began, the western Donbass, where the Durham link later led, and two from
 * Karaganda in Kazakhstan. They are the room's undecided votes: each brief says which motions
 * the delegate has not made up their mind on, so the other factions must win them.
 */
import type { Role } from "../../../scenario.js";
import { Q } from "../prompts.js";
import { S } from "../sources.js";
import { tp } from "./talking-point.js";

export const minerRoles: Role[] = [
  {
    id: "kuzbass-delegate",
    name: "Kuzbass strike-committee delegate (composite)",
    factionId: "independent-miners",
    kind: "composite",
    chair: false,
    pronouns: "he/him",
    bio: "A face worker from Mezhdurechensk in the Kuzbass, western Siberia, elected to his pit's strike committee in July 1989 and now a delegate of the independent miners' movement. Came to Moscow for union business and was told there would be foreigners here.",
    sources: ["P1", "P2", S.strikesWiki, S.strikesAp, S.donetskCongress],
    brief: {
      standpoint:
        "You are not a theorist. You struck because there was no soap to wash off the coal dust, because the pay did not buy anything and because men die underground. You have learned fast: the Party and the ministry will not fix this, and the official union sided with them. You want a union of your own, control for your mine and region over what your coal earns, and an end to the Party's rule. You are curious about the foreigners but suspicious of anyone, left or right, who wants to use the miners. On the workers' state, the market, the history motions and the publishing committee you have not made up your mind: whoever explains what it means for miners wins your vote.",
      objectives: [
        "Get concrete help for the independent union: contacts, equipment, publicity, not speeches.",
        "Find out why the British miners' union is friends with the official union that opposed you.",
        "Keep the movement independent of every party, old or new.",
      ],
      resolutionObjectives: [
        { resolutionId: "direct-links-appeal", wants: "carried" },
        { resolutionId: "support-july-demands", wants: "carried" },
      ],
      talkingPoints: [
        tp(
          [Q.strikes, Q.consciousness],
          "We started it: the strike came from below, not from any party.",
          "It began at a Mezhdurechensk pit on 10–11 July 1989, about 12,000 men in that town alone; by 14 July at least eight Kuzbass towns were out and on 17 July a regional strike committee formed in Kemerovo. Within days the Donbass, Vorkuta, Karaganda, Rostov and Lviv-Volyn followed: 400,000–500,000 strikers.",
          ["P1", S.strikesAp, S.strikesWiki],
        ),
        tp(
          [Q.strikes, Q.safety],
          "Our demands were about living like human beings, and then about who decides.",
          "The Kuzbass list had about 40 items: soap, sugar, meat, tea, winter clothing, fair pay, safety, the environment and local economic autonomy. Political demands (a new constitution) followed quickly. Gorbachev conceded rather than send troops; many promises were not kept, so miners struck again for a day on 11 July 1990.",
          ["P1", S.strikesWiki, S.strikesAtc, S.strikeJuly1990],
        ),
        tp(
          [Q.unions],
          "The official union was on the other side, so we are building our own.",
          "The official coal union opposed the strikes. In September 1989 strike leaders tried to make it leave VTsSPS and failed. In June 1990 the First Congress of Soviet Miners in Donetsk resolved to build an independent union.",
          ["P1", S.officialUnion, S.donetskCongress],
        ),
        tp(
          [Q.party],
          "We are finished with the Party.",
          "At Donetsk in June 1990 delegates voted 308 to 116 for a mass exit from the CPSU. On 11 July 1990 miners struck for a day demanding the Ryzhkov government's resignation and an end to Party rule.",
          [S.donetskCongress, S.strikeJuly1990],
        ),
        tp(
          [Q.unions],
          "Why does the British NUM sit with our bosses' union?",
          "The NUM left the Miners' International Federation in 1983–85 for an East–West body that included the official Soviet union. The essay's author says its leaders gave no public support to the 1989 strikers or to Polish miners in Solidarność (P2); ask the NUM official to answer that.",
          ["P2", S.numInternational],
        ),
        tp(
          [Q.workersState],
          "Do not tell us this is a workers' state. Workers had to strike to get soap.",
          "The first Kuzbass demands were for soap, sugar, meat, tea and winter clothing. Gorbachev promised concessions; many were not honoured, which is why miners struck again on 11 July 1990.",
          ["P1", S.strikesWiki, S.strikeJuly1990],
        ),
        tp(
          [Q.market],
          "Our coal should pay for our towns; whether that is 'the market' you have not decided.",
          "Local economic autonomy was among the Kuzbass demands: miners wanted pits able to sell coal at fair prices and to keep revenue in the region. You do not much care whether intellectuals call it market or socialism, but you want to hear from the British what happened to their pits.",
          ["P1", S.strikesWiki, S.strikesAtc],
        ),
        tp(
          [Q.missionaries],
          "What help we want from foreign miners.",
          "Concrete things: safety equipment and information, contacts between pits, publicity abroad when leaders are harassed, and a British union that stops treating the official union as our voice. Rank-and-file British miners who offer pit-to-pit contact are welcome.",
          ["P2", "P3"],
        ),
        tp(
          [Q.forum, Q.rehabilitation],
          "Most miners care about 1920s history less than this room does, but they know the Party lied to them about everything.",
          "Only now is the Soviet press admitting that a Stalinist agent killed Trotsky. The lies about history and the empty shops are, to miners, the same system.",
          ["P13", S.essayRepublished],
        ),
        tp(
          [Q.origins, Q.violence],
          "If asked about Lenin and Stalin: you want the truth, and you will vote with whoever convinces you.",
          "In Kuzbass towns many families came as deportees or camp labour (general knowledge). You have not decided whether the killing began with Stalin; ask the historians to show you the evidence.",
          ["P11", "P12"],
        ),
        tp(
          [Q.todo],
          "If asked what the left should do: help us, do not recruit us.",
          "The strike committees are not anyone's party. Publishing labour news and helping the new union with printing and contacts would be welcome; lectures would not.",
          [S.kasKor, S.donetskCongress],
        ),
      ],
      cannotKnowYet:
        "You do not know that the second congress in Donetsk (26 October 1990, about 900 delegates) will found the nationwide independent miners' union (NPG), that in March–May 1991 you will strike again to demand Gorbachev's resignation, or that after 1992 the market many of you hoped for will bring unpaid wages and pit closures.",
      documentation:
        "A composite role. The essay says independent-union representatives attended but names none. Facts come from reports on the 1989–90 strikes and congresses; the personal details are invented and typical.",
    },
  },
  {
    id: "pavlograd-delegate",
    name: "Western Donbass miners' delegate from Pavlograd (composite)",
    factionId: "independent-miners",
    kind: "composite",
    chair: false,
    pronouns: "he/him",
    bio: "An electrician from a pit near Pavlograd, in the western Donbass of eastern Ukraine, active in the local strike committee since July 1989. Dry sense of humour; has never met a foreign miner.",
    sources: ["P1", "P3", S.strikesWiki, S.ukraineSovereignty],
    brief: {
      standpoint:
        "Your coalfield joined the strike in mid-July 1989, days after the Kuzbass. You are proud of it and wary of being lectured. You would like to meet British miners (you heard about their year-long strike) but you want them to see your pit, not just your congress hall. Ukrainian as well as Soviet, you notice when Moscow and foreigners assume everyone here is Russian; your republic declared its sovereignty last month. On the history motions, the workers' state and the market you are undecided.",
      objectives: [
        "Invite the British miners to come and see conditions underground for themselves.",
        "Insist that solidarity is between equals, not a mission from West to East.",
      ],
      resolutionObjectives: [
        { resolutionId: "pit-exchange", wants: "carried" },
        { resolutionId: "direct-links-appeal", wants: "carried" },
      ],
      talkingPoints: [
        tp(
          [Q.strikes, Q.consciousness],
          "The Donbass was out within days of the Kuzbass: this is a movement across the whole Union.",
          "The Donbass joined the strike between 15 and 19 July 1989; in all 400,000–500,000 miners struck across the Kuzbass, the Donbass, Vorkuta, Karaganda, Rostov and the Lviv-Volyn coalfield.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.safety, Q.workersState],
          "Come down our pit before you tell us what a workers' state is.",
          "Safety and the environment were among the 1989 demands. An invitation to British miners to go underground, not only to sit in meetings, is the best answer to any theory.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.missionaries],
          "We will greet foreign friends with a joke, not with a banner.",
          "Pavlograd miners have a dry way with visitors who think they have discovered them. Treat the guests as equals and expect the same.",
          ["P3"],
        ),
        tp(
          [Q.unions, Q.party],
          "The congress in Donetsk, in our own region, showed that miners can organise across the whole Union.",
          "The First Congress of Soviet Miners met in Donetsk from 11 June 1990, voted 308 to 116 to leave the CPSU and set about building an independent union. In early July Donetsk mines voted to throw the Party committees out of their offices.",
          [S.donetskCongress, S.partyCommitteesOut],
        ),
        tp(
          [Q.unions],
          "The official union tried to stop us and then refused to change.",
          "In September 1989 strike leaders asked the official coal union to break with VTsSPS; it refused. That is why the Donetsk congress decided to build a new union.",
          ["P1", S.officialUnion, S.donetskCongress],
        ),
        tp(
          [Q.consciousness, Q.missionaries],
          "The movement spans the whole Union: Ukrainians, Russians, Kazakhs, everyone who goes underground.",
          "The strike spread from the Kuzbass to the Donbass, Vorkuta in the Arctic north, Karaganda in Kazakhstan, Rostov and the Lviv-Volyn coalfield in western Ukraine. Any foreign partner must deal with all of them, not only Moscow. On 16 July 1990 Ukraine's parliament declared the republic sovereign.",
          ["P1", S.strikesWiki, S.ukraineSovereignty],
        ),
        tp(
          [Q.party],
          "We have left the Party; we struck on 11 July against the government.",
          "The one-day strike of 11 July 1990 demanded that Prime Minister Ryzhkov resign and that Communist Party rule end; in Donetsk thousands rallied outside the Party's regional headquarters.",
          [S.strikeJuly1990],
        ),
        tp(
          [Q.market],
          "A market for coal might pay better, but nobody here has seen one.",
          "Demands for economic autonomy came from pits that sold coal at state-fixed prices. You are open to the argument but ask the British miners what happened to their pits after 1985.",
          ["P1", "P3", S.beynon],
        ),
        tp(
          [Q.origins, Q.violence, Q.rehabilitation],
          "If asked about history: the Donbass has its own dead, and you want them counted.",
          "Ukraine suffered the Civil War, the famine of the early 1930s and the terror (general knowledge). You have not decided between Memorial and the Trotskyists; they must persuade you with evidence.",
          ["P11", "P12"],
        ),
        tp(
          [Q.forum, Q.todo],
          "If asked what should happen next: meetings in the coalfields, not only in Moscow.",
          "The strike committees still meet; a seminar that wants miners in the room should come to Donetsk or Pavlograd as well.",
          ["P1", "P13", S.friedgutSiegelbaum],
        ),
      ],
      cannotKnowYet:
        "You do not know that Durham miners will soon arrive in Pavlograd and that the locals will give one of them a teasing nickname, that Ukraine will be independent by the end of 1991, or that the second Donetsk congress on 26 October 1990 will found the NPG.",
      documentation:
        "A composite role. The essay says Pavlograd miners later hosted Dave Temple and a Durham delegation, but it does not say any Pavlograd miner was at the seminar; this delegate stands for the western Donbass miners who became Durham's partners.",
    },
  },
  {
    id: "karaganda-delegate",
    name: "Karaganda miners' delegate (composite)",
    factionId: "independent-miners",
    kind: "composite",
    chair: false,
    pronouns: "he/him",
    bio: "A shift foreman from the Karaganda coalfield in Kazakhstan, elected to the regional strike committee in July 1989. Grew up in a family of deportees; speaks Russian and some Kazakh.",
    sources: ["P1", S.strikesWiki, S.donetskCongress],
    brief: {
      standpoint:
        "Karaganda joined the 1989 strike alongside the Russian and Ukrainian coalfields, and you want the movement to stay a union of all Soviet miners while each republic claims more say over its own affairs. Your family came to Karaganda under escort, not by choice, so the history Memorial collects is your own family's history. You are practical, cautious with foreigners and unwilling to be spoken for by Moscow delegates or by Western visitors. On the market and the workers' state you are undecided.",
      objectives: [
        "Make sure Kazakh and other non-Russian coalfields are heard in any international link.",
        "Connect the history of repression to the miners' present grievances.",
      ],
      resolutionObjectives: [
        { resolutionId: "support-july-demands", wants: "carried" },
        { resolutionId: "all-victims-remembered", wants: "carried" },
      ],
      talkingPoints: [
        tp(
          [Q.strikes, Q.consciousness],
          "Kazakhstan's miners struck too: the movement is not only Russian or Ukrainian.",
          "After the Kuzbass and the Donbass, the July 1989 strike reached Vorkuta, Karaganda, Rostov and the Lviv-Volyn coalfield, 400,000–500,000 miners in all.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.missionaries, Q.unions],
          "Foreign miners who want links should come to Karaganda as well as Moscow and Donetsk.",
          "Any appeal for direct links must name all the coalfields. Ask the British whether they mean Kazakh miners too, and hold them to it.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.origins, Q.violence],
          "Our town was built by prisoners and deportees; the repression is not an academic subject here.",
          "Karaganda was a centre of the Gulag camp system and of deportations (general knowledge). Memorial is collecting exactly these family histories, and you want every period counted.",
          ["P11", S.memorialFounding],
        ),
        tp(
          [Q.party, Q.unions],
          "We need our own union and our own say, and the Party's monopoly must end.",
          "The official union opposed the strikes and would not leave VTsSPS (September 1989); the Donetsk congress of June 1990 voted 308 to 116 for a mass exit from the CPSU and began building an independent union.",
          [S.officialUnion, S.donetskCongress],
        ),
        tp(
          [Q.market, Q.workersState],
          "Whether a market or a plan, the miners must control what their coal earns.",
          "Local economic autonomy was among the 1989 demands, next to soap, meat, winter clothing, pay and safety. You will vote for whoever shows you how miners keep control.",
          ["P1", S.strikesWiki, S.strikesAtc],
        ),
        tp(
          [Q.safety],
          "If asked about safety: our pits are old and deep, and the committees want inspectors they elect.",
          "Safety and the environment were on the 1989 lists across the coalfields. Information and equipment from abroad would help; so would inspectors who answer to miners, not to the ministry.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.rehabilitation, Q.forum],
          "If asked about Trotsky: he was deported too, to Alma-Ata.",
          "Trotsky was exiled to Alma-Ata, in Kazakhstan, in 1928 before his deportation abroad in 1929. Rehabilitate all the deported, and let the families speak at meetings like this one.",
          [S.trotskyBan],
        ),
        tp(
          [Q.todo],
          "If asked what the left should do: print the union's news and stay out of its leadership.",
          "The committees need printing, contacts and information more than advice. KAS's newsletter already carries strike news.",
          [S.kasKor, "P1"],
        ),
      ],
      cannotKnowYet:
        "You do not know that the USSR will break up at the end of 1991, leaving Karaganda's miners in an independent Kazakhstan, or that the second Donetsk congress on 26 October 1990 will found the NPG as a union across the Soviet coalfields.",
      documentation:
        "A composite role. The essay mentions Kazakh miners as partners the Durham militants later sought (P3); Karaganda's part in the 1989 strike is documented. No Karaganda delegate is known to have attended, and no individual is portrayed.",
    },
  },
  {
    id: "karaganda-kazakh-miner",
    name: "Kazakh miner from Karaganda (composite)",
    factionId: "independent-miners",
    kind: "composite",
    chair: false,
    pronouns: "he/him",
    bio: "A young Kazakh face worker from a Karaganda pit, one of the few Kazakhs on his strike committee, sent to Moscow to learn how the other coalfields are organising.",
    sources: ["P1", S.strikesWiki],
    brief: {
      standpoint:
        "Many miners in Karaganda are Russians, Ukrainians and the children of deportees (general knowledge); you are Kazakh, and you notice that Moscow speaks for Kazakhstan without asking. In 1989 the Karaganda strikers added a demand of their own: an end to the nuclear tests on the steppe east of you. You want a union that is as much yours as the Russians', and solidarity that reaches Central Asia. On most of today's motions you are undecided, and you will say so until someone explains what they mean for Karaganda.",
      objectives: [
        "Put Karaganda's own demands, including the end of nuclear testing, before the foreign visitors.",
        "Make sure any exchange of delegations includes a Kazakh coalfield.",
      ],
      resolutionObjectives: [{ resolutionId: "pit-exchange", wants: "carried" }],
      talkingPoints: [
        tp(
          [Q.strikes, Q.safety],
          "Karaganda's strike was about more than pay: we demanded an end to nuclear testing.",
          "Among the 1989 strike goals, the Karaganda basin's included an end to nuclear tests, beside the common demands for pay, goods, safety and autonomy.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.consciousness],
          "Miners of many peoples struck together; that is the class feeling we have.",
          "Kuzbass, Donbass, Vorkuta, Karaganda, Rostov and Lviv-Volyn struck within days of each other in July 1989. Whether that makes one class consciousness, ask the men who organised it.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.unions, Q.missionaries],
          "If foreigners want links, they should ask us directly, not through Moscow.",
          "The official union speaks from Moscow; the strike committees speak for their pits. A delegation that only visits Moscow and Donetsk has not met Karaganda.",
          [S.officialUnion, "P1"],
        ),
        tp(
          [Q.party],
          "If asked about the Party: it ruled Kazakhstan from Moscow, and that is ending.",
          "Article 6 was amended in March 1990; in June the miners' congress voted to leave the CPSU; in July Ukraine declared its sovereignty. Kazakhstan's people will want their say too.",
          [S.article6, S.donetskCongress, S.ukraineSovereignty],
        ),
        tp(
          [Q.market, Q.workersState],
          "If asked about the market or the workers' state: you have not decided, and you want to hear the argument.",
          "You know what the plan gave Karaganda: pits, barracks and shortages. You do not know what the market would give. Ask each speaker what happens to a coal town when the subsidy stops.",
          ["P1", "P3"],
        ),
        tp(
          [Q.origins, Q.violence],
          "If asked about the past: Kazakhstan remembers the famine and the camps.",
          "The steppe received deportees and camps, and Kazakhs themselves died in great numbers in the famine of the early 1930s (general knowledge). You want every period studied.",
          ["P11", S.memorialFounding],
        ),
        tp(
          [Q.rehabilitation],
          "If asked about Trotsky: he was sent into exile in Kazakhstan, like many others.",
          "Trotsky was exiled to Alma-Ata in 1928. Whatever the room decides about him, the other exiles deserve the same attention.",
          [S.trotskyBan],
        ),
        tp(
          [Q.forum, Q.todo],
          "If asked what should be done: bring these meetings to Karaganda, in Russian and Kazakh.",
          "Discussion of the revolution was closed to ordinary people for decades (P13). Meetings in the coalfields, with interpreters, would open it to miners.",
          ["P13"],
        ),
      ],
      cannotKnowYet:
        "You do not know that Kazakhstan will be independent by the end of 1991, or that the nuclear test site near Semipalatinsk will be closed in 1991 (general knowledge).",
      documentation:
        "A composite role. Karaganda's part in the 1989 strike and its demand to end nuclear testing are documented; no Kazakh miner is known to have attended, and no individual is portrayed. His nationality and personal details are invented.",
    },
  },
];
