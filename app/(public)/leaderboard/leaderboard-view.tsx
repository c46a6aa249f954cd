/**
 * The leaderboard's content, shared by its addresses (docs/ARCHITECTURE.md "Caching and invalidation"):
 * `/leaderboard` (both tables, first page each) and `/leaderboard/forecasters/2` (one table, page 2)
 * are static per address and served from the page cache; with settings or a sort order in the query
 * (`?min=10&sort=name`), next.config.ts rewrites the same addresses to `/leaderboard/custom`, which
 * renders per request from the data cache's rankings.
 */
import Link from "next/link";
import { DEFAULT_ACCURACY_FILTERS } from "@/lib/accuracy/filters";
import { DEFAULT_LEADERBOARD_OPTIONS, type LeaderboardSort, leaderboardSort, parseLeaderboardQuery } from "@/lib/accuracy/leaderboard-params";
import { formatNumber as num, plural } from "@/lib/format/numbers";
import { getLeaderboardPage } from "@/lib/read/accuracy";
import { BOARD_PAGE_SIZE, Board, type BoardName, UNSCORED_NAMED } from "./board";

type Raw = Record<string, string | string[] | undefined>;

/** What the address asked for beyond the path: settings and sort order, never the board or page (those are path segments). */
function settingsQuery(raw: Raw, sort?: LeaderboardSort): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string" && v && k !== "sort" && k !== "board" && k !== "page") q.set(k, v);
  const s = sort ?? leaderboardSort(raw.sort);
  if (s !== "rank") q.set("sort", s);
  const qs = q.toString();
  return qs ? `?${qs}` : "";
}

export async function LeaderboardView({ raw, only, page }: { raw: Raw; only?: BoardName; page: number }) {
  // board and page come from the path (the rewrite to ./custom adds them to the query).
  const { board: _board, page: _page, ...settings } = raw;
  const parsed = parseLeaderboardQuery(settings);
  const { options, filters } = parsed.ok ? parsed.data : { options: DEFAULT_LEADERBOARD_OPTIONS, filters: DEFAULT_ACCURACY_FILTERS };
  const sort = leaderboardSort(raw.sort);
  const view = { sort, page, pageSize: BOARD_PAGE_SIZE, unscoredLimit: UNSCORED_NAMED };
  const forecasters = only === "outlets" ? null : await getLeaderboardPage("forecaster", filters, options, view);
  const outlets = only === "forecasters" ? null : await getLeaderboardPage("outlet", filters, options, view);
  // A new order starts again at the first page of the same view.
  const sortHref = (to: LeaderboardSort) => `${only ? `/leaderboard/${only}/1` : "/leaderboard"}${settingsQuery(raw, to)}`;
  const pageHref = (board: BoardName) => (n: number) => `/leaderboard/${board}/${n}${settingsQuery(raw)}`;
  const mean = (forecasters ?? outlets)!.populationMean;
  return (
    <>
      <h1>Leaderboard{only ? `: ${only}, page ${page}` : ""}</h1>
      {only ? (
        <p className="small">
          <Link href={`/leaderboard${settingsQuery(raw)}`}>← Both tables</Link>
        </p>
      ) : null}
      <p className="lead">
        Ranked by Brier score (0 perfect, 0.25 for saying 50% every time, lower is better), pulled toward the average of everyone: a source&apos;s own score
        counts with weight n / (n + k), the rest is the population mean (Brier{" "}
        {forecasters && outlets ? `${num(forecasters.populationMean)} for forecasters, ${num(outlets.populationMean)} for outlets` : `${num(mean)} for ${only}`}
        ). Only sources with at least {plural(options.minResolved, "scored forecast")} are ranked
        {options.minResolved > 1 ? ", so a few lucky calls cannot top the table" : ""} (PunditTracker graded from 25). The ± column is a 95% interval of the raw
        mean, given from 5 scored forecasts. <Link href="/methods#leaderboard">How it works</Link>
      </p>
      <details className="collapsible">
        <summary>Settings</summary>
        <form className="filters" method="get" action="/leaderboard" aria-label="Leaderboard settings">
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
      {forecasters ? (
        <Board
          title="Forecasters"
          name="forecasters"
          board={forecasters}
          hrefBase="/people"
          testid="forecaster-board"
          sort={sort}
          sortHref={sortHref}
          page={page}
          pageHref={pageHref("forecasters")}
        />
      ) : null}
      {outlets ? (
        <Board
          title="Outlets"
          name="outlets"
          board={outlets}
          hrefBase="/outlets"
          testid="outlet-board"
          sort={sort}
          sortHref={sortHref}
          page={page}
          pageHref={pageHref("outlets")}
        />
      ) : null}
    </>
  );
}
