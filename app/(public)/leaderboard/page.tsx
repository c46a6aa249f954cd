import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DEFAULT_ACCURACY_FILTERS } from "@/lib/accuracy/filters";
import { DEFAULT_LEADERBOARD_OPTIONS, parseLeaderboardQuery } from "@/lib/accuracy/leaderboard-params";
import type { Leaderboard } from "@/lib/read/accuracy";
import { getLeaderboard } from "@/lib/read/accuracy";
import { pageMetadata } from "@/lib/share/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Leaderboard",
  description: "Forecasters and outlets ranked by the Brier score of their resolved forecasts, with the sample size and shrinkage toward the mean.",
  path: "/leaderboard",
});

const f3 = (v: number | null) => (v === null ? "–" : v.toFixed(3));

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const raw = await searchParams;
  const parsed = parseLeaderboardQuery(raw);
  const { options, filters } = parsed.ok ? parsed.data : { options: DEFAULT_LEADERBOARD_OPTIONS, filters: DEFAULT_ACCURACY_FILTERS };
  const forecasters = getLeaderboard("forecaster", filters, options);
  const outlets = getLeaderboard("outlet", filters, options);
  return (
    <>
      <h1>Leaderboard</h1>
      <p className="lead">
        Ranked by Brier score (0–1 scale, lower is better) shrunk toward the average of everyone: a source&apos;s score counts with weight n / (n + k), the rest
        is the population mean ({f3(forecasters.populationMean)} for forecasters). Only sources with at least {options.minResolved} scored forecasts are ranked,
        so two lucky calls cannot top the table (PunditTracker graded at 25). The ± column is a 95% interval of the raw mean.
      </p>
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
        <div>
          <button type="submit">Apply</button>
        </div>
      </form>
      {!parsed.ok ? (
        <div className="error-box" role="alert">
          Some settings were not understood and the defaults were used: {(parsed.ok ? [] : parsed.errors).map((e) => `${e.field}: ${e.message}`).join("; ")}
        </div>
      ) : null}
      <Board title="Forecasters" board={forecasters} hrefBase="/people" testid="forecaster-board" />
      <Board title="Outlets" board={outlets} hrefBase="/outlets" testid="outlet-board" />
    </>
  );
}

function Board({ title, board, hrefBase, testid }: { title: string; board: Leaderboard; hrefBase: string; testid: string }) {
  const ranked = board.rows.filter((r) => r.eligible);
  const unranked = board.rows.filter((r) => !r.eligible && r.n > 0);
  // With nothing scored, the shrunk score would just be the population mean: list them apart.
  const unscored = board.rows.filter((r) => r.n === 0);
  return (
    <section aria-labelledby={`${testid}-h`} data-testid={testid}>
      <h2 id={`${testid}-h`}>{title}</h2>
      {ranked.length === 0 ? (
        <p className="note-box" data-testid={`${testid}-empty`}>
          Nobody has {board.minResolved} scored forecasts yet, so nobody is ranked. The figures below are shown for reference; with so few forecasts they say
          little.
        </p>
      ) : null}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th className="num">Rank</th>
              <th>{title === "Outlets" ? "Outlet" : "Forecaster"}</th>
              <th className="num">Scored</th>
              <th className="num">Resolved / all</th>
              <th className="num">Brier (raw)</th>
              <th className="num">± 95%</th>
              <th className="num">Shrunk Brier</th>
            </tr>
          </thead>
          <tbody>
            {[...ranked, ...unranked].map((r) => (
              <tr key={r.key} className={r.eligible ? undefined : "muted"} data-testid="board-row">
                <td className="num">{r.rank ?? <span title={`fewer than ${board.minResolved} scored forecasts`}>not ranked</span>}</td>
                <td>
                  <Link href={`${hrefBase}/${r.key}`}>{r.name}</Link>
                  {r.kind === "institution" ? <span className="small muted"> (institution)</span> : null}
                </td>
                <td className="num">{r.n}</td>
                <td className="num">
                  {r.resolved} / {r.total}
                </td>
                <td className="num">{f3(r.meanBrier)}</td>
                <td className="num">{r.standardError === null ? "–" : `± ${(1.96 * r.standardError).toFixed(2)}`}</td>
                <td className="num">{f3(r.shrunkBrier)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unscored.length ? (
        <p className="small muted" data-testid={`${testid}-unscored`}>
          No scored forecast yet:{" "}
          {unscored.map((r, i) => (
            <span key={r.key}>
              {i ? ", " : ""}
              <Link href={`${hrefBase}/${r.key}`}>{r.name}</Link> ({r.resolved}/{r.total} resolved)
            </span>
          ))}
          .
        </p>
      ) : null}
    </section>
  );
}
