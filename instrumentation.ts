/**
 * Runs once when the Next.js server starts, before it serves a request: checks DATABASE_URL and
 * the database it names (db/startup-check.ts) and stops the server with what to do when it is not
 * usable, instead of failing on every page.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkBeforeServing } = await import("./db/startup-check");
  const message = await checkBeforeServing().catch((err: unknown) => `Hindsight cannot start: ${err instanceof Error ? err.message : String(err)}`);
  if (message) {
    console.error(`\n${message}\n`);
    process.exit(1);
  }
}
