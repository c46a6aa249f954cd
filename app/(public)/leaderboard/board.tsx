/** One leaderboard table (forecasters or outlets): ranked rows, then those below the minimum, sortable by column, a page at a time. */
import Link from "next/link";
import { PageLinks } from "@/app/_components/page-links";
import { QueryLink } from "@/app/_components/query-link";
import type { LeaderboardSort } from "@/lib/accuracy/leaderboard-params";
import { formatNumber as num, plural } from "@/lib/format/numbers";
import type { LeaderboardPage } from "@/lib/read/accuracy";

export type BoardName = "forecasters" | "outlets";
/**
 * Rows per page: a page stays small enough to serve to a crowd (README "npm run bench:http"). The
 * names do not prefetch: a page of both tables names up to 70 people and outlets, and a reader's
 * browser would otherwise ask the server to render every one of their pages.
 */
export const BOARD_PAGE_SIZE = 20;
/** Sources without a scored forecast named under the table, at most. */
export const UNSCORED_NAMED = 30;

const COLUMNS: { sort: LeaderboardSort | null; label: string; num?: boolean; title: string }[] = [
  { sort: "rank", label: "Rank", num: true, title: "rank by shrunk Brier score" },
  { sort: "name", label: "Name", title: "alphabetical" },
  { sort: "scored", label: "Scored", num: true, title: "most scored forecasts first" },
  { sort: null, label: "Resolved / all", num: true, title: "" },
  { sort: "brier", label: "Brier (raw)", num: true, title: "lowest raw Brier score first" },
  { sort: null, label: "± 95%", num: true, title: "" },
  { sort: "shrunk", label: "Shrunk Brier", num: true, title: "lowest shrunk Brier score first" },
];

export function Board({
  title,
  name,
  board,
  hrefBase,
  testid,
  sort,
  sortHref,
  page,
  pageHref,
}: {
  title: string;
  name: BoardName;
  /** This page's rows, already in the chosen order (lib/accuracy/leaderboard.ts getLeaderboardPage). */
  board: LeaderboardPage;
  hrefBase: string;
  testid: string;
  sort: LeaderboardSort;
  sortHref: (sort: LeaderboardSort) => string;
  page: number;
  pageHref: (page: number) => string;
}) {
  const rows = board.rows;
  const pages = (id?: string) => (
    <PageLinks page={page} pageSize={BOARD_PAGE_SIZE} total={board.listed} noun={[name.slice(0, -1), name]} href={pageHref} testid={id} />
  );
  // With nothing scored, the shrunk score would just be the population mean: list them apart.
  const unscored = board.unscoredRows;
  const ranked = board.ranked;
  const nameHeader = title === "Outlets" ? "Outlet" : "Forecaster";
  return (
    <section aria-labelledby={`${testid}-h`} data-testid={testid}>
      <h2 id={`${testid}-h`}>{title}</h2>
      <p className="small" data-testid={`${testid}-mean`}>
        Population mean: Brier {num(board.populationMean)} over every scored forecast of the {title.toLowerCase()} listed; each score is pulled toward it.
      </p>
      {ranked === 0 ? (
        <p className="note-box" data-testid={`${testid}-empty`}>
          Nobody has {plural(board.minResolved, "scored forecast")} yet, so nobody is ranked. The figures below are shown for reference; with so few forecasts
          they say little.
        </p>
      ) : null}
      <p className="small sort-links">
        Sort by:{" "}
        {COLUMNS.filter((c) => c.sort).map((c, i) => (
          <span key={c.label}>
            {i ? " · " : ""}
            {c.sort === sort ? <strong>{c.label.toLowerCase()}</strong> : <QueryLink href={sortHref(c.sort!)}>{c.label.toLowerCase()}</QueryLink>}
          </span>
        ))}
      </p>
      {pages()}
      <table className="board">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.label}
                className={c.num ? "num" : undefined}
                aria-sort={c.sort && c.sort === sort ? (c.sort === "scored" ? "descending" : "ascending") : undefined}
              >
                {c.sort ? (
                  <QueryLink href={sortHref(c.sort)} title={`Sort: ${c.title}`}>
                    {c.label === "Name" ? nameHeader : c.label}
                    {c.sort === sort ? " ▾" : ""}
                  </QueryLink>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.eligible ? undefined : "muted"} data-testid="board-row">
              <td className="num" data-label="Rank">
                {r.rank ?? <span title={`fewer than ${plural(board.minResolved, "scored forecast")}`}>not ranked</span>}
              </td>
              <td data-label={nameHeader}>
                <Link href={`${hrefBase}/${r.key}`} prefetch={false}>
                  {r.name}
                </Link>
                {r.kind === "institution" ? <span className="small muted"> (institution)</span> : null}
              </td>
              <td className="num" data-label="Scored">
                {r.n}
              </td>
              <td className="num" data-label="Resolved / all">
                {r.resolved} / {r.total}
              </td>
              <td className="num" data-label="Brier (raw)">
                {num(r.meanBrier)}
              </td>
              <td className="num" data-label="± 95%">
                {r.standardError === null || r.n < 5 ? (
                  <span title="too few scored forecasts for an interval">too few</span>
                ) : (
                  `± ${num(1.96 * r.standardError, 2)}`
                )}
              </td>
              <td className="num" data-label="Shrunk Brier">
                {num(r.shrunkBrier)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length ? (
        pages(`${testid}-pages`)
      ) : (
        <p className="muted">
          No {name} on this page: there are {plural(board.listed, name.slice(0, -1), name)} with a scored forecast.
        </p>
      )}
      {board.unscored ? (
        <p className="small muted" data-testid={`${testid}-unscored`}>
          No scored forecast yet:{" "}
          {unscored.map((r, i) => (
            <span key={r.key}>
              {i ? ", " : ""}
              <Link href={`${hrefBase}/${r.key}`} prefetch={false}>
                {r.name}
              </Link>{" "}
              ({r.resolved}/{r.total} resolved)
            </span>
          ))}
          {board.unscored > unscored.length ? (
            <>
              {" "}
              and {board.unscored - unscored.length} more (<Link href={hrefBase}>all {name}</Link>)
            </>
          ) : null}
          .
        </p>
      ) : null}
    </section>
  );
}
