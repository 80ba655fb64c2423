/**
 * The union officials whose positions the essay describes but who, as far as anyone knows,
 * were not in the room: both composites, included so the room hears the case it argues against.
 */
import type { Role } from "../../../scenario.js";
import { S } from "../sources.js";
import { tp } from "./helpers.js";

export const unionRoles: Role[] = [
  {
    id: "official-coal-union-rep",
    name: "Official coal-union representative (composite)",
    factionId: "official-unions",
    kind: "composite",
    chair: false,
    bio: "An officer of the state-sponsored coal industry union, part of VTsSPS, the trade-union council that built this very hotel. Says he has come to listen and to correct the record.",
    sources: ["P1", "P2", S.officialUnion, S.sputnikHotel],
    brief: {
      standpoint:
        "You have spent twenty years in the union apparatus administering sanatorium passes, housing lists and social insurance, negotiating with the ministry behind closed doors. You think the 1989 strikes were understandable but reckless: they disrupted the economy, were exploited by politicians and will end, you fear, in the market and mass unemployment. You are trying to show that the official unions can reform and represent workers, and you resent being called the bosses' union. Your friends abroad, including the British NUM, stood by you.",
      objectives: [
        "Defend the official unions' record and argue they are reforming.",
        "Warn the miners that the market and the liberals will cost them their jobs and their social guarantees.",
      ],
      talkingPoints: [
        tp(
          "The official unions deliver what workers depend on: social insurance, holidays, housing.",
          "VTsSPS, the all-union council, had huge resources; the Sputnik Hotel itself (Leninsky Prospekt 38, built 1967, 343 rooms) was built to house its officials and foreign guests.",
          [S.sputnikHotel],
        ),
        tp(
          "Strikes are not the only way; we negotiate with the ministry.",
          "In 1989 Gorbachev made concessions to the strikers instead of using troops; the official union claims credit for implementing them. It refused in September 1989 to break with VTsSPS.",
          [S.strikesWiki, S.officialUnion],
        ),
        tp(
          "International solidarity runs through the official unions: British miners in 1984–85 had our support.",
          "The NUM left the Miners' International Federation in 1983–85 to form an East–West miners' body together with unions of the communist-aligned World Federation of Trade Unions, including ours.",
          ["P2", S.numInternational],
        ),
        tp(
          "The independent union will split the miners and serve the market's politicians.",
          "The Donetsk congress of June 1990 voted 308 to 116 for a mass exit from the CPSU; on 11 July 1990 miners struck for the government's resignation. You see this as politics hijacking a labour movement.",
          [S.donetskCongress, S.strikeJuly1990],
        ),
        tp(
          "The system the miners are leaving gave them housing, pensions and sanatoria; the market will take them away.",
          "Social insurance and holidays were run through the official unions. Liberal economists now talk of market prices; you predict closures and lost guarantees, as happened to British miners after 1985.",
          ["P3", S.beynon],
        ),
        tp(
          "The strikes were exploited by politicians.",
          "Economic demands (soap, meat, pay) in July 1989 became within days political demands for a new constitution, and by July 1990 for the government's resignation.",
          ["P1", S.strikesWiki, S.strikeJuly1990],
        ),
        tp(
          "Even Pravda is rethinking Trotsky: the official institutions can change.",
          "Pravda reportedly treated Trotsky as rehabilitated in August 1990; Literaturnaya Gazeta admitted the NKVD murder in January 1989. If the Party press can reform, so can the unions.",
          [S.pravda1990, S.litGazeta],
        ),
        tp(
          "The Western Trotskyists are guests of Soviet hospitality, in a building our union built.",
          "The Sputnik Hotel was built in 1967 for VTsSPS officials and their foreign guests.",
          [S.sputnikHotel],
        ),
      ],
      cannotKnowYet:
        "You do not know that VTsSPS will dissolve with the USSR, or that the prices freed on 2 January 1992 will rise about 26-fold in a year and that your warnings about the market will partly come true while your union's authority does not recover.",
      documentation:
        "A composite role. No official-union representative is known to have attended; the standpoint comes from reports of the official coal union's opposition to the strikes and its refusal to leave VTsSPS.",
    },
  },
  {
    id: "num-national-official",
    name: "NUM national official (composite)",
    factionId: "num-national",
    kind: "composite",
    chair: false,
    bio: "A full-time official from the National Union of Mineworkers' national office in Britain, loyal to the leadership that led the 1984–85 strike. Has visited the USSR before as a guest of the official miners' union.",
    sources: ["P2", "P3", S.numInternational],
    brief: {
      standpoint:
        "The year-long strike of 1984–85 was the greatest fight British workers had waged in decades, and it was lost against a government that used the police, the courts and the media. The Soviet official unions sent help; in your view the Western-aligned international did far less. You regard the independent Soviet miners as well-meaning but courted by Western governments and the pro-market press, and you will not break with old friends to please Trotskyists. You have said nothing publicly about the 1989 strikes and you mean to keep it that way.",
      objectives: [
        "Defend the NUM's international alignment.",
        "Cast doubt on the politics of the independent unions and of their Western cheerleaders.",
      ],
      talkingPoints: [
        tp(
          "The NUM chose its international friends during the strike, when it mattered.",
          "Between 1983 and 1985 the NUM left the Miners' International Federation to build an East–West miners' international with WFTU-aligned unions, including the official Soviet union.",
          [S.numInternational],
        ),
        tp(
          "The British miners were defeated by the state; we know what Thatcher-style markets do to coalfields.",
          "The strike lasted from March 1984 to March 1985; pit closures followed. The Soviet independent unions want market prices for coal.",
          ["P3", S.beynon, S.strikesWiki],
        ),
        tp(
          "It is not our business to take sides in another country's union disputes.",
          "The NUM leadership kept silent on Solidarność miners in the 1980s and on the Soviet strikes of 1989.",
          ["P2"],
        ),
        tp(
          "Rank-and-file trips abroad are fine, but the union speaks through its elected national bodies.",
          "Durham militants were already seeking their own links with Soviet and South African miners.",
          ["P3", S.durhamPavlograd],
        ),
        tp(
          "The USSR, whatever its faults, stands against Thatcher and Reagan; British miners should not help weaken it.",
          "The NUM realigned internationally with WFTU unions in 1983–85, during the Cold War and the strike. The independent Soviet movement is welcomed by the Western right.",
          [S.numInternational, "P2"],
        ),
        tp(
          "The independent unions want the market; British miners know where that leads.",
          "The Kuzbass demands included economic autonomy; in Britain, closures followed the 1985 defeat.",
          ["P1", "P3", S.beynon],
        ),
        tp(
          "Trotskyists use internationalism to attack the union's leadership.",
          "Durham militants and Western Trotskyist groups seek their own links with Soviet miners, bypassing the national union.",
          ["P3", S.durhamPavlograd],
        ),
        tp(
          "If the official Soviet union is reforming, the NUM should help it reform rather than desert it.",
          "The official coal union refused in September 1989 to leave VTsSPS, but is losing members to the independent movement founded in Donetsk in June 1990.",
          [S.officialUnion, S.donetskCongress],
        ),
      ],
      cannotKnowYet:
        "You do not know that Durham miners will go to Pavlograd on their own initiative, that their area secretary will be shocked by what he sees underground, or that the official Soviet union you backed will lose its members to the NPG founded in October 1990.",
      documentation:
        "A composite role. No NUM national official is known to have attended, and no individual national officer (Arthur Scargill or anyone else) is portrayed. The position is drawn from the essay's account of the national leadership's silence and from the 1985 report on its international realignment.",
    },
  },
];
