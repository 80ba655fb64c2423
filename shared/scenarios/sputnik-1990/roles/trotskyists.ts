/**
 * Soviet and Western Trotskyists. Gusev and Pirani are real people; their 1990 views are
 * reconstructed only from what they later wrote or said, and the briefs say where that ends.
 */
import type { Role } from "../../../scenario.js";
import { S } from "../sources.js";
import { tp } from "./helpers.js";

export const trotskyistRoles: Role[] = [
  {
    id: "alexei-gusev",
    name: "Alexei Gusev",
    factionId: "soviet-trotskyists",
    kind: "historical",
    chair: false,
    bio: "A young Moscow Trotskyist, one of the Soviet socialists who have been reading Trotsky's long-banned works and looking for comrades abroad. Decades later he became a historian at Moscow State University.",
    sources: ["P7", S.gusev1, S.gusev2, S.sergeLibrary1],
    brief: {
      standpoint:
        "You are in your twenties and convinced that the October revolution was betrayed, not that it was a mistake. In Trotsky and the Left Opposition you have found a communism of workers' democracy and internationalism, the opposite of the Brezhnev-era bureaucracy you grew up under. You want the new left to take part in the independent unions and to bring the hidden history of Soviet dissent, socialist and otherwise, back into the light. You hold the Bolsheviks in high esteem, perhaps higher than the evidence will later bear.",
      objectives: [
        "Show that Soviet socialists exist who are neither Party loyalists nor converts to the market.",
        "Win the miners' delegates to the idea of working with left activists in their new union.",
        "Get the Western groups to help with literature and contacts without taking over.",
      ],
      talkingPoints: [
        tp(
          "Stalinism was a counter-revolution against October, and Trotsky's fate proves it.",
          "Trotsky was expelled from the party in 1927, exiled to Alma-Ata in 1928, deported in 1929 and murdered by a Stalinist agent in Coyoacán in August 1940; his writings were banned from 1927. The state admitted the killing only in January 1989.",
          [S.trotskyBan, S.assassination, S.litGazeta],
        ),
        tp(
          "The 1989 strikes show workers taking matters into their own hands; the left belongs inside that movement.",
          "From Mezhdurechensk on 10–11 July 1989 the strike spread to 400,000–500,000 miners; strike committees ran whole towns, and by 1990 they were founding an independent union against the opposition of the official one.",
          ["P1", S.strikesWiki, S.strikesAtc],
        ),
        tp(
          "We are communists and we stand for democracy and civil rights: the two are not opposites.",
          "That is how your circle will explain itself to suspicious liberals. In 1990 the miners' congress in Donetsk voted 308 to 116 to leave the CPSU; you agree with them about the Party, not about socialism.",
          ["P6", S.donetskCongress],
        ),
        tp(
          "Recovering suppressed history is political work: the Left Opposition, Victor Serge, and the other dissidents the state erased.",
          "Seminars and publishing are how a small group can be useful now. (In 1997 you will help open a library in Moscow named after Victor Serge, Trotsky's collaborator and critic; in 1990 that is still a dream.)",
          ["P7", S.sergeLibrary1, S.sergeLibrary2],
        ),
        tp(
          "Anarcho-syndicalists are our neighbours, not enemies: joint work is possible.",
          "The Confederation of Anarcho-Syndicalists (KAS), founded 1988–89, runs the KAS-KOR labour news service; Trotskyist and anarchist groups will carry on parallel and sometimes joint activity through the 1990s.",
          ["P7", S.kas],
        ),
        tp(
          "A 'workers' state' where workers strike for soap is not run by workers: the bureaucracy rules.",
          "The Kuzbass strikers' list of about 40 demands opened with soap, sugar, meat and tea; the official union, part of the state apparatus, opposed them. For a Soviet Trotskyist this is the bureaucratic caste Trotsky described, and it must be removed from below.",
          ["P1", "P5", S.strikesWiki],
        ),
        tp(
          "Against Memorial's chair: the Civil War was forced on the revolution, and Stalin's terror destroyed the Bolsheviks themselves.",
          "Stalin's purges of the 1930s killed most of Lenin's party leadership and the Left Oppositionists (general knowledge, not in this scenario's sources); Trotsky himself was hunted down and killed in Mexico in 1940. Be ready for the reply that the Red Terror and the shooting of Tolstoyan objectors came earlier, under Lenin and Trotsky.",
          ["P11", "P12", S.assassination],
        ),
        tp(
          "The answer to the Party's collapse is not the market but democratic control by working people.",
          "Strikers demanded local economic autonomy; liberals read that as privatisation, you read it as workers' control. The Donetsk miners' congress of June 1990 is building an independent union, the natural place for such a debate.",
          ["P1", S.strikesAtc, S.donetskCongress],
        ),
        tp(
          "Discussion of 1917 has to happen in public, with workers in the room, not only in the institutes.",
          "Memorial's Trotsky meetings of 1988 and 1989 filled halls; this seminar brings Soviet students, miners and foreigners together for the first time.",
          ["P13", "P14", S.trotskyEvening1988],
        ),
      ],
      cannotKnowYet:
        "You do not know that you will become a professor of history and look back on your circle's utopianism and idealisation of Bolshevism, while still judging its work worthwhile; nor that the USSR will fall in 1991 or that the Victor Serge Library will open on 1 May 1997.",
      documentation:
        "Documented: the essay names Gusev as a Moscow Trotskyist of the period who is now a history professor, and gives his retrospective judgement (utopianism and idealisation of Bolshevism among 1990s Trotskyists, yet their activity not useless) (P7). New Politics biographies confirm his later post at Moscow State University and his part in founding the Victor Serge Library; a 1997 report confirms the library's opening. Not documented: which group he belonged to in 1990, whether he spoke at the seminar, and anything he said there. The 1990 standpoint here is the composite view of the young Soviet Trotskyists.",
    },
  },
  {
    id: "moscow-student-trotskyist",
    name: "Moscow student socialist (composite)",
    factionId: "soviet-trotskyists",
    kind: "composite",
    chair: false,
    bio: "A history student from Moscow who has just joined one of the city's new Trotskyist circles and is at a meeting with foreigners for the first time. Speaks some English and helps with interpreting.",
    sources: ["P6", "P7", S.moscowTrotskyists],
    brief: {
      standpoint:
        "You came to Trotsky through samizdat and the glasnost press. Your group, founded this year, calls itself a committee for workers' democracy and international socialism. You are thrilled by the Western visitors and a little embarrassed by how much they think they know about your country. You want civil rights now and socialism from below, and you are tired of hearing that the two are incompatible.",
      objectives: [
        "Ask the Western Trotskyists hard questions about what they actually know of Soviet life.",
        "Persuade the liberal democrat that a democratic socialist left has a place in the new Russia.",
      ],
      talkingPoints: [
        tp(
          "New socialist groups are forming openly in Moscow for the first time in sixty years.",
          "The Committee for Workers' Democracy and International Socialism was founded in Moscow in 1990 by Sergei Biets; it is one of several small circles.",
          [S.moscowTrotskyists, "P7"],
        ),
        tp(
          "The Party is collapsing from within; socialism does not have to go down with it.",
          "At Donetsk in June 1990 the miners' congress voted 308 to 116 to call for a mass exit from the CPSU; on 11 July 1990 miners struck for a day demanding the government resign and Party rule end.",
          [S.donetskCongress, S.strikeJuly1990],
        ),
        tp(
          "Westerners who call this a workers' state should try the buses, the shops and the pits.",
          "The 1989 strikers' first demands were for soap, sugar, meat, tea and winter clothing. Shortages of basic goods, including sanitary products, are everyday life.",
          ["P1", "P9", S.strikesWiki],
        ),
        tp(
          "Trotsky's truth is now being told in the official press, so the question is what we do with it.",
          "Literaturnaya Gazeta admitted the NKVD murder in January 1989; Pravda reportedly treated Trotsky as rehabilitated in August 1990.",
          [S.litGazeta, S.pravda1990],
        ),
        tp(
          "The first time you heard Trotsky discussed openly was at Memorial's evenings.",
          "A Memorial group held Moscow's first public Trotsky evening on 15 November 1988 at the Moscow Aviation Institute's House of Culture; another Trotsky meeting was reported at the Cinema House in December 1989.",
          [S.trotskyEvening1988, S.cinemaHouse1989],
        ),
        tp(
          "You want the books more than the speeches.",
          "Trotsky's writings were banned from 1927 and your generation read scraps. A British visitor arrived with a suitcase of pamphlets; Sheremetyevo customs suspected black-market trading, not politics.",
          [S.essayRepublished, S.trotskyBan],
        ),
        tp(
          "Anarchists and Trotskyists in Moscow should work together on labour news and solidarity.",
          "KAS, founded in 1988–89, runs the KAS-KOR service reporting strikes and workers' committees; your circle has far fewer contacts in the coalfields than they do.",
          ["P7", S.kas],
        ),
        tp(
          "Challenge Western comrades on the class: Soviet workers are not one mind.",
          "Miners in the Kuzbass, the Donbass, Vorkuta and Karaganda struck together in 1989, but their demands ran from soap to local autonomy to a new constitution, and many now want markets. Ask the Western speakers what they think a 'Soviet working-class consciousness' actually is.",
          ["P10", S.strikesWiki],
        ),
      ],
      cannotKnowYet:
        "You do not know that within a year you may be at the White House barricades with a red flag, explaining to liberals why communists are defending democracy, or that the 1990s will bring mass poverty and a 'red-brown' opposition you will have to refuse.",
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
    bio: "A British Trotskyist writer and activist (by one later and hostile account, from the Workers Press current), in Moscow for the anniversary. He flew in through Sheremetyevo with a suitcase full of Trotsky pamphlets, which customs suspected were black-market goods. Thirty years later he wrote the essay that is our main source.",
    sources: ["P3", "P9", "P10", "P14", S.essay, S.essayRepublished, S.pirani],
    brief: {
      standpoint:
        "You hold, as most Trotskyists do, that the USSR is a workers' state deformed by bureaucracy: its nationalised economy is a gain of October to be defended, its rulers a caste to be overthrown by the workers. You expect to find a Soviet working class with a shared consciousness ready to do it, and you see the 1989 strikes as a sign. You are also a journalist by instinct: you came to listen and to make links, especially between Soviet and British miners.",
      objectives: [
        "Build practical links between the independent miners and British rank-and-file miners.",
        "Argue that Trotsky's analysis explains the crisis better than liberal or Stalinist accounts.",
        "Listen: note what the Soviet participants say that does not fit your expectations.",
      ],
      talkingPoints: [
        tp(
          "The 1989 strikes were a working-class revolt against the bureaucracy, and Western socialists owe them solidarity.",
          "From Mezhdurechensk on 10–11 July 1989 the strike spread to at least eight Kuzbass towns by 14 July, then to the Donbass, Vorkuta, Karaganda, Rostov and Lviv-Volyn; 400,000–500,000 struck. The official union opposed it.",
          ["P1", S.strikesWiki, S.strikesAp],
        ),
        tp(
          "The NUM leadership's silence about the Soviet strikers is a scandal British miners should fix from below.",
          "The NUM left the Miners' International Federation in 1983–85 for an East–West body with the official Soviet union; its leaders said nothing for the 1989 strikers or for Solidarność miners.",
          ["P2", S.numInternational],
        ),
        tp(
          "Durham's militants, who led the 1984–85 strike, are the right partners: they want links with Soviet and South African miners alike.",
          "You know Dave Temple of Murton and the Durham area leadership under David Hopper; you hope to arrange exchanges.",
          ["P3", S.durhamPavlograd, S.hopper],
        ),
        tp(
          "Trotsky's books should be in Soviet hands: that is why you brought them.",
          "His writings were banned from 1927. You carried pamphlets (probably including some from the Hungarian Trotskyist exiles in France whose group joined yours in Workers International in 1990).",
          [S.essayRepublished, S.trotskyBan, S.workersInternational],
        ),
        tp(
          "In 1990 you still defend the gains of October in the nationalised economy, against restoration.",
          "That is the standard Trotskyist view of the USSR as a degenerated workers' state, which you then held. Argue it in good faith; do not borrow your later, disillusioned conclusions.",
          ["P5", "P9"],
        ),
        tp(
          "Soviet workers can act as a class, and 1989 proved it.",
          "About 12,000 men walked out in Mezhdurechensk alone; a regional strike committee formed in Kemerovo on 17 July 1989; the movement spread across five coalfields within a week. You assume a shared working-class consciousness behind it.",
          ["P10", S.strikesAp, S.strikesWiki],
        ),
        tp(
          "Stalinism was a break with the revolution, not its continuation.",
          "Stalin's agent killed Trotsky in Coyoacán in August 1940, the climax of a campaign that destroyed the Left Opposition. Expect Memorial's chair to answer with the victims of 1918–21; acknowledge them and argue about cause.",
          ["P11", S.assassination],
        ),
        tp(
          "Internationalism means East European socialists too: your current is joining with Hungarian exiles in France.",
          "In 1990 the Workers Press current (yours, according to a hostile later source) and Balázs Nagy's group of Hungarian Trotskyists in France founded Workers International. Their pamphlets are probably among those in your suitcase.",
          [S.workersInternational, S.essayRepublished],
        ),
      ],
      cannotKnowYet:
        "You do not yet know that the things you see this trip and next (crowded transport, the lack of sanitary products for women, the callousness of the safety regime underground) will break your belief in the 'workers' state', nor that you will conclude there was no shared Soviet working-class consciousness after three generations of brutalisation. You do not know you will become a historian of the Russian revolution, a Durham honorary professor and an energy researcher.",
      documentation:
        "Documented: Pirani's own later account in the essay (2020): his attendance, his pamphlets, his expectations and how they were broken (P3, P9–P10, P14), and his later career (Troubador author page). His Workers Press background rests on a single hostile source, and the link between his pamphlets and Nagy's group is an inference. Not documented: what he said at the seminar. His 1990 arguments here are reconstructed from the views he says he then held and from the usual Trotskyist position; they are not quotations.",
    },
  },
  {
    id: "western-trotskyist-orthodox",
    name: "Western Trotskyist from another tendency (composite)",
    factionId: "western-trotskyists",
    kind: "composite",
    chair: false,
    bio: "A member of a different western European Trotskyist group, come to Moscow to mark the anniversary and to argue for his organisation's programme. Which groups actually attended is not recorded.",
    sources: ["P9", "P10", "P14", S.conferences1990a],
    brief: {
      standpoint:
        "You defend the classic formula: the USSR is a degenerated workers' state. Nationalised property and planning must be defended unconditionally against capitalist restoration, which Gorbachev and the liberals are steering towards; the bureaucracy must be removed by political revolution, not by the market. You are suspicious of miners who want to sell coal on the world market, and you think the left must warn them.",
      objectives: [
        "Warn the room that capitalist restoration would be a disaster for Soviet workers.",
        "Win support for building a revolutionary party with a clear programme.",
      ],
      talkingPoints: [
        tp(
          "Nationalised property is the last gain of October; if it goes, the workers lose everything.",
          "Trotsky's analysis of the USSR as a degenerated workers' state, the shared starting point of Western Trotskyism. The strikers' demands for local economic autonomy point towards the market.",
          ["P5", "P9", S.strikesWiki],
        ),
        tp(
          "The miners must not trade the bureaucrats for bosses.",
          "British miners, defeated in 1984–85, have seen what the market does to coal communities: pit closures followed. The Soviet miners' autonomy demands invite the same.",
          ["P3", "P8", S.beynon],
        ),
        tp(
          "Anniversary meetings across Europe show a revival of interest: the task is to turn it into organisation.",
          "Conferences for the anniversary were held in Wuppertal (26–30 March 1990) and Aberdeen (early August, about 50 people).",
          [S.conferences1990a, S.conferences1990b],
        ),
        tp(
          "The official unions are rotten, but so is any union led by the market's friends.",
          "The official coal union opposed the strikes and refused to leave VTsSPS in September 1989; the Donetsk congress of June 1990 voted to build an independent union.",
          ["P1", S.officialUnion, S.donetskCongress],
        ),
        tp(
          "The Civil War terror was self-defence of a besieged revolution; Stalin's terror was the counter-revolution.",
          "The standard Trotskyist distinction (an argument, not a sourced fact): 1918–21 against foreign intervention and White armies, versus the 1930s purges that killed the Bolshevik old guard and ended with Trotsky's murder on 20–21 August 1940. Memorial will dispute the line you draw.",
          ["P11", S.assassination],
        ),
        tp(
          "The bureaucracy is now trying to adopt Trotsky as its own.",
          "Pravda reportedly rehabilitated him in practice in August 1990; Literaturnaya Gazeta had admitted the NKVD killing in January 1989. A rehabilitation granted from above can be a way of disarming his ideas.",
          [S.pravda1990, S.litGazeta],
        ),
        tp(
          "The 1989 strikes show class power waiting for a programme.",
          "400,000–500,000 miners struck in July 1989 and forced concessions from Gorbachev without troops being sent. Without a socialist programme, you argue, that power will be captured by pro-market politicians.",
          ["P1", "P10", S.strikesWiki],
        ),
        tp(
          "Solidarity is best brought by organised revolutionaries with a programme, not tourism.",
          "Western groups came to Moscow with literature and theory; the Durham militants are building pit-to-pit links. You think both are needed but that without a party the links will fade.",
          ["P3", "P4"],
        ),
      ],
      cannotKnowYet:
        "You cannot know that the USSR will be dissolved in December 1991, that prices will rise about 26-fold in 1992, or that GDP will fall by more than 40% between 1989 and 1996: your warnings about restoration will come true in a form nobody predicted, while the 'workers' state' will find almost no workers willing to defend it.",
      documentation:
        "A composite role. Which Western groups sent people is not recorded, so this is a generic orthodox Trotskyist voice assembled from the common 'degenerated workers' state' position the essay describes, not the programme of any named organisation.",
    },
  },
];
