/**
 * The one rule for writes from other sites (used by proxy.ts for every write it sees, and by the
 * routes the proxy does not see because of their body size, /api/v1/import): a POST, PUT, PATCH
 * or DELETE whose Origin is not one of the app's origins (lib/config/env.ts appOrigins), whose
 * Origin is "null" (sandboxed frames, data: URLs), or which says Sec-Fetch-Site: cross-site is
 * refused. A request with neither header is not a browser's cross-site request (browsers send
 * Origin on every cross-origin POST): scripts with a session cookie may write, and the role
 * check still applies.
 */
import { appOrigins } from "@/lib/config/env";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Why this request is refused as a cross-site write, or null. */
export function crossSiteWrite(method: string, headers: Headers): string | null {
  if (!WRITES.has(method.toUpperCase())) return null;
  const origin = headers.get("origin");
  const foreign = origin !== null ? !appOrigins().includes(origin) : headers.get("sec-fetch-site") === "cross-site";
  return foreign ? `Writes are accepted only from this site's own pages (Origin ${origin ?? "absent, Sec-Fetch-Site cross-site"} refused).` : null;
}
