import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DEFAULT_ACCURACY_FILTERS } from "@/lib/accuracy/filters";
import { DEFAULT_LEADERBOARD_OPTIONS, type LeaderboardSort, leaderboardSort, parseLeaderboardQuery } from "@/lib/accuracy/leaderboard-params";
import { formatNumber as num, plural } from "@/lib/format/numbers";
import { getLeaderboard } from "@/lib/read/accuracy";
import { pageMetadata } from "@/lib/share/metadata";
import { Board } from "./board";

export const metadata: Metadata = pageMetadata({
  title: "Leaderboard",
  description: "Forecasters and outlets ranked by the Brier score of their resolved forecasts, with the sample size and shrinkage toward the mean.",
  path: "/leaderboard",
});

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const raw = await searchParams;
  const parsed = parseLeaderboardQuery(raw);
  const { options, filters } = parsed.ok ? parsed.data : { options: DEFAULT_LEADERBOARD_OPTIONS, filters: DEFAULT_ACCURACY_FILTERS };
  const forecasters = getLeaderboard("forecaster", filters, options);
  const outlets = getLeaderboard("outlet", filters, options);
  const sort = leaderboardSort(raw.sort);
  const sortHref = (to: LeaderboardSort) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(raw)) if (typeof v === "string" && k !== "sort" && v) q.set(k, v);
    if (to !== "rank") q.set("sort", to);
    const qs = q.toString();
    return qs ? `/leaderboard?${qs}` : "/leaderboard";
  };
  return (
    <>
      <h1>Leaderboard</h1>
      <p className="lead">
        Ranked by Brier score (0 perfect, 0.25 for saying 50% every time, lower is better), pulled toward the average of everyone: a source&apos;s own score
        counts with weight n / (n + k), the rest is the population mean (Brier {num(forecasters.populationMean)} for forecasters, {num(outlets.populationMean)}{" "}
        for outlets). Only sources with at least {plural(options.minResolved, "scored forecast")} are ranked
        {options.minResolved > 1 ? ", so a few lucky calls cannot top the table" : ""} (PunditTracker graded from 25). The ± column is a 95% interval of the raw
        mean, given from 5 scored forecasts. <Link href="/methods#leaderboard">How it works</Link>
      </p>
      <details className="collapsible">
        <summary>Settings</summary>
        <form className="filters" method="get" aria-label="Leaderboard settings">
          <label>
            Minimum scored forecasts to rank
            <input type="number" name="min" min={1} defaultValue={options.minResolved} />
          </label>
          <label>
            Shrinkage k
            <input type="number" name="k" min={1} step="any" defaultValue={options.k} />
          </label>
          <label>
            Made from
            <input type="date" name="from" defaultValue={filters.from} />
          </label>
          <label>
            Made until
            <input type="date" name="to" defaultValue={filters.to} />
          </label>
          <label>
            Low-information forecasts
            <select name="lowInfo" defaultValue={filters.lowInfo}>
              <option value="1">included</option>
              <option value="0">left out</option>
            </select>
          </label>
          {sort !== "rank" ? <input type="hidden" name="sort" value={sort} /> : null}
          <div>
            <button type="submit">Apply</button>
          </div>
        </form>
      </details>
      {!parsed.ok ? (
        <div className="error-box" role="alert">
          Some settings were not understood and the defaults were used: {(parsed.ok ? [] : parsed.errors).map((e) => `${e.field}: ${e.message}`).join("; ")}
        </div>
      ) : null}
      <Board title="Forecasters" board={forecasters} hrefBase="/people" testid="forecaster-board" sort={sort} sortHref={sortHref} />
      <Board title="Outlets" board={outlets} hrefBase="/outlets" testid="outlet-board" sort={sort} sortHref={sortHref} />
    </>
  );
}
