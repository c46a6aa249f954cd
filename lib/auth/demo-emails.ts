/**
 * The documented demo accounts (local development only). Their addresses are known here, with no
 * other import, so better-auth's configuration (auth.ts) can refuse them a session in production
 * without depending on the code that creates them (lib/accounts/demo-accounts.ts).
 */
export const DEMO_ACCOUNTS = [
  { email: "admin@hindsight.local", name: "Demo Admin", role: "admin", password: "hindsight-demo-admin" },
  { email: "editor@hindsight.local", name: "Demo Editor", role: "editor", password: "hindsight-demo-editor" },
] as const;

export function isDemoEmail(email: string): boolean {
  return DEMO_ACCOUNTS.some((a) => a.email === email.toLowerCase());
}
