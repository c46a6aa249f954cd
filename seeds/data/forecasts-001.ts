import type { SeedForecast } from "../schema";

/** Forecasts in 001: Rainer Rupp, "RUSSTRAT: CHINA BIETET RUSSLAND OFFIZIELLES MILITÄRBÜNDNIS AN" (RT Deutsch 10 Feb 2021, KenFM 14 Feb 2021). */
const article = "rupp-russtrat-militaerbuendnis";

const RUSSTRAT = {
  article,
  forecaster: "russtrat",
  madeOn: "2021-02-09",
  madeOnBasis: "statement",
  madeOnNote: "The text dates RusStrat's analysis 9 Feb 2021.",
} as const;

const BY_2022 = {
  deadline: "2022-12-31",
  deadlineBasis: "inferred",
  deadlineNote: "No date in the sentence itself; read with RusStrat's own horizon in the same article, 'spätestens im Jahr 2022' (31 Dec 2022).",
} as const;

const ALLIANCE_CRITERIA =
  "YES if by 31 Dec 2022 Russia and China sign a treaty or formally declare an alliance that includes a mutual-defence (military assistance) commitment. A 'comprehensive strategic partnership', joint statements without a defence obligation, joint exercises or the extension of the 2001 Treaty of Good-Neighbourliness do not count. NO otherwise.";

const AFTER_SIGNING = {
  deadline: null,
  deadlineBasis: "none",
  deadlineNote: "No date: a consequence of an alliance treaty, which itself has none. The criteria allow 2 years after such a treaty is signed.",
} as const;

export const forecasts = [
  {
    article,
    key: "001-rupp-russia-china-ready-for-alliance",
    forecaster: "rainer-rupp",
    attribution: "own",
    quote: "Angesichts des vom Westen entfachten, neuen Kalten Krieges scheinen jetzt beide Länder bereit, einen längst überfälligen Schritt zu wagen.",
    question: "Will Russia and China conclude an official military alliance by 31 Dec 2022?",
    polarity: "positive",
    resolutionCriteria: ALLIANCE_CRITERIA,
    madeOn: "2021-02-10",
    madeOnBasis: "first_published",
    madeOnNote: "First published on RT Deutsch on 10 Feb 2021, per the article's footer.",
    ...BY_2022,
    probability: {
      source: "lexicon",
      expression: "scheinen jetzt beide Länder bereit",
      class: "LIKELY",
      note: "'both countries now seem ready' to take the 'long overdue step' (the military alliance of the headline): an expectation hedged by 'scheinen', read as LIKELY.",
    },
    condition: null,
    event: "russia-china-military-alliance-by-2022",
    topics: ["russia-china"],
  },
  {
    ...RUSSTRAT,
    key: "001-russtrat-on-verge-of-military-alliance",
    attribution: "reported",
    quote:
      "Nach einer Analyse (hier auf Russisch) vom Moskauer Institut für internationale politische und wirtschaftliche Strategien (RusStrat) vom 9. Februar 2021 stehen Russland und China nun kurz vor einem Militärbündnis.",
    question: "Will Russia and China conclude an official military alliance by 31 Dec 2022?",
    polarity: "positive",
    resolutionCriteria: ALLIANCE_CRITERIA,
    ...BY_2022,
    probability: {
      source: "lexicon",
      expression: "stehen Russland und China nun kurz vor einem Militärbündnis",
      class: "WILL",
      note: "'are now on the verge of' asserts imminence without a hedge: read as a bare assertion. This is Rupp's paraphrase; RusStrat's own closing words are the weaker 'nicht auszuschließen' (RusStrat's own forecast, recorded from the same article).",
    },
    condition: null,
    event: "russia-china-military-alliance-by-2022",
    topics: ["russia-china"],
  },
  {
    ...RUSSTRAT,
    key: "001-russtrat-rapprochement-unchanged-foreseeable-future",
    attribution: "reported",
    quote: 'Daran würde sich auch "in absehbarer Zukunft" nichts ändern.',
    question: "Will the Russia-China rapprochement be reversed by 9 Feb 2026?",
    polarity: "negative",
    resolutionCriteria:
      "YES if by 9 Feb 2026 Russia or China formally ends or downgrades their strategic partnership, lets the 2001 treaty lapse without replacement, or aligns with the US against the other. NO otherwise.",
    deadline: "2026-02-09",
    deadlineBasis: "inferred",
    deadlineNote: "'in absehbarer Zukunft' (in the foreseeable future) sets no date: read as 5 years after madeOn (the corpus default).",
    probability: {
      source: "lexicon",
      expression: "nichts ändern",
      class: "WILL_NOT",
      note: "'nothing would change' (Konjunktiv of reported speech) is a bare negative.",
    },
    condition: null,
    event: "russia-china-split",
    topics: ["russia-china"],
  },
  {
    ...RUSSTRAT,
    key: "001-russtrat-no-serious-conflict-for-half-century",
    attribution: "quoted",
    quote:
      "Dies bedeutet, dass es für mindestens ein halbes Jahrhundert, wenn nicht länger, keine ernsthaften Konflikte zwischen unseren Ländern geben sollte, die zu einer bewaffneten Konfrontation führen könnten",
    question: "Will Russia and China have a serious conflict that could lead to armed confrontation between them by 9 Feb 2071?",
    polarity: "negative",
    resolutionCriteria:
      "YES if by 9 Feb 2071 there is an armed clash between Russian and Chinese state forces, or a crisis in which either side breaks off diplomatic relations or deploys forces against the other. NO otherwise.",
    deadline: "2071-02-09",
    deadlineBasis: "stated",
    deadlineNote: "'für mindestens ein halbes Jahrhundert': 50 years from the analysis of 9 Feb 2021.",
    probability: {
      source: "lexicon",
      expression: "keine ernsthaften Konflikte zwischen unseren Ländern geben sollte",
      class: "PROBABLY_NOT",
      note: "'sollte' (should) read as LIKELY; negated ('there should be no serious conflicts'), the event is PROBABLY_NOT.",
    },
    condition: null,
    event: null,
    topics: ["russia-china"],
  },
  {
    ...RUSSTRAT,
    key: "001-russtrat-alliance-makes-china-pro-russian",
    attribution: "quoted",
    quote:
      "wird die Unterzeichnung eines solchen Abkommens China automatisch dazu verpflichten, in vielen für uns (Russen) wichtigen internationalen Fragen eine aktivere und eindeutig pro-russische Position einzunehmen",
    question:
      "If Russia and China sign a military alliance, will China take an openly pro-Russian position on issues important to Russia, such as Crimea and Western sanctions?",
    polarity: "positive",
    resolutionCriteria:
      "Given the condition, YES if within 2 years of the signing China recognises Crimea as Russian, votes against (rather than abstaining on) UN General Assembly resolutions on Crimea, or formally refuses to apply Western sanctions against Russia (the examples the text gives). NO otherwise.",
    ...AFTER_SIGNING,
    probability: { source: "lexicon", expression: "wird die Unterzeichnung eines solchen Abkommens China automatisch dazu verpflichten", class: "WILL" },
    condition: "Russia and China sign a military alliance treaty.",
    event: null,
    topics: ["russia-china", "ukraine-war", "sanctions"],
  },
  {
    ...RUSSTRAT,
    key: "001-russtrat-china-backs-russian-sphere-in-west",
    attribution: "quoted",
    quote:
      "dann kann Peking in Bezug auf die Länder an den Westgrenzen Russlands gleichfalls nur Formulierungen unterstützen, nach denen diese Gebiete in der Zone der strategischen Interessen Russlands liegen, genauso wie Taiwan in der Zone der strategischen Interessen von Peking liegt.",
    question:
      "If Russia and China sign a military alliance and agree broadly on Central Asia, will China officially endorse wording that puts the countries on Russia's western borders in Russia's zone of strategic interests?",
    polarity: "positive",
    resolutionCriteria:
      "Given the condition, YES if within 2 years of the signing China endorses, in a joint statement, treaty or official position, wording that places the countries on Russia's western borders (e.g. Ukraine, Belarus, the Baltic states) in Russia's zone of strategic interests. NO otherwise.",
    ...AFTER_SIGNING,
    probability: {
      source: "lexicon",
      expression: "kann Peking in Bezug auf die Länder an den Westgrenzen Russlands gleichfalls nur Formulierungen unterstützen",
      class: "WILL",
      note: "'can only support' states a necessity given the condition: read as WILL.",
    },
    condition: "Russia and China sign a military alliance, and the two agree broadly on their common interests in Central Asia and Turkmenistan.",
    event: null,
    topics: ["russia-china", "ukraine-war"],
  },
  {
    ...RUSSTRAT,
    key: "001-russtrat-alliance-by-2022-not-ruled-out",
    attribution: "reported",
    quote:
      'Daher folgert RusStrat, es sei nicht auszuschließen, dass "bereits im laufenden Jahr, spätestens im Jahr 2022, ein offizielles Militärbündnis zwischen Russland und China geschlossen werden kann".',
    question: "Will Russia and China conclude an official military alliance by 31 Dec 2022?",
    polarity: "positive",
    resolutionCriteria: ALLIANCE_CRITERIA,
    deadline: "2022-12-31",
    deadlineBasis: "stated",
    deadlineNote: "'bereits im laufenden Jahr, spätestens im Jahr 2022': by 31 Dec 2022 at the latest.",
    probability: {
      source: "lexicon",
      expression: "nicht auszuschließen",
      class: "NOT_RULED_OUT",
      note: "Low information. The likelihood words stand outside the quotation marks (Konjunktiv 'sei'), so 'reported'.",
    },
    condition: null,
    event: "russia-china-military-alliance-by-2022",
    topics: ["russia-china"],
  },
] satisfies SeedForecast[];
