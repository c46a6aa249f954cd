import type { SeedPerson } from "../schema";

/** Authors and forecasters: people and institutions. Descriptions say only what the texts (or the plain public record) support. */
export const people = [
  // 000
  {
    slug: "richard-palmer",
    name: "Richard Palmer",
    kind: "person",
    description: "Writer for The Trumpet; author of the article on the Russian alliance (February 2017) kept here in its Dutch translation.",
  },
  {
    slug: "the-trumpet",
    name: "The Trumpet",
    kind: "institution",
    description: "The Trumpet magazine as an institution; Palmer's article (2017) says it has 'long predicted' a new Russian-German alliance.",
  },
  {
    slug: "the-plain-truth",
    name: "The Plain Truth",
    kind: "institution",
    description: "Magazine named in Palmer's Trumpet article (in Dutch, 'de Echte Waarheid') as the Trumpet's predecessor; quoted from its May 1962 issue.",
  },
  {
    slug: "gerald-flurry",
    name: "Gerald Flurry",
    kind: "person",
    description: "Editor-in-chief ('hoofdredacteur') of The Trumpet; author of the booklet Russia and China in Prophecy, cited in Palmer's article (2017).",
  },
  {
    slug: "hans-morgenthau",
    name: "Hans Morgenthau",
    kind: "person",
    description: "Hans J. Morgenthau (1904-1980), international-relations scholar, author of Politics Among Nations: The Struggle for Power and Peace.",
  },
  {
    slug: "edmund-stoiber",
    name: "Edmund Stoiber",
    kind: "person",
    description: "Former Bavarian premier and honorary chairman of the CSU; the Dutch translation of Palmer's article spells his first name 'Edmond'.",
  },
  {
    slug: "us-government",
    name: "United States government",
    kind: "institution",
    description: "The US executive branch; in Palmer's article, the statements of the Trump administration in February 2017 on Russia sanctions and Crimea.",
  },
  // 001
  {
    slug: "rainer-rupp",
    name: "Rainer Rupp",
    kind: "person",
    description: "German journalist; author of the report on RusStrat's analysis (RT Deutsch, 10 Feb 2021, republished by KenFM).",
  },
  {
    slug: "russtrat",
    name: "RusStrat",
    kind: "institution",
    description:
      "Moscow Institute for International Political and Economic Strategies ('Moskauer Institut für internationale politische und wirtschaftliche Strategien'); its analysis of 9 Feb 2021 is reported by Rainer Rupp (RT Deutsch, 10 Feb 2021).",
  },
  // 002
  {
    slug: "christian-osthold",
    name: "Christian Osthold",
    kind: "person",
    description: "Historian specialising in the history of Russia (per the author note of his March 2025 article).",
  },
  {
    slug: "goldman-sachs",
    name: "Goldman Sachs",
    kind: "institution",
    description: "US investment bank; Christian Osthold's March 2025 article cites its 2018 analysis of when China's economy overtakes the US's.",
  },
  // 003
  {
    slug: "unnamed-author-003",
    name: "Unnamed author (Peskov report, November 2024)",
    kind: "person",
    description:
      "The author of the unsigned article on Peskov (normalising relations with the US, November 2024). The page names no author; this record holds the author's own claims.",
  },
  { slug: "dmitry-peskov", name: "Dmitry Peskov", kind: "person", description: "Spokesman of the Kremlin (Russian presidential press secretary)." },
  // 004
  {
    slug: "andrew-korybko",
    name: "Andrew Korybko",
    kind: "person",
    description: "Political analyst writing on Russia and great-power politics; author of the January 2026 article on Article 5 and NATO troops in Ukraine.",
  },
  {
    slug: "pete-hegseth",
    name: "Pete Hegseth",
    kind: "person",
    description: "US Secretary of Defense from January 2025 (styled Secretary of War, 'Kriegsminister' in Korybko's January 2026 article).",
  },
  { slug: "vladimir-putin", name: "Vladimir Putin", kind: "person", description: "President of Russia." },
  {
    slug: "france-uk-governments",
    name: "Governments of France and the United Kingdom",
    kind: "institution",
    description:
      "The two governments acting jointly as signatories of the Paris Declaration on security guarantees for Ukraine (named in Korybko's January 2026 article).",
  },
] satisfies SeedPerson[];
