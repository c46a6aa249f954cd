/** Which forecasts enter the scores, and why (docs/scoring.md 2.1), with the ledger's counts now. */
import Link from "next/link";
import { plural } from "@/lib/format/numbers";
import type { AccuracyView } from "@/lib/read/accuracy";

export function WhatCounts({ counts: c }: { counts: AccuracyView["accuracy"]["counts"] }) {
  return (
    <section aria-labelledby="what-counts">
      <h2 id="what-counts">What counts, and why</h2>
      <p>
        Every forecast is counted and shown; a forecast enters the <em>scores</em> only if all of these hold. Today {plural(c.scored, "forecast")} of {c.total}{" "}
        do: <Link href="/forecasts?scored=all">list them</Link>. Each forecast&apos;s page says whether it counts, and if not, why.
      </p>
      <ol>
        <li>
          <strong>Resolved yes or no.</strong> A score needs an outcome of 0 or 1. Ambiguous, annulled and “condition not met” outcomes count as resolved but
          are not scored (now: {c.unscorable} of {c.resolved} resolved).
        </li>
        <li>
          <strong>Deadline passed</strong> (or no deadline). A yes can be recorded the day the event happens, a no only once the deadline has passed; scoring
          outcomes as they arrive would over-represent early yeses and bias calibration, so an early yes waits for its deadline (now:{" "}
          {plural(c.awaitingDeadline, "forecast")} waiting).
        </li>
        <li>
          <strong>One forecast per claim.</strong> When one forecaster is recorded more than once about the same event, they are scored once for it (now:{" "}
          {plural(c.sameClaimExcluded, "repeat")} left out). Which record counts follows from what was said, not from the order it was entered:
          <ol type="a">
            <li>
              the forecaster&apos;s own words (their own claim, or a report that carries their words in quotation marks) before someone else&apos;s paraphrase
              of them;
            </li>
            <li>an unconditional statement before a conditional one;</li>
            <li>a dated one: a deadline stated in the text before an inferred one before none;</li>
            <li>a worded one: a definite likelihood before a low-information hedge;</li>
          </ol>
          then the earlier statement, then the record entered first. The choice is made before outcomes or filters are looked at. Example: RusStrat&apos;s
          Russia–China alliance forecast is recorded twice in Rainer Rupp&apos;s article. <Link href="/forecasts/30">#30</Link> quotes RusStrat&apos;s own
          words, “nicht auszuschließen … spätestens im Jahr 2022” (cannot be ruled out, 30%); <Link href="/forecasts/25">#25</Link> is Rupp&apos;s paraphrase,
          “stehen Russland und China nun kurz vor einem Militärbündnis” (will, 97%). #30 counts; #25&apos;s page says it repeats #30.
        </li>
        <li>
          <strong>Conditions.</strong> “If X, then Y” is scored only if X happened; if not, it is resolved “condition not met” and left out.
        </li>
        <li>
          <strong>Low-information wording</strong> (“possible”, “cannot be ruled out”) commits to little. It counts by default; every page&apos;s filter can
          leave it out, and then says how many it left out.
        </li>
      </ol>
    </section>
  );
}
