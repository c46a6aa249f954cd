import type { SeedForecast } from "../schema";

/** Forecasts in 002: Christian Osthold on Trump's rapprochement with Russia and Moscow's alliances (undated; written March 2025). */
const article = "osthold-trump-russland-china-iran";

const OSTHOLD = {
  article,
  forecaster: "christian-osthold",
  attribution: "own",
  madeOn: "2025-03-07",
  madeOnBasis: "inferred",
  madeOnNote:
    "The text is undated. It cites Wang Wentao's press conference at the National People's Congress (6 Mar 2025), February 2025 oil data and Putin's offer of raw-materials cooperation 'last week' (24 Feb 2025): 7 Mar 2025 is the earliest date consistent with it.",
} as const;

const TRUMP_SECOND_TERM = {
  deadline: "2029-01-20",
  deadlineBasis: "inferred",
  deadlineNote: "No date; the claim is about Trump's policy of rapprochement with Moscow, read as running to the end of his second term, 20 Jan 2029.",
} as const;

export const forecasts = [
  {
    article,
    key: "002-goldman-sachs-china-not-overtaking-us-before-2040",
    forecaster: "goldman-sachs",
    attribution: "reported",
    quote: "Eine 2018 veröffentlichte Analyse von Goldman Sachs sieht diesen Wendepunkt nicht vor 2040.",
    question: "Will China's economy overtake that of the US before 2040?",
    polarity: "negative",
    resolutionCriteria:
      "YES if China's nominal GDP in US dollars at market exchange rates (IMF World Economic Outlook) exceeds that of the US in any calendar year up to and including 2039. NO otherwise. (China already leads at purchasing-power parity, which is why market exchange rates are used.)",
    madeOn: "2018-01-01",
    madeOnBasis: "inferred",
    madeOnNote: "The text says only that the analysis was published in 2018; the day is unknown, 1 Jan 2018 is the earliest date consistent with it.",
    deadline: "2039-12-31",
    deadlineBasis: "stated",
    deadlineNote: "'nicht vor 2040' (not before 2040): the event 'before 2040' closes on 31 Dec 2039.",
    probability: {
      source: "lexicon",
      expression: "sieht diesen Wendepunkt nicht vor 2040",
      class: "WILL_NOT",
      note: "A model projection reported flatly ('sees this turning point not before 2040'), with no hedge: read as a bare negative.",
    },
    condition: null,
    event: null,
    topics: ["china-economy", "us-china"],
  },
  {
    ...OSTHOLD,
    key: "002-osthold-russian-gas-and-lng-to-china-by-2030",
    quote: "Bis 2030 soll Russland mindestens 98 Milliarden Kubikmeter Gas sowie 100 Millionen Tonnen Flüssigerdgas nach China liefern.",
    question: "Will Russia's deliveries to China reach at least 98 bcm of gas and 100 million tonnes of LNG a year by 2030?",
    polarity: "positive",
    resolutionCriteria:
      "YES if in calendar year 2030 Russia's gas deliveries to China reach at least 98 billion cubic metres and its LNG deliveries to China at least 100 million tonnes (Chinese customs data or the companies' reports). The text does not say whether the volumes are annual; they are read as annual volumes reached by 2030. NO otherwise.",
    deadline: "2030-12-31",
    deadlineBasis: "stated",
    deadlineNote: "'Bis 2030' (by 2030): the 2030 volumes, known at the end of 2030.",
    probability: {
      source: "lexicon",
      expression: "soll",
      class: "LIKELY",
      note: "'soll' (is due to) restates a plan without naming who set it; recorded as the author's own claim, and read as LIKELY: a plan he expects to hold, not a bare 'wird'.",
    },
    condition: null,
    event: null,
    topics: ["energy", "russia-china"],
  },
  {
    ...OSTHOLD,
    key: "002-osthold-iran-eaeu-free-trade-zone-in-2025",
    quote:
      "Eine Freihandelszone zwischen Iran und der von Russland geführten Eurasischen Wirtschaftsunion soll 2025 in Kraft treten und Zölle auf 90 Prozent der Güter senken.",
    question: "Will the free-trade agreement between Iran and the Eurasian Economic Union enter into force in 2025?",
    polarity: "positive",
    resolutionCriteria:
      "YES if the Iran-EAEU free-trade agreement enters into force between 7 Mar 2025 and 31 Dec 2025 (official announcement of the Eurasian Economic Commission or the Iranian government). The tariff scope (about 90 per cent of goods) describes the agreement and is not a separate test. NO otherwise.",
    deadline: "2025-12-31",
    deadlineBasis: "stated",
    deadlineNote: "'soll 2025 in Kraft treten': during 2025.",
    probability: {
      source: "lexicon",
      expression: "soll",
      class: "LIKELY",
      note: "'soll' (is due to) restates a scheduled plan: read as LIKELY, not a bare 'wird'.",
    },
    condition: null,
    event: null,
    topics: ["iran"],
  },
  {
    ...OSTHOLD,
    key: "002-osthold-russia-may-realign-if-china-overtakes-us",
    quote: "Sollte China die USA überholen, könnte Russland seine Ausrichtung ändern.",
    question: "If China overtakes the US, will Russia turn away from its alignment with China (toward the US)?",
    polarity: "positive",
    resolutionCriteria:
      "Given the condition, YES if within 5 years Russia ends or downgrades its strategic partnership with China or aligns with the US against China. NO otherwise. The condition is read as China's nominal GDP at market exchange rates exceeding the US's (IMF World Economic Outlook), i.e. China becoming the stronger power of the triangle.",
    deadline: null,
    deadlineBasis: "none",
    deadlineNote: "No date: the forecast follows China overtaking the US, which has none. The criteria allow 5 years after the condition is met.",
    probability: { source: "lexicon", expression: "könnte", class: "POSSIBLE" },
    condition: "China overtakes the United States (as the stronger power; read as its GDP at market exchange rates exceeding the US's).",
    event: "russia-china-split",
    topics: ["russia-china", "us-china", "world-order"],
  },
  {
    ...OSTHOLD,
    key: "002-osthold-russia-will-not-back-iran-militarily",
    quote: "Moskau macht damit deutlich, dass es Iran in einem möglichen Konflikt mit den USA oder Israel nicht militärisch unterstützen wird.",
    question: "In an armed conflict between Iran and the US or Israel, will Russia support Iran militarily?",
    polarity: "negative",
    resolutionCriteria:
      "Resolves on the first armed conflict between Iran and the US or Israel after 7 Mar 2025. YES if during it Russia gives Iran military support: combat forces, deliveries of weapons, ammunition or air-defence systems, or operational military intelligence, as confirmed officially or reported by major outlets. Diplomatic support, condemnations and offers of mediation do not count. NO otherwise.",
    deadline: null,
    deadlineBasis: "none",
    deadlineNote: "Tied to a conflict, not a date: resolves with the first armed conflict between Iran and the US or Israel after the forecast.",
    probability: {
      source: "lexicon",
      expression: "nicht militärisch unterstützen wird",
      class: "WILL_NOT",
      note: "The author's reading of the January 2025 treaty (no mutual-assistance clause), stated flatly.",
    },
    condition: "Iran is in an armed conflict with the United States or Israel.",
    event: null,
    topics: ["iran", "middle-east"],
  },
  {
    ...OSTHOLD,
    key: "002-osthold-china-no-unrestricted-military-support-iran",
    quote:
      "Eine direkte Konfrontation mit dem Westen wird vermieden, und es gibt keine Anzeichen dafür, dass Peking bereit wäre, Teheran uneingeschränkte militärische Unterstützung zu gewähren.",
    question: "Will China give Iran unrestricted military support by 7 Mar 2030?",
    polarity: "negative",
    resolutionCriteria:
      "YES if by 7 Mar 2030 China commits to or gives Iran large-scale military support: a mutual-defence pact, Chinese forces deployed to defend Iran, or deliveries of major weapon systems such as combat aircraft or long-range air-defence systems. NO otherwise.",
    deadline: "2030-03-07",
    deadlineBasis: "inferred",
    deadlineNote: "No date; a claim about China's policy, given the corpus default horizon of 5 years after madeOn.",
    probability: {
      source: "lexicon",
      expression: "es gibt keine Anzeichen dafür",
      class: "UNLIKELY",
      note: "'there are no signs that Beijing would be ready' is evidence-talk, not a lexicon phrase: read as a negative short of a bare 'will not', UNLIKELY.",
    },
    condition: null,
    event: null,
    topics: ["iran", "middle-east"],
  },
  {
    ...OSTHOLD,
    key: "002-osthold-russia-will-not-drop-china-for-us",
    quote:
      "Die Annahme, dass Russland allein durch geopolitische Zugeständnisse an Washington seine Beziehungen mit China aufgeben würde, könnte sich als Fehleinschätzung erweisen. Die wirtschaftlichen und sicherheitspolitischen Interessen, die Moskau und Peking verbinden, sind zu stark.",
    question: "Will Russia give up its strategic partnership with China in return for geopolitical concessions from Washington by 20 Jan 2029?",
    polarity: "negative",
    resolutionCriteria:
      "YES if by 20 Jan 2029 Russia ends or downgrades its strategic partnership with China (e.g. lets the 2001 treaty lapse, joins US measures against China, or declares a realignment with the US) after or in return for US concessions. NO otherwise.",
    ...TRUMP_SECOND_TERM,
    probability: {
      source: "lexicon",
      expression: "könnte sich als Fehleinschätzung erweisen",
      class: "PROBABLY_NOT",
      note: "A hedge ('could prove a misjudgement') followed by a flat reason ('the interests ... are too strong'): read together as a hedged negative, PROBABLY_NOT, neither WILL_NOT nor POSSIBLE.",
    },
    condition: null,
    event: "russia-china-split",
    topics: ["russia-china", "us-russia"],
  },
  {
    ...OSTHOLD,
    key: "002-osthold-rapprochement-no-russian-nuclear-help-iran",
    quote: "Im Falle einer nachhaltigen Annäherung an Washington hätte Moskau kein Interesse, den Iran nukleartechnologisch zu unterstützen.",
    question: "If Russia achieves a lasting rapprochement with the US, will Russia give Iran weapons-relevant nuclear-technology support by 20 Jan 2029?",
    polarity: "negative",
    resolutionCriteria:
      "Given the condition, YES if by 20 Jan 2029 Russia gives Iran nuclear help relevant to weapons: enrichment or reprocessing technology, highly enriched uranium, or help with warhead design or weaponisation (the text's context is Iran's weapons programme). Civilian power-reactor cooperation such as Bushehr does not count. NO otherwise.",
    ...TRUMP_SECOND_TERM,
    probability: {
      source: "lexicon",
      expression: "hätte Moskau kein Interesse",
      class: "UNLIKELY",
      note: "'would have no interest' denies a motive, not the act itself: read as UNLIKELY rather than a bare WILL_NOT.",
    },
    condition: "Russia achieves a lasting rapprochement with the United States.",
    event: null,
    topics: ["iran", "nuclear-weapons", "us-russia"],
  },
] satisfies SeedForecast[];
