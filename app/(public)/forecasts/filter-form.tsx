import Link from "next/link";
import { FORECAST_STATUSES } from "@/lib/forecasts/filters";
import type { SourceKind, SourceName } from "@/lib/read/sources";
import { FORECAST_SORT_LABEL, FORECAST_SORTS, LANGUAGE_LABEL, LANGUAGES, OUTCOME_FILTER_LABEL, OUTCOME_FILTERS } from "@/lib/vocabulary";
import { SourceCombobox } from "../../_components/source-combobox";

/** Filters with a control of their own (open the collapsed filters on phones when one is set). */
const FILTER_KEYS = ["q", "forecaster", "author", "outlet", "status", "outcome", "sort", "language", "topic", "deadlineFrom", "deadlineTo"];
/** Kept through "Apply" without a control: the scored set behind a figure (docs/scoring.md 2.12). */
const KEPT_KEYS = ["scored", "madeFrom", "madeTo", "lowInfo"];

export const SOURCE_LABEL: Record<SourceKind, string> = { forecaster: "Forecaster", author: "Author", outlet: "Outlet" };
const SOURCE_PAGE: Record<SourceKind, string> = { forecaster: "/people/", author: "/people/", outlet: "/outlets/" };
const SOURCE_KINDS: SourceKind[] = ["forecaster", "author", "outlet"];

type Chosen = Partial<Record<SourceKind, { source: SourceName; text: string }>>;

/**
 * The search and filter form (GET, so it works without JavaScript). Forecaster, author and outlet
 * are chosen by typing (app/_components/source-combobox.tsx); the topics are listed by name only
 * (no counts: counting forecasts per topic on every request was the page's second-heaviest read).
 */
export function FilterForm({ value, chosen, topics }: { value: (k: string) => string; chosen: Chosen; topics: { slug: string; name: string }[] }) {
  return (
    <search>
      <details className="collapsible" open={FILTER_KEYS.some((k) => value(k))}>
        <summary>Search and filters</summary>
        <form className="filters" method="get" action="/forecasts" aria-label="Filter forecasts">
          <label>
            Search
            <input type="search" name="q" defaultValue={value("q")} placeholder="e.g. Militärbündnis, alliance" />
          </label>
          {SOURCE_KINDS.map((kind) => (
            <SourceCombobox key={kind} kind={kind} label={SOURCE_LABEL[kind]} text={chosen[kind]?.text ?? value(kind)} slug={chosen[kind]?.source.slug} />
          ))}
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
          <FilterSelect label="Topic" name="topic" value={value("topic")} options={topics.map((t) => ({ value: t.slug, label: t.name }))} />
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
  );
}

/** The sources the list is narrowed to, by name, linked to their pages. */
export function ChosenSources({ chosen }: { chosen: Chosen }) {
  const kinds = SOURCE_KINDS.filter((k) => chosen[k]);
  if (!kinds.length) return null;
  return (
    <p className="muted" data-testid="chosen-sources">
      {kinds.map((k, i) => (
        <span key={k}>
          {i ? " · " : ""}
          {SOURCE_LABEL[k]}: <Link href={`${SOURCE_PAGE[k]}${chosen[k]!.source.slug}`}>{chosen[k]!.source.name}</Link>
        </span>
      ))}
    </p>
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
