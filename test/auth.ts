/**
 * Accounts for tests: a migrated, seeded database with one account per role, each signed in
 * through better-auth so tests hold real session cookies.
 */
import type { DB } from "@/db/client";
import { createAccount } from "@/lib/accounts/accounts";
import type { Actor } from "@/lib/auth/actor";
import { type Auth, createAuth } from "@/lib/auth/auth";
import type { Role } from "@/lib/vocabulary";
import { loadSeeds } from "@/seeds/load";
import { freshDatabase } from "./db";

export const PASSWORD = "correct horse battery staple";

export interface TestAccount {
  actor: Actor;
  /** Request headers carrying the account's session cookie. */
  headers: Headers;
}

export async function signIn(auth: Auth, email: string, password = PASSWORD): Promise<Headers> {
  const res = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return new Headers({ cookie });
}

export async function seededWithAccounts(): Promise<{
  db: DB;
  auth: Auth;
  cleanup: () => void;
  accounts: Record<Role, TestAccount> & { editor2: TestAccount };
}> {
  const { db, cleanup } = freshDatabase();
  loadSeeds(db);
  const auth = createAuth(db);
  const make = async (key: string, role: Role): Promise<TestAccount> => {
    const email = `${key}@test.invalid`;
    const created = await createAccount(db, auth, null, { name: `Test ${key}`, email, role, password: PASSWORD }, "command-line");
    return { actor: { id: created.id, name: created.name, email, role }, headers: await signIn(auth, email) };
  };
  const accounts = {
    reader: await make("reader", "reader"),
    editor: await make("editor", "editor"),
    editor2: await make("editor2", "editor"),
    admin: await make("admin", "admin"),
  };
  return { db, auth, cleanup, accounts };
}

/** A migrated, seeded database file with one editor, importer@test.invalid, as `npm run import --as` names it (no session). */
export async function seededWithImporter(): Promise<ReturnType<typeof freshDatabase>> {
  const fresh = freshDatabase();
  loadSeeds(fresh.db);
  await createAccount(
    fresh.db,
    createAuth(fresh.db),
    null,
    { name: "Importer", email: "importer@test.invalid", role: "editor", password: PASSWORD },
    "command-line",
  );
  return fresh;
}
