import Link from "next/link";
import type { ForecastDTO } from "@/lib/read/ledger";
import { ForecastList } from "./forecast-list";
import { PageLinks } from "./page-links";

/** Forecasts per page on a person's or outlet's page and their numbered list pages (`/people/x/forecasts/2`). */
export const SOURCE_LIST_PAGE_SIZE = 10;

/** One page of a source's forecasts, with "Showing 21–40 of 400" and previous/next links above and below. */
export function PagedForecastList({
  items,
  total,
  page,
  href,
  empty,
  testid,
}: {
  items: ForecastDTO[];
  total: number;
  page: number;
  href: (page: number) => string;
  empty: string;
  testid: string;
}) {
  const links = (id?: string) => (
    <PageLinks page={page} pageSize={SOURCE_LIST_PAGE_SIZE} total={total} noun={["forecast", "forecasts"]} href={href} testid={id} />
  );
  return (
    <>
      {items.length > 3 ? links() : null}
      {items.length || page === 1 ? <ForecastList items={items} empty={empty} /> : <p className="muted">No forecasts on this page.</p>}
      {links(testid)}
    </>
  );
}

/** The page of a source's list beyond the first: its name linked back, the list's title and the page. */
export function ForecastListPage({ back, title, children }: { back: { href: string; label: string }; title: string; children: React.ReactNode }) {
  return (
    <>
      <p className="small muted">
        <Link href={back.href}>← {back.label}</Link>
      </p>
      <h1>{title}</h1>
      {children}
    </>
  );
}
