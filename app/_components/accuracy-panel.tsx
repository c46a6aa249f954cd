"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import type { AccuracyFilters } from "@/lib/accuracy/filters";
import type { AccuracyView } from "@/lib/read/accuracy";
import { LANGUAGE_LABEL, LANGUAGES } from "@/lib/vocabulary";
import { CalibrationChart, type CalibrationPoint } from "./charts/calibration-chart";
import { ScoreOverTimeChart } from "./charts/score-over-time-chart";
import { TimelineChart } from "./charts/timeline-chart";

const FILTER_KEYS = ["from", "to", "topic", "language", "lowInfo", "bins"] as const;
const DEFAULTS: Partial<Record<(typeof FILTER_KEYS)[number], string>> = { lowInfo: "1", bins: "decile" };

const pct = (v: number | null | undefined) => (v === null || v === undefined ? "–" : `${Math.round(v * 100)}%`);
const num = (v: number | null | undefined, digits = 3) => (v === null || v === undefined ? "–" : v.toFixed(digits));

/**
 * The accuracy figures and charts of one scope. Filters live in the URL (shareable); changing one
 * refetches GET /api/v1/accuracy through react-query and redraws in place.
 */
export function AccuracyPanel({
  scope,
  initial,
  topics,
  title,
}: {
  scope: string;
  initial: AccuracyView;
  topics: { slug: string; name: string }[];
  title: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const fromUrl = Object.fromEntries(FILTER_KEYS.map((k) => [k, searchParams.get(k) ?? DEFAULTS[k] ?? ""])) as Record<(typeof FILTER_KEYS)[number], string>;
  // The controls follow local state at once; the URL follows (router.replace is asynchronous),
  // and back/forward navigation brings the URL's state back into the controls.
  const [filters, setFilters] = useState(fromUrl);
  const urlKey = searchParams.toString();
  useEffect(() => {
    setFilters(
      Object.fromEntries(FILTER_KEYS.map((k) => [k, new URLSearchParams(urlKey).get(k) ?? DEFAULTS[k] ?? ""])) as Record<(typeof FILTER_KEYS)[number], string>,
    );
  }, [urlKey]);
  const query = new URLSearchParams({ scope });
  for (const k of FILTER_KEYS) if (filters[k] && filters[k] !== DEFAULTS[k]) query.set(k, filters[k]);
  const initialKey = sameFilters(filters, initial.filters);

  const { data, error, isFetching } = useQuery({
    queryKey: ["accuracy", query.toString()],
    queryFn: async () => {
      const res = await fetch(`/api/v1/accuracy?${query.toString()}`);
      const body = await res.json();
      if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
      return body as AccuracyView;
    },
    initialData: initialKey ? initial : undefined,
    placeholderData: keepPreviousData,
  });

  function setFilter(key: (typeof FILTER_KEYS)[number], value: string) {
    setFilters((f) => ({ ...f, [key]: value || DEFAULTS[key] || "" }));
    const next = new URLSearchParams(searchParams.toString());
    if (!value || value === DEFAULTS[key]) next.delete(key);
    else next.set(key, value);
    const qs = next.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  }

  const view = data ?? initial;
  const a = view.accuracy;
  const membersByBin = new Map<string, CalibrationPoint["members"]>();
  for (const m of view.binMembers) {
    const key = String(m.binKey);
    membersByBin.set(key, [...(membersByBin.get(key) ?? []), m]);
  }
  const points: CalibrationPoint[] = a.bins.map((b) => {
    const key = "lexiconClass" in b ? String(b.lexiconClass) : String((b as { index: number }).index);
    return {
      key,
      label: b.label,
      n: b.n,
      meanForecast: b.meanForecast,
      observed: b.observed,
      wilsonLow: b.wilsonLow,
      wilsonHigh: b.wilsonHigh,
      reliable: b.reliable,
      members: membersByBin.get(key) ?? [],
    };
  });
  const c = a.counts;

  return (
    <section aria-labelledby="accuracy-h" className="accuracy" data-testid="accuracy-panel" aria-busy={isFetching}>
      <h2 id="accuracy-h">{title}</h2>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Accuracy filters">
        <label>
          Made from
          <input type="date" value={filters.from} onChange={(e) => setFilter("from", e.target.value)} />
        </label>
        <label>
          Made until
          <input type="date" value={filters.to} onChange={(e) => setFilter("to", e.target.value)} />
        </label>
        <label>
          Topic
          <select value={filters.topic} onChange={(e) => setFilter("topic", e.target.value)}>
            <option value="">all topics</option>
            {topics.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Language
          <select value={filters.language} onChange={(e) => setFilter("language", e.target.value)}>
            <option value="">all</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_LABEL[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Calibration bins
          <select value={filters.bins} onChange={(e) => setFilter("bins", e.target.value)}>
            <option value="decile">by decile (0–10%, …)</option>
            <option value="lexicon">by lexicon class</option>
          </select>
        </label>
        <label className="checkbox">
          <span>
            <input type="checkbox" checked={filters.lowInfo === "1"} onChange={(e) => setFilter("lowInfo", e.target.checked ? "1" : "0")} /> include
            low-information forecasts
          </span>
        </label>
      </form>
      {error ? (
        <div className="error-box" role="alert">
          Could not update the figures: {(error as Error).message}
        </div>
      ) : null}

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

      <div className="grid-2">
        <figure className="chart" aria-labelledby="calibration-caption">
          <figcaption id="calibration-caption">
            <strong>Calibration</strong>: when they said X%, how often did it happen? ({a.binStyle === "lexicon" ? "bins by lexicon class" : "bins by decile"},
            bars are 95% Wilson intervals)
          </figcaption>
          {points.length ? <CalibrationChart points={points} /> : <p className="muted">No scored forecasts to plot.</p>}
          <details>
            <summary>Table of this chart</summary>
            <table data-testid="calibration-table">
              <thead>
                <tr>
                  <th>Bin</th>
                  <th className="num">n</th>
                  <th className="num">Mean forecast</th>
                  <th className="num">Observed</th>
                  <th className="num">95% interval</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.key}>
                    <td>
                      {p.label}
                      {p.reliable ? "" : " (n < 5)"}
                    </td>
                    <td className="num">{p.n}</td>
                    <td className="num">{pct(p.meanForecast)}</td>
                    <td className="num">{pct(p.observed)}</td>
                    <td className="num">
                      {pct(p.wilsonLow)}–{pct(p.wilsonHigh)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>
        <figure className="chart" aria-labelledby="score-caption">
          <figcaption id="score-caption">
            <strong>Score over time</strong>: cumulative Brier score as forecasts resolved
          </figcaption>
          {view.scoreOverTime.length ? <ScoreOverTimeChart points={view.scoreOverTime} /> : <p className="muted">Nothing scored yet.</p>}
          <details>
            <summary>Table of this chart</summary>
            <table>
              <thead>
                <tr>
                  <th>Month</th>
                  <th className="num">Resolved</th>
                  <th className="num">Scored so far</th>
                  <th className="num">Cumulative Brier</th>
                </tr>
              </thead>
              <tbody>
                {view.scoreOverTime.map((p) => (
                  <tr key={p.month}>
                    <td>{p.month}</td>
                    <td className="num">{p.resolvedThisMonth}</td>
                    <td className="num">{p.cumulativeN}</td>
                    <td className="num">{num(p.brier)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </figure>
      </div>
      <figure className="chart" aria-labelledby="timeline-caption">
        <figcaption id="timeline-caption">
          <strong>Timeline</strong>: each forecast from the day it was made to its deadline
          {view.timeline.length >= 60 ? " (the 60 made most recently)" : ""}
        </figcaption>
        {view.timeline.length ? <TimelineChart items={view.timeline} asOf={view.asOf} /> : <p className="muted">No forecasts.</p>}
        <details>
          <summary>Table of this chart</summary>
          <table>
            <thead>
              <tr>
                <th>#</th>
                <th>Question</th>
                <th>Made</th>
                <th>Deadline</th>
                <th>Outcome</th>
              </tr>
            </thead>
            <tbody>
              {view.timeline.map((t) => (
                <tr key={t.id}>
                  <td>
                    <Link href={`/forecasts/${t.id}`}>{t.id}</Link>
                  </td>
                  <td>{t.question}</td>
                  <td>{t.madeOn}</td>
                  <td>{t.deadline ?? "none"}</td>
                  <td>{t.status ? `${t.status.replace(/_/g, " ")}${t.occurredOn ? ` (${t.occurredOn})` : ""}` : "none yet"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>
    </section>
  );
}

function sameFilters(current: Record<string, string>, initial: AccuracyFilters): boolean {
  return FILTER_KEYS.every((k) => (current[k] || DEFAULTS[k] || "") === String((initial as Record<string, unknown>)[k] ?? DEFAULTS[k] ?? ""));
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
