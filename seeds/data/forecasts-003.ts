import type { SeedForecast } from "../schema";

/** Forecasts in 003: unsigned article on Peskov and US-Russia normalisation (undated; November 2024). */
const article = "peskow-normalisierung-usa";

const AUTHOR = {
  article,
  forecaster: "unnamed-author-003",
  attribution: "own",
  madeOn: "2024-11-18",
  madeOnBasis: "inferred",
  madeOnNote:
    "The page is undated. It reports Peskov's statement of 18 November, with Trump's election 'earlier this month' and his inauguration on 20 Jan 2025 still ahead, i.e. 18 Nov 2024 at the earliest.",
} as const;

const ONE_YEAR = {
  deadline: "2025-11-18",
  deadlineBasis: "inferred",
  deadlineNote: "No date; a claim about the current situation ('derzeit'), given a 1-year horizon from madeOn.",
} as const;

export const forecasts = [
  {
    article,
    key: "003-peskov-russia-will-not-dance-alone",
    forecaster: "dmitry-peskov",
    attribution: "quoted",
    quote:
      "Russland sei bereit, die Beziehungen zu den Vereinigten Staaten zu normalisieren, doch Russland könne „nicht allein tanzen und werde es auch nicht tun“",
    question: "Will Russia make unilateral, unreciprocated concessions to normalise relations with the US by 20 Jan 2029?",
    polarity: "negative",
    resolutionCriteria:
      "YES if by 20 Jan 2029 Russia takes a significant step toward normalising relations with the US (e.g. lifting its countermeasures on US diplomats, returning seized diplomatic property, releasing detained US citizens) without a matching US step agreed or announced within 3 months. Steps that are part of an exchange do not count. NO otherwise.",
    madeOn: "2024-11-18",
    madeOnBasis: "statement",
    madeOnNote: "The text dates the statement 18 November; the year (2024) follows from Trump's election 'earlier this month'.",
    deadline: "2029-01-20",
    deadlineBasis: "inferred",
    deadlineNote: "No date; Peskov spoke of relations with the incoming Trump administration, read as its term, to 20 Jan 2029.",
    probability: {
      source: "lexicon",
      expression: "werde es auch nicht tun",
      class: "WILL_NOT",
      note: "'and will not do so': a bare negative about dancing 'alone', i.e. normalising without US reciprocity.",
    },
    condition: null,
    event: null,
    topics: ["us-russia"],
  },
  {
    ...AUTHOR,
    key: "003-author-moscow-approaches-washington-after-inauguration",
    quote:
      "Es sollte auch betont werden, dass Moskau zwar auf Washington zugehen kann, dies jedoch erst nach der offiziellen Amtseinführung des designierten US-Präsidenten Donald Trump im Weißen Haus, also nach seiner Amtseinführung am 20. Januar 2025",
    question: "Will Russia and the US open direct high-level talks after Trump's inauguration on 20 Jan 2025 (and not before), by 20 Jan 2026?",
    polarity: "positive",
    resolutionCriteria:
      "YES if between 20 Jan 2025 and 20 Jan 2026 Russia and the new Trump administration hold officially confirmed direct high-level talks on their relations (a Putin-Trump call or meeting, or a meeting of foreign ministers), and no such Russian approach to the outgoing Biden administration took place between 18 Nov 2024 and 20 Jan 2025. NO otherwise.",
    deadline: "2026-01-20",
    deadlineBasis: "inferred",
    deadlineNote: "The text sets only the start ('erst nach ... 20. Januar 2025'); a 1-year window after the inauguration is assumed.",
    probability: {
      source: "lexicon",
      expression: "zugehen kann",
      class: "POSSIBLE",
      note: "'kann' (can) carries the likelihood of the approach; 'erst nach' fixes its timing.",
    },
    condition: null,
    event: null,
    topics: ["us-russia"],
  },
  {
    ...AUTHOR,
    key: "003-author-retaliation-makes-deescalation-very-hard",
    quote: "Sollte Moskau tatsächlich angemessen reagieren, wird eine Abkühlung und Deeskalation äußerst schwierig sein.",
    question:
      "If Russia retaliates in kind for the US decision to allow long-range strikes into Russia, will US-Russia tensions cool and de-escalate by 18 Nov 2025?",
    polarity: "negative",
    resolutionCriteria:
      "Given the condition, YES if by 18 Nov 2025 the US and Russia de-escalate: e.g. resume regular direct contact at presidential level and formal bilateral talks on their relations or on ending the war, or agree a ceasefire in Ukraine. NO if tensions stay at or above their November 2024 level.",
    ...ONE_YEAR,
    probability: {
      source: "lexicon",
      expression: "äußerst schwierig",
      class: "LITTLE_CHANCE",
      note: "'schwierig' (difficult) read as UNLIKELY; 'äußerst' (extremely) moves it one class outward like 'sehr': LITTLE_CHANCE.",
    },
    condition:
      "Russia responds in kind ('angemessen') to the Biden administration's last steps, above all the permission for Ukraine to strike deep into Russia with long-range weapons.",
    event: null,
    topics: ["us-russia", "ukraine-war"],
  },
  {
    ...AUTHOR,
    key: "003-author-tactical-nuclear-response-no-priority",
    quote:
      "Auch militärisch undgeopolitisch hat die Fähigkeit, mit taktischen Atomwaffen zu reagieren und damit die Konfliktspirale zu verschärfen, keine Priorität.",
    question: "Will Russia use a nuclear weapon in the war against Ukraine between 18 Nov 2024 and 18 Nov 2025?",
    polarity: "negative",
    resolutionCriteria:
      "YES if Russia detonates a nuclear weapon (tactical or strategic) in or against Ukraine or its supporters between 18 Nov 2024 and 18 Nov 2025. Tests and launches of nuclear-capable missiles with conventional warheads do not count. NO otherwise.",
    ...ONE_YEAR,
    probability: {
      source: "lexicon",
      expression: "keine Priorität",
      class: "UNLIKELY",
      note: "'has no priority' is a statement of priorities, not a bare 'will not' (typo 'undgeopolitisch' kept): read as UNLIKELY.",
    },
    condition: null,
    event: null,
    topics: ["nuclear-weapons", "ukraine-war"],
  },
] satisfies SeedForecast[];
