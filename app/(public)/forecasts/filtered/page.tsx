import type { Metadata } from "next";
import { connection } from "next/server";
import { pageMetadata } from "@/lib/share/metadata";
import { ForecastsView } from "../forecasts-view";

/** `/forecasts` with filters in its query (rewritten here: lib/http/page-rewrites.ts): rendered per request. */
export const metadata: Metadata = pageMetadata({
  title: "Forecasts",
  description:
    "Search every forecast in the ledger by its words (German, Dutch, English), forecaster, author, article or outlet; filter by outcome, deadline and topic.",
  path: "/forecasts",
});

export default async function FilteredForecastsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  return <ForecastsView raw={await searchParams} />;
}
