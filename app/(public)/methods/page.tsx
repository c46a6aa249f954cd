import type { Metadata } from "next";
import { connection } from "next/server";
import { DEFAULT_ACCURACY_FILTERS } from "@/lib/accuracy/filters";
import { getAccuracy, getLeaderboardPage } from "@/lib/read/accuracy";
import { DEFAULT_SHRINKAGE_K } from "@/lib/scoring";
import { pageMetadata } from "@/lib/share/metadata";
import { CalibrationMethods } from "./calibration-methods";
import { LexiconTable } from "./lexicon-table";
import { ScoreMethods } from "./score-methods";
import { WhatCounts } from "./what-counts";

/** Rendered on first request and served from the page cache until a write changes it (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;

export const metadata: Metadata = pageMetadata({
  title: "Methods",
  description: "How Hindsight turns words into probabilities, which forecasts count, and how each score is worked out, with examples from the ledger.",
  path: "/methods",
});

/** The methods: words to probabilities, what counts, each score with its formula and a worked example computed from the ledger now. */
export default async function MethodsPage() {
  await connection();
  const a = await getAccuracy({ kind: "all" }, DEFAULT_ACCURACY_FILTERS);
  // The worked example: the forecaster with the most scored forecasts (the first row in that order).
  const board = await getLeaderboardPage(
    "forecaster",
    DEFAULT_ACCURACY_FILTERS,
    { minResolved: 1, k: DEFAULT_SHRINKAGE_K },
    { sort: "scored", page: 1, pageSize: 1, unscoredLimit: 0 },
  );
  return (
    <>
      <h1>Methods</h1>
      <p className="lead">
        Pundits rarely write numbers. Hindsight keeps their words, maps them to a probability with a range through a versioned lexicon, records what happened
        with evidence, and scores only what is cleanly resolved. The full method, with its sources, is <code>docs/scoring.md</code> in the code.
      </p>
      <nav aria-label="On this page" className="toc small">
        <a href="#lexicon">Words to probabilities</a> · <a href="#what-counts">What counts</a> · <a href="#brier">Brier score</a> ·{" "}
        <a href="#log-score">Log score</a> · <a href="#hit-rate">Hit rate</a> · <a href="#skill">Skill</a> · <a href="#decomposition">Decomposition</a> ·{" "}
        <a href="#calibration">Calibration</a> · <a href="#leaderboard">Leaderboard</a> · <a href="#outlets">Outlets</a>
      </nav>
      <h2 id="lexicon">Words to probabilities</h2>
      <p>
        A number in the text overrides the words. Every event is defined positively: “it will not happen” is stored as the event with a low probability. Each
        forecast keeps its words, its class, the point and the range readers give those words, and the lexicon version, so a later lexicon never silently
        rescores it.
      </p>
      <LexiconTable />
      <h3>Rules that go with the lexicon</h3>
      <ul>
        <li>
          “sehr / zeer / highly” move one class outward; “eher / eerder / rather” one class toward 50%; a double hedge (“möglich, aber unwahrscheinlich”) takes
          the weaker class.
        </li>
        <li>
          Time words are not probability words: “spätestens 2022” sets a deadline of 31 Dec 2022. Vague horizons (“spoedig”, “in absehbarer Zukunft”) get a
          default deadline marked as inferred, with the reason on the forecast.
        </li>
        <li>A conditional forecast stores its condition; if the condition is not met, it is not scored.</li>
        <li>A forecast made by someone an article quotes belongs to them; the author and outlet are recorded as its publisher.</li>
      </ul>
      <WhatCounts counts={a.counts} />
      <ScoreMethods a={a} />
      <CalibrationMethods a={a} board={board} />
    </>
  );
}
