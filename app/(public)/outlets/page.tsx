import type { Metadata } from "next";
import { pageMetadata } from "@/lib/share/metadata";
import { OutletsList } from "../../_components/source-lists";

/** Rendered on first request and served from the page cache until a write changes it (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;

export const metadata: Metadata = pageMetadata({
  title: "Outlets",
  description: "The outlets that published the forecasts, each with a scorecard.",
  path: "/outlets",
});

export default async function OutletsPage() {
  return (
    <>
      <h1>Outlets</h1>
      <p className="lead">Where the forecasts were published, including the original outlet of a republication or translation.</p>
      <OutletsList page={1} />
      <p className="small muted">Two seed articles name no outlet; they are listed under Articles, not here.</p>
    </>
  );
}
