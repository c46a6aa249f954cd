import Link from "next/link";
import { parseForecastFilters } from "@/lib/forecasts/filters";
import { plural } from "@/lib/format/numbers";
import type { RawParams } from "@/lib/http/query-params";
import { listForecasts, listTopicNames } from "@/lib/read/ledger";
import { resolveSourceFilters } from "@/lib/read/sources";
import { searchTerms } from "@/lib/search/query";
import { ExportLinks } from "../../_components/export-links";
import { ForecastList } from "../../_components/forecast-list";
import { Pagination } from "../../_components/pagination";
import { ChosenSources, FilterForm } from "./filter-form";
import { ScoredNote } from "./scored-note";
import { SourceProblems } from "./source-problems";

/**
 * The forecast list with its search and filters, for the addresses that show it: `/forecasts`
 * and `?page=N` alone (static, from the page cache) and any other query (rendered per request:
 * next.config.ts, lib/http/page-rewrites.ts). A forecaster, author or outlet typed by name
 * is resolved to its slug first; a name that matches nothing or several says so, with the candidates.
 */
export async function ForecastsView({ raw }: { raw: Record<string, string | string[] | undefined> }) {
  const sources = await resolveSourceFilters(raw as RawParams);
  const parsed = parseForecastFilters(sources.params);
  const listed = parsed.ok && !sources.problems.length;
  // Independent reads (round trips on PostgreSQL): asked for together.
  const [topics, result] = await Promise.all([listTopicNames(), listed ? listForecasts(parsed.filters) : Promise.resolve(null)]);
  const value = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string) : "");

  return (
    <>
      <h1>Forecasts</h1>
      <p className="lead">
        Search the quotes (in their language), the English questions, forecasters, authors, article titles and outlets (parts of words too: “bündnis”, “bundnis”
        and “buendnis” all find “Militärbündnis”), or narrow the list.
      </p>
      {parsed.ok && parsed.filters.scored ? <ScoredNote filters={parsed.filters} /> : null}
      {/* Above the form, so a phone, where the open form is long, shows it first. */}
      {sources.problems.length ? <SourceProblems problems={sources.problems} params={sources.params} /> : null}
      <FilterForm value={value} chosen={sources.chosen} topics={topics} />
      {!parsed.ok ? (
        <div className="error-box" role="alert">
          <strong>These filters could not be used:</strong>
          <ul>
            {parsed.errors.map((e) => (
              <li key={e.field + e.message}>
                <code>{e.field}</code>: {e.message}
              </li>
            ))}
          </ul>
          <Link href="/forecasts">Show all forecasts</Link>
        </div>
      ) : null}
      {result && parsed.ok ? (
        <>
          <p aria-live="polite" data-testid="result-count">
            {plural(result.total, "forecast")} found
          </p>
          <ChosenSources chosen={sources.chosen} />
          <ExportLinks query={parsed.filters} label="Download all of them" />
          <ForecastList items={result.items} highlight={parsed.filters.q ? searchTerms(parsed.filters.q) : undefined} />
          <Pagination basePath="/forecasts" filters={parsed.filters} total={result.total} pages={result.pages} />
        </>
      ) : null}
    </>
  );
}
