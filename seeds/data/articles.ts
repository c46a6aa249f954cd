import type { SeedArticle } from "../schema";

export const articles = [
  {
    slug: "palmer-russische-alliantie",
    sourceFile: "000_c3b31957988a4429.txt",
    title: "De Russische Alliantie waarover we ons echt zorgen moeten maken",
    outlet: null,
    authors: [{ person: "richard-palmer", role: "author" }],
    language: "nl",
    url: null,
    publishedOn: "2022-02-23",
    firstPublishedOn: null,
    originalOutlet: "the-trumpet",
    provenanceNote:
      "The page shows the date 23-02-2022 and names Richard Palmer; the Dutch outlet and the translator are not named. The text is a Dutch translation of an English Trumpet (theTrumpet.com) article written in early 2017: it calls Flynn's dismissal (13 Feb 2017) 'a few weeks into' Trump's presidency and reports the US statement on sanctions and Crimea of mid-February 2017. The exact first-publication date is not in the text, so firstPublishedOn is null; Palmer's forecasts are dated to the earliest date consistent with the text (14 Feb 2017).",
  },
  {
    slug: "rupp-russtrat-militaerbuendnis",
    sourceFile: "001_2054620c4366b6b4.txt",
    title: "RUSSTRAT: CHINA BIETET RUSSLAND OFFIZIELLES MILITÄRBÜNDNIS AN",
    outlet: "kenfm",
    authors: [{ person: "rainer-rupp", role: "author" }],
    language: "de",
    url: null,
    publishedOn: "2021-02-14",
    firstPublishedOn: "2021-02-10",
    originalOutlet: "rt-deutsch",
    provenanceNote:
      "KenFM page 'Posted on 14. Februar 2021', by Rainer Rupp; the footer says the piece first appeared on RT Deutsch on 10 Feb 2021. The page URL is not in the text. The RusStrat analysis it reports is dated 9 Feb 2021.",
  },
  {
    slug: "osthold-trump-russland-china-iran",
    sourceFile: "002_923ad54af266a654.txt",
    title: "Trumps Annäherung an Russland stellt Moskaus Bündnisse infrage",
    outlet: null,
    authors: [{ person: "christian-osthold", role: "author" }],
    language: "de",
    url: null,
    publishedOn: null,
    firstPublishedOn: null,
    originalOutlet: null,
    provenanceNote:
      "The text has no headline, no outlet and no date; the title is descriptive, taken from its lead ('Donald Trumps außenpolitische Annäherung an Russland ... stellt ... Moskaus Bündnisse infrage'). The author note names Christian Osthold. It was written in March 2025: it cites Wang Wentao's press conference at the National People's Congress (6 Mar 2025), February 2025 oil data and Putin's offer of raw-materials cooperation 'last week'. Forecasts are dated 7 Mar 2025, the earliest date consistent with this.",
  },
  {
    slug: "peskow-normalisierung-usa",
    sourceFile: "003_1a521e34ec6b286b.txt",
    title: "Peskow: Russland bereit zur Normalisierung der Beziehungen zu den USA",
    outlet: null,
    authors: [{ person: "unnamed-author-003", role: "author" }],
    language: "de",
    url: null,
    publishedOn: null,
    firstPublishedOn: null,
    originalOutlet: null,
    provenanceNote:
      "The page has no headline, no author, no outlet and no date; the title is descriptive. It reports Peskov's statement of 18 November; the year is 2024 (Trump's election victory 'earlier this month', his inauguration on 20 Jan 2025 still ahead, Biden's 'remaining two months'). Forecasts are dated 18 Nov 2024, the earliest date consistent with the text. The author's own claims are held by the record 'unnamed-author-003'.",
  },
  {
    slug: "korybko-artikel-5-ukraine",
    sourceFile: "004_a8597dac356dfd0e.txt",
    title: "Korybko: Werden die USA Artikel 5 auf NATO-Truppen in der Ukraine ausweiten?",
    outlet: null,
    authors: [{ person: "andrew-korybko", role: "author" }],
    language: "de",
    url: null,
    publishedOn: "2026-01-15",
    firstPublishedOn: null,
    originalOutlet: null,
    provenanceNote:
      "The page shows only 'date 2026-01-15 Andrew Korybko' and no headline or outlet; the title is descriptive. Korybko writes in English, so the German text is probably a translation, but the text names no original, so firstPublishedOn and originalOutlet are null.",
  },
] satisfies SeedArticle[];
