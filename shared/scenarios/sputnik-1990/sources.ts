/**
 * Every URL the scenario cites, with what it supports, so a role's holder can check a claim
 * and a maintainer can see why each link is here. All are stored copies: the first ones come
 * from the fact sheet (FACTS.md §5), the later ones were found with the search tool when the
 * scenario was reviewed; none was re-checked live.
 */
import type { Source } from "../../scenario.js";

export const ESSAY_URL =
  "https://www.opendemocracy.net/en/odr/moscow-1990-when-trotskyist-travellers-met-soviet-reality/";
export const ESSAY_REPUBLISHED_URL =
  "https://www.thepensivequill.com/2020/10/moscow-1990-when-trotskyist-travellers.html";

// Named constants so a typo in a role file is a compile error, not a dangling reference.
export const S = {
  essay: ESSAY_URL,
  essayRepublished: ESSAY_REPUBLISHED_URL,
  pirani: "https://www.troubador.co.uk/author/simon-pirani",
  piraniWrp: "https://socialistfight.com/2018/08/11/living-in-the-shadow-of-stalinism/",
  workersInternational: "http://workersinternational.info/tag/balazs-nagy/",
  gusev1: "https://newpol.org/authors/gusev-alexei",
  gusev2: "https://newpol.org/authors/gusev-alexi/",
  sergeLibrary1: "http://www.ainfos.ca/A-Infos97/3/0360.html",
  sergeLibrary2: "http://marxists.de/admin/appeal.htm",
  memorialFounding: "http://hro.rightsinrussia.info/archive/ngos/ngos/memorial/24th-anniversary",
  trotskyEvening1988: "https://www.marxists.org/history/etol/document/family/volkov.htm",
  cinemaHouse1989: "https://www.marxists.org/history/etol/revhist/backiss/vol3/no1/shadows.html",
  conferences1990a: "https://www.marxists.org/history/etol/revhist/backiss/vol3/no3/progress.html",
  conferences1990b: "http://marxists.org/history/etol/revhist/backiss/vol3/no1/progress.html",
  strikesAp: "https://www.apnews.com/cfd35dbb4459b7f5daf810a1586208eb",
  strikesWiki: "https://en.wikipedia.org/wiki/1989_Soviet_miners%27_strikes",
  strikesAtc: "https://marxists-malta.org/history/etol/newspape/atc/10055.html",
  strikesWsws: "https://www.wsws.org/en/special/library/perestroika-versus-socialism/07.html",
  donetskCongress: "https://vinapk.com/archives/la-xpm-1990-06-16-mn-132-story.html",
  npgFounding: "https://www.apnews.com/e3c8b1db6e028e415a428dc986c848bb",
  strikeJuly1990: "http://articles.latimes.com/1990-07-12/news/mn-290_1_soviet-miners-strike",
  officialUnion:
    "http://articles.orlandosentinel.com/1989-09-17/news/8909173608_1_soviet-union-coal-miners-trade-union",
  numInternational: "http://archive.spectator.co.uk/article/30th-november-1985/13/scargill-goes-international",
  durhamPavlograd: "https://simonpirani.blogspot.com/2022/10/durham-and-ukraine-miners-historic.html",
  hopper: "https://www.durhamminers.org/dave_hopper_1943_2016",
  beynon: "https://huwbeynon.com/tag/national-union-of-mineworkers",
  durhamShop: "http://www.durhamminers.org/shop",
  sputnikHotel: "https://www.cre.ru/news/64741",
  chertkov: "https://usr.bibliboba.online/books/tolstoy-1/p/251",
  coup1991: "https://en.wikipedia.org/wiki/August_Putsch",
  coupCasualties: "https://sputnikglobe.com/20110820/165886203.html",
  cprf: "https://www.liquisearch.com/communist_party_of_the_russian_federation/history",
  privatisation: "https://irishtimes.com/news/why-privatisation-is-still-a-dirty-word-to-russians-1.1147197",
  prices1992: "http://www.russiansabroad.com/russian_history_196.html",
  gdpFall:
    "https://www.taylorfrancis.com/chapters/mono/10.4324/9780203469682-16/promises-made-promises-broken-russian-transition-peter-boettke?context=ubx&refId=b457ece2-db09-4774-b52f-40b765256348",
  kas: "http://struggle.ws/eastern/kas_begin.html",
  kasFounding: "https://military-review.com/12541088-perestroika-anarchists-how-anarchist-groups-legalized-in-the-ussr",
  kasKor: "https://ukrainianweek.com/donbas-uprising",
  moscowTrotskyists: "https://perceptiopt.com/Комитет_за_рабочую_демократию_и_международный_социализм",
  trotskyBan: "https://bolshevik.org/ukrscandal/internet/Trotsky_Conference.htm",
  assassination: "https://www.socialistworld.net/2010/08/20/anniversary-the-trotsky-conundrum/",
  pravda1988: "https://paperspast.natlib.govt.nz/newspapers/CHP19880912.2.68.8",
  newCourse1989: "https://www.latimes.com/archives/la-xpm-1989-08-18-mn-601-story.html",
  memorialDissolution: "https://tass.com/society/1381867",
  memorialOrigins: "https://wikisum.wiki/wiki/Memorial_(society)",
  article6: "http://websadovod.ru/soviet_russia/politreform_7.asp",
  article6Text:
    "https://encyclopedia.com/history/encyclopedias-almanacs-transcripts-and-maps/article-6-1977-constitution",
  congress28: "https://en.wikipedia.org/wiki/28th_Congress_of_the_Communist_Party_of_the_Soviet_Union",
  yeltsinQuits: "https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1990/rt9007/900712/07120570.htm",
  democraticPlatform: "https://www.nybooks.com/articles/1990/03/29/a-declaration-of-the-democratic-platform-group/",
  democraticPlatformJune: "https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1990/rt9006/900628/06280755.htm",
  ukraineSovereignty: "https://ukraine.89-91.archivum.org",
  fiveHundredDays:
    "http://articles.chicagotribune.com/1990-08-02/news/9003040875_1_gorbachev-and-yeltsin-boris-yeltsin-russian-federation",
  shatalin: "https://jamestown.org/program/academician-shatalin-dies/",
  strikeJuly1990Tribune:
    "http://articles.chicagotribune.com/1990-07-12/news/9002260857_1_vladimir-ivashko-communist-party-miners",
  partyCommitteesOut: "https://www.latimes.com/archives/la-xpm-1990-07-11-mn-155-story.html",
  sovietAidNum:
    "http://www.thenorthernecho.co.uk/news/10911248.Thatcher_government_tried_to_block_Soviet_support_for_striking_miners/?ref=rl",
  internationalAidNum:
    "http://www.nicholasjones.org.uk/categories2/trade-union-reporting/314-untold-story-of-international-help-in-1984-85-miners-strike",
  wapc: "https://libcom.org/history/women-against-pit-closures-during-1984-85-british-miners-strike",
  nwapc: "https://docslib.org/doc/1075429/national-women-against-pit-closures-gender-trade-unionism",
  durhamWomen: "https://thenorthernecho.co.uk/news/24154506.miners-strike-1984---durham-women-behind-miners",
  cliffStateCap: "http://marxists.org/archive/cliff/works/1955/statecap/intro1974.htm",
  cliffReview:
    "http://www.worldsocialism.org/spgb/socialist-standard/1960s/1964/no-721-september-1964/book-review-russia-marxist-analysis",
  revolutionBetrayed: "https://en.wikipedia.org/wiki/The_Revolution_Betrayed",
  sergeKronstadt: "https://libcom.org/tags/victor-serge?page=2",
  friedgutSiegelbaum:
    "https://newleftreview.org/issues/I181/articles/theodore-friedgut-lewis-siegelbaum-perestroika-from-below-the-soviet-miners-strike-and-its-aftermath",
} as const;

export const sources: Source[] = [
  {
    url: S.essay,
    title: 'Simon Pirani, "Moscow 1990: when Trotskyist travellers met Soviet reality", openDemocracy (oDR), 2020',
    supports:
      "The seed essay: the Sputnik Hotel seminar of August 1990, who came, Zverev as chair, the Durham–Pavlograd links, Gusev's and Zverev's later reflections.",
  },
  {
    url: S.essayRepublished,
    title: "The same essay republished by The Pensive Quill, October 2020",
    supports:
      "A second copy of the essay, credited to openDemocracy; its opening describes the venue, the participants and Pirani's suitcase of pamphlets.",
  },
  {
    url: S.pirani,
    title: "Simon Pirani, author page (Troubador)",
    supports:
      "Pirani's later career: Durham University honorary professor, books on the Russian revolution, Putin's Russia and fossil fuels.",
  },
  {
    url: S.piraniWrp,
    title:
      'Socialist Fight (2018): a repost of "Living in the Shadow of Stalinism" with an introductory note hostile to Pirani',
    supports:
      "The note's writer says he knew Pirani in the WRP and calls him a leader of the post-split WRP's Workers Press: weak, hostile evidence of Pirani's political background.",
  },
  {
    url: S.workersInternational,
    title: "Workers International, items tagged Balázs Nagy",
    supports:
      "Workers International was founded in 1990 by the Workers Press current together with Balázs Nagy's Hungarian exiles in France.",
  },
  {
    url: S.gusev1,
    title: "New Politics, author page: Alexei Gusev",
    supports: "Gusev is a Moscow State University historian and a co-founder of the Victor Serge Library.",
  },
  {
    url: S.gusev2,
    title: "New Politics, author page: Alexi Gusev (variant spelling)",
    supports: "Second biography page for Gusev, same facts.",
  },
  {
    url: S.sergeLibrary1,
    title: "A-Infos (1997): opening of the Victor Serge Public Library, Moscow",
    supports: "The library opened on 1 May 1997; Julia Gusev reported the opening with Alexei Gusev.",
  },
  {
    url: S.sergeLibrary2,
    title: "Appeal for the Victor Serge Library / Praxis centre",
    supports: "The library and the Praxis centre (1999) as projects of the Moscow independent left.",
  },
  {
    url: S.memorialFounding,
    title: "Rights in Russia: Memorial's 24th anniversary",
    supports: "Memorial's founding conference, January 1989, Moscow Aviation Institute, with Andrei Sakharov.",
  },
  {
    url: S.trotskyEvening1988,
    title: "Marxists Internet Archive: account of the Moscow Trotsky evening, 1988",
    supports:
      "The first public Trotsky evening in Moscow, 15 November 1988, organised by a Memorial group; Pierre Broué was present.",
  },
  {
    url: S.cinemaHouse1989,
    title: 'Revolutionary History vol. 3 no. 1: "Shadows" report',
    supports: "A Trotsky meeting at Moscow's Cinema House reported in December 1989.",
  },
  {
    url: S.conferences1990a,
    title: "Revolutionary History vol. 3 no. 3: progress report on 1990 Trotsky conferences",
    supports: "Other 1990 anniversary conferences (Wuppertal, March; Aberdeen, August) as format models.",
  },
  {
    url: S.conferences1990b,
    title: "Revolutionary History vol. 3 no. 1: progress report",
    supports: "The Wuppertal conference, 26–30 March 1990: papers in German or Russian, short speaking slots.",
  },
  {
    url: S.strikesAp,
    title: "Associated Press, July 1989: the Kuzbass strike",
    supports: "The Mezhdurechensk walkout of July 1989 and its spread across the Kuzbass.",
  },
  {
    url: S.strikesWiki,
    title: "Wikipedia: 1989 Soviet miners' strikes",
    supports:
      "Timeline and scale of the 1989 strikes: 400,000–500,000 strikers; the Donbass, Vorkuta, Karaganda, Rostov, Lviv-Volyn; the demands; Gorbachev's concessions.",
  },
  {
    url: S.strikesAtc,
    title: "Against the Current: the Soviet miners' strikes (a mirror of the Marxists Internet Archive copy)",
    supports: "The strike committees, the Kuzbass demands and the political turn of the movement.",
  },
  {
    url: S.strikesWsws,
    title: "WSWS, Perestroika versus Socialism, ch. 7",
    supports: "The 1989 strike wave from a Trotskyist (ICFI) standpoint; the regional committees.",
  },
  {
    url: S.donetskCongress,
    title:
      "Los Angeles Times, 16 June 1990: First Congress of Soviet Miners, Donetsk (a copy on another site; the only one found)",
    supports:
      "The Donetsk congress from 11 June 1990; the 308–116 vote for a mass exit from the CPSU; an independent union to be built.",
  },
  {
    url: S.npgFounding,
    title: "Associated Press, October 1990: independent miners' union founded",
    supports: "The second congress, Donetsk, 26 October 1990, about 900 delegates, founded the NPG.",
  },
  {
    url: S.strikeJuly1990,
    title: "Los Angeles Times, 12 July 1990: Soviet miners strike",
    supports: "The one-day strike of 11 July 1990 demanding Ryzhkov's resignation and an end to Communist Party rule.",
  },
  {
    url: S.officialUnion,
    title: "Orlando Sentinel, 17 September 1989: Soviet coal miners and the trade union",
    supports: "Strike leaders failed in September 1989 to make the official coal union break with VTsSPS.",
  },
  {
    url: S.numInternational,
    title: 'The Spectator, 30 November 1985: "Scargill goes international"',
    supports: "The NUM left the Miners' International Federation for an East–West body with WFTU unions.",
  },
  {
    url: S.durhamPavlograd,
    title: 'Simon Pirani, "Durham and Ukraine miners\' historic links" (2022)',
    supports: "The Durham–Pavlograd exchanges that followed the seminar.",
  },
  {
    url: S.hopper,
    title: "Durham Miners' Association: Dave Hopper 1943–2016",
    supports: "Hopper's life: Durham area NUM general secretary from 1985; died 16 July 2016.",
  },
  {
    url: S.beynon,
    title: "Huw Beynon, posts tagged National Union of Mineworkers",
    supports:
      "Background on the Durham miners and the NUM after 1985, including notices of Dave Temple (Murton colliery electrician and lodge secretary) and his dates.",
  },
  {
    url: S.durhamShop,
    title: "Durham Miners' Association shop",
    supports: "Durham miners' publications, including work by Dave Temple.",
  },
  {
    url: S.sputnikHotel,
    title: "CRE (Russian property press): the Sputnik Hotel, Leninsky Prospekt 38",
    supports:
      "The hotel was built in 1967 with 343 rooms for the official trade-union council (VTsSPS) and its foreign guests; since closed for redevelopment.",
  },
  {
    url: S.chertkov,
    title: "Biography of Tolstoy: Chertkov and the conscientious objectors (a book-reading site's copy)",
    supports:
      "Chertkov (1854–1936) led a council defending objectors in 1918–20; the Bolsheviks shot over 100 Tolstoyan objectors and closed the council in late 1920.",
  },
  {
    url: S.coup1991,
    title: "Wikipedia: 1991 Soviet coup attempt",
    supports: "The GKChP coup of August 1991 and its collapse; the defence of the White House.",
  },
  {
    url: S.coupCasualties,
    title: "Sputnik News, 20 August 2011: the three defenders who died",
    supports: "Three defenders of the White House died on the night of 20–21 August 1991.",
  },
  {
    url: S.cprf,
    title: "History of the Communist Party of the Russian Federation (a copy of the Wikipedia article)",
    supports: "The CPRF founded 14 February 1993; Zyuganov and the National Salvation Front (the red-brown alliance).",
  },
  {
    url: S.privatisation,
    title: "Irish Times: why privatisation is still a dirty word to Russians",
    supports: "Voucher privatisation 1992–94 and loans-for-shares 1995–96, and their reputation.",
  },
  {
    url: S.prices1992,
    title: "Russians Abroad: Russian history, inflation in the 1990s (country-study text)",
    supports: "Retail prices rose 2,520 percent in 1992 after most prices were freed in January.",
  },
  {
    url: S.gdpFall,
    title:
      'Peter Boettke, "Promises made and promises broken in the Russian transition" (chapter abstract, Taylor & Francis)',
    supports:
      "By official statistics the Russian economy at the end of 1996 was about half its 1989 size; the author warns the figures overstate the fall.",
  },
  {
    url: S.kas,
    title: '"The beginning of KAS": interview with Vlad Tupikin and Mikhail Tsovma (struggle.ws)',
    supports:
      "KAS members' own account: its founding congress in Moscow in May 1989, its roots in the Obshchina group of 1987 and in groups in Irkutsk and elsewhere.",
  },
  {
    url: S.moscowTrotskyists,
    title:
      "Committee for Workers' Democracy and International Socialism (a machine-translated copy of the Russian Wikipedia article; the only one found)",
    supports: "A Moscow Trotskyist group founded in 1990 by Sergei Biets.",
  },
  {
    url: S.trotskyBan,
    title: "International Bolshevik Tendency: Trotsky conference report",
    supports: "Trotsky's writings were banned in the USSR from 1927.",
  },
  {
    url: S.assassination,
    title: "Socialist World, 20 August 2010: the Trotsky conundrum",
    supports: "Mercader's attack on 20 August 1940 in Coyoacán; Trotsky died on 21 August.",
  },
  {
    url: S.memorialDissolution,
    title: "TASS, 28 December 2021: Supreme Court orders International Memorial dissolved",
    supports: "Russia's Supreme Court ordered International Memorial dissolved on 28 December 2021.",
  },
  {
    url: S.kasFounding,
    title: '"Perestroika anarchists" (Military Review, Russian-language history site in translation)',
    supports:
      "KAS created on 21\u201322 January 1989 from the Union of Independent Socialists; founding conference 1\u20132 May 1989 with delegates from 15 cities.",
  },
  {
    url: S.kasKor,
    title: 'The Ukrainian Week: "Donbas uprising"',
    supports: "KAS-KOR, a Moscow anarchist newsletter, reported on the Donbass workers' committees.",
  },
  {
    url: S.pravda1988,
    title: 'NZPA-AP in The Press (Christchurch), 12 September 1988: "Pravda acknowledges Trotsky\'s role"',
    supports:
      "Pravda printed an excerpt from Volkogonov's Stalin biography acknowledging Trotsky's part in 1917 and the Civil War, while recalling Lenin's harsh words about him.",
  },
  {
    url: S.newCourse1989,
    title: "Los Angeles Times, 18 August 1989: news in brief",
    supports:
      'Young Communist republished Trotsky\'s 1923 articles "The New Course"; glasnost had not formally rehabilitated Trotsky.',
  },
  {
    url: S.memorialOrigins,
    title: "Memorial (society): encyclopaedia summary",
    supports:
      "Memorial's origins in the late 1980s; Solzhenitsyn declined to join its council, telling Sakharov that repression began with the October Revolution.",
  },
  {
    url: S.article6,
    title: '"The Repeal of Article 6" (Soviet Russia political reform history)',
    supports:
      "In March 1990 the Third Congress of People's Deputies elected Gorbachev president and removed the Party's \"leading and guiding\" role from Article 6.",
  },
  {
    url: S.article6Text,
    title: "Encyclopedia.com: Article 6 of the 1977 Constitution",
    supports:
      "The wording of Article 6 before and after its amendment; more than a hundred parties registered within a year.",
  },
  {
    url: S.congress28,
    title: "Wikipedia: 28th Congress of the CPSU (2\u201313 July 1990)",
    supports:
      "The last Party congress: open platforms (Democratic, Marxist), Gorbachev re-elected, Yeltsin and others resign from the party.",
  },
  {
    url: S.yeltsinQuits,
    title: 'Associated Press in the Roanoke Times, 12 July 1990: "Yeltsin quits Communist Party"',
    supports:
      "Yeltsin announced at the 28th Congress that he was leaving the party to serve as president of the Russian Federation.",
  },
  {
    url: S.democraticPlatform,
    title: "New York Review of Books, 29 March 1990: a declaration of the Democratic Platform group",
    supports:
      "The Democratic Platform's programme inside the CPSU: power to elected soviets, revocation of Article 6, democratic socialism with a market regulated by society.",
  },
  {
    url: S.democraticPlatformJune,
    title: "Associated Press in the Roanoke Times, 28 June 1990: Democratic Platform leaders",
    supports: "About 100 of 4,700 congress delegates backed the Democratic Platform; its leaders threatened a split.",
  },
  {
    url: S.ukraineSovereignty,
    title: "Ukraine 1989\u201391 archive: Declaration of State Sovereignty",
    supports: "The Verkhovna Rada adopted the Declaration of State Sovereignty on 16 July 1990 by 355 votes to 4.",
  },
  {
    url: S.fiveHundredDays,
    title:
      "Chicago Tribune (New York Times News Service), 2 August 1990: Gorbachev and Yeltsin agree on a joint economic panel",
    supports:
      'Gorbachev and Yeltsin set up a joint commission to produce a programme of economic change by 1 September, drawing on the "500 days" plan.',
  },
  {
    url: S.shatalin,
    title: "Jamestown Foundation Monitor: Academician Shatalin dies",
    supports:
      "Shatalin led the team that produced the 500 Days Program in August\u2013September 1990: price decontrol, rapid privatisation, a looser union.",
  },
  {
    url: S.strikeJuly1990Tribune,
    title: "Chicago Tribune, 12 July 1990: Soviet coal miners stage big one-day strike",
    supports:
      "The one-day strike of 11 July 1990 in the three main coalfields demanded the government's resignation and the disbanding of Party cells in the army, KGB and government.",
  },
  {
    url: S.partyCommitteesOut,
    title: 'Los Angeles Times, 11 July 1990: "Soviet miners fulfill threat, kick out party"',
    supports:
      "Donetsk mines and enterprises voted to expel Communist Party committees from their premises before the strike of 11 July 1990.",
  },
  {
    url: S.sovietAidNum,
    title: "The Northern Echo: Thatcher government tried to block Soviet support for striking miners",
    supports:
      "Released files: ministers believed money was reaching the NUM from the USSR in 1984; a Soviet news agency reported \u00a3500,000 raised; the government found no power to stop it.",
  },
  {
    url: S.internationalAidNum,
    title: "Nicholas Jones: the untold story of international help in the 1984\u201385 miners' strike",
    supports:
      "International trade-union support for the British strikers in 1984\u201385 was large and under-reported.",
  },
  {
    url: S.wapc,
    title: 'libcom.org: "Women Against Pit Closures during the 1984\u201385 British miners\' strike"',
    supports:
      "Women's groups in the coalfields organised support and community provision and came to act on their own account, including against the NUM's assumptions.",
  },
  {
    url: S.nwapc,
    title:
      'Sutcliffe-Braithwaite and Thomlinson, "National Women Against Pit Closures: gender, trade unionism and community activism"',
    supports:
      "Support groups, mostly of women, ran communal feeding and fundraising from the first weeks of the strike; a national movement linked them; some women travelled abroad to speak.",
  },
  {
    url: S.durhamWomen,
    title: "The Northern Echo (2024): the Durham women behind the miners",
    supports: "The women of the East Durham coalfield organised food and support through the 1984\u201385 strike.",
  },
  {
    url: S.cliffStateCap,
    title: "Tony Cliff, State Capitalism in Russia: publisher's introduction (Marxists Internet Archive)",
    supports:
      "Cliff wrote the book in 1947, arguing that Stalinist Russia was a form of capitalism, not a workers' state.",
  },
  {
    url: S.cliffReview,
    title: "Socialist Standard, September 1964: review of Cliff's Russia: A Marxist Analysis",
    supports:
      "A summary of Cliff's bureaucratic state capitalism: the bureaucracy became a ruling class when it began forced accumulation in 1928.",
  },
  {
    url: S.revolutionBetrayed,
    title: "Wikipedia: The Revolution Betrayed",
    supports:
      "Trotsky's 1936 book on the nature of the Stalinist USSR; it argued for free elections of soviet parties and revived trade unions.",
  },
  {
    url: S.sergeKronstadt,
    title: "libcom.org: writings by and about Victor Serge",
    supports: "Includes Serge's account of the Kronstadt rising of 1921 from his Memoirs of a Revolutionary.",
  },
  {
    url: S.friedgutSiegelbaum,
    title:
      'Theodore Friedgut and Lewis Siegelbaum, "Perestroika from below: the Soviet miners\' strike and its aftermath", New Left Review I/181 (1990)',
    supports:
      "A study of the 1989 strike written from a visit to Donetsk just after it: why the miners struck and why the strike committees stayed in being.",
  },
];
