import { formatCount } from "@/lib/format/numbers";
import { QueryLink } from "./query-link";

/**
 * "Showing 51–100 of 400 forecasts" with previous/next links, for a long list cut into pages whose
 * number is in the path (the pages stay cached per address, lib/cache/next-cache-handler.cjs).
 * Plain links: they work without JavaScript.
 */
export function PageLinks({
  page,
  pageSize,
  total,
  noun,
  href,
  testid,
}: {
  page: number;
  pageSize: number;
  total: number;
  /** Singular and plural, e.g. ["forecast", "forecasts"]. */
  noun: [string, string];
  href: (page: number) => string;
  testid?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize && page === 1) return null;
  const first = Math.min(total, (page - 1) * pageSize + 1);
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination small" aria-label={`Pages of ${noun[1]}`} data-testid={testid}>
      {page > 1 ? (
        <QueryLink href={href(page - 1)} rel="prev">
          ← Previous
        </QueryLink>
      ) : (
        <span className="muted">← Previous</span>
      )}
      <span>
        Showing {formatCount(first)}–{formatCount(last)} of {formatCount(total)} {total === 1 ? noun[0] : noun[1]} (page {page} of {pages})
      </span>
      {page < pages ? (
        <QueryLink href={href(page + 1)} rel="next">
          Next →
        </QueryLink>
      ) : (
        <span className="muted">Next →</span>
      )}
    </nav>
  );
}

/** A page number from a path segment: a positive integer without leading zeros, else null (the caller answers 404). */
export function pageNumber(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null;
}
