"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { Leaderboard } from "@/lib/read/accuracy";
import { useLocationSearch } from "../../_components/use-location-search";

const f3 = (v: number | null) => (v === null ? "–" : v.toFixed(3));

type Boards = { forecasters: Leaderboard; outlets: Leaderboard };

async function fetchBoards(search: string): Promise<Boards> {
  const get = async (by: string) => {
    const q = new URLSearchParams(search);
    q.set("by", by);
    const res = await fetch(`/api/v1/leaderboard?${q.toString()}`);
    const body = await res.json();
    if (!res.ok)
      throw new Error(body?.error?.fields?.map((e: { field: string; message: string }) => `${e.field}: ${e.message}`).join("; ") || body?.error?.message);
    return body as Leaderboard;
  };
  const [forecasters, outlets] = await Promise.all([get("forecaster"), get("outlet")]);
  return { forecasters, outlets };
}

/**
 * The leaderboard's settings and tables. The page arrives with the default settings from the
 * page cache; an address with other settings (?min=, ?k=, filters) is fetched from
 * GET /api/v1/leaderboard by the browser.
 */
export function LeaderboardView({ initial }: { initial: Boards }) {
  const [search] = useLocationSearch();
  const params = new URLSearchParams(search);
  const { data, error } = useQuery({ queryKey: ["leaderboard", search], queryFn: () => fetchBoards(search), enabled: search !== "" });
  const { forecasters, outlets } = search !== "" && data ? data : initial;
  const options = { minResolved: forecasters.minResolved, k: forecasters.k };
  const filters = { from: params.get("from") ?? undefined, to: params.get("to") ?? undefined, lowInfo: params.get("lowInfo") ?? "1" };
  const errorText = error ? (error as Error).message : null;
  return (
    <>
      <p className="lead">
        Ranked by Brier score (0–1 scale, lower is better) shrunk toward the average of everyone: a source&apos;s score counts with weight n / (n + k), the rest
        is the population mean ({f3(forecasters.populationMean)} for forecasters). Only sources with at least {options.minResolved} scored forecasts are ranked,
        so two lucky calls cannot top the table (PunditTracker graded at 25). The ± column is a 95% interval of the raw mean.
      </p>
      <form key={search} className="filters" method="get" aria-label="Leaderboard settings">
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
      {errorText ? (
        <div className="error-box" role="alert">
          Some settings were not understood: {errorText}
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
