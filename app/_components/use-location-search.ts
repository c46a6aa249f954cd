"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * The address's query string, read in the browser after the first render: cached pages are
 * rendered once for every address (with the default view), and a component that follows the
 * query string (filters, leaderboard settings) picks it up here instead of through
 * useSearchParams, which would leave it out of the cached HTML.
 */
export function useLocationSearch(): [string, (next: string) => void] {
  const pathname = usePathname();
  const [search, setSearch] = useState("");
  // biome-ignore lint/correctness/useExhaustiveDependencies: a client navigation (new pathname) brings a new query string
  useEffect(() => {
    const read = () => setSearch(window.location.search.replace(/^\?/, ""));
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, [pathname]);
  return [search, setSearch];
}
