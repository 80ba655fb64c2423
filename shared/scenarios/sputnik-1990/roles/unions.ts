/**
 * The union officials whose positions the essay describes but who, as far as anyone knows,
 * were not in the room: both composites, included so the room hears, at its strongest, the
 * case it argues against.
 */
import type { Role } from "../../../scenario.js";
import { Q } from "../prompts.js";
import { S } from "../sources.js";
import { tp } from "./talking-point.js";

export const unionRoles: Role[] = [
  {
    id: "official-coal-union-rep",
    name: "Official coal-union representative (composite)",
    factionId: "official-unions",
    kind: "composite",
    chair: false,
    pronouns: "he/him",
    bio: "An officer of the state-sponsored coal industry union, part of VTsSPS, the trade-union council for whose officials this very hotel was built. Says he has come to listen and to correct the record.",
    sources: ["P1", "P2", S.officialUnion, S.sputnikHotel],
    brief: {
      standpoint:
        "You have spent twenty years in the union apparatus administering sanatorium passes, housing lists and social insurance, negotiating with the ministry behind closed doors. You think the 1989 strikes were understandable but reckless: they disrupted the economy, were exploited by politicians and will end, you fear, in the market and mass unemployment. You are trying to show that the official unions can reform and represent workers, and you resent being called the bosses' union. Your friends abroad, including the British NUM, stood by you, as Soviet money stood by their strike in 1984–85.",
      objectives: [
        "Defend the official unions' record and argue they are reforming.",
        "Warn the miners that the market and the liberals will cost them their jobs and their social guarantees.",
      ],
      resolutionObjectives: [
        { resolutionId: "direct-links-appeal", wants: "defeated" },
        { resolutionId: "support-july-demands", wants: "defeated" },
        { resolutionId: "coal-autonomy", wants: "defeated" },
      ],
      talkingPoints: [
        tp(
          [Q.unions, Q.workersState],
          "The official unions deliver what workers depend on: social insurance, holidays, housing.",
          "VTsSPS, the all-union council, had huge resources; the Sputnik Hotel itself (Leninsky Prospekt 38, opened in 1967, 343 rooms) was built to house its officials and foreign guests.",
          [S.sputnikHotel],
        ),
        tp(
          [Q.strikes, Q.unions],
          "Strikes are not the only way; we negotiate with the ministry.",
          "In 1989 Gorbachev made concessions to the strikers instead of using troops; the official union says it is implementing them. It refused in September 1989 to break with VTsSPS.",
          [S.strikesWiki, S.officialUnion],
        ),
        tp(
          [Q.unions, Q.missionaries],
          "International solidarity ran through the official unions: British miners in 1984–85 had our support.",
          "A Soviet news agency reported in November 1984 that £500,000 had been raised for the British strikers; the Thatcher government looked for ways to stop the money and found none. The NUM then left the Miners' International Federation for an East–West miners' body with WFTU unions, including ours.",
          ["P2", S.sovietAidNum, S.numInternational],
        ),
        tp(
          [Q.unions, Q.party],
          "The independent union will split the miners and serve the market's politicians.",
          "The Donetsk congress of June 1990 voted 308 to 116 for a mass exit from the CPSU; on 11 July 1990 miners struck for the government's resignation. You see this as politics hijacking a labour movement.",
          [S.donetskCongress, S.strikeJuly1990],
        ),
        tp(
          [Q.market],
          "The system the miners are leaving gave them housing, pensions and sanatoria; the market will take them away.",
          "Social insurance and holidays were run through the official unions. The '500 days' commission agreed by Gorbachev and Yeltsin in August 1990 talks of freeing prices; British miners learned after 1985 what markets do to coalfields.",
          ["P3", S.fiveHundredDays, S.beynon],
        ),
        tp(
          [Q.strikes, Q.party],
          "The strikes were exploited by politicians.",
          "Economic demands (soap, meat, pay) in July 1989 became within days political demands for a new constitution, and by July 1990 for the government's resignation.",
          ["P1", S.strikesWiki, S.strikeJuly1990],
        ),
        tp(
          [Q.rehabilitation],
          "Even Pravda is rethinking Trotsky: the official institutions can change.",
          "Pravda acknowledged Trotsky's role in 1917 and the Civil War in 1988; a Komsomol monthly reprinted his articles in 1989. If the Party press can reform, so can the unions.",
          [S.pravda1988, S.newCourse1989],
        ),
        tp(
          [Q.missionaries],
          "The Western Trotskyists are guests of Soviet hospitality, in a building built for our unions.",
          "The Sputnik Hotel was built in 1967 for VTsSPS officials and their foreign guests.",
          [S.sputnikHotel],
        ),
        tp(
          [Q.safety],
          "If asked about safety: the official union runs the inspectors and the compensation, and needs resources, not denunciation.",
          "Safety was on the 1989 strikers' list; the concessions Gorbachev made include promises on conditions. Foreign help should come through the institutions that administer safety.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.consciousness],
          "If asked about class consciousness: the strikers were divided, and most went back to work under agreements we administer.",
          "After the 1989 strike the miners returned when the government made concessions; the committees differ from coalfield to coalfield.",
          [S.strikeJuly1990, S.strikesWiki],
        ),
        tp(
          [Q.origins, Q.violence],
          "If asked about the Lenin-or-Stalin question: the Party has condemned Stalin's crimes; do not blacken the whole Soviet past.",
          "Glasnost has brought rehabilitations and open history; the Party itself now publishes what it once hid (Pravda, 1988).",
          [S.pravda1988, "P13"],
        ),
        tp(
          [Q.forum, Q.todo],
          "If asked about the seminar's future: discussion is welcome, but workers need results, not seminars.",
          "Miners' pay, pensions and holidays are negotiated, not debated. You would rather the foreign guests help with equipment and exchanges through the unions.",
          [S.officialUnion],
        ),
      ],
      cannotKnowYet:
        "You do not know that VTsSPS will dissolve with the USSR, or that the prices freed in January 1992 will rise about 26-fold in a year and that your warnings about the market will partly come true while your union's authority does not recover.",
      documentation:
        "A composite role. No official-union representative is known to have attended; the standpoint comes from reports of the official coal union's opposition to the strikes and its refusal to leave VTsSPS, and from the documented Soviet support for British strikers in 1984–85.",
    },
  },
  {
    id: "num-national-official",
    name: "NUM national official (composite)",
    factionId: "num-national",
    kind: "composite",
    chair: false,
    pronouns: "he/him",
    bio: "A full-time official from the National Union of Mineworkers' national office in Britain, loyal to the leadership that led the 1984–85 strike. Has visited the USSR before as a guest of the official miners' union.",
    sources: ["P2", "P3", S.numInternational, S.sovietAidNum],
    brief: {
      standpoint:
        "The year-long strike of 1984–85 was the greatest fight British workers had waged in decades, and it was lost against a government that used the police, the courts and the sequestrators against your union. When it mattered, money raised in the Soviet Union reached your union, and the British government tried and failed to stop it. You believe a union keeps faith with those who stood by it, that British miners have no business choosing sides in another country's union disputes, and that Western governments and the pro-market press that hounded British miners now praise Soviet strikers for their own reasons. You speak for the union's elected national bodies, not for every lodge that writes its own foreign policy.",
      objectives: [
        "Defend the NUM's international alignment and the loyalty behind it.",
        "Keep international relations with the elected national bodies, not with unofficial lodge initiatives.",
        "Warn the Soviet miners, from British experience, against the market.",
      ],
      resolutionObjectives: [
        { resolutionId: "direct-links-appeal", wants: "defeated" },
        { resolutionId: "pit-exchange", wants: "defeated" },
        { resolutionId: "coal-autonomy", wants: "defeated" },
      ],
      talkingPoints: [
        tp(
          [Q.unions, Q.missionaries],
          "The NUM chose its international friends during the strike, when it mattered.",
          "Released government files show ministers believed money was reaching the NUM from the USSR in 1984; a Soviet news agency reported £500,000 raised; Thatcher raised it with Gorbachev in December 1984 and got nowhere. Between 1983 and 1985 the NUM left the Miners' International Federation for an East–West miners' international with WFTU-aligned unions.",
          [S.sovietAidNum, S.numInternational],
        ),
        tp(
          [Q.market],
          "The British miners were defeated by the state; we know what markets do to coalfields.",
          "The strike lasted from March 1984 to March 1985; pit closures followed. The Soviet independent unions want market prices for coal, and in August 1990 Gorbachev and Yeltsin set up a commission on a fast move to the market.",
          ["P3", S.beynon, S.fiveHundredDays],
        ),
        tp(
          [Q.unions],
          "It is not our business to take sides in another country's union disputes.",
          "Answer the charge, made by the essay's author among others, that the national leadership gave no public support to Solidarność's miners or the Soviet strikers (P2): a union does not intervene against the unions that stood by it.",
          ["P2"],
        ),
        tp(
          [Q.unions, Q.todo],
          "Rank-and-file trips abroad are fine, but the union speaks through its elected national bodies.",
          "Durham militants want their own links with Soviet and South African miners (P3). International policy is set by the national conference and executive, not by individual lodges.",
          ["P3"],
        ),
        tp(
          [Q.workersState],
          "The Soviet state, whatever its faults, stood by British miners when their own state was at war with them.",
          "Thatcher's ministers looked for ways to stop Soviet money reaching the NUM and found no power to do so. Help for a strike from any workers' organisation abroad is solidarity, and it was given.",
          [S.sovietAidNum, S.internationalAidNum],
        ),
        tp(
          [Q.strikes, Q.market],
          "The independent unions want the market; British miners know where that leads.",
          "The Kuzbass demands included economic autonomy; in Britain, closures followed the 1985 defeat.",
          ["P1", "P3", S.beynon],
        ),
        tp(
          [Q.missionaries],
          "Western sects use 'internationalism' to attack the union's leadership.",
          "Western Trotskyist groups bring their own programmes and seek their own links with Soviet miners, bypassing the national union. Ask whose interests that serves.",
          ["P3", S.essayRepublished],
        ),
        tp(
          [Q.unions],
          "If the official Soviet union is reforming, the NUM should help it reform rather than desert it.",
          "The official coal union refused in September 1989 to leave VTsSPS, but is losing members to the independent movement that met in Donetsk in June 1990.",
          [S.officialUnion, S.donetskCongress],
        ),
        tp(
          [Q.safety],
          "If asked about safety: the NUM will share what it knows through union-to-union channels.",
          "Safety was on the 1989 Soviet lists. British safety knowledge is the union's, and it can be offered through the international the NUM belongs to.",
          ["P1", S.numInternational],
        ),
        tp(
          [Q.consciousness, Q.party],
          "If asked about the Soviet workers' politics: they are theirs; but beware of who is cheering them.",
          "The 11 July 1990 strike demanded the government's resignation; Western governments that fought the NUM welcome anything that weakens the USSR. A union should know its friends.",
          [S.strikeJuly1990, S.sovietAidNum],
        ),
        tp(
          [Q.origins, Q.violence, Q.rehabilitation, Q.forum],
          "If asked about Soviet history: a union official has no line on Trotsky, and the miners need jobs, not history lessons.",
          "The NUM's business is its members' jobs and safety after the closures that followed 1985. Debates about 1917 are for historians.",
          ["P3", S.beynon],
        ),
      ],
      cannotKnowYet:
        "You do not know that Durham miners will go to Pavlograd on their own initiative, that their area secretary will be shocked by what he sees underground, or that the official Soviet union you backed will lose its members to the NPG founded in October 1990.",
      documentation:
        "A composite role. No NUM national official is known to have attended, and no individual national officer (Arthur Scargill or anyone else) is portrayed. The position is drawn from the 1985 report on the NUM's international realignment and the documented Soviet support for British strikers in 1984–85; the charge of silence is the essay author's (P2), put to this role as a charge to answer.",
    },
  },
];
