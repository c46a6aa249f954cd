/** The accuracy figures of a scope: each score with its meaning in words, what was counted, and (for experts) the decomposition. */
import Link from "next/link";
import {
  BRIER_SCALE,
  baseRateSkillInWords,
  brierInWords,
  hitRateInWords,
  logScoreInWords,
  rangeInWords,
  SMALL_SAMPLE,
  sampleInWords,
  scorableInWords,
  skillInWords,
} from "@/lib/accuracy/plain-words";
import { formatCount, formatNumber as num, formatPercent as pct, plural } from "@/lib/format/numbers";
import type { AccuracyView } from "@/lib/read/accuracy";

export function Figures({ a, listHref }: { a: AccuracyView["accuracy"]; listHref: string }) {
  const c = a.counts;
  const s = a.summary;
  const sample = sampleInWords(c.scored, s.brier, a.standardError);
  return (
    <>
      <section className="cards score-cards" aria-label="Accuracy figures">
        <Stat label="scored" value={formatCount(c.scored)} testid="scored" href="/methods#what-counts">
          of {plural(c.total, "forecast")}.{" "}
          {c.scored ? (
            <Link href={listHref} data-testid="scored-list-link">
              List the {plural(c.scored, "scored forecast")}
            </Link>
          ) : null}
        </Stat>
        <Stat label="Brier score" value={num(s.brier)} testid="brier" href="/methods#brier" words={brierInWords(s.brier, s.baseRate)}>
          {BRIER_SCALE}
        </Stat>
        <Stat
          label="skill against a coin flip"
          value={num(s.skillVsCoinFlip, 2)}
          testid="skill-coin"
          href="/methods#skill"
          words={s.skillVsCoinFlip === null ? "Nothing is scored yet." : skillInWords(s.skillVsCoinFlip, "always saying 50%")}
        />
        <Stat
          label="skill against the base rate"
          value={num(a.skillVsBaseRate, 2)}
          testid="skill-base"
          href="/methods#skill"
          words={c.scored ? baseRateSkillInWords(a.skillVsBaseRate, s.baseRate) : "Nothing is scored yet."}
        />
        <Stat label="log score" value={num(s.logScore)} testid="log-score" href="/methods#log-score" words={logScoreInWords(s.logScore)} />
        <Stat label="hit rate" value={pct(s.hitRate)} testid="hit-rate" href="/methods#hit-rate" words={hitRateInWords(s.hitRate, c.scored)} />
      </section>
      {sample.level !== "none" ? (
        <p className={sample.level === "enough" ? "small" : "note-box small"} data-testid="sample-words">
          {sample.text}{" "}
          {c.scored < SMALL_SAMPLE ? (
            <>
              The <Link href="/leaderboard">leaderboard</Link> ranks sources only from {SMALL_SAMPLE} scored forecasts and{" "}
              <Link href="/methods#leaderboard">pulls every score toward the average</Link>.
            </>
          ) : null}
        </p>
      ) : null}
      <p className="small" data-testid="counts-line">
        {plural(c.resolved, "resolved forecast")}, {formatCount(c.open)} open, {formatCount(c.pastDue)} past their deadline without an outcome.{" "}
        {scorableInWords(c.yesNo, c.resolved)}{" "}
        {c.awaitingDeadline ? `${plural(c.awaitingDeadline, "forecast")} resolved early and will count once the deadline passes. ` : ""}
        {c.sameClaimExcluded ? `${plural(c.sameClaimExcluded, "forecast")} repeat a claim the same forecaster made elsewhere and count once. ` : ""}
        {c.lowInformationExcluded ? `${plural(c.lowInformationExcluded, "low-information forecast")} left out by the filter. ` : ""}
        {rangeInWords(a.range)} <Link href="/methods#what-counts">What counts and why</Link>
      </p>
      {a.decomposition ? (
        <details className="small">
          <summary>For experts: the Murphy decomposition</summary>
          <p className="muted" data-testid="decomposition">
            reliability {num(a.decomposition.reliability)} − resolution {num(a.decomposition.resolution)} + uncertainty {num(a.decomposition.uncertainty)} +
            within-bin variance {num(a.decomposition.withinBinVariance)} − within-bin covariance {num(a.decomposition.withinBinCovariance)} = Brier{" "}
            {num(s.brier)}. Skill against the base rate is (resolution − reliability) / uncertainty. <Link href="/methods#decomposition">How to read it</Link>
          </p>
        </details>
      ) : null}
    </>
  );
}

function Stat({
  label,
  value,
  words,
  children,
  testid,
  href,
}: {
  label: string;
  value: string;
  words?: string;
  children?: React.ReactNode;
  testid: string;
  href: string;
}) {
  return (
    <div className="card">
      <div className="value" data-testid={testid}>
        {value}
      </div>
      <div className="label">
        {label}{" "}
        <Link href={href} className="explain" aria-label={`What is the ${label}?`}>
          what is this?
        </Link>
      </div>
      {words ? (
        <p className="words" data-testid={`${testid}-words`}>
          {words}
        </p>
      ) : null}
      {children ? <p className="small muted">{children}</p> : null}
    </div>
  );
}
