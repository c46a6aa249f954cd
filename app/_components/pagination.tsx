import Link from "next/link";
import { type ForecastFilters, filtersToQuery } from "@/lib/forecasts/filters";

export function Pagination({ basePath, filters, total, pages }: { basePath: string; filters: ForecastFilters; total: number; pages: number }) {
  const { page } = filters;
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? <Link href={`${basePath}${filtersToQuery(filters, { page: page - 1 })}`}>← Previous</Link> : <span className="muted">← Previous</span>}
      <span>
        Page {page} of {pages} · {total} forecast{total === 1 ? "" : "s"}
      </span>
      {page < pages ? <Link href={`${basePath}${filtersToQuery(filters, { page: page + 1 })}`}>Next →</Link> : <span className="muted">Next →</span>}
    </nav>
  );
}
