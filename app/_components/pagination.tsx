import { type ForecastFilters, filtersToQuery } from "@/lib/forecasts/filters";
import { QueryLink } from "./query-link";

export function Pagination({ basePath, filters, total, pages }: { basePath: string; filters: ForecastFilters; total: number; pages: number }) {
  const { page } = filters;
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <QueryLink href={`${basePath}${filtersToQuery(filters, { page: page - 1 })}`}>← Previous</QueryLink>
      ) : (
        <span className="muted">← Previous</span>
      )}
      <span>
        Page {page} of {pages} · {total} forecast{total === 1 ? "" : "s"}
      </span>
      {page < pages ? <QueryLink href={`${basePath}${filtersToQuery(filters, { page: page + 1 })}`}>Next →</QueryLink> : <span className="muted">Next →</span>}
    </nav>
  );
}
