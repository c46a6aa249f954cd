/** The accuracy figures of a scope: the score cards, what was counted, and the decomposition. */
import Link from "next/link";
import type { AccuracyView } from "@/lib/read/accuracy";
import { num, pct } from "./format";

export function Figures({ a }: { a: AccuracyView["accuracy"] }) {
  const c = a.counts;
  return (
    <>
      <section className="cards" aria-label="Accuracy figures">
        <Stat label="scored" value={String(c.scored)} testid="scored" note={`of ${c.total} forecasts`} />
        <Stat
          label="Brier score (0–1, lower is better)"
          value={num(a.summary.brier)}
          testid="brier"
          note={a.standardError !== null ? `± ${num(1.96 * a.standardError, 2)} (95%)` : c.scored ? "too few for an interval" : "nothing scored yet"}
        />
        <Stat label="log score (lower is better)" value={num(a.summary.logScore)} testid="log-score" />
        <Stat label="skill vs coin flip" value={num(a.summary.skillVsCoinFlip, 2)} testid="skill-coin" note="1 − 4·Brier; > 0 beats 50%" />
        <Stat label="skill vs base rate" value={num(a.skillVsBaseRate, 2)} testid="skill-base" note="(RES − REL) / UNC" />
        <Stat label="hit rate" value={pct(a.summary.hitRate)} testid="hit-rate" note="right side of 50%" />
      </section>
      <p className="small" data-testid="counts-line">
        {c.resolved} resolved ({c.yesNo} yes/no, {c.unscorable} ambiguous, annulled or condition not met), {c.open} open, {c.pastDue} past their deadline
        without an outcome. Share scorable: {pct(a.shareScorable)} of resolved.{" "}
        {c.awaitingDeadline ? `${c.awaitingDeadline} resolved early wait for their deadline before they count. ` : ""}
        {c.sameClaimExcluded ? `${c.sameClaimExcluded} repeat the same forecaster's claim about one event and count once. ` : ""}
        {c.lowInformationExcluded ? `${c.lowInformationExcluded} low-information forecasts left out. ` : ""}
        {a.range ? `Over the lexicon ranges the Brier score lies between ${num(a.range.best)} (best case) and ${num(a.range.worst)} (worst case).` : ""}
      </p>
      {c.scored > 0 && c.scored < 25 ? (
        <p className="note-box small">
          Small sample: {c.scored} scored forecast{c.scored === 1 ? "" : "s"}. With so few, a score says little about skill; the{" "}
          <Link href="/leaderboard">leaderboard</Link> ranks sources only from 25 scored forecasts and shrinks every score toward the average.
        </p>
      ) : null}
      {a.decomposition ? (
        <p className="small muted" data-testid="decomposition">
          Murphy decomposition: reliability {num(a.decomposition.reliability)} − resolution {num(a.decomposition.resolution)} + uncertainty{" "}
          {num(a.decomposition.uncertainty)} + within-bin variance {num(a.decomposition.withinBinVariance)} − within-bin covariance{" "}
          {num(a.decomposition.withinBinCovariance)} = {num(a.summary.brier)}.
        </p>
      ) : null}
    </>
  );
}

function Stat({ label, value, note, testid }: { label: string; value: string; note?: string; testid: string }) {
  return (
    <div className="card">
      <div className="value" data-testid={testid}>
        {value}
      </div>
      <div className="label">{label}</div>
      {note ? <div className="small muted">{note}</div> : null}
    </div>
  );
}
