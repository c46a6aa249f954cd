import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { FORECAST_STATUSES, parseForecastFilters } from "@/lib/forecasts/filters";
import { listFilterChoices, listForecasts, listTopics } from "@/lib/read/ledger";
import { searchTerms } from "@/lib/search/query";
import { pageMetadata } from "@/lib/share/metadata";
import { FORECAST_SORT_LABEL, FORECAST_SORTS, LANGUAGE_LABEL, LANGUAGES, OUTCOME_FILTER_LABEL, OUTCOME_FILTERS } from "@/lib/vocabulary";
import { ExportLinks } from "../../_components/export-links";
import { ForecastList } from "../../_components/forecast-list";
import { Pagination } from "../../_components/pagination";
import { ScoredNote } from "./scored-note";

/** Filters with a control of their own (open the collapsed filters on phones when one is set). */
const FILTER_KEYS = ["q", "forecaster", "author", "outlet", "status", "outcome", "sort", "language", "topic", "deadlineFrom", "deadlineTo"];
/** Kept through "Apply" without a control: the scored set behind a figure (docs/scoring.md 2.12). */
const KEPT_KEYS = ["scored", "madeFrom", "madeTo", "lowInfo"];

export const metadata: Metadata = pageMetadata({
  title: "Forecasts",
  description:
    "Search every forecast in the ledger by its words (German, Dutch, English), forecaster, author, article or outlet; filter by outcome, deadline and topic.",
  path: "/forecasts",
});

export default async function ForecastsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const raw = await searchParams;
  const parsed = parseForecastFilters(raw);
  // Independent reads (round trips on PostgreSQL): asked for together.
  const [{ forecasters, authors, outlets }, topics, result] = await Promise.all([
    listFilterChoices(),
    listTopics(),
    parsed.ok ? listForecasts(parsed.filters) : Promise.resolve(null),
  ]);
  const value = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string) : "");

  return (
    <>
      <h1>Forecasts</h1>
      <p className="lead">
        Search the quotes (in their language), the English questions, forecasters, authors, article titles and outlets (parts of words too: “bündnis”, “bundnis”
        and “buendnis” all find “Militärbündnis”), or narrow the list.
      </p>
      {parsed.ok && parsed.filters.scored ? <ScoredNote filters={parsed.filters} /> : null}
      <search>
        <details className="collapsible" open={FILTER_KEYS.some((k) => value(k))}>
          <summary>Search and filters</summary>
          <form className="filters" method="get" action="/forecasts" aria-label="Filter forecasts">
            <label>
              Search
              <input type="search" name="q" defaultValue={value("q")} placeholder="e.g. Militärbündnis, alliance" />
            </label>
            <FilterSelect
              label="Forecaster"
              name="forecaster"
              value={value("forecaster")}
              options={forecasters.map((p) => ({ value: p.slug, label: p.name }))}
            />
            <FilterSelect label="Author" name="author" value={value("author")} options={authors.map((p) => ({ value: p.slug, label: p.name }))} />
            <FilterSelect label="Outlet" name="outlet" value={value("outlet")} options={outlets.map((o) => ({ value: o.slug, label: o.name }))} />
            <FilterSelect
              label="Status"
              name="status"
              value={value("status")}
              options={FORECAST_STATUSES.map((s) => ({ value: s, label: s === "due" ? "past deadline, unresolved" : s }))}
            />
            <FilterSelect
              label="Outcome"
              name="outcome"
              value={value("outcome")}
              options={OUTCOME_FILTERS.map((o) => ({ value: o, label: OUTCOME_FILTER_LABEL[o] }))}
            />
            <FilterSelect
              label="Sort by"
              name="sort"
              value={value("sort")}
              any="default: best match for a query, else deadline"
              options={FORECAST_SORTS.map((o) => ({ value: o, label: FORECAST_SORT_LABEL[o] }))}
            />
            <FilterSelect label="Language" name="language" value={value("language")} options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_LABEL[l] }))} />
            <FilterSelect label="Topic" name="topic" value={value("topic")} options={topics.map((t) => ({ value: t.slug, label: `${t.name} (${t.n})` }))} />
            <label>
              Deadline from
              <input type="date" name="deadlineFrom" defaultValue={value("deadlineFrom")} />
            </label>
            <label>
              Deadline to
              <input type="date" name="deadlineTo" defaultValue={value("deadlineTo")} />
            </label>
            <div>
              {KEPT_KEYS.map((k) => (value(k) ? <input key={k} type="hidden" name={k} value={value(k)} /> : null))}
              <button type="submit">Apply</button> <Link href="/forecasts">Clear</Link>
            </div>
          </form>
        </details>
      </search>
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
            {result.total} forecast{result.total === 1 ? "" : "s"} found
          </p>
          <ExportLinks query={parsed.filters} label="Download all of them" />
          <ForecastList items={result.items} highlight={parsed.filters.q ? searchTerms(parsed.filters.q) : undefined} />
          <Pagination basePath="/forecasts" filters={parsed.filters} total={result.total} pages={result.pages} />
        </>
      ) : null}
    </>
  );
}

/** One filter's drop-down: "any" (or the default's description) first, then the choices. */
function FilterSelect(props: { label: string; name: string; value: string; options: { value: string; label: string }[]; any?: string }) {
  return (
    <label>
      {props.label}
      <select name={props.name} defaultValue={props.value}>
        <option value="">{props.any ?? "any"}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
