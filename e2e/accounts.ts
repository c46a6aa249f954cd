/**
 * The browser tests' accounts, created by the web server command with npm run user:create (the
 * production-mode server has no demo accounts), each signed in once by auth.setup.ts.
 */
import path from "node:path";

export const E2E_PASSWORD = "e2e-password-not-for-production";

export const ACCOUNTS = {
  admin: { email: "admin@e2e.test", name: "E2E Admin", role: "admin" },
  editor: { email: "editor@e2e.test", name: "E2E Editor", role: "editor" },
  editor2: { email: "editor2@e2e.test", name: "E2E Second Editor", role: "editor" },
  reader: { email: "reader@e2e.test", name: "E2E Reader", role: "reader" },
} as const;

export type AccountKey = keyof typeof ACCOUNTS;

/** Where each account's signed-in browser state is kept for the run (data/ is git-ignored). */
export function stateFile(key: AccountKey): string {
  return path.join("data", "e2e-auth", `${key}.json`);
}

/** The shell command that creates the accounts (run by Playwright's webServer before next start). */
export function createAccountsCommand(): string {
  return Object.values(ACCOUNTS)
    .map((a) => `npm run --silent user:create -- --email ${a.email} --role ${a.role} --name "${a.name}"`)
    .join(" && ");
}
