import type { Metadata } from "next";
import { pageMetadata } from "@/lib/share/metadata";
import { ForecastsView } from "./forecasts-view";

/**
 * The unfiltered list: rendered on first request and served from the page cache until a write
 * changes the ledger (lib/cache/next-cache-handler.cjs). An address with filters is rewritten to
 * ./filtered (per request), `?page=N` alone to ./pages/N (static too): lib/http/page-rewrites.ts.
 */
export const dynamic = "force-static";
export const revalidate = 86400;

export const metadata: Metadata = pageMetadata({
  title: "Forecasts",
  description:
    "Search every forecast in the ledger by its words (German, Dutch, English), forecaster, author, article or outlet; filter by outcome, deadline and topic.",
  path: "/forecasts",
});

export default function ForecastsPage() {
  return <ForecastsView raw={{}} />;
}
