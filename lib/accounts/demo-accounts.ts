/**
 * The documented demo accounts db:setup creates for local development, so a newcomer can try
 * the editor and admin flows at once. Never in production: db:setup skips them there, and
 * better-auth refuses them a session there even if a development database was copied over.
 */
import type { DB } from "@/db/client";
import { getUserByEmail } from "@/db/queries/users";
import type { Auth } from "@/lib/auth/auth";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-emails";
import { env } from "@/lib/config/env";
import { createAccount } from "./accounts";

/** Why demo accounts are not wanted here, or null when they are. */
export function demoAccountsSkipReason(e = env()): string | null {
  if (e.NODE_ENV === "production") return "NODE_ENV=production: no account with a known password is ever created";
  if (e.HINDSIGHT_DEMO_ACCOUNTS === "false") return "HINDSIGHT_DEMO_ACCOUNTS=false";
  return null;
}

/** Creates the missing demo accounts (idempotent). Returns the emails created and why any were skipped. */
export async function ensureDemoAccounts(db: DB, auth: Auth, e = env()): Promise<{ created: string[]; skipped: string | null }> {
  const skipped = demoAccountsSkipReason(e);
  if (skipped) return { created: [], skipped };
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    if (getUserByEmail(db, account.email)) continue;
    await createAccount(db, auth, null, { ...account }, "demo");
    created.push(account.email);
  }
  return { created, skipped: null };
}
