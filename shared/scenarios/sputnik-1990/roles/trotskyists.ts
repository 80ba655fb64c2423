/**
 * Soviet and Western Trotskyists, and a Western socialist of the state-capitalist tradition that
 * broke with Trotsky's view of the USSR. Gusev and Pirani are real people; their 1990 views are
 * reconstructed only from what they later wrote or said, and the briefs say where that ends.
 */
import type { Role } from "../../../scenario.js";
import { Q } from "../prompts.js";
import { S } from "../sources.js";
import { tp } from "./talking-point.js";

export const trotskyistRoles: Role[] = [
  {
    id: "alexei-gusev",
    name: "Alexei Gusev",
    factionId: "soviet-trotskyists",
    kind: "historical",
    chair: false,
    pronouns: "he/him",
    bio: "A young Moscow Trotskyist, one of the Soviet socialists who have been reading Trotsky's long-banned works and looking for comrades abroad. Decades later he became a historian at Moscow State University.",
    sources: ["P7", S.gusev1, S.gusev2, S.sergeLibrary1],
    brief: {
      standpoint:
        "This is the Soviet Trotskyists' composite view, not Gusev's documented words. You hold that the October revolution was betrayed, not that it was a mistake. In Trotsky and the Left Opposition you have found a communism of workers' democracy and internationalism, the opposite of the bureaucracy you grew up under. You want the new left to take part in the independent unions and to bring the hidden history of Soviet dissent, socialist and otherwise, back into the light. You hold the Bolsheviks in high esteem.",
      objectives: [
        "Show that Soviet socialists exist who are neither Party loyalists nor converts to the market.",
        "Win the miners' delegates to the idea of working with left activists in their new union.",
        "Get the Western groups to help with literature and contacts without taking over.",
      ],
      resolutionObjectives: [
        { resolutionId: "left-publishing-committee", wants: "carried" },
        { resolutionId: "defend-nationalised-property", wants: "carried" },
      ],
      talkingPoints: [
        tp(
          [Q.origins, Q.rehabilitation],
          "The Soviet Trotskyists' view: Stalinism was a counter-revolution against October, and Trotsky's fate shows it.",
          "Trotsky was expelled from the party in 1927, exiled to Alma-Ata in 1928, deported in 1929 and murdered by a Stalinist agent in Coyoacán in August 1940; his writings were banned from 1927.",
          [S.trotskyBan, S.assassination],
        ),
        tp(
          [Q.strikes, Q.unions],
          "The 1989 strikes show workers taking matters into their own hands; the left belongs inside that movement.",
          "From Mezhdurechensk on 10–11 July 1989 the strike spread to 400,000–500,000 miners; strike committees ran whole towns, and in June 1990 the Donetsk congress resolved to build an independent union against the opposition of the official one.",
          ["P1", S.strikesWiki, S.strikesAtc, S.donetskCongress],
        ),
        tp(
          [Q.party],
          "The composite view of your circle: you can break with the Party without breaking with socialism.",
          "In June 1990 the miners' congress in Donetsk voted 308 to 116 to leave the CPSU, and in July Yeltsin walked out of the Party congress. Your circle agrees with the miners about the Party, not about socialism, and says so to suspicious liberals.",
          [S.donetskCongress, S.yeltsinQuits],
        ),
        tp(
          [Q.todo, Q.forum],
          "Recovering suppressed history is political work: the Left Opposition, Victor Serge, and the other dissidents the state erased.",
          "Seminars and publishing are how a small group can be useful now. Trotsky's writings were banned from 1927; Serge, Trotsky's collaborator and later critic, is almost unknown to Soviet readers.",
          [S.trotskyBan, S.sergeKronstadt],
        ),
        tp(
          [Q.todo],
          "Anarcho-syndicalists are our neighbours, not enemies: joint work is possible.",
          "The Confederation of Anarcho-Syndicalists (KAS), founded in 1989 with groups in many cities, publishes its own papers and labour news. Joint work on strike support and publishing is within reach.",
          [S.kas, S.kasFounding],
        ),
        tp(
          [Q.workersState, Q.strikes],
          "A state where workers strike for soap is not run by workers: the bureaucracy rules, but the nationalised economy is worth keeping.",
          "The Kuzbass strikers' list of about 40 demands opened with soap, sugar, meat and tea; the official union, part of the state apparatus, opposed them. For a Soviet Trotskyist this is the bureaucratic caste Trotsky described, to be removed from below, not a reason to sell the mines.",
          ["P1", S.strikesWiki, S.revolutionBetrayed],
        ),
        tp(
          [Q.origins, Q.violence],
          "Against Memorial: the Civil War was forced on the revolution, and Stalin's terror destroyed the Bolsheviks themselves.",
          "Stalin's purges of the 1930s killed most of Lenin's party leadership and the Left Oppositionists (general knowledge); Trotsky himself was hunted down and killed in Mexico in 1940. Be ready for the reply that the Red Terror and the shooting of Tolstoyan objectors came earlier.",
          ["P11", "P12", S.assassination],
        ),
        tp(
          [Q.market, Q.consciousness],
          "The answer to the Party's collapse is not the market but democratic control by working people.",
          "Strikers demanded local economic autonomy; liberals read that as privatisation, you read it as workers' control. The Democratic Platform inside the CPSU itself now talks of a market regulated by society.",
          ["P1", S.strikesAtc, S.democraticPlatform],
        ),
        tp(
          [Q.forum],
          "Discussion of 1917 has to happen in public, with workers in the room, not only in the institutes.",
          "Memorial's Trotsky meetings of 1988 and 1989 filled halls; this seminar adds miners' delegates and foreign socialists to students and researchers.",
          ["P13", "P14", S.trotskyEvening1988],
        ),
        tp(
          [Q.safety],
          "If asked about the pits: safety is where bureaucratic rule kills people.",
          "Safety and the environment were on the 1989 Kuzbass list. A plan that counts tonnes and not lives is the bureaucracy's plan, not the workers'.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.missionaries],
          "If asked about the Western visitors: we need their books, not their instructions.",
          "Western groups arrive with pamphlets that Soviet readers could not get for decades; the Soviet left knows its own country. Ask them to help publish, and to listen.",
          [S.essayRepublished, S.trotskyBan],
        ),
      ],
      cannotKnowYet:
        'You do not know that you will become a professor of history who says, looking back on the 1990s, that your comrades showed "no small degree of utopianism" and an "idealisation of Bolshevism" (your later words, quoted in the essay, P7), while still judging their work worthwhile; nor that the USSR will fall in 1991, nor that the Victor Serge Library you will help found will open in Moscow on 1 May 1997, nor that Trotskyist and anarchist groups will carry on parallel and sometimes joint work through that decade.',
      documentation:
        'Documented: the essay names Gusev as a Moscow Trotskyist of the period who is now a history professor, and quotes his judgement, looking back on the 1990s, that Russia\'s Trotskyists had shown "no small degree of utopianism" as well as an "idealisation of Bolshevism", though he would not call their activity useless (P7). New Politics biographies confirm his later post at Moscow State University and his part in founding the Victor Serge Library; a 1997 report confirms the library\'s opening. Not documented: his age, which group he belonged to in 1990, whether he spoke at the seminar, and anything he said there. The 1990 standpoint and talking points are the composite view of the young Soviet Trotskyists, labelled as such.',
    },
  },
  {
    id: "moscow-student-trotskyist",
    name: "Moscow student socialist (composite)",
    factionId: "soviet-trotskyists",
    kind: "composite",
    chair: false,
    pronouns: "she/her",
    bio: "A history student from Moscow who has just joined one of the city's new Trotskyist circles and is at a meeting with foreigners for the first time. Speaks some English and helps with interpreting.",
    sources: ["P7", S.moscowTrotskyists],
    brief: {
      standpoint:
        "You came to Trotsky through samizdat and the glasnost press. Your group, founded this year, calls itself a committee for workers' democracy and international socialism. You are thrilled by the Western visitors and a little embarrassed by how much they think they know about your country. You want civil rights now and socialism from below, and you are tired of hearing that the two are incompatible. As a woman you notice what the Western men do not: the queues, the missing sanitary products, who does the second shift at home.",
      objectives: [
        "Ask the Western Trotskyists hard questions about what they actually know of Soviet life.",
        "Persuade the liberal democrat that a democratic socialist left has a place in the new Russia.",
      ],
      resolutionObjectives: [
        { resolutionId: "support-july-demands", wants: "carried" },
        { resolutionId: "left-publishing-committee", wants: "carried" },
      ],
      talkingPoints: [
        tp(
          [Q.todo, Q.party],
          "New socialist circles can now form openly in Moscow, outside the Party.",
          "The Committee for Workers' Democracy and International Socialism was founded in Moscow in 1990 by Sergei Biets; it is one of several small circles. Since March 1990 the constitution no longer names the CPSU as the leading force.",
          [S.moscowTrotskyists, S.article6],
        ),
        tp(
          [Q.party, Q.strikes],
          "The Party is collapsing from within; socialism does not have to go down with it.",
          "At Donetsk in June 1990 the miners' congress voted 308 to 116 to call for a mass exit from the CPSU; on 11 July 1990 miners struck for a day demanding the government resign and Party cells leave the army, the KGB and the ministries.",
          [S.donetskCongress, S.strikeJuly1990Tribune],
        ),
        tp(
          [Q.workersState, Q.missionaries],
          "Westerners who call this a workers' state should try the buses, the shops and the pits.",
          "The 1989 strikers' first demands were for soap, sugar, meat, tea and winter clothing. Shortages of basic goods, including sanitary products for women, are everyday life.",
          ["P1", "P9", S.strikesWiki],
        ),
        tp(
          [Q.rehabilitation],
          "Trotsky is creeping back into the official press, so the question is what we do with him.",
          "Pravda conceded his role in 1917 and the Civil War in 1988; Young Communist reprinted his 1923 articles in August 1989. No formal rehabilitation has followed.",
          [S.pravda1988, S.newCourse1989],
        ),
        tp(
          [Q.forum],
          "The first time you heard Trotsky discussed openly was at Memorial's evenings.",
          "A Memorial group held Moscow's first public Trotsky evening on 15 November 1988 at the Moscow Aviation Institute's House of Culture; another Trotsky meeting was reported at the Cinema House in December 1989.",
          [S.trotskyEvening1988, S.cinemaHouse1989],
        ),
        tp(
          [Q.todo, Q.missionaries],
          "You want the books more than the speeches.",
          "Trotsky's writings were banned from 1927 and your generation read scraps. A British visitor arrived with a suitcase of pamphlets; Sheremetyevo customs suspected black-market trading, not politics.",
          [S.essayRepublished, S.trotskyBan],
        ),
        tp(
          [Q.todo, Q.unions],
          "Anarchists and Trotskyists in Moscow should work together on labour news and solidarity.",
          "KAS, founded in 1989, has groups in many cities and its own papers; its newsletter KAS-KOR reports on the workers' committees. Your circle has far fewer contacts in the coalfields than they do.",
          [S.kasFounding, S.kasKor],
        ),
        tp(
          [Q.consciousness],
          "Challenge Western comrades on the class: Soviet workers are not one mind.",
          "Miners in the Kuzbass, the Donbass, Vorkuta and Karaganda struck together in 1989, but their demands ran from soap to local autonomy to a new constitution, and many now want markets. Ask the Western speakers what they think a 'Soviet working-class consciousness' actually is.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.origins, Q.violence],
          "If asked about the Civil War: you are not sure, and you say so.",
          "You were taught one history at school and are reading another in the glasnost press. The Red Terror and the shooting of Tolstoyan objectors trouble you; you want the documents, not slogans from either side.",
          ["P12", S.chertkov],
        ),
        tp(
          [Q.market],
          "If asked about the market: ask who will pay for it.",
          "The democrats promise the market will pay miners properly; Trotskyists warn of closures. Ask the miners' delegates what they mean by economic independence before anyone answers for them.",
          ["P1", S.strikesAtc],
        ),
        tp(
          [Q.safety],
          "If asked about the pits: ask the miners, and ask the women in their towns.",
          "Safety, pollution and basic goods were all on the 1989 lists. Conditions underground and at home are the same question seen from two sides.",
          ["P1", S.strikesWiki],
        ),
      ],
      cannotKnowYet:
        "You do not know that within a year you may be at the barricades around the Russian parliament with a red flag, explaining to liberals why communists are defending democracy, or that the 1990s will bring mass poverty and a 'red-brown' opposition you will have to refuse.",
      documentation:
        "A composite role based on the essay's picture of Moscow's young Trotskyists (P6–P7) and on the founding of the Committee for Workers' Democracy and International Socialism in 1990. No individual is portrayed; Sergei Biets is mentioned as the group's founder, not as a participant.",
    },
  },
  {
    id: "simon-pirani",
    name: "Simon Pirani",
    factionId: "western-trotskyists",
    kind: "historical",
    chair: false,
    pronouns: "he/him",
    bio: "A British Trotskyist writer and activist (by one later and hostile account, from the Workers Press current), in Moscow for the anniversary. He flew in through Sheremetyevo with a suitcase full of Trotsky pamphlets, which customs suspected were black-market goods. Thirty years later he wrote the essay that is our main source.",
    sources: ["P3", "P9", "P10", "P14", S.essay, S.essayRepublished, S.pirani, S.piraniWrp],
    brief: {
      standpoint:
        "You hold, as you later wrote you then did, that the USSR is a workers' state: its nationalised economy a gain of October to be defended, its rulers to be removed by the workers. You expect to find a Soviet working class with a shared consciousness ready to do it, and you see the 1989 strikes as a sign. You came to listen and to make links, especially between Soviet and British miners.",
      objectives: [
        "Build practical links between the independent miners and British rank-and-file miners.",
        "Argue that Trotsky's analysis explains the crisis better than liberal or Stalinist accounts.",
        "Listen: note what the Soviet participants say that does not fit your expectations.",
      ],
      resolutionObjectives: [
        { resolutionId: "direct-links-appeal", wants: "carried" },
        { resolutionId: "defend-nationalised-property", wants: "carried" },
      ],
      talkingPoints: [
        tp(
          [Q.strikes, Q.consciousness],
          "The usual Trotskyist view, which you then held: the 1989 strikes were a working-class revolt against the bureaucracy, and Western socialists owe them solidarity.",
          "From Mezhdurechensk on 10–11 July 1989 the strike spread to at least eight Kuzbass towns by 14 July, then to the Donbass, Vorkuta, Karaganda, Rostov and Lviv-Volyn; 400,000–500,000 struck. The official union opposed it.",
          ["P1", S.strikesWiki, S.strikesAp],
        ),
        tp(
          [Q.unions],
          "Ask the NUM official why its leaders gave the Soviet strikers no public word of support; British miners can change that from below.",
          "The NUM left the Miners' International Federation in 1983–85 for an East–West body with the official Soviet union. The charge of silence on the 1989 strikers and on Solidarność's miners is yours: you make it later as the essay's author (P2).",
          ["P2", S.numInternational],
        ),
        tp(
          [Q.unions, Q.safety],
          "You hope to put the independent miners in touch with Britain's rank-and-file militants, who want links with Soviet and South African miners alike.",
          "You have not yet met the Durham militants; the essay says the links with them came through this seminar (P3). Your pitch: veterans of the 1984–85 strike who want pit-to-pit contact, not diplomacy between officials.",
          ["P3"],
        ),
        tp(
          [Q.missionaries, Q.todo],
          "Trotsky's books should be in Soviet hands: that is why you brought them.",
          "His writings were banned from 1927. You carried pamphlets through Sheremetyevo (probably including some from the Hungarian Trotskyist exiles in France whose group founded Workers International in 1990 with the Workers Press current; your link to that current rests on one hostile source).",
          [S.essayRepublished, S.trotskyBan, S.workersInternational, S.piraniWrp],
        ),
        tp(
          [Q.workersState, Q.market],
          "In 1990 you still defend the gains of October in the nationalised economy, against restoration.",
          "That is the standard Trotskyist view of the USSR as a degenerated workers' state, which you then held, from Trotsky's Revolution Betrayed. Argue it in good faith; do not borrow your later, disillusioned conclusions.",
          ["P5", S.revolutionBetrayed],
        ),
        tp(
          [Q.consciousness],
          "Soviet workers can act as a class, and 1989 proved it.",
          "About 12,000 men walked out in Mezhdurechensk alone; a regional strike committee formed in Kemerovo on 17 July 1989; the movement spread across five coalfields within a week. You assume a shared working-class consciousness behind it.",
          [S.strikesAp, S.strikesWiki],
        ),
        tp(
          [Q.origins, Q.violence],
          "Stalinism was a break with the revolution, not its continuation.",
          "Stalin's agent killed Trotsky in Coyoacán in August 1940, the climax of a campaign that destroyed the Left Opposition. Expect Memorial to answer with the victims of 1918–21; acknowledge them and argue about cause.",
          ["P11", S.assassination],
        ),
        tp(
          [Q.rehabilitation],
          "If asked about rehabilitation: the best rehabilitation is publication.",
          "Young Communist reprinted The New Course in August 1989; the rest of Trotsky's work, and that of the Left Opposition, is still unpublished in the USSR. Let Soviet readers judge him from his own writing.",
          [S.newCourse1989, S.trotskyBan],
        ),
        tp(
          [Q.party],
          "If asked about the Party: the miners leaving it are right, and the left must not be buried with it.",
          "The Donetsk congress voted 308 to 116 for a mass exit from the CPSU in June 1990. You argue for a socialist alternative outside the Party, not for the Party's reform.",
          [S.donetskCongress, "P6"],
        ),
        tp(
          [Q.forum],
          "If asked who should carry the argument: meetings like this one, where foreigners and Soviet citizens can talk at last.",
          "For decades Soviet people could not discuss the revolution freely with each other, still less with foreigners (P13). This seminar is one of the first chances.",
          ["P13", "P14"],
        ),
      ],
      cannotKnowYet:
        "You do not yet know that what you see this trip and next (crowded transport, the lack of sanitary products for women, the callousness of the safety regime underground) will break your belief in the 'workers' state', nor that you will conclude there was no shared Soviet working-class consciousness after three generations of brutalisation. You do not know that Durham miners you have yet to meet will go to Pavlograd, or that you will become a historian of the Russian revolution, a Durham honorary professor and an energy researcher.",
      documentation:
        "Documented: Pirani's own later account in the essay (2020): his attendance, his pamphlets, his expectations and how they were broken (P3, P9–P10, P14), and his later career (Troubador author page). His Workers Press background rests on a single hostile source (Socialist Fight's note), and the link between his pamphlets and Nagy's group is an inference. Not documented: what he said at the seminar, or any trait of character. His 1990 arguments here are reconstructed from the views he says he then held and from the usual Trotskyist position; they are not quotations.",
    },
  },
  {
    id: "western-trotskyist-orthodox",
    name: "Western Trotskyist from another tendency (composite)",
    factionId: "western-trotskyists",
    kind: "composite",
    chair: false,
    pronouns: "he/him",
    bio: "A member of a different western European Trotskyist group, come to Moscow to mark the anniversary and to argue for his organisation's programme. Which groups actually attended is not recorded.",
    sources: ["P9", "P10", "P14", S.conferences1990a],
    brief: {
      standpoint:
        "You defend the classic formula: the USSR is a degenerated workers' state. Nationalised property and planning must be defended unconditionally against capitalist restoration, which Gorbachev and the liberals are steering towards; the bureaucracy must be removed by political revolution, not by the market. You are suspicious of miners who want to sell coal on the world market, and you think the left must warn them.",
      objectives: [
        "Warn the room that capitalist restoration would be a disaster for Soviet workers.",
        "Win support for building a revolutionary party with a clear programme.",
      ],
      resolutionObjectives: [
        { resolutionId: "defend-nationalised-property", wants: "carried" },
        { resolutionId: "coal-autonomy", wants: "defeated" },
        { resolutionId: "party-rehabilitation", wants: "defeated" },
      ],
      talkingPoints: [
        tp(
          [Q.workersState],
          "Nationalised property is the last gain of October; if it goes, the workers lose everything.",
          "Trotsky's analysis of the USSR as a degenerated workers' state (The Revolution Betrayed, 1936) is the shared starting point of Western Trotskyism. The strikers' demands for local economic autonomy point towards the market.",
          [S.revolutionBetrayed, S.strikesWiki],
        ),
        tp(
          [Q.market],
          "The miners must not trade the bureaucrats for bosses.",
          "British miners, defeated in 1984–85, have seen what the market does to coal communities: pit closures followed. In August 1990 Gorbachev and Yeltsin set up a joint commission to draft a fast move to the market, the '500 days' plan.",
          ["P3", S.beynon, S.fiveHundredDays],
        ),
        tp(
          [Q.todo, Q.forum],
          "Anniversary meetings across Europe show a revival of interest: the task is to turn it into organisation.",
          "Conferences for the anniversary were held in Wuppertal (26–30 March 1990) and Aberdeen (early August, about 50 people).",
          [S.conferences1990a, S.conferences1990b],
        ),
        tp(
          [Q.unions],
          "The official unions are rotten, but so is any union led by the market's friends.",
          "The official coal union opposed the strikes and refused to leave VTsSPS in September 1989; the Donetsk congress of June 1990 voted to build an independent union.",
          ["P1", S.officialUnion, S.donetskCongress],
        ),
        tp(
          [Q.origins, Q.violence],
          "The Civil War terror was the self-defence of a besieged revolution; Stalin's terror was the counter-revolution.",
          "The standard Trotskyist distinction (an argument, not a sourced fact): 1918–21 against foreign intervention and White armies, versus the 1930s purges that killed the Bolshevik old guard and ended with Trotsky's murder in August 1940. Memorial will dispute the line you draw.",
          ["P11", S.assassination],
        ),
        tp(
          [Q.rehabilitation],
          "The bureaucracy is trying to adopt Trotsky as its own: refuse a rehabilitation from above.",
          "Pravda acknowledged his role in 1917 in 1988; a Komsomol monthly reprinted The New Course in 1989. A party resolution honouring him would be a way of disarming his ideas.",
          [S.pravda1988, S.newCourse1989],
        ),
        tp(
          [Q.strikes, Q.consciousness],
          "The 1989 strikes show class power waiting for a programme.",
          "400,000–500,000 miners struck in July 1989 and forced concessions from Gorbachev without troops being sent. Without a socialist programme, you argue, that power will be captured by pro-market politicians.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.missionaries, Q.safety],
          "Solidarity is best brought by organised revolutionaries with a programme, backed by practical help.",
          "Western groups came to Moscow with literature and theory; British miners have practical experience of safety and strikes. You think both are needed but that without a party the links will fade.",
          ["P3", S.essayRepublished],
        ),
        tp(
          [Q.party],
          "If asked about the Party: it cannot be reformed, and the Democratic Platform proves it.",
          "The CPSU's own reformers told the press in June 1990 that the party was incapable of reforming itself; in July Yeltsin walked out. A new workers' party is needed, not the old one renamed.",
          [S.democraticPlatformJune, S.yeltsinQuits],
        ),
      ],
      cannotKnowYet:
        "You cannot know that the USSR will be dissolved in December 1991, that retail prices will rise about 26-fold in 1992, or that the economy will shrink to about half its 1989 size by 1996: your warnings about restoration will come true in a form nobody predicted, while the 'workers' state' will find almost no workers willing to defend it.",
      documentation:
        "A composite role. Which Western groups sent people is not recorded, so this is a generic orthodox Trotskyist voice assembled from the common 'degenerated workers' state' position, not the programme of any named organisation.",
    },
  },
  {
    id: "state-capitalist-socialist",
    name: "Western socialist of the state-capitalist tradition (composite)",
    factionId: "western-trotskyists",
    kind: "composite",
    chair: false,
    pronouns: "she/her",
    bio: "A British socialist and teacher from the current that followed Tony Cliff in calling the USSR state capitalist. She came with a delegation of Western leftists and argues with the Trotskyists as much as with the Party.",
    sources: [S.cliffStateCap, S.cliffReview, "P1"],
    brief: {
      standpoint:
        "For your tradition the USSR is not a workers' state of any kind: since the forced industrialisation that began in 1928 its bureaucracy has acted as a ruling class, accumulating capital at the workers' expense, so there is nothing socialist to defend in its nationalised property. Socialism means workers' own power from below. You welcome the strike committees as the real thing, oppose both the plan's defenders and the market's cheerleaders, and think the Trotskyists' 'defence of the USSR' ties them to the regime the miners are fighting.",
      objectives: [
        "Persuade the room that the Soviet system is a form of capitalism run by the state, not a workers' state.",
        "Win support for independent workers' organisation against both the bureaucracy and the market reformers.",
      ],
      resolutionObjectives: [
        { resolutionId: "defend-nationalised-property", wants: "defeated" },
        { resolutionId: "direct-links-appeal", wants: "carried" },
      ],
      talkingPoints: [
        tp(
          [Q.workersState],
          "State ownership is not workers' ownership: ask who controls the state.",
          "Tony Cliff argued (State Capitalism in Russia, written in 1947) that the Stalinist bureaucracy became a ruling class when it launched forced accumulation in 1928; reviewers summarised it as bureaucratic state capitalism.",
          [S.cliffStateCap, S.cliffReview],
        ),
        tp(
          [Q.strikes, Q.consciousness],
          "The strike committees are the socialism that matters: workers organising themselves against the bosses, whoever owns the pits.",
          "In July 1989 committees formed pit by pit; by 17 July a Kuzbass regional committee sat in Kemerovo, and the committees did not dissolve after the strike.",
          ["P1", S.strikesAp, S.friedgutSiegelbaum],
        ),
        tp(
          [Q.market],
          "The market is not the alternative to state capitalism; it is capitalism by another route.",
          "The '500 days' commission agreed by Gorbachev and Yeltsin in August 1990 aims at a fast move to markets. The miners' demand for control of their coal is not the same thing as privatisation, and the left should say so.",
          [S.fiveHundredDays, S.strikesAtc],
        ),
        tp(
          [Q.unions],
          "Independent unions everywhere should deal with independent unions here.",
          "The official coal union opposed the strikes and stayed in VTsSPS; the Donetsk congress of June 1990 resolved to build an independent union. That is who Western miners should talk to.",
          [S.officialUnion, S.donetskCongress],
        ),
        tp(
          [Q.origins],
          "The break came with Stalin's revolution from above in 1928, not in 1917 or 1921.",
          "For your tradition the counter-revolution was completed with the first five-year plan, when workers lost what control remained. Memorial will press you on 1918–21; concede the violence, dispute the continuity.",
          [S.cliffReview, "P12"],
        ),
        tp(
          [Q.violence],
          "If asked about idealism and violence: ends and means cannot be separated for socialists.",
          "Socialism from below cannot be imposed by a state; Chertkov's charge against the Bolsheviks' violence (P12) is one your tradition has to answer, not dismiss.",
          ["P12", S.chertkov],
        ),
        tp(
          [Q.party],
          "If asked about the Party: no socialist should mourn the end of its monopoly.",
          "Article 6 was amended in March 1990; the miners voted to leave the Party in June. The question is whether independent socialist organisation can grow in the space that opens.",
          [S.article6, S.donetskCongress],
        ),
        tp(
          [Q.rehabilitation],
          "If asked about Trotsky: honour the fighter against Stalin, but his theory of the USSR was wrong.",
          "Trotsky's writings, banned from 1927, should be published in full. His 1936 Revolution Betrayed still called the USSR a workers' state; your tradition broke with him on exactly that point.",
          [S.trotskyBan, S.revolutionBetrayed, S.cliffStateCap],
        ),
        tp(
          [Q.safety, Q.missionaries],
          "If asked about solidarity: practical help between workers, and no lectures.",
          "Safety was on the strikers' list; British rank-and-file miners and the women's support groups of 1984–85 know how to organise help. Western socialists should carry the strikers' own words home.",
          ["P1", S.nwapc],
        ),
        tp(
          [Q.forum, Q.todo],
          "If asked what the left should do: build in the workplaces, publish, and argue in the open.",
          "Small groups can publish banned texts and support the new unions. A forum like this one is useful if workers' delegates speak in it, not only intellectuals.",
          ["P13", S.kas],
        ),
      ],
      cannotKnowYet:
        "You do not know that the USSR will dissolve within eighteen months, or that the privatisations of the 1990s will bring the state's managers and new owners together rather than hand the economy to its workers.",
      documentation:
        "A composite role. No member of the state-capitalist current is known to have attended the seminar; the position is drawn from Tony Cliff's theory as summarised in the sources. No individual is portrayed.",
    },
  },
];
