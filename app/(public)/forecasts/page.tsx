import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { FORECAST_STATUSES, parseForecastFilters } from "@/lib/forecasts/filters";
import { listForecasts, listOutlets, listPeople, listTopics } from "@/lib/read/ledger";
import { searchTerms } from "@/lib/search/query";
import { pageMetadata } from "@/lib/share/metadata";
import { FORECAST_SORT_LABEL, FORECAST_SORTS, LANGUAGE_LABEL, LANGUAGES, OUTCOME_FILTER_LABEL, OUTCOME_FILTERS } from "@/lib/vocabulary";
import { ExportLinks } from "../../_components/export-links";
import { ForecastList } from "../../_components/forecast-list";
import { ScoredNote } from "./scored-note";

/** Filters with a control of their own (open the collapsed filters on phones when one is set). */
const FILTER_KEYS = ["q", "forecaster", "author", "outlet", "status", "outcome", "sort", "language", "topic", "deadlineFrom", "deadlineTo"];
/** Kept through "Apply" without a control: the scored set behind a figure (docs/scoring.md 2.12). */
const KEPT_KEYS = ["scored", "madeFrom", "madeTo", "lowInfo"];

import { Pagination } from "../../_components/pagination";

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
  const people = await listPeople();
  const authors = people.filter((p) => p.articles > 0);
  const forecasters = people.filter((p) => p.made > 0);
  const outlets = await listOutlets();
  const topics = await listTopics();
  const value = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string) : "");
  const result = parsed.ok ? await listForecasts(parsed.filters) : null;

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
            <label>
              Forecaster
              <select name="forecaster" defaultValue={value("forecaster")}>
                <option value="">any</option>
                {forecasters.map((p) => (
                  <option key={p.slug} value={p.slug}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Author
              <select name="author" defaultValue={value("author")}>
                <option value="">any</option>
                {authors.map((p) => (
                  <option key={p.slug} value={p.slug}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Outlet
              <select name="outlet" defaultValue={value("outlet")}>
                <option value="">any</option>
                {outlets.map((o) => (
                  <option key={o.slug} value={o.slug}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Status
              <select name="status" defaultValue={value("status")}>
                <option value="">any</option>
                {FORECAST_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {s === "due" ? "past deadline, unresolved" : s}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Outcome
              <select name="outcome" defaultValue={value("outcome")}>
                <option value="">any</option>
                {OUTCOME_FILTERS.map((o) => (
                  <option key={o} value={o}>
                    {OUTCOME_FILTER_LABEL[o]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Sort by
              <select name="sort" defaultValue={value("sort")}>
                <option value="">default: best match for a query, else deadline</option>
                {FORECAST_SORTS.map((o) => (
                  <option key={o} value={o}>
                    {FORECAST_SORT_LABEL[o]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Language
              <select name="language" defaultValue={value("language")}>
                <option value="">any</option>
                {LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {LANGUAGE_LABEL[l]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Topic
              <select name="topic" defaultValue={value("topic")}>
                <option value="">any</option>
                {topics.map((t) => (
                  <option key={t.slug} value={t.slug}>
                    {t.name} ({t.n})
                  </option>
                ))}
              </select>
            </label>
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
