import type { SeedOutlet } from "../schema";

/** Only outlets the texts name. The Dutch site of 000 and the sites of 002-004 are not named, so they have no record. */
export const outlets = [
  {
    slug: "the-trumpet",
    name: "The Trumpet",
    site: "thetrumpet.com",
    language: "en",
    description:
      "English-language magazine and website (theTrumpet.com) edited by Gerald Flurry. Richard Palmer's article on the Russian alliance (February 2017) is in the ledger in its Dutch translation.",
  },
  {
    slug: "kenfm",
    name: "KenFM",
    site: "kenfm.de",
    language: "de",
    description: "German-language website that republished Rainer Rupp's RusStrat article on 14 Feb 2021 (the page names KenFM and links to kenfm.de).",
  },
  {
    slug: "rt-deutsch",
    name: "RT Deutsch",
    site: "de.rt.com",
    language: "de",
    description: "German-language service of the Russian state broadcaster RT; Rainer Rupp's RusStrat article says it appeared there first, on 10 Feb 2021.",
  },
] satisfies SeedOutlet[];
