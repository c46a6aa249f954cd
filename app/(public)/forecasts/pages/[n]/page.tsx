import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageMetadata } from "@/lib/share/metadata";
import { ForecastsView } from "../../forecasts-view";

/** `/forecasts?page=N` with no other filter (rewritten here): static per page, like `/forecasts`. */
export const dynamic = "force-static";
export const revalidate = 86400;

export const metadata: Metadata = pageMetadata({
  title: "Forecasts",
  description: "Every forecast in the ledger, a page at a time.",
  path: "/forecasts",
});

export default async function ForecastsPageN({ params }: { params: Promise<{ n: string }> }) {
  const { n } = await params;
  if (!/^[1-9]\d{0,6}$/.test(n)) notFound();
  return <ForecastsView raw={{ page: n }} />;
}
