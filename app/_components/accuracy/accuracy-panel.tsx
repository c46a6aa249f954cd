"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { AccuracyView } from "@/lib/read/accuracy";
import type { CalibrationPoint } from "../charts/calibration-chart";
import { useLocationSearch } from "../use-location-search";
import { CalibrationFigure } from "./calibration-figure";
import { Figures } from "./figures";
import { DEFAULTS, FILTER_KEYS, type FilterKey, filtersFrom, sameFilters } from "./filter-state";
import { FiltersForm } from "./filters-form";
import { ScoreFigure } from "./score-figure";
import { TimelineFigure } from "./timeline-figure";

/**
 * The accuracy figures and charts of one scope. Filters live in the URL (shareable); changing one
 * refetches GET /api/v1/accuracy through react-query and redraws in place.
 */
/** The forecast list of exactly the scored set behind these figures (db/queries/accuracy.ts scoredIdsSql). */
function scoredListHref(scope: string, f: Record<FilterKey, string>): string {
  const q = new URLSearchParams({ scored: scope });
  if (f.from) q.set("madeFrom", f.from);
  if (f.to) q.set("madeTo", f.to);
  if (f.language) q.set("language", f.language);
  if (f.topic) q.set("topic", f.topic);
  if (f.lowInfo === "0") q.set("lowInfo", "0");
  return `/forecasts?${q.toString()}`;
}

export function AccuracyPanel({
  scope,
  initial,
  topics,
  title,
}: {
  scope: string;
  initial: AccuracyView;
  topics: { slug: string; name: string }[];
  title: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [urlKey, setUrlKey] = useLocationSearch();
  const fromUrl = filtersFrom(new URLSearchParams(urlKey));
  // The controls follow local state at once; the URL follows (router.replace is asynchronous),
  // and back/forward navigation brings the URL's state back into the controls.
  const [filters, setFilters] = useState(fromUrl);
  useEffect(() => {
    setFilters(filtersFrom(new URLSearchParams(urlKey)));
  }, [urlKey]);
  const query = new URLSearchParams({ scope });
  for (const k of FILTER_KEYS) if (filters[k] && filters[k] !== DEFAULTS[k]) query.set(k, filters[k]);
  const initialKey = sameFilters(filters, initial.filters);

  const { data, error, isFetching } = useQuery({
    queryKey: ["accuracy", query.toString()],
    queryFn: async () => {
      const res = await fetch(`/api/v1/accuracy?${query.toString()}`);
      const body = await res.json();
      if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
      return body as AccuracyView;
    },
    initialData: initialKey ? initial : undefined,
    placeholderData: keepPreviousData,
  });

  function setFilter(key: FilterKey, value: string) {
    setFilters((f) => ({ ...f, [key]: value || DEFAULTS[key] || "" }));
    const next = new URLSearchParams(urlKey);
    if (!value || value === DEFAULTS[key]) next.delete(key);
    else next.set(key, value);
    const qs = next.toString();
    setUrlKey(qs);
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  }

  const view = data ?? initial;
  const a = view.accuracy;
  const membersByBin = new Map<string, CalibrationPoint["members"]>();
  for (const m of view.binMembers) {
    const key = String(m.binKey);
    membersByBin.set(key, [...(membersByBin.get(key) ?? []), m]);
  }
  const points: CalibrationPoint[] = a.bins.map((b) => {
    const key = "lexiconClass" in b ? String(b.lexiconClass) : String((b as { index: number }).index);
    return {
      key,
      label: b.label,
      n: b.n,
      meanForecast: b.meanForecast,
      observed: b.observed,
      wilsonLow: b.wilsonLow,
      wilsonHigh: b.wilsonHigh,
      reliable: b.reliable,
      members: membersByBin.get(key) ?? [],
    };
  });

  return (
    <section aria-labelledby="accuracy-h" className="accuracy" data-testid="accuracy-panel" aria-busy={isFetching}>
      <h2 id="accuracy-h">{title}</h2>
      <FiltersForm filters={filters} setFilter={setFilter} topics={topics} />
      {error ? (
        <div className="error-box" role="alert">
          Could not update the figures: {(error as Error).message}
        </div>
      ) : null}
      <Figures a={a} listHref={scoredListHref(scope, filters)} />
      <div className="grid-2">
        <CalibrationFigure points={points} binStyle={a.binStyle} />
        <ScoreFigure view={view} />
      </div>
      <TimelineFigure view={view} />
    </section>
  );
}
