import type { SeedOutcome } from "../schema";

/**
 * Outcomes known as of the corpus date (2026-11-21), recorded only where the evidence is solid and
 * widely documented. Every other forecast stays open. URLs are given only where certain.
 */

type Evidence = SeedOutcome["evidence"][number];

const CAATSA: Evidence = {
  url: "https://www.congress.gov/bill/115th-congress/house-bill/3364",
  citation:
    "Countering America's Adversaries Through Sanctions Act (CAATSA, H.R. 3364, Public Law 115-44), signed by President Trump on 2 Aug 2017: codified the Russia sanctions and put any easing under congressional review.",
};
const EXPULSIONS_2018: Evidence = {
  citation:
    "On 26 Mar 2018 the US expelled 60 Russian diplomats and ordered the Russian consulate in Seattle closed after the Skripal poisoning (White House statement of 26 Mar 2018; Reuters, BBC).",
};
const INF_WITHDRAWAL: Evidence = {
  citation: "US withdrawal from the INF Treaty took effect on 2 Aug 2019, citing Russian violations (statement of Secretary of State Pompeo, 2 Aug 2019).",
};
const OFAC_2018: Evidence = {
  citation:
    "US Treasury (OFAC) designated seven Russian oligarchs, twelve companies they own and seventeen senior officials on 6 Apr 2018 (Treasury press release of 6 Apr 2018).",
};
const CRIMEA_DECLARATION: Evidence = {
  citation:
    "US Department of State, 'Crimea Declaration' of Secretary Pompeo, 25 Jul 2018: the US refuses to recognise Russia's claimed annexation of Crimea and calls for Ukraine's territorial integrity to be restored.",
};
const RUSSIA_GERMANY_2019: Evidence[] = [
  {
    citation:
      "Germany backed every six-monthly renewal of the EU's economic sanctions on Russia (unanimity required); e.g. Council of the EU, 19 Dec 2019: economic sanctions prolonged until 31 Jul 2020 (Council press release).",
  },
  {
    citation:
      "Germany expelled two Russian diplomats on 4 Dec 2019 over the killing of a Georgian man in Berlin's Kleiner Tiergarten (German Foreign Office; Reuters, 4 Dec 2019).",
  },
];
const NO_RUSSIA_CHINA_ALLIANCE: Evidence[] = [
  {
    citation:
      "On 28 Jun 2021 Xi Jinping and Vladimir Putin announced the extension of the 2001 Treaty of Good-Neighbourliness and Friendly Cooperation by five years, without adding a mutual-defence obligation (Kremlin; Xinhua, 28 Jun 2021).",
  },
  {
    citation:
      "Joint Statement of Russia and China on International Relations Entering a New Era, 4 Feb 2022: their relations are 'superior to political and military alliances of the Cold War era' and their friendship 'has no limits': a partnership, not an alliance (Kremlin, 4 Feb 2022).",
  },
];

export const outcomes = [
  // --- 000: US-Russia alliance in Trump's first term: none
  ...[
    "000-palmer-us-will-not-side-with-putin",
    "000-palmer-no-close-us-russia-alliance-possible",
    "000-palmer-us-russia-detente-will-fail",
    "000-palmer-no-long-term-us-russia-alliance",
    "000-palmer-no-global-realignment-around-us-russia",
  ].map((forecast) => ({
    forecast,
    status: "no" as const,
    occurredOn: "2021-01-20",
    evidence: [CAATSA, EXPULSIONS_2018, INF_WITHDRAWAL],
    note: "No US-Russia alliance or lasting rapprochement by the end of Trump's first term: sanctions were codified and widened, diplomats expelled, the INF Treaty left; the US stayed in NATO.",
  })),
  // --- 000: US sanctions not ended, Crimea not returned
  {
    forecast: "000-us-government-will-not-end-russia-sanctions",
    status: "no",
    occurredOn: "2021-01-20",
    evidence: [CAATSA, OFAC_2018],
    note: "The sanctions were not ended in Trump's first term; they were codified and extended.",
  },
  {
    forecast: "000-palmer-us-russia-stance-may-change",
    status: "no",
    occurredOn: "2021-01-20",
    evidence: [CAATSA, OFAC_2018, CRIMEA_DECLARATION],
    note: "Neither part of the US stance changed: the sanctions stayed and were widened, and the US kept refusing to recognise the annexation of Crimea.",
  },
  {
    forecast: "000-us-government-expects-crimea-returned",
    status: "no",
    occurredOn: "2021-01-20",
    evidence: [
      CRIMEA_DECLARATION,
      {
        citation:
          "US Department of State, 2020 Country Reports on Human Rights Practices: Ukraine (published 30 Mar 2021), reporting on Crimea as Russia-occupied territory.",
      },
    ],
    note: "Crimea stayed under Russian control throughout Trump's first term.",
  },
  // --- 000: US-Russia cooperation in the Middle East: yes
  {
    forecast: "000-palmer-us-russia-may-cooperate-middle-east",
    status: "yes",
    occurredOn: "2017-07-07",
    evidence: [
      {
        citation:
          "The US, Russia and Jordan announced a ceasefire in south-west Syria on 7 Jul 2017, after the Trump-Putin meeting at the G20 summit in Hamburg (remarks of Secretary of State Tillerson, 7 Jul 2017; Reuters, 7 Jul 2017).",
      },
    ],
    note: "A jointly brokered US-Russia ceasefire arrangement in Syria.",
  },
  // --- 000: the condition 'the US withdraws from Europe' was not met in Trump's first term
  {
    forecast: "000-palmer-us-withdrawal-germany-deals-with-russia",
    status: "condition_not_met",
    occurredOn: "2021-01-20",
    evidence: [
      {
        citation:
          "The US did not withdraw from Europe: the plan announced by Defense Secretary Esper on 29 Jul 2020 to move about 11,900 troops out of Germany (roughly half of them to other European NATO countries) was not carried out before the term ended, and President Biden froze it on 4 Feb 2021 (AP, Reuters).",
      },
    ],
    note: "The US kept its forces in Europe throughout Trump's first term, so the conditional forecast is not scored.",
  },
  // --- 000: Russia-Germany alliance by the 'spoedig' horizon (14 Feb 2020): none
  ...[
    "000-palmer-world-order-overturned-by-other-relationship",
    "000-palmer-another-alliance-will-emerge",
    "000-palmer-germany-driven-into-alliance",
    "000-palmer-closer-cooperation-will-soon-change-world",
  ].map((forecast) => ({
    forecast,
    status: "no" as const,
    occurredOn: "2020-02-14",
    evidence: RUSSIA_GERMANY_2019,
    note: "No Russia-Germany alliance or pact by 14 Feb 2020: Germany stayed in NATO and kept backing the EU's Russia sanctions.",
  })),
  // --- 001: no Russia-China military alliance by the end of 2022
  ...["001-rupp-russia-china-ready-for-alliance", "001-russtrat-on-verge-of-military-alliance", "001-russtrat-alliance-by-2022-not-ruled-out"].map(
    (forecast) => ({
      forecast,
      status: "no" as const,
      occurredOn: "2022-12-31",
      evidence: NO_RUSSIA_CHINA_ALLIANCE,
      note: "The 2001 treaty was extended without becoming an alliance, and the February 2022 statement declared a partnership 'without limits', not a military alliance; none was signed by 31 Dec 2022.",
    }),
  ),
  // --- 002
  {
    forecast: "002-osthold-iran-eaeu-free-trade-zone-in-2025",
    status: "yes",
    occurredOn: "2025-05-15",
    evidence: [
      {
        citation: "Eurasian Economic Commission: the free-trade agreement between the EAEU and Iran, signed on 25 Dec 2023, entered into force on 15 May 2025.",
      },
    ],
    note: null,
  },
  {
    forecast: "002-osthold-russia-will-not-back-iran-militarily",
    status: "no",
    occurredOn: "2025-06-24",
    evidence: [
      {
        citation:
          "Israel-Iran war of 13-24 Jun 2025, with US strikes on Iranian nuclear sites on 22 Jun 2025: Russia condemned the strikes and offered mediation but gave Iran no military support (Reuters, AP, BBC coverage, June 2025).",
      },
    ],
    note: "The condition was met (Iran in armed conflict with Israel and the US); the first such conflict after the forecast settled it, so the open deadline does not keep it open.",
  },
  // --- 003
  {
    forecast: "003-author-moscow-approaches-washington-after-inauguration",
    status: "yes",
    occurredOn: "2025-02-12",
    evidence: [
      {
        citation:
          "Trump and Putin spoke by telephone on 12 Feb 2025, their first officially confirmed call since the inauguration (Kremlin readout; Trump's Truth Social post; Reuters, 12 Feb 2025).",
      },
      { citation: "Secretary of State Rubio and Foreign Minister Lavrov met in Riyadh on 18 Feb 2025 (US Department of State; Reuters, 18 Feb 2025)." },
    ],
    note: "High-level contact came after the inauguration, as forecast; no Russian approach to the outgoing Biden administration is on record between 18 Nov 2024 and 20 Jan 2025 (reports of a Trump-Putin call in November 2024 concerned the president-elect and were denied by the Kremlin).",
  },
  {
    forecast: "003-author-tactical-nuclear-response-no-priority",
    status: "no",
    occurredOn: "2025-11-18",
    evidence: [
      {
        citation:
          "Russia used no nuclear weapon in the period; its strike on Dnipro on 21 Nov 2024 with the new 'Oreshnik' intermediate-range missile carried no nuclear warheads (Putin's televised address of 21 Nov 2024; Reuters).",
      },
    ],
    note: "Settled at the inferred deadline: no nuclear use between 18 Nov 2024 and 18 Nov 2025.",
  },
] satisfies SeedOutcome[];
