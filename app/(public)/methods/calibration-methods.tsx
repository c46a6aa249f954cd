/** Calibration bins and Wilson intervals, the leaderboard's minimum and shrinkage, and which outlet a forecast counts for (docs/scoring.md 3, 5). */
import Link from "next/link";
import { formatNumber as num, formatPercent as pct } from "@/lib/format/numbers";
import type { AccuracyView, LeaderboardPage } from "@/lib/read/accuracy";
import { DEFAULT_MIN_RESOLVED, MIN_RELIABLE_BIN_SIZE } from "@/lib/scoring";

export function CalibrationMethods({ a, board }: { a: AccuracyView["accuracy"]; board: LeaderboardPage }) {
  const bin = [...a.bins].sort((x, y) => y.n - x.n)[0];
  const example = board.rows[0];
  return (
    <>
      <section aria-labelledby="calibration">
        <h2 id="calibration">Calibration</h2>
        <p>
          A calibration chart asks: when a source said 70%, did it happen about 70% of the time? The forecasts are grouped in bins of ten percentage points
          (0–10%, 10–20%, …, decided on whole percentages so that 15% never falls between two bins) or, on request, by lexicon class. Each point is a bin: its
          mean forecast across, how often those events happened up. A calibrated source lies on the diagonal.
        </p>
        <p>
          The bar through each point is a 95% <strong>Wilson interval</strong> (Wilson 1927): the range the true frequency likely lies in, given only n
          forecasts. Unlike the textbook interval it stays within 0–100% and is not zero-width at 0 of n. Bins with fewer than {MIN_RELIABLE_BIN_SIZE} forecasts
          are drawn hollow: even at n = 5 the interval spans about ±33 points.
          {bin
            ? ` Now the largest bin, ${bin.label}, holds ${bin.n} forecasts; ${pct(bin.observed)} of them happened, with the interval ${pct(bin.wilsonLow)}–${pct(bin.wilsonHigh)}.`
            : ""}
        </p>
      </section>
      <section aria-labelledby="leaderboard">
        <h2 id="leaderboard">The leaderboard: a minimum and shrinkage</h2>
        <p>
          A mean over a few forecasts is mostly luck, so two lucky calls must not top the table. The <Link href="/leaderboard">leaderboard</Link> ranks a source
          only from {DEFAULT_MIN_RESOLVED} scored forecasts (the number PunditTracker graded from; the page can lower it), and ranks on a score pulled toward
          the average of everyone, as if each source started with k = {board.k} forecasts at that average:
        </p>
        <pre className="formula">shrunk = (n × mean + k × m) / (n + k) m: the mean Brier score of all scored forecasts</pre>
        {example && example.meanBrier !== null ? (
          <p data-testid="methods-shrink-example">
            Now m = {num(board.populationMean)}. {example.name} has n = {example.n} with a mean of {num(example.meanBrier)}, so the shrunk score is ({example.n}{" "}
            × {num(example.meanBrier)} + {board.k} × {num(board.populationMean)}) / ({example.n} + {board.k}) = {num(example.shrunkBrier)}.
          </p>
        ) : null}
      </section>
      <section aria-labelledby="outlets">
        <h2 id="outlets">Outlets: a republication counts once</h2>
        <p>
          An outlet is scored on the forecasts its articles carry, its authors&apos; own and those of the people they quote. A republished or translated article
          counts once, for the <strong>original outlet</strong>, where the words first appeared: the republisher chose to repeat them, the original chose to
          publish them. The republisher&apos;s page lists what it republished and says for whom it counts. Example: Rainer Rupp&apos;s RusStrat article appeared
          on RT Deutsch and was republished by KenFM; its forecasts count for RT Deutsch.
        </p>
      </section>
    </>
  );
}
