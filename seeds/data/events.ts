import type { SeedEvent } from "../schema";

/** Real-world events that several forecasts (in one article or across articles) are about. */
export const events = [
  {
    slug: "us-russia-alliance-trump-first-term",
    title: "A US-Russia alliance or lasting rapprochement in Trump's first term (2017-2021)",
    description:
      "Palmer's sentences in his Trumpet article (Dutch translation, written February 2017) that the US will not abandon its Western allies for an alliance with Putin's Russia.",
  },
  {
    slug: "us-ends-russia-sanctions-trump-first-term",
    title: "The US ends its sanctions on Russia in Trump's first term",
    description:
      "The US government's February 2017 statement that it will not end the sanctions, and Palmer's remark in his Trumpet article (2017) that this could change.",
  },
  {
    slug: "russia-germany-alliance",
    title: "Russia and Germany form an alliance",
    description:
      "The 'other alliance' of Palmer's Trumpet article (2017): Palmer, The Trumpet, The Plain Truth (1962) and the conditional deal with Russia if the US leaves Europe.",
  },
  {
    slug: "russia-china-military-alliance-by-2022",
    title: "Russia and China conclude an official military alliance by the end of 2022",
    description: "RusStrat's analysis of 9 Feb 2021 and Rainer Rupp's report of it (RT Deutsch, 10 Feb 2021).",
  },
  {
    slug: "russia-china-split",
    title: "The Russia-China strategic partnership breaks up (one side drops the other)",
    description: "RusStrat (February 2021), Osthold (March 2025) and Korybko (January 2026) on whether Russia would drop China, e.g. for a better US offer.",
  },
  {
    slug: "us-article-5-for-troops-in-ukraine",
    title: "The US extends NATO Article 5 protection to NATO member states' troops in Ukraine",
    description: "Hegseth's February 2025 statement and Korybko's January 2026 analysis.",
  },
  {
    slug: "us-troops-to-ukraine",
    title: "The US sends its own troops to Ukraine (e.g. to monitor a ceasefire)",
    description: "Hegseth's February 2025 statement and Korybko's January 2026 analysis.",
  },
  {
    slug: "us-reprioritises-containing-russia",
    title: "The US again ranks containing Russia above containing China",
    description: "Korybko (January 2026) on whether the US would return to prioritising Russia over China.",
  },
] satisfies SeedEvent[];
