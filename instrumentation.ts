/**
 * Runs once when the Next.js server starts, before it serves a request: checks DATABASE_URL and
 * the database it names (db/startup-check.ts) and stops the server with what to do when it is not
 * usable, instead of failing on every page; a bad HINDSIGHT_TRUSTED_PROXIES entry stops it too,
 * with the entry named.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { stopUnlessReadyToServe } = await import("./db/startup-check");
  await stopUnlessReadyToServe();
  const { env } = await import("./lib/config/env");
  const { parseTrustedProxies } = await import("./lib/http/client-address");
  parseTrustedProxies(env().HINDSIGHT_TRUSTED_PROXIES);
}
