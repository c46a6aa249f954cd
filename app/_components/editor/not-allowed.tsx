/** Only relative paths inside the site, so a crafted link cannot send someone elsewhere after sign-in. */
export function safeNext(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])[^\s]*$/.test(value) ? value : "/";
}
