"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { usePathname } from "next/navigation";

export interface Me {
  user: { name: string; role: string; may: { recordOutcome: boolean; correctForecast: boolean; addArticles: boolean; manageUsers: boolean } } | null;
  due: number;
}

/**
 * Who is reading (GET /api/v1/me), asked by the browser so that pages can be served from the
 * cache to everyone; refetched on every navigation, so signing in or out shows at once.
 */
export function useMe() {
  const pathname = usePathname();
  return useQuery({
    queryKey: ["me", pathname],
    queryFn: async (): Promise<Me> => {
      const res = await fetch("/api/v1/me", { cache: "no-store" });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.json();
    },
    staleTime: 0,
  });
}

/** After a write: ask again, so the navigation's due count follows at once. */
export function useRefreshMe() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ["me"] });
}
