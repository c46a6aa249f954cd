/**
 * A command's one-line error: "command: message: cause". drizzle's "Failed to run the query ..."
 * says why only in its cause (e.g. "database is locked"), so the cause is printed too.
 */
export function errorLine(command: string, err: unknown): string {
  const e = err instanceof Error ? err : new Error(String(err));
  const cause = e.cause instanceof Error ? e.cause.message : null;
  return `${command}: ${e.message}${cause ? `: ${cause}` : ""}\n`;
}
