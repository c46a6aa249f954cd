import type { SeedForecast } from "../schema";

/** Forecasts in 004: Andrew Korybko on the US, Article 5 and NATO troops in Ukraine (dated 15 Jan 2026). */
const article = "korybko-artikel-5-ukraine";

const KORYBKO = {
  article,
  forecaster: "andrew-korybko",
  attribution: "own",
  madeOn: "2026-01-15",
  madeOnBasis: "published",
  madeOnNote: null,
} as const;

const TRUMP_SECOND_TERM = {
  deadline: "2029-01-20",
  deadlineBasis: "inferred",
  deadlineNote: "No date in the text; the analysis is about 'Trump 2.0' policy, so the end of Trump's second term (20 Jan 2029) is the default horizon.",
} as const;

/** Korybko's 'scenario': the US gains control of more BRI countries' resources and the non-military side of Colby's 'strategy of denial' advances. */
const DENIAL_SCENARIO =
  "The US soon gains control over the resources of Iran, Nigeria and other key Belt and Road countries, i.e. the non-military side of Colby's 'strategy of denial' advances there.";

const ARTICLE_5_CRITERIA =
  "YES if by 20 Jan 2029 the US formally extends NATO Article 5 protection (or an equivalent binding US defence guarantee) to NATO member states' troops deployed in Ukraine, by treaty, NATO decision or official US commitment. NO otherwise.";

const US_TROOPS_CRITERIA =
  "YES if by 20 Jan 2029 the US deploys its own military units to Ukrainian territory, e.g. to monitor a ceasefire or as part of a security guarantee. Embassy guards, defence attachés and small liaison teams do not count. NO otherwise.";

export const forecasts = [
  {
    article,
    key: "004-hegseth-no-article-5-for-allied-troops-in-ukraine",
    forecaster: "pete-hegseth",
    attribution: "reported",
    quote:
      "Kriegsminister Pete Hegseth erklärte im vergangenen Februar in seiner Rede im NATO-Hauptquartier, dass sein Land die Truppen der Mitgliedstaaten in der Ukraine nicht unter den Schutz von Artikel 5 stellen werde",
    question: "Will the US extend NATO Article 5 protection to NATO member states' troops in Ukraine by 20 Jan 2029?",
    polarity: "negative",
    resolutionCriteria: ARTICLE_5_CRITERIA,
    madeOn: "2025-02-12",
    madeOnBasis: "statement",
    madeOnNote: "The text says 'last February' at NATO headquarters; Hegseth's speech there (Ukraine Defense Contact Group, Brussels) was on 12 Feb 2025.",
    deadline: "2029-01-20",
    deadlineBasis: "inferred",
    deadlineNote: "No date; Hegseth stated the Trump administration's policy, read as holding for its term, to 20 Jan 2029.",
    probability: {
      source: "lexicon",
      expression: "nicht unter den Schutz von Artikel 5 stellen werde",
      class: "WILL_NOT",
      note: "'werde ... nicht' is 'wird nicht' in reported speech.",
    },
    condition: null,
    event: "us-article-5-for-troops-in-ukraine",
    topics: ["nato", "ukraine-war"],
  },
  {
    article,
    key: "004-hegseth-no-us-troops-to-ukraine",
    forecaster: "pete-hegseth",
    attribution: "reported",
    quote: "und auch keine eigenen Truppen dorthin entsenden werde – selbst nicht im Rahmen irgendeiner Sicherheitsgarantie",
    question: "Will the US send its own troops to Ukraine by 20 Jan 2029?",
    polarity: "negative",
    resolutionCriteria: US_TROOPS_CRITERIA,
    madeOn: "2025-02-12",
    madeOnBasis: "statement",
    madeOnNote: "Same speech at NATO headquarters, 12 Feb 2025 ('last February' in the text).",
    deadline: "2029-01-20",
    deadlineBasis: "inferred",
    deadlineNote: "No date; Hegseth stated the Trump administration's policy, read as holding for its term, to 20 Jan 2029.",
    probability: { source: "lexicon", expression: "keine eigenen Truppen dorthin entsenden werde", class: "WILL_NOT" },
    condition: null,
    event: "us-troops-to-ukraine",
    topics: ["nato", "ukraine-war"],
  },
  {
    article,
    key: "004-putin-western-troops-in-ukraine-legitimate-targets",
    forecaster: "vladimir-putin",
    attribution: "reported",
    quote:
      "Putin selbst warnte noch im vergangenen September, dass Russland westliche Truppen in der Ukraine als „legitime Ziele zur Zerstörung“ betrachten würde.",
    question: "If Western countries deploy troops in Ukraine, will Russia attack them?",
    polarity: "positive",
    resolutionCriteria:
      "Given the condition, YES if within 12 months of the deployment Russian forces deliberately strike an official military contingent of a Western (NATO or EU) state in Ukraine, as confirmed by that state or reported by major outlets. The text says Russia would 'regard' such troops as legitimate targets; an attack is the checkable form. NO otherwise.",
    madeOn: "2025-09-05",
    madeOnBasis: "inferred",
    madeOnNote:
      "The text says 'last September' (2025) only; 5 Sep 2025 (Putin at the Eastern Economic Forum, Vladivostok) is the widely reported occasion of this warning.",
    deadline: null,
    deadlineBasis: "none",
    deadlineNote: "No date: the forecast follows a deployment that has none. The criteria allow 12 months after a deployment.",
    probability: {
      source: "lexicon",
      expression: "betrachten würde",
      class: "WILL",
      note: "'would regard' is the Konjunktiv of reported speech, not a hedge: read as WILL given the condition.",
    },
    condition: "Western (NATO or EU) countries deploy official military contingents in Ukraine.",
    event: null,
    topics: ["ukraine-war", "nato"],
  },
  {
    article,
    key: "004-france-uk-troops-to-ukraine-after-ceasefire",
    forecaster: "france-uk-governments",
    attribution: "reported",
    quote:
      "Frankreich und Großbritannien haben kürzlich zugesagt, im Falle eines Waffenstillstands Truppen in die Ukraine zu entsenden, als Teil ihrer jüngsten vorgeschlagenen Sicherheitsgarantien für dieses Land.",
    question: "If a ceasefire takes effect in Ukraine, will France and the United Kingdom send troops to Ukraine?",
    polarity: "positive",
    resolutionCriteria:
      "Given the condition, YES if within 12 months after the ceasefire takes effect both France and the UK deploy military units to Ukrainian territory as part of security guarantees for Ukraine. NO otherwise.",
    madeOn: "2026-01-06",
    madeOnBasis: "inferred",
    madeOnNote:
      "The text says 'recently' (before 15 Jan 2026) and names the Paris Declaration; the declaration was signed at the Paris meeting of early January 2026, taken as 6 Jan 2026.",
    deadline: null,
    deadlineBasis: "none",
    deadlineNote: "No date: the commitment follows a ceasefire that has none. The criteria allow 12 months after a ceasefire takes effect.",
    probability: {
      source: "lexicon",
      expression: "zugesagt",
      class: "WILL",
      note: "A formal commitment ('have pledged') to act: read as a bare assertion of their own future action.",
    },
    condition: "A ceasefire takes effect in the Russia-Ukraine war.",
    event: null,
    topics: ["ukraine-war", "nato"],
  },
  {
    ...KORYBKO,
    key: "004-korybko-article-5-escalation-possible-but-unlikely",
    quote:
      "Auf all dies zu verzichten, nur um dann plötzlich zu der beispiellosen Eskalation überzugehen, Artikel 5 auf die Truppen der NATO-Staaten in der Ukraine auszuweiten und sogar eigene Truppen zu entsenden, ist zwar möglich, aber unwahrscheinlich.",
    question: "Will the US extend NATO Article 5 protection to NATO member states' troops in Ukraine and also send US troops there, by 20 Jan 2029?",
    polarity: "negative",
    resolutionCriteria:
      "YES if by 20 Jan 2029 both happen: the US formally extends Article 5 protection (or an equivalent binding US guarantee) to NATO member states' troops in Ukraine, and it deploys its own military units to Ukrainian territory (embassy guards, attachés and small liaison teams do not count). NO otherwise.",
    ...TRUMP_SECOND_TERM,
    probability: {
      source: "lexicon",
      expression: "zwar möglich, aber unwahrscheinlich",
      class: "UNLIKELY",
      note: "Double hedge 'possible, but unlikely': the weaker class, UNLIKELY (scoring.md).",
    },
    condition: null,
    event: "us-article-5-for-troops-in-ukraine",
    topics: ["nato", "ukraine-war", "us-russia"],
  },
  {
    ...KORYBKO,
    key: "004-korybko-denial-scenario-article-5-less-likely",
    quote: "Dementsprechend wäre es weniger wahrscheinlich, dass die USA Artikel 5 auf die Truppen der NATO-Staaten in der Ukraine ausweiten würden",
    question:
      "In Korybko's 'strategy of denial' scenario, will the US extend NATO Article 5 protection to NATO member states' troops in Ukraine by 20 Jan 2029?",
    polarity: "negative",
    resolutionCriteria: ARTICLE_5_CRITERIA,
    ...TRUMP_SECOND_TERM,
    probability: {
      source: "lexicon",
      expression: "weniger wahrscheinlich",
      class: "UNLIKELY",
      note: "The comparative 'less likely' is relative to his baseline 'unwahrscheinlich' (his forecast that extending Article 5 is possible but unlikely, in the same article); the lexicon has no class for comparatives, so UNLIKELY is kept rather than guessing a lower one.",
    },
    condition: DENIAL_SCENARIO,
    event: "us-article-5-for-troops-in-ukraine",
    topics: ["nato", "ukraine-war"],
  },
  {
    ...KORYBKO,
    key: "004-korybko-denial-scenario-no-us-troops",
    quote: "und selbstverständlich würden sie in diesem Szenario auch keine eigenen Truppen dorthin entsenden.",
    question: "In Korybko's 'strategy of denial' scenario, will the US send its own troops to Ukraine by 20 Jan 2029?",
    polarity: "negative",
    resolutionCriteria: US_TROOPS_CRITERIA,
    ...TRUMP_SECOND_TERM,
    probability: {
      source: "lexicon",
      expression: "würden sie in diesem Szenario auch keine eigenen Truppen dorthin entsenden",
      class: "WILL_NOT",
      note: "'selbstverständlich' (of course) with a negated 'würden': a bare negative.",
    },
    condition: DENIAL_SCENARIO,
    event: "us-troops-to-ukraine",
    topics: ["nato", "ukraine-war"],
  },
  {
    ...KORYBKO,
    key: "004-korybko-remote-monitoring-compromise",
    quote:
      "Stattdessen könnten sie einen Kompromiss vorschlagen, bei dem ihre Verbündeten ihre Truppen in Polen und Rumänien konzentrieren, während die USA einen Waffenstillstand aus der Ferne mit Mitteln wie Satelliten und Drohnen überwachen.",
    question:
      "In Korybko's 'strategy of denial' scenario, will the US propose a compromise in which its allies keep their troops in Poland and Romania while the US monitors a ceasefire remotely, by 20 Jan 2029?",
    polarity: "positive",
    resolutionCriteria:
      "Given the condition, YES if by 20 Jan 2029 the US officially proposes (publicly or as reported by major outlets) a settlement in which allied troops are based in Poland and Romania rather than in Ukraine and the US monitors a ceasefire remotely (e.g. satellites, drones). NO otherwise.",
    ...TRUMP_SECOND_TERM,
    probability: { source: "lexicon", expression: "könnten", class: "POSSIBLE" },
    condition: DENIAL_SCENARIO,
    event: null,
    topics: ["nato", "ukraine-war", "us-russia"],
  },
  {
    ...KORYBKO,
    key: "004-korybko-colby-will-not-prioritise-russia",
    quote:
      "In diesem Fall ist es schwer vorstellbar, dass der stellvertretende Kriegsminister für Politik, Elbridge Colby, dessen „Strategie der Verweigerung“ im Zentrum der „Trump-Doktrin“ steht, der russischen Front des neuen Kalten Krieges Vorrang vor der chinesischen einräumen würde.",
    question:
      "If the US gains control over key Belt and Road countries' resources, will the Pentagon under Elbridge Colby give the Russian front priority over the Chinese one by 20 Jan 2029?",
    polarity: "negative",
    resolutionCriteria:
      "Given the condition, YES if by 20 Jan 2029 an official US defence strategy or policy document (National Defense Strategy, National Security Strategy or equivalent guidance) or a formal Pentagon announcement ranks Russia ahead of China as the priority threat or theatre. NO otherwise.",
    ...TRUMP_SECOND_TERM,
    probability: {
      source: "lexicon",
      expression: "schwer vorstellbar",
      class: "LITTLE_CHANCE",
      note: "'hard to imagine' read like 'kaum vorstellbar' (the lexicon's 'kaum'): LITTLE_CHANCE.",
    },
    condition: "The US soon gains control over the resources of Iran, Nigeria and other key Belt and Road countries.",
    event: "us-reprioritises-containing-russia",
    topics: ["us-russia", "us-china"],
  },
  {
    ...KORYBKO,
    key: "004-korybko-secondary-sanctions-if-compromise-rejected",
    quote: "Daher werden sie vermutlich verstärkt sekundäre Sanktionen gegen Russlands Partner verhängen, falls Putin einen Kompromiss ablehnt.",
    question: "If Putin rejects a US-proposed compromise, will the US impose more secondary sanctions on Russia's partners by 20 Jan 2029?",
    polarity: "positive",
    resolutionCriteria:
      "Given the condition, YES if after the rejection and by 20 Jan 2029 the US imposes new secondary sanctions or sanctions-style tariffs on third countries or their companies for dealing with Russia (e.g. buyers of Russian oil), beyond those in force on 15 Jan 2026. NO otherwise.",
    ...TRUMP_SECOND_TERM,
    probability: { source: "lexicon", expression: "vermutlich", class: "LIKELY" },
    condition: "Putin rejects a compromise proposed by the US to end the war.",
    event: null,
    topics: ["sanctions", "us-russia", "ukraine-war"],
  },
  {
    ...KORYBKO,
    key: "004-korybko-article-5-threat-after-breakthrough",
    quote:
      "Sollte es zu einem größeren russischen Durchbruch kommen, könnten sie sogar damit drohen, Artikel 5 auf die Truppen der NATO-Staaten in der Ukraine auszuweiten, falls Russland nicht stoppt, und deren Entsendung anordnen, um die Ukraine zu teilen",
    question:
      "If Russia achieves a major breakthrough in Ukraine, will the US threaten to extend Article 5 to NATO states' troops in Ukraine unless Russia halts, by 20 Jan 2029?",
    polarity: "positive",
    resolutionCriteria:
      "Given the condition, YES if by 20 Jan 2029 the US government publicly threatens (or is reported by major outlets to have threatened Russia) that it will extend Article 5 protection to NATO member states' troops in Ukraine if Russia does not stop its advance. NO otherwise.",
    ...TRUMP_SECOND_TERM,
    probability: { source: "lexicon", expression: "könnten sie sogar damit drohen", class: "POSSIBLE" },
    condition: "Russia achieves a major military breakthrough in Ukraine.",
    event: null,
    topics: ["nato", "ukraine-war", "us-russia"],
  },
  {
    ...KORYBKO,
    key: "004-korybko-russia-china-split-unlikely",
    quote:
      "Zur Klarstellung: Putin und Xi haben wiederholt betont, wie tief ihr gegenseitiges Vertrauen ist, weshalb dieses düstere Szenario unwahrscheinlich erscheint. Dennoch sollte es nicht leichtfertig ausgeschlossen werden, da die Möglichkeit weiterhin besteht.",
    question: "Will Russia or China drop the other (end their strategic partnership), e.g. for a better US offer, by 20 Jan 2029?",
    polarity: "negative",
    resolutionCriteria:
      "YES if by 20 Jan 2029 Russia or China ends or downgrades their strategic partnership (e.g. lets the 2001 treaty lapse, joins US measures against the other, or declares a realignment with the US). NO otherwise.",
    ...TRUMP_SECOND_TERM,
    probability: {
      source: "lexicon",
      expression: "unwahrscheinlich",
      class: "UNLIKELY",
      note: "'should not be lightly ruled out' confirms a non-zero chance; it does not raise the explicit 'unwahrscheinlich'.",
    },
    condition: null,
    event: "russia-china-split",
    topics: ["russia-china", "us-russia", "us-china"],
  },
  {
    ...KORYBKO,
    key: "004-korybko-us-guarantee-support-merely-a-tactic",
    quote: "Dies ist zum jetzigen Zeitpunkt wohl lediglich eine Verhandlungstaktik.",
    question: "Will the US back the European security guarantees for Ukraine with a binding US commitment of its own by 20 Jan 2029?",
    polarity: "negative",
    resolutionCriteria:
      "'Dies' is the first-ever US support for European security guarantees for Ukraine. YES if by 20 Jan 2029 the US follows through with a binding commitment: an Article 5-type guarantee for European troops in Ukraine, US military personnel in Ukraine to monitor a ceasefire, or a signed US security-guarantee agreement with Ukraine committing US military force. NO otherwise.",
    ...TRUMP_SECOND_TERM,
    probability: {
      source: "lexicon",
      expression: "wohl lediglich eine Verhandlungstaktik",
      class: "PROBABLY_NOT",
      note: "'probably merely a negotiating tactic': 'wohl' (probably) read as LIKELY for the tactic, so a binding follow-through is PROBABLY_NOT.",
    },
    condition: null,
    event: null,
    topics: ["ukraine-war", "nato", "us-russia"],
  },
  {
    ...KORYBKO,
    key: "004-korybko-us-may-return-to-containing-russia",
    quote:
      "dass der US-„Deep State“ nicht geschlossen hinter der Priorisierung der Eindämmung Chinas steht und daher wieder zur Priorisierung der Eindämmung Russlands zurückkehren könnte, falls Putin einen Kompromiss ablehnt und/oder nach dem Donbass weiter vorrückt.",
    question:
      "If Putin rejects a compromise or advances beyond the Donbas, will the US return to prioritising the containment of Russia over that of China by 20 Jan 2029?",
    polarity: "positive",
    resolutionCriteria:
      "Given the condition, YES if by 20 Jan 2029 an official US strategy or policy document (National Security Strategy, National Defense Strategy or equivalent) or a formal presidential or Pentagon announcement ranks Russia ahead of China as the priority threat. NO otherwise.",
    ...TRUMP_SECOND_TERM,
    probability: { source: "lexicon", expression: "zurückkehren könnte", class: "POSSIBLE" },
    condition: "Putin rejects a compromise to end the war and/or Russian forces advance beyond the Donbas.",
    event: "us-reprioritises-containing-russia",
    topics: ["us-russia", "us-china"],
  },
] satisfies SeedForecast[];
