"use client";
/** The accuracy panel's filters: made-on range, topic, language, calibration bins, low-information wording. */
import { LANGUAGE_LABEL, LANGUAGES } from "@/lib/vocabulary";
import type { FilterKey, FilterValues } from "./filter-state";

export function FiltersForm({
  filters,
  setFilter,
  topics,
}: {
  filters: FilterValues;
  setFilter: (key: FilterKey, value: string) => void;
  topics: { slug: string; name: string }[];
}) {
  const active = filters.from || filters.to || filters.topic || filters.language || filters.lowInfo === "0" || filters.bins === "lexicon";
  return (
    <details className="collapsible" open={!!active}>
      <summary>Filters{active ? " (active)" : ""}</summary>
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
    </details>
  );
}
