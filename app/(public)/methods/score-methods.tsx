/** Each score with its formula, its reference points and a worked example computed from the ledger now (docs/scoring.md 2.2-2.9). */
import { BRIER_REFERENCE, baseRateBrier, brierInWords, LOG_REFERENCE, logScoreInWords, skillInWords } from "@/lib/accuracy/plain-words";
import { formatNumber as num, formatPercent as pct, plural } from "@/lib/format/numbers";
import type { AccuracyView } from "@/lib/read/accuracy";

export function ScoreMethods({ a }: { a: AccuracyView["accuracy"] }) {
  const s = a.summary;
  const n = a.counts.scored;
  const o = s.baseRate;
  const d = a.decomposition;
  return (
    <>
      <p className="note-box small">
        The worked examples below are computed from the ledger as it is now (all {plural(n, "scored forecast")}
        {o !== null ? `, of which ${pct(o)} happened` : ""}); they change as outcomes are recorded.
      </p>
      <section aria-labelledby="brier">
        <h2 id="brier">Brier score</h2>
        <pre className="formula">BS = (1/N) Σ (f − o)² f: the forecast probability, o: 1 if it happened, 0 if not</pre>
        <p>
          The mean squared distance between what was said and what happened, from 0 to 1, lower is better (Brier 1950). One forecast of 30% for something that
          did not happen scores (0.30 − 0)² = 0.09; of 97% for something that did not happen, 0.97² = {num(BRIER_REFERENCE.wrongAt97, 4)}.
        </p>
        <p>Reference points:</p>
        <ul>
          <li>0: perfect, every forecast certain and right;</li>
          <li>0.25: saying 50% every time, whatever happens;</li>
          <li>
            o(1 − o): always saying the base rate o, how often the events of this very set happened
            {o !== null ? ` (here ${pct(o)}: ${num(baseRateBrier(o))});` : ";"}
          </li>
          <li>about {num(BRIER_REFERENCE.wrongAt97, 2)}: saying 97% (“will”) and being wrong every time; 1 for certain and wrong.</li>
        </ul>
        <p data-testid="methods-brier-example">
          All scored forecasts now: Brier <strong>{num(s.brier)}</strong>. {brierInWords(s.brier, o)}
        </p>
        <p>
          Each forecast is scored at its point, and the page also shows the best and worst case over the range its words allow: the score&apos;s extremes lie at
          the ends of the range.{a.range ? ` Now: between ${num(a.range.best)} and ${num(a.range.worst)}.` : ""} With fewer than five scored forecasts a page
          gives no interval at all; from five on it says where the score likely lies (a 95% interval of the mean, ±1.96 standard errors).
        </p>
      </section>
      <section aria-labelledby="log-score">
        <h2 id="log-score">Log score</h2>
        <pre className="formula">LS = −(1/N) Σ [o ln f + (1 − o) ln(1 − f)] f clamped to [0.01, 0.99]</pre>
        <p>
          Natural logarithm, lower is better. It punishes confident misses much harder than the Brier score: saying 50% every time scores ln 2 ={" "}
          {num(LOG_REFERENCE.coinFlip)}; one “impossible” that happens costs up to ln 100 = {num(LOG_REFERENCE.worst)} (the clamp keeps it finite). Now:{" "}
          <strong>{num(s.logScore)}</strong>. {logScoreInWords(s.logScore)}
        </p>
      </section>
      <section aria-labelledby="hit-rate">
        <h2 id="hit-rate">Hit rate</h2>
        <p>
          The share of forecasts on the right side of 50% (above 50% and it happened, or below and it did not; exactly 50% counts half). Easy to read, but not a
          proper score: it ignores how confident a forecast was. Now: <strong>{pct(s.hitRate)}</strong>.
        </p>
      </section>
      <section aria-labelledby="skill">
        <h2 id="skill">Skill</h2>
        <pre className="formula">{"skill against a coin flip   = 1 − BS / 0.25\nskill against the base rate = (RES − REL) / UNC"}</pre>
        <p>
          A skill score says how much better (or worse) than a simple reference a source did: 1 is perfect, 0 no better than the reference, below 0 worse. Read
          as a percentage: −0.34 is “34% worse than …”. Now: against a coin flip <strong>{num(s.skillVsCoinFlip, 2)}</strong> (
          {skillInWords(s.skillVsCoinFlip, "always saying 50%")}); against the base rate <strong>{num(a.skillVsBaseRate, 2)}</strong>. With every outcome the
          same there is nothing to compare with the base rate, and the page says so instead of a number.
        </p>
      </section>
      <section aria-labelledby="decomposition">
        <h2 id="decomposition">The decomposition (for experts)</h2>
        <pre className="formula">{"BS = REL − RES + UNC + WBV − WBC     (Murphy 1973, per calibration bin)"}</pre>
        <p>
          Reliability (REL, lower is better) is how far each bin&apos;s forecasts sit from how often those events happened; resolution (RES, higher is better)
          how much the bins&apos; outcomes differ from the overall base rate; uncertainty (UNC = o(1 − o)) belongs to the events, not the forecaster. The two
          within-bin terms vanish when each bin holds one probability.
          {d
            ? ` Now: ${num(d.reliability)} − ${num(d.resolution)} + ${num(d.uncertainty)} + ${num(d.withinBinVariance)} − ${num(d.withinBinCovariance)} = ${num(s.brier)}.`
            : ""}
        </p>
      </section>
    </>
  );
}
