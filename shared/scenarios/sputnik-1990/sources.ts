/**
 * Every URL the scenario cites, with what it supports, so a role's holder can check a claim
 * and a maintainer can see why each link is here. All are stored copies listed in the fact
 * sheet (FACTS.md §5); none was re-checked live when this content was written.
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
  temple: "https://www.thepensivequill.com/?m=0",
  sputnikHotel: "https://www.cre.ru/news/64741",
  chertkov: "https://usr.bibliboba.online/books/tolstoy-1/p/251",
  coup1991: "https://enwikipedia.net/wiki/1991_Soviet_coup_d%27%C3%A9tat_attempt",
  coupCasualties: "https://sputnikglobe.com/20110820/165886203.html",
  cprf: "https://www.liquisearch.com/communist_party_of_the_russian_federation/history",
  privatisation: "https://irishtimes.com/news/why-privatisation-is-still-a-dirty-word-to-russians-1.1147197",
  prices1992: "https://readanybook.com.au/ebook/lost-and-found-in-russia-encounters-in-the-deep-heartland-568015",
  gdpFall: "https://studymode.com/essays/Russian-Economy-In-The-Late-1990S-1689378.html",
  kas: "https://enwikipedia.net/wiki/Confederation_of_Anarcho-Syndicalists",
  moscowTrotskyists: "https://perceptiopt.com/Комитет_за_рабочую_демократию_и_международный_социализм",
  trotskyBan: "https://bolshevik.org/ukrscandal/internet/Trotsky_Conference.htm",
  assassination: "https://www.socialistworld.net/2010/08/20/anniversary-the-trotsky-conundrum/",
  litGazeta: "http://20.210.105.67/txt/time/Time1989/1989-01-16/956760.html",
  memorialDissolution: "https://tourista04.blogspot.com/2021/12/memorial.html",
  pravda1990:
    "http://www.archiviolastampa.it/component/option,com_lastampa/task,search/Itemid,3/action,detail/id,0825_01_1992_0079_0005_11538802/",
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
    title: 'Socialist Fight, "Living in the shadow of Stalinism" (2018; hostile to Pirani)',
    supports: "Weak evidence that Pirani came from the Workers Revolutionary Party / Workers Press current.",
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
    title: "Against the Current: the Soviet miners' strikes",
    supports: "The strike committees, the Kuzbass demands and the political turn of the movement.",
  },
  {
    url: S.strikesWsws,
    title: "WSWS, Perestroika versus Socialism, ch. 7",
    supports: "The 1989 strike wave from a Trotskyist (ICFI) standpoint; the regional committees.",
  },
  {
    url: S.donetskCongress,
    title: "Los Angeles Times, 16 June 1990: First Congress of Soviet Miners, Donetsk",
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
    supports: "Background on the Durham miners and the NUM after 1985.",
  },
  {
    url: S.durhamShop,
    title: "Durham Miners' Association shop",
    supports: "Durham miners' publications, including work by Dave Temple.",
  },
  {
    url: S.temple,
    title: "The Pensive Quill (blog index)",
    supports:
      "Republication context; notices about Dave Temple, Murton colliery electrician and lodge secretary, who died on 13 September 2025.",
  },
  {
    url: S.sputnikHotel,
    title: "CRE (Russian property press): the Sputnik Hotel, Leninsky Prospekt 38",
    supports:
      "The hotel was built in 1967 with 343 rooms for the official trade-union council (VTsSPS) and its foreign guests; since closed for redevelopment.",
  },
  {
    url: S.chertkov,
    title: "Biography of Tolstoy: Chertkov and the conscientious objectors",
    supports:
      "Chertkov (1854–1936) led a council defending objectors in 1918–20; the Bolsheviks shot over 100 Tolstoyan objectors and closed the council in late 1920.",
  },
  {
    url: S.coup1991,
    title: "Encyclopaedia mirror: 1991 Soviet coup attempt",
    supports: "The GKChP coup of 19–21 August 1991 and its collapse; the defence of the White House.",
  },
  {
    url: S.coupCasualties,
    title: "Sputnik News, 20 August 2011: the three defenders who died",
    supports: "Three defenders of the White House died on the night of 20–21 August 1991.",
  },
  {
    url: S.cprf,
    title: "History of the Communist Party of the Russian Federation",
    supports: "The CPRF founded 14 February 1993; Zyuganov and the National Salvation Front (the red-brown alliance).",
  },
  {
    url: S.privatisation,
    title: "Irish Times: why privatisation is still a dirty word to Russians",
    supports: "Voucher privatisation 1992–94 and loans-for-shares 1995–96, and their reputation.",
  },
  {
    url: S.prices1992,
    title: "Lost and Found in Russia (book excerpt)",
    supports: "Prices freed on 2 January 1992 rose about 26-fold that year.",
  },
  {
    url: S.gdpFall,
    title: "Essay: the Russian economy in the late 1990s",
    supports: "GDP fell by more than 40% between 1989 and 1996.",
  },
  {
    url: S.kas,
    title: "Encyclopaedia mirror: Confederation of Anarcho-Syndicalists",
    supports: "KAS, founded 1988–89, and its KAS-KOR labour news service.",
  },
  {
    url: S.moscowTrotskyists,
    title: "Committee for Workers' Democracy and International Socialism (Russian-language encyclopaedia mirror)",
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
    url: S.litGazeta,
    title: "Time, 16 January 1989 (stored copy)",
    supports: "Literaturnaya Gazeta admitted in January 1989 that Stalin's secret police killed Trotsky.",
  },
  {
    url: S.memorialDissolution,
    title: "Blog report, December 2021: Memorial dissolved",
    supports: "Russia's Supreme Court ordered Memorial International dissolved on 28 December 2021.",
  },
  {
    url: S.pravda1990,
    title: "La Stampa archive: Italian news-agency summary",
    supports: "Pravda reportedly rehabilitated Trotsky in practice in August 1990.",
  },
];
