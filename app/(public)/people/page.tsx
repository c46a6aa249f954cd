import type { Metadata } from "next";
import { pageMetadata } from "@/lib/share/metadata";
import { PeopleList } from "../../_components/source-lists";

/** Rendered on first request and served from the page cache until a write changes it (lib/cache/next-cache-handler.cjs). */
export const dynamic = "force-static";
export const revalidate = 86400;

export const metadata: Metadata = pageMetadata({
  title: "People and institutions",
  description: "The people and institutions who made the forecasts, each with a scorecard.",
  path: "/people",
});

export default async function PeoplePage() {
  return (
    <>
      <h1>People and institutions</h1>
      <p className="lead">Forecasters (including institutions and people an article quotes) and the authors who published them.</p>
      <PeopleList page={1} />
    </>
  );
}
