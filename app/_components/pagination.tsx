import { type ForecastFilters, filtersToQuery } from "@/lib/forecasts/filters";
import { PageLink } from "./page-links";

export function Pagination({ basePath, filters, total, pages }: { basePath: string; filters: ForecastFilters; total: number; pages: number }) {
  const { page } = filters;
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <PageLink href={`${basePath}${filtersToQuery(filters, { page: page - 1 })}`}>← Previous</PageLink>
      ) : (
        <span className="muted">← Previous</span>
      )}
      <span>
        Page {page} of {pages} · {total} forecast{total === 1 ? "" : "s"}
      </span>
      {page < pages ? <PageLink href={`${basePath}${filtersToQuery(filters, { page: page + 1 })}`}>Next →</PageLink> : <span className="muted">Next →</span>}
    </nav>
  );
}
